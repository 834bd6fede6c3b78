/** The built command line (dist-cli/), as the benchmarks spawn it. */
import { existsSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..');
export const BUNDLE = path.join(ROOT, 'dist-cli', 'report-checker.js');

/**
 * A launcher for the built command line (dist-cli/, what an installed package runs): where src/
 * changed since the build, bin/report-checker.js would run the source through tsx instead, and
 * the figures would be the compiler's as much as the command's.
 */
export function writeLauncher(work: string): string {
  if (!existsSync(BUNDLE)) throw new Error('dist-cli/report-checker.js is missing: run npm run build:cli first');
  const launcher = path.join(work, 'report-checker.js');
  writeFileSync(launcher, `require(${JSON.stringify(BUNDLE)}).main();\n`);
  return launcher;
}

/** When the bundle was built, and whether src/ changed since (then it may lack the latest changes). */
export function bundleAge(): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the launcher is CommonJS
  const { entryFor } = require('../bin/report-checker.js') as { entryFor: (root: string) => string };
  const built = statSync(BUNDLE).mtime.toISOString().slice(0, 16).replace('T', ' ');
  return entryFor(ROOT) === 'bundle' ? `built ${built} UTC, after the last change in src/` : `built ${built} UTC; src/ changed since: run npm run build:cli to measure the latest`;
}

