/**
 * Benchmark of the add-in's path through the simulated Excel host (src/devhost): a workbook of
 * projects with ten reports each is read, validated and marked (fills, notes, Issues sheet), then
 * its marks cleared, as the task pane does — every read and write through the Office.js API the
 * simulator implements, with its load/sync rules and payload limits. Per step: median wall and
 * CPU time, the syncs and the largest request and response of one sync (Excel on the web refuses
 * one over 5 MB), and the longest piece of the validation nothing could interrupt (page-pieces.ts).
 * Writes the `host` section of docs/benchmarks.md.
 *
 *   npm run bench:host                         # 2,000 and 10,000 projects (20k and 100k reports), 3 runs
 *   npm run bench:host -- --projects 500 --runs 5
 *   npm run bench:host -- --quick              # 200 projects, 3 runs
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { createSimulatedExcel, workbookFromRows, type SimulatedExcelHost } from '../src/devhost';
import { createExcelChecker } from '../src/excel';
import { measuredOn, writeBenchSection } from './bench-doc';
import { longestPiece, type LongestPiece } from './page-pieces';
import { collectGarbage, formatBytes, formatCount, formatMs, median } from './measure';
import { buildGrids, REPORTS_PER_PROJECT } from './workbook-grids';

const PAYLOAD_LIMIT = 5 * 1024 * 1024;

const { values: options } = parseArgs({
  options: { projects: { type: 'string', multiple: true }, runs: { type: 'string', default: '3' }, quick: { type: 'boolean', default: false } },
});
const SIZES = (options.projects ?? (options.quick ? ['200'] : ['2000', '10000'])).map(Number);
const RUNS = Math.max(1, Number(options.runs));

/** What one step cost: time, and the round trips it took. */
interface Step { ms: number; cpuMs: number; syncs: number; largestRequest: number; largestResponse: number }

/** Measures the syncs from `host.stats.syncs[from]` on, over `ms` and `cpuMs`. */
function stepOf(host: SimulatedExcelHost, from: number, ms: number, cpuMs: number): Step {
  const syncs = host.stats.syncs.slice(from);
  return {
    ms,
    cpuMs,
    syncs: syncs.length,
    largestRequest: Math.max(0, ...syncs.map((sync) => sync.requestBytes)),
    largestResponse: Math.max(0, ...syncs.map((sync) => sync.responseBytes)),
  };
}

/** A stopwatch of wall and CPU time (all threads, GC included) with the sync count where it started. */
function start(host: SimulatedExcelHost) {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  const from = host.stats.syncs.length;
  return () => {
    const used = process.cpuUsage(cpu);
    return stepOf(host, from, performance.now() - wall, (used.user + used.system) / 1000);
  };
}

interface Run { read: Step; mark: Step; clear: Step; findings: number; longest: LongestPiece }

async function measureRun(projects: number): Promise<Run> {
  const grids = buildGrids(projects);
  const host = createSimulatedExcel(workbookFromRows(grids.map((grid) => ({ name: grid.sheet, rows: grid.values, numberFormats: grid.numberFormats }))));
  const checker = createExcelChecker(host);
  collectGarbage();
  let stop = start(host);
  let read: Step | undefined;
  let stage = 'read';
  // The checker reports 'validate' once every sheet is read: the syncs before it are the reading.
  const { result: summary, longest } = await longestPiece(host, (timed) => createExcelChecker(timed).validate({
    lang: 'th',
    onProgress: (step) => {
      stage = step.stage;
      if (step.stage === 'validate' && !read) {
        read = stop();
        stop = start(host);
      }
    },
  }), () => stage);
  const mark = stop();
  if (!read) throw new Error('validate reported no validate stage');
  collectGarbage();
  const stopClear = start(host);
  await checker.clearMarks();
  return { read, mark, clear: stopClear(), findings: summary.issues.length, longest };
}

function medianStep(steps: Step[]): Step {
  const pick = (key: keyof Step) => median(steps.map((step) => step[key]));
  return { ms: pick('ms'), cpuMs: pick('cpuMs'), syncs: pick('syncs'), largestRequest: pick('largestRequest'), largestResponse: pick('largestResponse') };
}

async function main(): Promise<void> {
  const heading = measuredOn();
  const rows: string[] = [];
  const pieceRows: string[] = [];
  const misses: string[] = [];
  for (const projects of SIZES) {
    const runs: Run[] = [];
    for (let run = 0; run < RUNS; run++) runs.push(await measureRun(projects));
    const reports = projects * REPORTS_PER_PROJECT;
    const label = `${formatCount(reports)} reports`;
    const steps: Array<[string, Step]> = [
      ['read (scan, state, cells)', medianStep(runs.map((r) => r.read))],
      ['validate and mark', medianStep(runs.map((r) => r.mark))],
      ['clear marks', medianStep(runs.map((r) => r.clear))],
    ];
    for (const [name, step] of steps) {
      rows.push(`| ${label} | ${name} | ${formatMs(step.ms)} | ${formatMs(step.cpuMs)} | ${step.syncs} | ${formatBytes(step.largestRequest)} | ${formatBytes(step.largestResponse)} |`);
      if (step.largestRequest > PAYLOAD_LIMIT || step.largestResponse > PAYLOAD_LIMIT) misses.push(`${label}, ${name}`);
    }
    // The run whose longest piece is the median one, so its parts add up.
    const piece = [...runs].sort((a, b) => a.longest.ms - b.longest.ms)[Math.floor(runs.length / 2)].longest;
    pieceRows.push(`| ${label} | ${formatMs(piece.ms)} | ${formatMs(piece.syncMs)} | ${formatMs(piece.ms - piece.syncMs)} | ${piece.stage} |`);
    console.log(`${label} (${formatCount(runs[0].findings)} findings): ${steps.map(([name, step]) => `${name} ${formatMs(step.ms)} wall, ${formatMs(step.cpuMs)} CPU, ${step.syncs} syncs`).join('; ')}; longest piece ${formatMs(piece.ms)} (${formatMs(piece.syncMs)} in syncs, while ${piece.stage})`);
  }
  writeBenchSection('host', [
    '## The add-in through the simulated Excel host',
    '',
    heading,
    '',
    `\`npm run bench:host\`: the benchmark workbook (projects of ten reports each, on a Projects and a Reports sheet) read, validated and marked by \`src/excel\` through \`src/devhost\` with Excel on the web's rules, then its marks cleared. Medians of ${RUNS} runs; CPU time counts every thread. "Largest" is the biggest single request or response of the step (the host refuses one over 5 MB).`,
    '',
    '| workbook | step | wall | CPU | syncs | largest request | largest response |',
    '|---|---|---:|---:|---:|---:|---:|',
    ...rows,
    '',
    misses.length === 0
      ? 'Budget — every request and response under 5 MB: **met**.'
      : `Budget — every request and response under 5 MB: **NOT met** (${misses.join('; ')}).`,
    '',
    'The longest piece of the validation (read, check, mark) that held the page\'s thread without a break — nothing paints and no click is answered during it — in CPU time of the process (wall time on a busy machine counts the wait for a core), split into the time inside simulated syncs (in Excel a sync runs in Excel\'s own process and the page is free meanwhile) and the add-in\'s own work; "while" is the stage it ended in. The run with the median longest piece.',
    '',
    '| workbook | longest piece | in simulated syncs | add-in\'s own work | while |',
    '|---|---:|---:|---:|---|',
    ...pieceRows,
  ].join('\n'));
}

main().catch((error: unknown) => {
  console.error(`bench:host: ${(error as Error).message}`);
  process.exitCode = 1;
});
