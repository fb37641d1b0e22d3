/* Builds the task pane, the ribbon-command page and the browser preview (the same pane on a
 * simulated workbook, see src/preview). In production the manifest's development URLs
 * (https://localhost:3000/) are rewritten to the hosting URL, as the official Office add-in
 * templates do. */
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const urlDev = "https://localhost:3000/";
// Where the production build is hosted; set JOINT_PLAN_URL when you deploy.
const urlProd = process.env.JOINT_PLAN_URL || "https://joint-plan.example.com/";

/** Rewrites the manifest's development URLs for a production build. */
function manifestFor(content, dev) {
  if (dev) return content;
  const origin = new URL(urlProd).origin;
  return content
    .toString()
    .split(urlDev)
    .join(urlProd)
    .split(urlDev.replace(/\/$/, ""))
    .join(origin);
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  const https = env && env.https ? await httpsOptions() : undefined;
  return {
    devtool: dev ? "eval-source-map" : "source-map",
    // Rebuilds (e.g. before the end-to-end tests) reuse unchanged modules.
    cache: { type: "filesystem", buildDependencies: { config: [__filename] } },
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      preview: "./src/preview/index.tsx",
    },
    output: {
      // `--env outDir=…` builds elsewhere (the e2e tests and benchmarks use their own copy, so a
      // build someone else starts in dist/ cannot change the app under test).
      path: path.resolve(__dirname, (env && env.outDir) || "dist"),
      filename: dev ? "[name].js" : "[name].[contenthash:8].js",
      chunkFilename: dev ? "[name].chunk.js" : "[name].[contenthash:8].chunk.js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: { transpileOnly: true, compilerOptions: { noEmit: false } },
          },
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
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
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
      new CopyWebpackPlugin({
        patterns: [
          {
            from: require.resolve("@microsoft/office-js/dist/excel-web-16.00.js"),
            to: "excel-web-16.00.js",
            // Served exactly as Microsoft ships it: not re-minified.
            info: { minimized: true },
          },
          { from: "assets/*.png", to: "assets/[name][ext]" },
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
      // measured, sharing them made the pane's own first download slightly larger.
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
};

/** Dev certificates for sideloading into Excel (office-addin-dev-certs). */
async function httpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  const o = await devCerts.getHttpsServerOptions();
  return { ca: o.ca, key: o.key, cert: o.cert };
}

module.exports.manifestFor = manifestFor;
module.exports.urlDev = urlDev;
module.exports.urlProd = urlProd;
