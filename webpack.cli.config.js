/**
 * Builds the command line (src/cli/main.ts) into dist-cli/report-checker.js and the files beside it
 * (see chunkFilename), with every dependency inside, so an installed package needs nothing else at run time; bin/report-checker.js
 * runs it. `npm run build:cli`, which is also the `prepare` script: npm runs it after `npm ci` or
 * `npm install` here, and before `npm pack` writes the tarball.
 * The add-in's pages are built by webpack.config.js.
 */
const path = require('node:path');

module.exports = {
  mode: 'production',
  target: 'node20',
  entry: './src/cli/main.ts',
  output: {
    path: path.resolve(__dirname, 'dist-cli'),
    filename: 'report-checker.js',
    // What only some commands need (ExcelJS for writing workbooks, fill, consolidate) is a file of its
    // own, read when a command first asks for it: `validate` starts without compiling it.
    chunkFilename: 'report-checker.[name].js',
    // bin/report-checker.js calls the exported main(), as it does on the source.
    library: { type: 'commonjs2' },
    clean: true,
    // Written even when unchanged: bin/report-checker.js reads its time as the time of the build.
    compareBeforeEmit: false,
  },
  // No source map: the command line prints no stack traces (an internal error is one line), and
  // `npm run cli` runs the source for debugging.
  devtool: false,
  resolve: {
    extensions: ['.ts', '.js', '.json'],
  },
  module: {
    rules: [
      {
        test: /\.ts$/,
        exclude: /node_modules/,
        use: {
          loader: 'ts-loader',
          // Type checking is `npm run typecheck`'s job.
          options: { transpileOnly: true, compilerOptions: { module: 'es2020' } },
        },
      },
    ],
  },
  // `npm install` runs `prepare` each time: unchanged modules and their minified code come from here,
  // so a rebuild takes a fraction of the first build (the output is the same either way).
  cache: { type: 'filesystem', buildDependencies: { config: [__filename] } },
  performance: { hints: false },
  optimization: {
    // Minified, the bundle is a third of its size and starts faster (less to read and compile);
    // one compress pass instead of two is within 0.3 % of that size and much quicker to build.
    minimizeOptions: { javascript: { compress: { passes: 1 } } },
  },
};
