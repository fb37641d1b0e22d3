/* Builds the task pane, the ribbon-command page and the browser preview (the same pane on a
 * simulated workbook, see src/preview). In production the manifest's development URLs
 * (https://localhost:3000/) are rewritten to the hosting URL, as the official Office add-in
 * templates do, and its <Version> is package.json's (see scripts/release.js). */
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { GriffelCSSExtractionPlugin } = require("@griffel/webpack-extraction-plugin");
const MiniCssExtractPlugin = require("mini-css-extract-plugin");
const { PreloadChunksPlugin } = require("./scripts/preload-chunks");
const { DEV_URL, PLACEHOLDER_URL, releaseManifest, releaseUrl } = require("./scripts/release");
const { version } = require("./package.json");

const urlDev = DEV_URL;

/** Where the production build is hosted: $JOINT_PLAN_URL, checked and normalised (throws if not https://). */
function hostingUrl() {
  return releaseUrl(process.env.JOINT_PLAN_URL || PLACEHOLDER_URL);
}

/** Rewrites the manifest's development URLs and version for a production build. */
function manifestFor(content, dev) {
  if (dev) return content;
  return releaseManifest(content, { url: hostingUrl(), version });
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  const https = env && env.https ? await httpsOptions() : undefined;
  if (!dev) announceRelease();
  const config = {
    devtool: dev ? "eval-source-map" : "source-map",
    // Rebuilds (e.g. before the end-to-end tests) reuse unchanged modules.
    cache: {
      type: "filesystem",
      buildDependencies: {
        config: [
          __filename,
          require.resolve("./scripts/release"),
          require.resolve("./scripts/preload-chunks"),
        ],
      },
    },
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      preview: "./src/preview/index.tsx",
      // The Meeting view full size, in an Office dialog (Office.context.ui.displayDialogAsync).
      meeting: "./src/taskpane/meeting.tsx",
    },
    output: {
      // `--env outDir=…` builds elsewhere (the e2e tests and benchmarks use their own copy, so a
      // build someone else starts in dist/ cannot change the app under test).
      path: path.resolve(__dirname, (env && env.outDir) || "dist"),
      filename: dev ? "[name].js" : "[name].[contenthash:8].js",
      chunkFilename: dev ? "[name].chunk.js" : "[name].[contenthash:8].chunk.js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
      alias: {
        // Fluent's context selector asks for `scheduler` as a peer to schedule on React's own
        // scheduler; npm installed a second, newer copy beside react-dom's. One copy, React's.
        scheduler$: require.resolve("scheduler", {
          paths: [path.dirname(require.resolve("react-dom"))],
        }),
      },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // Loaders run right to left: ts-loader first turns TypeScript into JavaScript, then
          // Griffel's loader compiles our makeStyles calls into __styles (pre-computed class
          // names and CSS rules), so the pane does not parse and compile its styles at run time
          // (docs/decisions.md, "Issue 9: styles compiled at build time").
          use: [
            { loader: "@griffel/webpack-loader" },
            {
              loader: "ts-loader",
              options: { transpileOnly: true, compilerOptions: { noEmit: false } },
            },
          ],
        },
        {
          // Griffel's extraction: every __styles call (ours once compiled above, and Fluent's own)
          // gives its CSS rules to a .css module and keeps only the class names, so no rule is
          // inserted into the page at run time. "post": after ts-loader and Griffel's loader.
          test: /\.(js|mjs|cjs|ts|tsx)$/,
          include: [path.resolve(__dirname, "src"), /[\\/]node_modules[\\/]@fluentui[\\/]/],
          enforce: "post",
          use: { loader: GriffelCSSExtractionPlugin.loader },
        },
        {
          // Those .css modules, gathered into a stylesheet by mini-css-extract-plugin.
          test: /\.css$/,
          use: [MiniCssExtractPlugin.loader, "css-loader"],
        },
        {
          // The domain and workbook layers are pure modules: what the first view does not
          // import (zod schemas, the sample plan) can be left out of the initial download.
          test: /[\\/]src[\\/](domain|workbook)[\\/]/,
          sideEffects: false,
        },
      ],
    },
    plugins: [
      ...stylePlugins(dev),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      new HtmlWebpackPlugin({
        filename: "meeting.html",
        template: "./src/taskpane/meeting.html",
        chunks: ["meeting"],
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
      }),
      // The preview loads Microsoft's Excel JS library (unmodified, copied from node_modules) with a
      // <script> tag and connects it to the simulator: no office.js from the CDN, no network.
      new HtmlWebpackPlugin({
        filename: "preview.html",
        template: "./src/preview/preview.html",
        chunks: ["preview"],
      }),
      // The preview's two parts, and the two parts of the pane's first view it loads beside them
      // (src/taskpane/components: FilterField, Spinner), download and compile from the start,
      // not once the first script has run.
      new PreloadChunksPlugin({
        page: "preview.html",
        chunkGroups: ["preview-start", "preview-page", "filter-select", "spinner"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          {
            from: require.resolve("@microsoft/office-js/dist/excel-web-16.00.js"),
            to: "excel-web-16.00.js",
            // Served exactly as Microsoft ships it: not re-minified.
            info: { minimized: true },
          },
          { from: "assets/*.png", to: "assets/[name][ext]" },
          // The manifest's SupportUrl: a static page that needs no script.
          { from: "assets/help.html", to: "help.html" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => manifestFor(content, dev),
          },
        ],
      }),
    ],
    optimization: {
      // Lazy chunks (the pane's later views, the .xlsx writer with exceljs, the plan generator)
      // load only when used. Initial chunks are not shared between the pane and the preview:
      // measured, sharing them made the pane's own first download slightly larger (and a
      // release now builds the pane on its own, see paneBuild).
      splitChunks: { chunks: "async" },
    },
    performance: { hints: false },
    devServer: {
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
      headers: { "Access-Control-Allow-Origin": "*" },
      static: { directory: path.join(__dirname, "dist") },
      server: https ? { type: "https", options: https } : "http",
    },
  };
  return dev ? config : [pagesBuild(config), paneBuild(config)];
};

