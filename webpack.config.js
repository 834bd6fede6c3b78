/**
 * Builds the add-in's pages into dist/ (the yo-office layout, STYLE.md):
 *  - taskpane.html — the Office task pane (Office.js from Microsoft's CDN, as Office requires);
 *  - commands.html — the ribbon's function file (one-click Validate);
 *  - demo.html     — the add-in without Excel: the simulated host, a workbook grid and the real
 *                    task pane. It loads nothing from the network, so it works offline and in CI.
 *                    It reads workbook files in a Web Worker, the entry `workbook-reader`: one file,
 *                    which the page finds in its <meta name="workbook-reader">;
 *  - help.html     — the support page the manifest links to.
 * `webpack --mode production` for dist/, `webpack serve --mode development` for the dev server.
 */
const path = require('node:path');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const { contentSecurityPolicy } = require('./scripts/content-security-policy');

const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const DEV_SERVER_PORT = Number(process.env.npm_package_config_dev_server_port || 3000);

/** A page from src/pages/<name>.html with its own entry chunk and its Content-Security-Policy. */
function page(name, title, { devServer = false, ...extra } = {}) {
  return new HtmlWebpackPlugin({
    filename: `${name}.html`,
    template: path.resolve(__dirname, 'src/pages', `${name}.html`),
    chunks: extra.chunks ?? [name],
    title,
    officeJs: OFFICE_JS,
    scriptLoading: 'defer',
    // Written by each template right after its charset, before anything it governs.
    contentSecurityPolicy: contentSecurityPolicy(name, { devServer }),
    ...extra,
  });
}

/**
 * Office only loads add-ins over https. office-addin-dev-certs (installed with the optional
 * office-addin-debugging on Windows/macOS) provides a trusted localhost certificate; without it
 * (Linux: no Excel to sideload into anyway) the dev server serves http, which the demo needs.
 */
async function devServerTransport() {
  try {
    const devCerts = require('office-addin-dev-certs');
    return { type: 'https', options: await devCerts.getHttpsServerOptions() };
  } catch {
    return { type: 'http' };
  }
}

module.exports = async (env, argv) => {
  const development = argv.mode !== 'production';
  const serving = Boolean(env && env.WEBPACK_SERVE);
  return {
    mode: development ? 'development' : 'production',
    target: 'web',
    // No eval-based source maps, not even in development: the pages' policy forbids eval.
    devtool: development ? 'cheap-module-source-map' : 'source-map',
    entry: {
      taskpane: './src/pages/taskpane.tsx',
      commands: './src/commands/commands.ts',
      demo: './src/demo/index.tsx',
      // A worker runs one script: nothing of it is split into chunks shared with the pages (below).
      'workbook-reader': { import: './src/demo/workbook-reader.worker.ts', chunkLoading: 'import-scripts' },
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: '[name].[contenthash:8].js',
      clean: true,
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'],
      // Fluent's packages nest their own copies of some dependencies; look there first, then at the top.
      modules: ['node_modules', path.resolve(__dirname, 'node_modules')],
      // ExcelJS's and JSZip's "browser" builds (dist/*.min.js) carry their own Buffer and stream shims.
      mainFields: ['browser', 'module', 'main'],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            // Type checking is `npm run typecheck`'s job; ES modules let webpack drop unused Fluent code.
            options: { transpileOnly: true, compilerOptions: { module: 'es2020', sourceMap: true } },
          },
        },
      ],
    },
    performance: {
      // ExcelJS alone is ~1 MB minified: only lazy chunks load it. `npm run bench:bundles` checks the budgets.
      hints: false,
    },
    optimization: {
      splitChunks: { chunks: (chunk) => chunk.name !== 'workbook-reader' },
    },
    plugins: [
      page('taskpane', 'Project Report Checker', { devServer: serving }),
      page('commands', 'Project Report Checker — commands', { devServer: serving }),
      page('demo', 'Project Report Checker — demo', { devServer: serving }),
      page('help', 'Project Report Checker — help', { chunks: [], devServer: serving }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'manifest.xml', to: 'manifest.xml' },
        ],
      }),
    ],
    devServer: serving
      ? {
          static: false,
          host: 'localhost',
          port: DEV_SERVER_PORT,
          server: await devServerTransport(),
          headers: { 'Access-Control-Allow-Origin': '*' },
          hot: false,
          client: { overlay: { warnings: false } },
        }
      : undefined,
  };
};
