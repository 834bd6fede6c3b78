/**
 * Benchmark of the task pane's consolidation (issue "Consolidate many agencies' workbooks": "the
 * pane stays responsive and shows progress on 10 such files"): agency files of 200 projects and
 * 2,000 reports each, in the seven layouts of test/consolidate/agency-files.ts, read as the pane
 * reads uploads, then merged, checked (consolidateSourcesInTurns) and written into a simulated
 * workbook (the WorkbookConsolidator over src/devhost) as the Consolidate section runs them, while
 * a timer chain on the same thread measures how long the thread is held at a stretch: the longest
 * gap between two timer callbacks is the longest piece of work the page could not interrupt.
 *
 * The simulated host executes each sync on the same thread (Excel does that in its own process, the
 * pane waiting on the network), so the write's pieces are given both whole and without the time
 * spent inside the simulated syncs: the add-in's own longest piece. For comparison, the merge and
 * check run whole (`consolidateSources`, as the pane ran them before they were split) are timed too.
 * Medians are printed and, at the full size (10 files), written to docs/benchmarks.md (section
 * `consolidate-pane`).
 *
 *   npm run bench:consolidate-pane                      # 10 files: 2,000 projects, 20,000 reports; 3 runs
 *   npm run bench:consolidate-pane -- --quick           # 3 files (not written to the doc)
 *   npm run bench:consolidate-pane -- --files 50 --runs 1
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { DEFAULT_CONFIG } from '../src/core/model';
import { createSimulatedExcel, workbookFromRows } from '../src/devhost';
import { createWorkbookConsolidator } from '../src/excel/consolidate/consolidator';
import type { ConsolidationRunStep } from '../src/excel/consolidate/types';
import type { ExcelHost } from '../src/excel/host';
import { consolidateSources, consolidateSourcesInTurns, readUploadedFile } from '../src/taskpane/session/consolidation-reading';
import type { ConsolidationSource } from '../src/taskpane/session/consolidation-sources';
import { AGENCY_LAYOUTS, agencyFile, agencyProjects } from '../test/consolidate/agency-files';
import { measuredOn, writeBenchSection } from './bench-doc';
import { formatCount, formatMs, machine, median } from './measure';

const { values: options } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    files: { type: 'string' },
    projects: { type: 'string', default: '200' },
    reports: { type: 'string', default: '10' },
    runs: { type: 'string', default: '3' },
  },
});
const FILES = Number(options.files ?? (options.quick ? 3 : 10));
const PROJECTS = Number(options.projects);
const REPORTS_PER_PROJECT = Number(options.reports);
const RUNS = Math.max(1, Number(options.runs));
/** The size for the pane: the only one written to docs/benchmarks.md. */
const FULL_SIZE = FILES === 10 && PROJECTS === 200 && REPORTS_PER_PROJECT === 10;

/** Milliseconds spent inside the simulated host's syncs so far, and the longest one. */
const hostTime = { total: 0, longest: 0 };

/** The simulated host, each sync's time counted as the host's (Excel's own work, not the pane's). */
function timedHost(): ExcelHost {
  const host = createSimulatedExcel(workbookFromRows([{ name: 'Notes', rows: [['my own notes']] }]));
  return {
    Office: host.Office,
    Excel: {
      ...host.Excel,
      run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => host.Excel.run((context) => {
        const sync = context.sync.bind(context);
        (context as { sync: typeof context.sync }).sync = async <R>(value?: R) => {
          const started = performance.now();
          try {
            return await sync(value);
          } finally {
            const took = performance.now() - started;
            hostTime.total += took;
            hostTime.longest = Math.max(hostTime.longest, took);
          }
        };
        return batch(context);
      }),
    },
  } as ExcelHost;
}

interface Held { longest: number; longestOwn: number; turns: number }

/**
 * Watches the thread: a timer callback re-armed each time it runs. A gap between two callbacks is
 * a piece of work that held the thread; `longestOwn` leaves out the time spent in simulated syncs.
 */
function watchThread(): () => Held {
  let last = performance.now();
  let hostAtLast = hostTime.total;
  const held: Held = { longest: 0, longestOwn: 0, turns: 0 };
  let timer: NodeJS.Timeout;
  const note = () => {
    const now = performance.now();
    held.longest = Math.max(held.longest, now - last);
    held.longestOwn = Math.max(held.longestOwn, now - last - (hostTime.total - hostAtLast));
    last = now;
    hostAtLast = hostTime.total;
  };
  const tick = () => {
    note();
    held.turns++;
    timer = setTimeout(tick, 0);
  };
  timer = setTimeout(tick, 0);
  return () => {
    clearTimeout(timer);
    note();
    return held;
  };
}

interface RunMeasure {
  wholeMs: number;
  checkMs: number;
  check: Held;
  writeMs: number;
  write: Held;
  longestSync: number;
  steps: number;
  rows: { projects: number; reports: number };
}

async function readSources(): Promise<ConsolidationSource[]> {
  const sources: ConsolidationSource[] = [];
  for (let agency = 0; agency < FILES; agency++) {
    const layout = AGENCY_LAYOUTS[agency % AGENCY_LAYOUTS.length];
    const file = await agencyFile(layout, agency, agencyProjects(agency, PROJECTS, REPORTS_PER_PROJECT, layout));
    sources.push(await readUploadedFile(`source-${agency + 1}`, file.name, file.bytes, DEFAULT_CONFIG));
  }
  return sources;
}

