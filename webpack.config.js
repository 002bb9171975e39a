/* eslint-disable no-undef */
// One page, taskpane.html, carries the task pane and the custom functions (shared runtime).
const path = require("path");
const webpack = require("webpack");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { DEV_BASE_URL, resolveBaseUrl, rewriteBaseUrl } = require("./scripts/base-url");
const { helpPolicy, taskpanePolicy, withCsp } = require("./scripts/csp");
const { DEV_HOST, corsHeaders } = require("./scripts/dev-server");
const { buildHelp } = require("./scripts/help-page");

const FUNCTIONS_SOURCE = "./src/functions/functions.ts";
const DEV_PORT = Number(process.env.npm_package_config_dev_server_port || 3000);

/** Rewrites the base URL inside emitted text assets (functions.json help links). */
class BaseUrlPlugin {
  constructor(baseUrl, assets) {
    this.baseUrl = baseUrl;
    this.assets = assets;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("BaseUrlPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "BaseUrlPlugin", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE },
        () => {
          for (const name of this.assets) {
            const asset = compilation.getAsset(name);
            if (!asset) continue;
            const text = rewriteBaseUrl(asset.source.source().toString(), this.baseUrl);
            compilation.updateAsset(name, new webpack.sources.RawSource(text));
          }
        }
      );
    });
  }
}

/**
 * Puts each page's Content-Security-Policy into it as emitted: after webpack's HTML/CSS minimizer
 * (OPTIMIZE_SIZE), since the policy names inline scripts and styles by the hash of their final text.
 */
class CspPlugin {
  constructor(options) {
    this.policies = {
      "taskpane.html": (html) => taskpanePolicy(html, options),
      "bantuan.html": helpPolicy,
    };
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("CspPlugin", (compilation) =>
      compilation.hooks.processAssets.tap(
        { name: "CspPlugin", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_SUMMARIZE },
        () => {
          for (const [name, policy] of Object.entries(this.policies)) {
            const asset = compilation.getAsset(name);
            if (!asset) continue;
            const html = asset.source.source().toString();
            compilation.updateAsset(
              name,
              new webpack.sources.RawSource(withCsp(html, policy(html)))
            );
          }
        }
      )
    );
  }
}

module.exports = async (env, argv) => {
  const dev = argv.mode === "development";
  const baseUrl = dev ? DEV_BASE_URL : resolveBaseUrl(process.env.ADDIN_BASE_URL);
  // bantuan.html: the help page the manifest and the function wizard link to, from docs/*.md.
  const help = await buildHelp(__dirname);

  const config = {
    // No source maps in production (dist/ is published as is). Development maps are not eval-based:
    // eval would need 'unsafe-eval' in the page's Content-Security-Policy.
    devtool: dev ? "cheap-module-source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      functions: FUNCTIONS_SOURCE,
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      // Lazy chunks named by content: a long-lived shared runtime that loads one after an update
      // never mixes it with the old version's modules (the entries keep the names the pages use).
      chunkFilename: "[name].[contenthash].js",
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
          use: { loader: "ts-loader", options: { onlyCompileBundledFiles: true } },
        },
        {
          test: /\.(png|jpg|jpeg|gif|ico)$/,
          type: "asset/resource",
          generator: { filename: "assets/[name][ext]" },
        },
      ],
    },
    optimization: {
      // One webpack runtime for both entries: the pane and the functions share one module
      // registry (one catalog instance, shared state), as the shared runtime intends.
      runtimeChunk: "single",
      splitChunks: {
        cacheGroups: {
          vendor: {
            test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/,
            name: "vendor",
            chunks: "all",
            priority: 20,
          },
          // The pane (templates) and the functions (IKI.*) both use the catalog and the capaian
          // maths: load them once. Not the catalog's tables (export/import): loaded when used.
          domain: {
            test: /[\\/]src[\\/](catalog|capaian)[\\/](?!tabel[\\/])/,
            name: "domain",
            chunks: "all",
            priority: 10,
          },
        },
      },
    },
    performance: {
      // Fluent UI makes the pane chunk larger than webpack's generic hint; `npm run bench` tracks size.
      hints: false,
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: FUNCTIONS_SOURCE }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // The runtime and split chunks (vendor, domain) of these entries are added by the plugin.
        chunks: ["taskpane", "functions"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "[path][name][ext]" },
          {
            from: "manifest.xml",
            to: "[name][ext]",
            transform: (content) => rewriteBaseUrl(content.toString(), baseUrl),
          },
        ],
      }),
      {
        apply: (compiler) =>
          compiler.hooks.thisCompilation.tap("HelpPage", (compilation) =>
            compilation.hooks.processAssets.tap(
              { name: "HelpPage", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
              () => compilation.emitAsset("bantuan.html", new webpack.sources.RawSource(help))
            )
          ),
      },
      new BaseUrlPlugin(baseUrl, ["functions.json", "bantuan.html"]),
      new CspPlugin({ dev, port: DEV_PORT }),
    ],
    devServer: {
      static: { directory: path.resolve(__dirname, "dist") },
      host: DEV_HOST,
      headers: (req) => corsHeaders(req.headers.origin),
      port: DEV_PORT,
      hot: false,
      client: { overlay: { warnings: false, errors: true } },
    },
  };

  // Dev-only browser preview: the task pane beside an in-memory HyperFormula workbook. HyperFormula
  // is GPL-3.0, so neither the entry nor its page exists in a production build (test/foundation/build.test.ts).
  if (dev) {
    config.entry.preview = "./src/preview/preview.tsx";
    config.plugins.push(
      new HtmlWebpackPlugin({
        filename: "preview.html",
        template: "./src/preview/preview.html",
        chunks: ["preview"],
      })
    );
  }

  if (env && env.WEBPACK_SERVE) {
    const { devHttpsOptions } = require("./scripts/dev-certs");
    config.devServer.server = { type: "https", options: await devHttpsOptions() };
  }
  return config;
};