/*
 * A release builds the task pane in a compilation of its own. In one compilation with the
 * preview and the Meeting page, which hold most of the same modules, webpack can join far fewer
 * of the pane's modules into one scope (a module shared by several entries keeps its own wrapper
 * and exports): measured, the pane's initial download was 3.7 KB gzip larger. Development builds
 * (the dev server) stay one compilation: they join no modules anyway.
 */

/** Griffel's CSS extraction and the stylesheet it fills (new instances for each compilation). */
function stylePlugins(dev) {
  return [
    // Griffel sorts its rules itself (by kind: plain, hover, media, …), so the order in which
    // mini-css-extract-plugin meets the modules does not matter.
    new MiniCssExtractPlugin({
      filename: dev ? "[name].css" : "[name].[contenthash:8].css",
      chunkFilename: dev ? "[name].chunk.css" : "[name].[contenthash:8].chunk.css",
      ignoreOrder: true,
    }),
    new GriffelCSSExtractionPlugin(),
  ];
}

/** Everything but the task pane: commands, preview and Meeting pages, the copied files. */
function pagesBuild(config) {
  const entry = Object.fromEntries(
    Object.entries(config.entry).filter(([name]) => name !== "taskpane")
  );
  return {
    ...config,
    name: "pages",
    entry,
    plugins: config.plugins.filter((p) => !isPage(p, "taskpane.html")),
  };
}

/** The task pane alone; built after the other pages, into the same folder, which it does not clean. */
function paneBuild(config) {
  return {
    ...config,
    name: "taskpane",
    dependencies: ["pages"],
    entry: { taskpane: config.entry.taskpane },
    output: { ...config.output, clean: false, uniqueName: "joint-plan-taskpane" },
    plugins: [...stylePlugins(false), ...config.plugins.filter((p) => isPage(p, "taskpane.html"))],
  };
}

function isPage(plugin, filename) {
  return plugin instanceof HtmlWebpackPlugin && plugin.userOptions.filename === filename;
}

/** Dev certificates for sideloading into Excel (office-addin-dev-certs). */
async function httpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  const o = await devCerts.getHttpsServerOptions();
  return { ca: o.ca, key: o.key, cert: o.cert };
}

/**
 * Stops a production build at once, with the reason, when JOINT_PLAN_URL is not an https://
 * address; says where the manifest points otherwise (a warning for the placeholder).
 */
function announceRelease() {
  let url;
  try {
    url = hostingUrl();
  } catch (error) {
    console.error(`\nRelease build refused: ${error.message}\n`);
    process.exit(1);
  }
  if (url === PLACEHOLDER_URL) {
    console.warn(
      `JOINT_PLAN_URL is not set: the manifest points to the placeholder ${url}. ` +
        "Set it to where you host dist/ (README, Deploy for your team)."
    );
  } else {
    console.log(`Release build for ${url} (version ${version})`);
  }
}

module.exports.manifestFor = manifestFor;
module.exports.urlDev = urlDev;
// A getter, so that requiring this file never throws on a bad JOINT_PLAN_URL: only a build does.
Object.defineProperty(module.exports, "urlProd", { get: hostingUrl, enumerable: true });
