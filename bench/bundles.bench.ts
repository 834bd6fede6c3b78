/**
 * The JavaScript the task pane and the demo page load before they can run: every script their
 * built HTML (dist/, `npm run build`) names, gzipped one by one as a server sends them (zlib,
 * level 9). Scripts loaded later on demand and Office.js from Microsoft's CDN are not counted.
 * Reads dist/ as it is and says when it was built; it does not build. Writes the `bundles`
 * section of docs/benchmarks.md.
 *
 *   npm run build && npm run bench:bundles
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { constants, gzipSync } from 'node:zlib';
import { measuredOn, writeBenchSection } from './bench-doc';
import { formatBytes } from './measure';

const DIST = path.resolve(__dirname, '..', 'dist');
const KB = 1024;

/** Each page with its budget for initial JavaScript, gzipped (issue 10). */
const PAGES = [
  { page: 'taskpane.html', label: 'Task pane', budget: 250 * KB },
  { page: 'demo.html', label: 'Demo page', budget: 400 * KB },
];

/** The local scripts a built page loads: `<script src=…>` with or without quotes, external URLs left out. */
function pageScripts(html: string): string[] {
  const scripts: string[] = [];
  for (const match of html.matchAll(/<script\b[^>]*?\bsrc=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g)) {
    const source = match[1] ?? match[2] ?? match[3];
    if (!/^[a-z]+:\/\//i.test(source) && !source.startsWith('//')) scripts.push(source);
  }
  return scripts;
}

function main(): void {
  const heading = measuredOn();
  const rows: string[] = [];
  const verdicts: string[] = [];
  let built = '';
  for (const { page, label, budget } of PAGES) {
    const file = path.join(DIST, page);
    if (!existsSync(file)) throw new Error(`dist/${page} is missing: build the pages with \`npm run build\` first`);
    built = statSync(file).mtime.toISOString().replace('T', ' ').slice(0, 16);
    const scripts = pageScripts(readFileSync(file, 'utf8'));
    let raw = 0;
    let gzipped = 0;
    for (const script of scripts) {
      const data = readFileSync(path.join(DIST, script));
      raw += data.length;
      gzipped += gzipSync(data, { level: constants.Z_BEST_COMPRESSION }).length;
    }
    const met = gzipped <= budget;
    rows.push(`| ${label} (\`${page}\`) | ${scripts.length} | ${formatBytes(raw)} | ${formatBytes(gzipped)} | ${formatBytes(budget)} | ${met ? 'met' : '**NOT met**'} |`);
    verdicts.push(`${label} ${formatBytes(gzipped)} of ${formatBytes(budget)} — ${met ? '**met**' : '**NOT met**'}`);
    console.log(`${label}: ${scripts.length} scripts, ${formatBytes(raw)}, ${formatBytes(gzipped)} gzipped (budget ${formatBytes(budget)})`);
  }
  writeBenchSection('bundles', [
    '## Initial JavaScript of the pages',
    '',
    heading,
    '',
    `\`npm run bench:bundles\` on dist/ as built ${built} UTC by \`npm run build\`: the scripts each page's HTML loads before it runs (Office.js from Microsoft's CDN and chunks loaded later on demand not counted), each gzipped at level 9. KB = 1,024 bytes.`,
    '',
    '| page | scripts | size | gzipped | budget (gzipped) | |',
    '|---|---:|---:|---:|---:|---|',
    ...rows,
    '',
    `Budgets: ${verdicts.join('; ')}.`,
  ].join('\n'));
}

try {
  main();
} catch (error) {
  console.error(`bench:bundles: ${(error as Error).message}`);
  process.exitCode = 1;
}
