/**
 * Benchmark of the demo page in a browser (issue "Speed end to end": "the demo page stays responsive
 * — no task over 200 ms on the main thread — while a 20,000-report workbook is opened and
 * validated"). The built demo (dist/, rebuilt first when older than the sources) in headless
 * Chromium: the benchmark workbook (bench/workbook-grids.ts, 2,000 projects of ten reports) opened
 * through the page's Open button, then validated with the pane's Validate button, while the page
 * gathers its long tasks (Chromium's 'longtask' entries, 50 ms or more on the main thread). Reports
 * the longest task of each phase and the phase's wall time, medians of the runs, each on a fresh
 * page. Writes the `demo` section of docs/benchmarks.md.
 *
 *   npm run bench:demo                       # 2,000 projects (20,000 reports), 3 runs
 *   npm run bench:demo -- --projects 500 --runs 5
 *   npm run bench:demo -- --quick            # 200 projects, 3 runs (not written to the doc)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { UI_TEXT } from '../src/taskpane/i18n';
import {
  newDemoPage, openWorkbookFile, paneMessageShown, progressPaints, startDemo, takeLongTaskEntries, watchLongTasks, watchProgressPaints, workbookOpened,
  type LongTask,
} from '../test/e2e/demo-page';
import { measuredOn, writeBenchSection } from './bench-doc';
import { writeGridWorkbook } from './large-workbook';
import { formatCount, formatMs, median } from './measure';
import { buildGrids, REPORTS_PER_PROJECT } from './workbook-grids';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the browser tests' build step, plain CommonJS
const buildIfStale = require('../test/e2e/build-if-stale.js') as () => Promise<void>;

const { values: options } = parseArgs({
  options: { projects: { type: 'string' }, runs: { type: 'string', default: '3' }, quick: { type: 'boolean', default: false } },
});
const PROJECTS = Number(options.projects ?? (options.quick ? 200 : 2000));
const RUNS = Math.max(1, Number(options.runs));
/** The budget: no task on the page's main thread over this. */
const BUDGET_MS = 200;
/** Written to the doc only at the size. */
const DOC_PROJECTS = 2000;

/** One phase of a run: its wall time, and the long tasks of the main thread during it. */
interface Phase { ms: number; longestTaskMs: number; longTasks: number }
/** The validation is split where the pane last painted its progress bar: the run, then the findings drawn. */
interface Run { open: Phase; validate: Phase; findings: Phase }

/** After a phase's end is on screen: two frames and a moment, so work that follows it (the findings drawn) counts too. */
async function settled(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 300)))));
}

function phaseOf(ms: number, tasks: readonly LongTask[]): Phase {
  return { ms, longestTaskMs: Math.max(0, ...tasks.map((task) => task.duration)), longTasks: tasks.length };
}

/** Runs `work`, then waits for what follows it; its wall time and the long tasks from its start until settled. */
async function timed(page: Page, work: () => Promise<void>): Promise<{ ms: number; tasks: LongTask[] }> {
  await takeLongTaskEntries(page);
  const started = Date.now();
  await work();
  const ms = Date.now() - started;
  await settled(page);
  return { ms, tasks: await takeLongTaskEntries(page) };
}

