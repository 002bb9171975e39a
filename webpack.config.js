/* eslint-disable no-undef */
// One page, taskpane.html, carries the task pane and the custom functions (shared runtime).
const fs = require("fs");
const path = require("path");
const webpack = require("webpack");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { DEV_BASE_URL, resolveBaseUrl, rewriteBaseUrl } = require("./scripts/base-url");

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

/** bantuan.html: the help page the manifest and the function wizard link to, from docs/*.md. */
async function helpPage() {
  const { marked } = await import("marked");
  const parts = ["docs/panduan.md", "docs/fungsi-iki.md"].filter((f) => fs.existsSync(f));
  const body = parts.map((f) => marked.parse(fs.readFileSync(f, "utf8"))).join("\n<hr>\n");
  return fs.readFileSync("src/help/bantuan.html", "utf8").replace("<!-- isi -->", body);
}

module.exports = async (env, argv) => {
  const dev = argv.mode === "development";
  const baseUrl = dev ? DEV_BASE_URL : resolveBaseUrl(process.env.ADDIN_BASE_URL);
  const help = await helpPage();

  const config = {
    devtool: dev ? "eval-source-map" : "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      functions: FUNCTIONS_SOURCE,
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
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
          // maths: load them once.
          domain: {
            test: /[\\/]src[\\/](catalog|capaian)[\\/]/,
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
    ],
    devServer: {
      static: { directory: path.resolve(__dirname, "dist") },
      headers: { "Access-Control-Allow-Origin": "*" },
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
