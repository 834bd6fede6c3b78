/**
 * `npm run bench`: every benchmark in turn, each in a process of its own (so one's memory does not
 * weigh on the next), each writing its section of docs/benchmarks.md; then a `budgets` section that
 * gathers their budget verdicts. `--quick` passes on to each for small sizes (minutes, not an hour).
 * The page bundles are read from dist/ as built: run `npm run build` first.
 *
 *   npm run bench
 *   npm run bench -- --quick
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { BENCHMARKS_DOC, measuredOn, writeBenchSection } from './bench-doc';

const { values: options } = parseArgs({ options: { quick: { type: 'boolean', default: false }, only: { type: 'string', multiple: true } } });

/** Each bench script with the sections it writes, in the order they run. */
const BENCHES = [
  { script: 'validate.bench.ts', sections: ['validate'] },
  { script: 'cli.bench.ts', sections: ['startup', 'cli'] },
  { script: 'host.bench.ts', sections: ['host'] },
  { script: 'fill.bench.ts', sections: ['fill'] },
  { script: 'bundles.bench.ts', sections: ['bundles'] },
  { script: 'demo.bench.ts', sections: ['demo'] },
];

/** The lines of a section that give a budget's verdict (not its table rows). */
function verdictLines(doc: string, section: string): string[] {
  const start = doc.indexOf(`<!-- bench:${section} -->`);
  const end = doc.indexOf(`<!-- /bench:${section} -->`);
  if (start < 0 || end < start) return [];
  const text = doc.slice(start, end);
  const title = /^## (.+)$/m.exec(text)?.[1] ?? section;
  return text.split('\n').filter((line) => !line.startsWith('|') && /\*\*(NOT )?met\*\*|not measured|not run/.test(line)).map((line) => `- ${title}: ${line.replace(/^- /, '')}`);
}

function main(): void {
  const started = measuredOn();
  const failed: string[] = [];
  const chosen = BENCHES.filter(({ script }) => !options.only || options.only.includes(script.replace('.bench.ts', '')));
  if (chosen.length === 0) throw new Error(`--only names none of ${BENCHES.map(({ script }) => script.replace('.bench.ts', '')).join(', ')}`);
  for (const { script } of chosen) {
    console.log(`\n== ${script}${options.quick ? ' --quick' : ''}`);
    const child = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', path.join(__dirname, script), ...(options.quick ? ['--quick'] : [])], { stdio: 'inherit' });
    if (child.status !== 0) failed.push(script);
  }
  const doc = readFileSync(BENCHMARKS_DOC, 'utf8');
  const lines = BENCHES.flatMap((bench) => bench.sections.flatMap((section) => verdictLines(doc, section)));
  writeBenchSection('budgets', [
    '## Budgets at a glance',
    '',
    `${started} Gathered by \`npm run bench\` from the sections above, each measured as its own line says${failed.length ? `; these benches failed and their sections are older or missing: ${failed.join(', ')}` : ''}.`,
    '',
    ...lines,
  ].join('\n'));
  console.log(`\nWritten: ${path.relative(process.cwd(), BENCHMARKS_DOC)}`);
  if (failed.length > 0) {
    console.error(`bench: failed: ${failed.join(', ')}`);
    process.exitCode = 1;
  }
}

main();
