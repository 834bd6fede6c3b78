#!/usr/bin/env node
// Runs the built command line (dist-cli/report-checker.js and its parts, with their dependencies), which
// starts in a fraction of a second. In a clone where it is not built yet, or a file under src/ changed
// since it was built, runs the TypeScript source through tsx instead: slower, never out of date.
const { existsSync, readdirSync, statSync } = require('node:fs');
const path = require('node:path');

const BUNDLE = path.join('dist-cli', 'report-checker.js');
const SOURCE = 'src';

/** The latest modification time in a folder, itself included (a deleted file changes its folder's). */
function newestChange(folder) {
  let newest = statSync(folder).mtimeMs;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const entryPath = path.join(folder, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestChange(entryPath) : statSync(entryPath).mtimeMs);
  }
  return newest;
}

/**
 * What runs in the package at `root`: the bundle when it exists and, in a clone (src/ present), was built
 * after the last change there; otherwise the source; 'missing' for an installed package without its bundle.
 * @example entryFor(path.join(__dirname, '..')) // 'bundle' after `npm ci`, 'source' after an edit in src/
 */
function entryFor(root) {
  const bundle = path.join(root, BUNDLE);
  const source = path.join(root, SOURCE);
  if (!existsSync(source)) return existsSync(bundle) ? 'bundle' : 'missing';
  return existsSync(bundle) && statSync(bundle).mtimeMs >= newestChange(source) ? 'bundle' : 'source';
}

module.exports = { entryFor };

if (require.main === module) {
  const root = path.join(__dirname, '..');
  switch (entryFor(root)) {
    case 'bundle':
      require(path.join(root, BUNDLE)).main();
      break;
    case 'source':
      // Both of tsx's hooks: require() for the source's imports, and Node's ESM loader for the import()
      // of the parts some commands load on first use (fill, consolidate, sample, --out).
      import('tsx/esm/api').then(({ register }) => {
        register();
        require('tsx/cjs');
        require('../src/cli/main.ts').main();
      });
      break;
    default:
      process.stderr.write(`report-checker: this installation lacks ${BUNDLE}; reinstall the package\n`);
      process.exitCode = 2;
  }
}
