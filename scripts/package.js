/* `npm run package`: the release build as one zip, ready for a static HTTPS host.
 *
 *   release/joint-plan-<version>.zip
 *     manifest.xml   the production manifest: upload it to Excel or the Microsoft 365 admin center
 *     dist/...       the files to serve at JOINT_PLAN_URL
 *
 * Run `JOINT_PLAN_URL=https://... npm run build` first. `node scripts/package.js [dist] [out]`.
 * Zipped with JSZip (already installed as a dependency of exceljs). */
const fs = require("fs");
const path = require("path");
const JSZip = require("jszip");
const { PLACEHOLDER_URL, manifestVersion } = require("./release");

/** Why `dist` cannot be shipped as version `version`, or null when it can. */
function packageProblem(dist, version) {
  const manifestPath = path.join(dist, "manifest.xml");
  if (!fs.existsSync(manifestPath)) {
    return `${dist} has no manifest.xml: run JOINT_PLAN_URL=https://your.host/path/ npm run build first.`;
  }
  // A development build names its bundles without hashes and keeps the localhost manifest.
  if (fs.existsSync(path.join(dist, "taskpane.js"))) {
    return `${dist} holds a development build: run JOINT_PLAN_URL=https://your.host/path/ npm run build.`;
  }
  const manifest = fs.readFileSync(manifestPath, "utf8");
  if (manifest.includes(PLACEHOLDER_URL)) {
    return `${dist}/manifest.xml points to the placeholder ${PLACEHOLDER_URL}: rebuild with JOINT_PLAN_URL set to where you will host it.`;
  }
  const built = /<Version>([^<]*)<\/Version>/.exec(manifest)?.[1];
  if (built !== manifestVersion(version)) {
    return `${dist} was built as version ${built}, but package.json says ${version}: run npm run build again.`;
  }
  return null;
}

/** Every file under `dir`, as paths relative to it with forward slashes, sorted. */
function filesUnder(dir, prefix = "") {
  return fs
    .readdirSync(path.join(dir, prefix), { withFileTypes: true })
    .flatMap((entry) => {
      const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
      return entry.isDirectory() ? filesUnder(dir, relative) : [relative];
    })
    .sort();
}

/** Writes `out`/joint-plan-<version>.zip from `dist`; returns its path. Throws when `dist` cannot ship. */
async function packageRelease({ dist, out, name, version }) {
  const problem = packageProblem(dist, version);
  if (problem) throw new Error(problem);
  const zip = new JSZip();
  zip.file("manifest.xml", fs.readFileSync(path.join(dist, "manifest.xml")));
  for (const file of filesUnder(dist)) {
    // The e2e build's freshness stamp is not part of the app.
    if (file === ".built") continue;
    zip.file(`dist/${file}`, fs.readFileSync(path.join(dist, file)));
  }
  const bytes = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
  fs.mkdirSync(out, { recursive: true });
  const target = path.join(out, `${name}-${version}.zip`);
  fs.writeFileSync(target, bytes);
  return target;
}

module.exports = { packageProblem, packageRelease };

if (require.main === module) {
  const root = path.resolve(__dirname, "..");
  const { name, version } = require(path.join(root, "package.json"));
  const [dist = path.join(root, "dist"), out = path.join(root, "release")] = process.argv.slice(2);
  packageRelease({ dist: path.resolve(dist), out: path.resolve(out), name, version }).then(
    (target) => console.log(`Packaged ${target}`),
    (error) => {
      console.error(`Not packaged: ${error.message}`);
      process.exit(1);
    }
  );
}