async function main(): Promise<void> {
  await buildIfStale();
  const heading = measuredOn();
  const directory = mkdtempSync(path.join(tmpdir(), 'demo-bench-'));
  const file = path.join(directory, 'reports.xlsx');
  const grids = buildGrids(PROJECTS);
  writeGridWorkbook(file, grids);
  const reports = PROJECTS * REPORTS_PER_PROJECT;
  const demo = await startDemo();
  const runs: Run[] = [];
  try {
    for (let run = 0; run < RUNS; run++) {
      const { page, errors } = await newDemoPage(demo.browser, demo.server);
      // tsx compiles this script with esbuild's keepNames: a function named inside a callback sent to the page calls `__name`.
      await page.addInitScript({ content: 'window.__name = (target) => target;' });
      await page.goto(`${demo.server.url}demo.html?lang=en`);
      await workbookOpened(page);
      await watchLongTasks(page);
      const opening = await timed(page, () => openWorkbookFile(page, file, grids[0].sheet));
      await watchProgressPaints(page);
      let clicked = 0;
      let finished = 0;
      const validating = await timed(page, async () => {
        clicked = await page.evaluate(() => performance.now());
        await page.getByRole('button', { name: UI_TEXT.en.validate }).click();
        await paneMessageShown(page, UI_TEXT.en.validatedTitle);
        finished = await page.evaluate(() => performance.now());
      });
      const { lastPaintedAt } = await progressPaints(page);
      const open = phaseOf(opening.ms, opening.tasks);
      const validate = phaseOf(lastPaintedAt - clicked, validating.tasks.filter((task) => task.start < lastPaintedAt));
      const findings = phaseOf(finished - lastPaintedAt, validating.tasks.filter((task) => task.start >= lastPaintedAt));
      if (errors.length > 0) throw new Error(`the page reported errors: ${errors.join('; ')}`);
      runs.push({ open, validate, findings });
      const said = (name: string, phase: Phase) => `${name} ${formatMs(phase.ms)}, longest task ${formatMs(phase.longestTaskMs)} (${phase.longTasks} long tasks)`;
      console.log(`run ${run + 1}: ${said('open', open)}; ${said('validate', validate)}; ${said('findings drawn', findings)}`);
      await page.close();
    }
  } finally {
    await demo.close();
    rmSync(directory, { recursive: true, force: true });
  }

  const pick = (name: keyof Run, key: keyof Phase) => median(runs.map((run) => run[name][key]));
  const labels: Record<keyof Run, string> = {
    open: 'open the file (Open button)',
    validate: 'validate and mark (Validate button), while the progress bar shows',
    findings: 'the pane draws the findings',
  };
  const rows = (['open', 'validate', 'findings'] as const).map((name) =>
    `| ${formatCount(reports)} reports | ${labels[name]} | ${formatMs(pick(name, 'ms'))} | ${formatMs(pick(name, 'longestTaskMs'))} | ${formatCount(pick(name, 'longTasks'))} |`);
  const longest = Math.max(pick('open', 'longestTaskMs'), pick('validate', 'longestTaskMs'), pick('findings', 'longestTaskMs'));
  const verdict = longest <= BUDGET_MS
    ? `Budget — no task over ${BUDGET_MS} ms on the page's main thread while ${formatCount(reports)} reports are opened and validated: **met** (longest ${formatMs(longest)}).`
    : `Budget — no task over ${BUDGET_MS} ms on the page's main thread while ${formatCount(reports)} reports are opened and validated: **NOT met** (longest ${formatMs(longest)}).`;
  console.log(verdict);
  if (PROJECTS !== DOC_PROJECTS) {
    console.log(`(${formatCount(PROJECTS)} projects: not written to docs/benchmarks.md, which holds the ${formatCount(DOC_PROJECTS)}-project figures)`);
    return;
  }
  writeBenchSection('demo', [
    '## The demo page in a browser',
    '',
    heading,
    '',
    `\`npm run bench:demo\`: the built demo page (dist/) in headless Chromium opens the benchmark workbook (${formatCount(PROJECTS)} projects of ten reports each, on a Projects and a Reports sheet) through its Open button, then validates and marks it with the task pane's Validate button, on the simulated Excel host. Opening lasts from the file's choice until the workbook's grid and the pane are ready; validating, from the click until the last frame painted with the pane's progress bar; then the pane draws the findings, until "Validation finished" is on screen. Opening's and the findings' long tasks include those of the two frames and 300 ms after their end. Long tasks are Chromium's: 50 ms or more on the page's main thread (a Web Worker's work is not one). Medians of ${RUNS} runs, each on a fresh page; wall times on a busy machine include the wait for a core.`,
    '',
    '| workbook | phase | wall | longest task | long tasks |',
    '|---|---|---:|---:|---:|',
    ...rows,
    '',
    verdict,
  ].join('\n'));
}

main().catch((error: unknown) => {
  console.error(`bench:demo: ${(error as Error).stack ?? error}`);
  process.exitCode = 1;
});
