/**
 * A webpack plugin: adds `<link rel="preload" as="script">` to one HTML page for every script (and
 * `as="style"` for every stylesheet) of the named chunk groups (dynamic imports) its first script
 * asks for at once. Without it the browser learns of those files only once the first script has
 * downloaded and run; with it they download (and scripts compile) from the moment the page's head
 * is parsed. Used for the preview, whose first script only imports its two parts
 * (src/preview/index.tsx).
 */
const HtmlWebpackPlugin = require("html-webpack-plugin");

class PreloadChunksPlugin {
  /** @param {{ page: string, chunkGroups: string[] }} options the HTML file's name and the groups' names */
  constructor({ page, chunkGroups }) {
    this.page = page;
    this.chunkGroups = chunkGroups;
  }

  apply(compiler) {
    compiler.hooks.compilation.tap("PreloadChunksPlugin", (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).alterAssetTagGroups.tap(
        "PreloadChunksPlugin",
        (data) => {
          if (data.outputName !== this.page) return data;
          const files = new Set();
          for (const name of this.chunkGroups) {
            const group = compilation.namedChunkGroups.get(name);
            // A renamed import would silently lose its preload: stop the build instead.
            if (!group) throw new Error(`${this.page}: no chunk group named "${name}" to preload.`);
            // Stylesheets too: Griffel's rules (webpack.config.js) come with the page's chunks.
            for (const chunk of group.chunks)
              for (const file of chunk.files) if (/\.(js|css)$/.test(file)) files.add(file);
          }
          const base = data.publicPath === "auto" ? "" : data.publicPath;
          const links = [...files].map((file) =>
            HtmlWebpackPlugin.createHtmlTagObject("link", {
              rel: "preload",
              as: file.endsWith(".css") ? "style" : "script",
              href: base + file,
            })
          );
          data.headTags.unshift(...links);
          return data;
        }
      );
    });
  }
}

module.exports = { PreloadChunksPlugin };
