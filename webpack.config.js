/* eslint-disable no-undef */
/* global require, module, process, __dirname */
const fs = require("fs");
const path = require("path");
const webpack = require("webpack");
const { localizeMetadata } = require("./scripts/localize-functions-metadata");
const { productionManifest } = require("./scripts/production-manifest");
const { EsbuildLowerPlugin } = require("./scripts/esbuild-lower-plugin.cjs");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const urlDev = "https://localhost:3000/";
// Where the bank hosts the built add-in; set ADDIN_URL when building for deployment.
const urlProd = process.env.ADDIN_URL || urlDev;

async function httpsOptions() {
  // Only the dev server needs certificates; a production build never asks for them.
  const devCerts = require("office-addin-dev-certs");
  const options = await devCerts.getHttpsServerOptions();
  return { ca: options.ca, key: options.key, cert: options.cert };
}

// What every emitted script may use: Office 2016-2021 without WebView2 show the pane in EdgeHTML 18, which parses
// ES2017 but not `?.`, `??` or `||=`. webpack's runtime follows `target`; everything else, node_modules code
// included, is lowered by EsbuildLowerPlugin. test/bundle-syntax.test.ts parses dist/ to hold this.
const SCRIPT_TARGET = "es2017";

const translations = path.resolve(__dirname, "src/functions/translations.zh-CN.json");

/** Emits functions.zh-CN.json next to the generated functions.json; a missing translation fails the build. */
class LocalizedFunctionsMetadataPlugin {
  apply(compiler) {
    const name = "LocalizedFunctionsMetadataPlugin";
    compiler.hooks.thisCompilation.tap(name, (compilation) => {
      compilation.fileDependencies.add(translations);
      compilation.hooks.processAssets.tap({ name, stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, (assets) => {
        const generated = assets["functions.json"];
        if (!generated) return;
        const table = JSON.parse(fs.readFileSync(translations, "utf8"));
        const { metadata, missing, stale } = localizeMetadata(JSON.parse(generated.source().toString()), table);
        if (missing.length > 0) compilation.errors.push(new webpack.WebpackError(`zh-CN metadata: no translation for ${missing.join(", ")}`));
        if (stale.length > 0) compilation.errors.push(new webpack.WebpackError(`zh-CN metadata: translations for unknown functions ${stale.join(", ")}`));
        compilation.emitAsset("functions.zh-CN.json", new webpack.sources.RawSource(JSON.stringify(metadata, null, 2)));
      });
    });
  }
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  return {
    devtool: dev ? "source-map" : false,
    target: ["web", SCRIPT_TARGET],
    entry: {
      // The pane shares the functions' modules (catalogues, calendar, core) instead of a second copy: one page loads both.
      taskpane: { import: "./src/taskpane/index.tsx", dependOn: "functions" },
      functions: "./src/functions/functions.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      // ExcelJS is loaded only when a file is read or written: its own chunk.
      chunkFilename: "[name].[contenthash:8].js",
      // Chunks sit beside taskpane.html, the page that loads them. An explicit path, not "auto": functions.js
      // holds the runtime and must also start where there is no document (the functions' own runtime).
      publicPath: "",
      // The chunk registry lives on the global object of wherever the script runs; `self` exists only in pages.
      globalObject: "(typeof self !== 'undefined' ? self : globalThis)",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".json"],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { noEmit: false } } },
        },
        {
          test: /\.(png|jpg|jpeg|gif|ico)$/,
          type: "asset/resource",
          generator: { filename: "assets/[name][ext][query]" },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      // In the browser, zip entries are (de)compressed by fflate instead of Node's zlib.
      new webpack.NormalModuleReplacementPlugin(/^\.\/deflate$/, (resource) => {
        if (/[\\/]xlsx[\\/]zip$/.test(resource.context)) resource.request = "./deflate-browser";
      }),
      new CustomFunctionsMetadataPlugin({
        output: "functions.json",
        input: "./src/functions/functions.ts",
      }),
      new LocalizedFunctionsMetadataPlugin(),
      new EsbuildLowerPlugin({ target: SCRIPT_TARGET }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // Shared runtime: one page hosts the pane and the custom functions.
        chunks: ["functions", "taskpane"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "assets/samples/*.{json,xlsx}", to: "samples/[name][ext]" },
          {
            from: "manifest*.xml",
            to: "[name][ext]",
            transform(content) {
              return dev ? content : productionManifest(content.toString(), urlProd);
            },
          },
        ],
      }),
    ],
    devServer: {
      headers: { "Access-Control-Allow-Origin": "*" },
      server: { type: "https", options: env.WEBPACK_BUILD ? undefined : await httpsOptions() },
      port: process.env.npm_package_config_dev_server_port || 3000,
    },
  };
};
