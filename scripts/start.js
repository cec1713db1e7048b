#!/usr/bin/env node
/**
 * `npm start`: run the add-in.
 *
 * - Windows / macOS (without `--preview`): sideload into desktop Excel. office-addin-debugging starts the dev
 *   server (package.json's "dev-server" script = `webpack serve --mode development`, https on localhost:3000 with
 *   the Office dev certificates) as a detached background process, waits for the port, registers manifest.xml and opens
 *   Excel. `npm run stop` unregisters the add-in and stops the dev server.
 * - Linux (office-addin-debugging refuses it), or anywhere with `npm start -- --preview`: build (development)
 *   and serve over https on localhost:3000, then print the preview address
 *   https://localhost:3000/taskpane.html — the task pane outside Office on the bundled sample workbook.
 *   Certificates: the Office dev CA (office-addin-dev-certs) is installed if possible; if that fails (no sudo,
 *   no trust store), the server falls back to the self-signed certificate webpack-dev-server makes, and says so
 *   (the browser then shows a warning to accept once).
 *
 * Options: --preview, --port <n> (default: package.json config.dev_server_port, 3000), --no-open-hint.
 */
"use strict";
const { spawn } = require("child_process");
const path = require("path");

const root = path.resolve(__dirname, "..");
const args = process.argv.slice(2);
const preview = args.includes("--preview") || !["win32", "darwin"].includes(process.platform);
const portArg = args.indexOf("--port");
const port = Number(
  (portArg >= 0 && args[portArg + 1]) || process.env.npm_package_config_dev_server_port || 3000,
);

function bin(name) {
  return path.join(root, "node_modules", ".bin", process.platform === "win32" ? `${name}.cmd` : name);
}

async function sideload() {
  // "Path" on Windows: reuse the existing key so the child does not get two PATH variables.
  const pathKey = Object.keys(process.env).find((k) => k.toUpperCase() === "PATH") || "PATH";
  console.log("指标通: sideloading into desktop Excel (office-addin-debugging)…");
  const child = spawn(
    bin("office-addin-debugging"),
    // The dev server command defaults to package.json's "dev-server" script (webpack serve --mode development);
    // not passing it here keeps the argument list free of spaces, which shell:true on Windows would split.
    ["start", "manifest.xml", "desktop", "--dev-server-port", String(port)],
    {
      cwd: root,
      stdio: "inherit",
      shell: process.platform === "win32",
      // As under `npm start`, also when run as `node scripts/start.js`: office-addin-debugging finds the
      // "dev-server" script through npm_package_json, and that script's `webpack` through node_modules/.bin.
      env: {
        ...process.env,
        npm_package_json: process.env.npm_package_json || path.join(root, "package.json"),
        [pathKey]: [path.join(root, "node_modules", ".bin"), process.env[pathKey] || ""].join(path.delimiter),
      },
    },
  );
  child.on("exit", (code) => {
    if (code === 0) {
      console.log(`\nThe dev server keeps running in the background on https://localhost:${port}/.`);
      console.log("Stop it and unregister the add-in with: npm run stop");
      console.log(`No Excel at hand? npm start -- --preview serves https://localhost:${port}/taskpane.html`);
    }
    process.exit(code ?? 1);
  });
}

/** https options: the Office dev certificates when they are (or can be) trusted, else null. */
async function officeDevCerts() {
  try {
    const devCerts = require("office-addin-dev-certs");
    const options = await devCerts.getHttpsServerOptions();
    return { ca: options.ca, key: options.key, cert: options.cert };
  } catch (error) {
    const detail = String((error && error.message) || error).split("\n")[0];
    console.warn(`\n⚠ Could not install the Office development CA (${detail}).`);
    console.warn(
      "  Falling back to the self-signed certificate webpack-dev-server makes: the browser will warn once;\n" +
        "  accept it to open the preview. To trust the Office dev CA later, run: npx office-addin-dev-certs install\n",
    );
    return null;
  }
}

async function servePreview() {
  const webpack = require("webpack");
  const WebpackDevServer = require("webpack-dev-server");
  const https = await officeDevCerts();
  const makeConfig = require(path.join(root, "webpack.config.js"));
  // `https` given → the config uses it instead of asking office-addin-dev-certs again ({} = self-signed).
  const config = await makeConfig({ WEBPACK_SERVE: true }, { mode: "development", https: https || {} });
  config.mode = "development";
  const devServer = { ...config.devServer, port, host: "localhost", open: false };
  devServer.server = { type: "https", options: https || {} };
  const compiler = webpack(config);
  const url = `https://localhost:${port}/taskpane.html`;
  let announced = false;
  compiler.hooks.done.tap("ind-start", (stats) => {
    if (stats.hasErrors()) {
      console.error("\n✘ The build has errors (see above); the preview shows the last good build, if any.");
      return;
    }
    if (!announced) {
      announced = true;
      console.log(`\n指标通 preview (sample workbook, no Excel needed):\n\n    ${url}\n`);
      console.log(
        `English UI: ${url}?lang=en · dark theme: ${url}?theme=dark · help: https://localhost:${port}/help.html`,
      );
      console.log("Press Ctrl+C to stop.");
    }
  });
  const server = new WebpackDevServer(devServer, compiler);
  try {
    await server.start();
  } catch (error) {
    if (error && error.code === "EADDRINUSE") {
      console.error(
        `✘ Port ${port} is in use. Stop what is using it (npm run stop?) or run: npm start -- --preview --port 3001`,
      );
    } else console.error(`✘ The dev server failed to start: ${(error && error.message) || error}`);
    process.exit(1);
  }
  const stop = () => {
    server.stop().finally(() => process.exit(0));
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

(preview ? servePreview() : sideload()).catch((error) => {
  console.error(`✘ npm start failed: ${(error && error.stack) || error}`);
  process.exit(1);
});
