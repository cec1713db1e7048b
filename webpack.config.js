/* eslint-disable */
/**
 * One page, one JavaScript context: the task pane, the ribbon command and the custom functions all load in
 * taskpane.html (shared runtime). `runtimeChunk: "single"` makes modules that both entries import evaluate
 * once (see OFFICE.md on duplicate entry runtimes). Office.js is copied from @microsoft/office-js and served
 * from our own origin; nothing is loaded from a CDN.
 */
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { FunctionsI18nPlugin } = require("./scripts/functions-i18n-plugin");

const urlDev = "https://localhost:3000/";
const urlProd = process.env.IND_URL_PROD || "https://localhost:3000/"; // set to the deployed origin for production

/**
 * The function files the metadata plugin reads: every src/functions/*.ts that declares a `@customfunction`
 * (top-level function declarations only). Each must also be imported by src/functions/index.ts.
 */
const fs = require("fs");
const functionFiles = fs
  .readdirSync(path.join(__dirname, "src/functions"))
  .filter(
    (f) =>
      f.endsWith(".ts") &&
      fs.readFileSync(path.join(__dirname, "src/functions", f), "utf8").includes("@customfunction"),
  )
  .sort()
  .map((f) => `./src/functions/${f}`);

/** office.js and the Excel host files we serve; other hosts (Word, Outlook, …) and debug builds are left out. */
const officeJsFiles = [
  "office.js",
  "o15apptofilemappingtable.js",
  "custom-functions-runtime.js",
  "es6-promise.js",
  "excel-*.js",
  "excelwebapp-*.js",
  "en-us/**",
  "zh-cn/**",
  "zh-tw/**",
  "zh-hk/**",
  "telemetry/**",
];

async function getHttpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  const httpsOptions = await devCerts.getHttpsServerOptions();
  return { ca: httpsOptions.ca, key: httpsOptions.key, cert: httpsOptions.cert };
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  const outDir = process.env.IND_OUT_DIR
    ? path.resolve(process.env.IND_OUT_DIR)
    : path.resolve(__dirname, "dist");
  const config = {
    devtool: dev ? "source-map" : false,
    entry: {
      functions: "./src/functions/index.ts",
      taskpane: "./src/taskpane/index.ts",
    },
    output: {
      path: outDir,
      filename: "[name].js",
      chunkFilename: "chunks/[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".js", ".json"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              transpileOnly: true,
              compilerOptions: { module: "esnext", noEmit: false, sourceMap: dev },
            },
          },
        },
        { test: /\.css$/, type: "asset/source" },
        {
          test: /\.(png|jpg|jpeg|gif|ico|svg)$/,
          type: "asset/resource",
          generator: { filename: "assets/[name][ext]" },
        },
      ],
    },
    optimization: {
      runtimeChunk: "single",
      splitChunks: { chunks: "all", minSize: 0, cacheGroups: { default: false, defaultVendors: false } },
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: functionFiles }),
      // The metadata plugin taps `compilation`, which child compilers (HtmlWebpackPlugin) inherit, so each
      // child also carries a raw functions.json; on watch rebuilds (npm start, dev-server) it is merged after
      // FunctionsI18nPlugin rewrote the parent's copy → "Multiple assets emit different content to the same
      // filename functions.json". Keep functions.json in the main compilation only.
      {
        apply(compiler) {
          compiler.hooks.compilation.tap("FunctionsJsonInMainOnly", (compilation) => {
            if (compilation.compiler.isChild()) delete compilation.assets["functions.json"];
          });
        },
      },
      new FunctionsI18nPlugin({ source: path.resolve(__dirname, "src/functions/i18n") }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // The dev server's live-reload socket is allowed in development builds only.
        templateParameters: { connectSrc: dev ? "'self' ws://localhost:* wss://localhost:*" : "'self'" },
        chunks: ["runtime", "functions", "taskpane"],
        chunksSortMode: "manual",
        scriptLoading: "blocking",
        inject: "body",
      }),
      // The help page (manifest SupportUrl / LearnMoreUrl): static, no scripts.
      new HtmlWebpackPlugin({
        filename: "help.html",
        template: "./src/help/help.html",
        chunks: [],
        inject: false,
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "assets/*.xlsx", to: "assets/[name][ext]", noErrorOnMissing: true },
          {
            from: "manifest*.xml",
            to: "[name][ext]",
            transform(content) {
              return dev ? content : content.toString().replace(new RegExp(urlDev, "g"), urlProd);
            },
          },
          ...officeJsFiles.map((pattern) => ({
            from: pattern,
            context: path.resolve(__dirname, "node_modules/@microsoft/office-js/dist"),
            to: "office/",
            globOptions: { ignore: ["**/*.debug.js"] },
            noErrorOnMissing: true,
          })),
        ],
      }),
    ],
    devServer: {
      static: { directory: outDir },
      headers: { "Access-Control-Allow-Origin": urlDev.replace(/\/$/, "") },
      server: {
        type: "https",
        options: env.WEBPACK_BUILD || options.https !== undefined ? options.https : await getHttpsOptions(),
      },
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
      client: { overlay: { warnings: false } },
      open: false,
    },
  };
  return config;
};