async function run(sources: readonly ConsolidationSource[]): Promise<RunMeasure> {
  const consolidateOptions = { config: DEFAULT_CONFIG, language: 'en' as const, ranAt: new Date().toISOString() };
  // As the pane ran it before: merged and checked in one piece.
  const wholeStarted = performance.now();
  consolidateSources(sources, consolidateOptions);
  const wholeMs = performance.now() - wholeStarted;

  let steps = 0;
  const onProgress = (_step: ConsolidationRunStep) => { steps++; };
  const checkStarted = performance.now();
  let stop = watchThread();
  const result = await consolidateSourcesInTurns(sources, consolidateOptions, onProgress);
  const check = stop();
  const checkMs = performance.now() - checkStarted;
  if (!result) throw new Error('nothing consolidated');

  const consolidator = createWorkbookConsolidator(timedHost());
  hostTime.longest = 0;
  const writeStarted = performance.now();
  stop = watchThread();
  await consolidator.write(result, { language: 'en', replace: true, onProgress });
  const write = stop();
  const writeMs = performance.now() - writeStarted;
  return {
    wholeMs, checkMs, check, writeMs, write, longestSync: hostTime.longest, steps,
    rows: { projects: result.projects.sources.length, reports: result.reports.sources.length },
  };
}

async function main(): Promise<void> {
  const reading = performance.now();
  const sources = await readSources();
  console.log(`machine: ${machine()}`);
  console.log(`${FILES} files of ${PROJECTS} projects and ${formatCount(PROJECTS * REPORTS_PER_PROJECT)} reports, generated and read in ${formatMs(performance.now() - reading)}`);
  const runs: RunMeasure[] = [];
  for (let index = 0; index < RUNS; index++) {
    const measure = await run(sources);
    const expected = { projects: FILES * PROJECTS, reports: FILES * PROJECTS * REPORTS_PER_PROJECT };
    if (measure.rows.projects !== expected.projects || measure.rows.reports !== expected.reports) {
      throw new Error(`consolidated ${measure.rows.projects} projects and ${measure.rows.reports} reports; expected ${expected.projects} and ${expected.reports}`);
    }
    runs.push(measure);
    console.log(`run ${index + 1}: merge and check ${formatMs(measure.checkMs)} (whole: ${formatMs(measure.wholeMs)} in one piece), longest piece ${formatMs(measure.check.longest)}, ${measure.check.turns} turns; `
      + `write ${formatMs(measure.writeMs)}, longest piece ${formatMs(measure.write.longest)} (the add-in's own ${formatMs(measure.write.longestOwn)}; longest simulated sync ${formatMs(measure.longestSync)}), ${measure.write.turns} turns; ${measure.steps} progress steps`);
  }
  const m = (pick: (r: RunMeasure) => number) => formatMs(median(runs.map(pick)));
  const summary = [
    `merge and check: ${m((r) => r.checkMs)} in turns, longest piece ${m((r) => r.check.longest)}; in one piece as before: ${m((r) => r.wholeMs)}`,
    `write: ${m((r) => r.writeMs)}, longest piece ${m((r) => r.write.longest)} with the simulated syncs, ${m((r) => r.write.longestOwn)} without; longest simulated sync ${m((r) => r.longestSync)}`,
  ];
  console.log(`median over ${RUNS} runs:\n  ${summary.join('\n  ')}`);
  if (!FULL_SIZE) {
    console.log('(not the full size: docs/benchmarks.md left as it is)');
    return;
  }
  writeBenchSection('consolidate-pane', [
    '## Consolidate in the task pane: 10 agency files, 2,000 projects, 20,000 reports',
    '',
    measuredOn(),
    '',
    `\`npm run bench:consolidate-pane\`: ${FILES} agency files in the seven layouts, each with ${PROJECTS} projects and ${formatCount(PROJECTS * REPORTS_PER_PROJECT)} reports,`
      + ' read as the pane reads uploads, merged and checked a piece at a time and written into the simulated workbook as the Consolidate section does,'
      + ' a timer chain measuring how long the thread is held at a stretch. The simulated host runs each sync on the same thread (Excel runs it in its own process):'
      + ' the write\'s longest piece is given with and without that time. Before the pane ran in turns, the merge and check were one piece'
      + ' (the "as one piece" column) and so was the whole write.',
    '',
    '| run | merge and check | longest piece | as one piece (before) | write | longest piece | without simulated syncs | longest simulated sync |',
    '|---|---|---|---|---|---|---|---|',
    ...runs.map((r, i) => `| ${i + 1} | ${formatMs(r.checkMs)} | ${formatMs(r.check.longest)} | ${formatMs(r.wholeMs)} | ${formatMs(r.writeMs)} | ${formatMs(r.write.longest)} | ${formatMs(r.write.longestOwn)} | ${formatMs(r.longestSync)} |`),
    `| **median** | **${m((r) => r.checkMs)}** | **${m((r) => r.check.longest)}** | **${m((r) => r.wholeMs)}** | **${m((r) => r.writeMs)}** | **${m((r) => r.write.longest)}** | **${m((r) => r.write.longestOwn)}** | **${m((r) => r.longestSync)}** |`,
    '',
    `Every run: ${formatCount(FILES * PROJECTS)} project rows and ${formatCount(FILES * PROJECTS * REPORTS_PER_PROJECT)} report rows; ${runs[0].steps} progress steps told to the pane.`,
  ].join('\n'));
  console.log('written to docs/benchmarks.md (section consolidate-pane)');
}

main().catch((error: unknown) => {
  console.error(`bench: ${(error as Error).message}`);
  process.exitCode = 1;
});
