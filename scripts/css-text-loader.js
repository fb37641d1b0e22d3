/* A webpack loader: turns the CSS text that Griffel's extraction plugin gives for a module into the
 * module mini-css-extract-plugin reads (an array of [module id, css]), as css-loader would. Griffel's
 * rules hold no url() or @import to resolve, so css-loader's other work is not needed. */
module.exports = function cssTextLoader(css) {
  return `module.exports = [[module.id, ${JSON.stringify(css)}]];`;
};
