// Jest globalSetup of the browser tests: they test what `npm run build` puts in dist/,
// so build it first when it is missing or older than anything it is built from.
const { spawnSync } = require('node:child_process');
const { existsSync, readdirSync, statSync } = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..', '..');
const INPUTS = ['src', 'assets', 'manifest.xml', 'webpack.config.js', 'package.json', 'tsconfig.json'];

function newestChange(entry) {
  const stats = statSync(entry);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return readdirSync(entry).reduce((newest, name) => Math.max(newest, newestChange(path.join(entry, name))), stats.mtimeMs);
}

module.exports = async function buildIfStale() {
  const built = path.join(ROOT, 'dist', 'demo.html');
  const sources = Math.max(...INPUTS.map((input) => path.join(ROOT, input)).filter(existsSync).map(newestChange));
  if (existsSync(built) && statSync(built).mtimeMs >= sources) return;
  console.log('\ndist/ is missing or older than the sources: npm run build');
  const result = spawnSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('npm run build failed; the browser tests need dist/');
};
