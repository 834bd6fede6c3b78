/**
 * Benchmark of the add-in's path through the simulated Excel host (src/devhost): a workbook of
 * `projects` projects and ten reports each is validated and marked (fills, notes, Issues sheet),
 * then its marks cleared, as the task pane does — every read and write through the Office.js API
 * the simulator implements, with its load/sync rules and payload limits. Prints medians of each
 * step's wall time and its sync count.
 *
 *   npm run bench:host            # 2,000 projects, 20,000 reports, 3 runs
 *   npm run bench:host -- 500 5   # 500 projects, 5 runs
 */
import { performance } from 'node:perf_hooks';
import { createSimulatedExcel, workbookFromRows } from '../src/devhost';
import { createExcelChecker } from '../src/excel';
import { collectGarbage, machine, median } from './measure';
import { buildGrids } from './workbook-grids';

const PROJECTS = Number(process.argv[2] ?? 2_000);
const RUNS = Math.max(3, Number(process.argv[3] ?? 3));

interface Step { ms: number; syncs: number }

async function step(host: ReturnType<typeof createSimulatedExcel>, work: () => Promise<unknown>): Promise<Step> {
  const syncs = host.stats.syncCount;
  const started = performance.now();
  await work();
  return { ms: performance.now() - started, syncs: host.stats.syncCount - syncs };
}

async function main(): Promise<void> {
  const grids = buildGrids(PROJECTS);
  const runs: { validate: Step; clear: Step; findings: number }[] = [];
  for (let run = 0; run < RUNS; run++) {
    const host = createSimulatedExcel(workbookFromRows(grids.map((grid) => ({ name: grid.sheet, rows: grid.values, numberFormats: grid.numberFormats }))));
    const checker = createExcelChecker(host);
    collectGarbage();
    let findings = 0;
    const validate = await step(host, async () => { findings = (await checker.validate({ lang: 'th' })).issues.length; });
    const clear = await step(host, () => checker.clearMarks());
    runs.push({ validate, clear, findings });
  }
  const ms = (steps: Step[]) => median(steps.map((s) => s.ms)).toFixed(0);
  console.log(`machine: ${machine()}`);
  console.log(`workbook: ${PROJECTS.toLocaleString('en-US')} projects, ${(PROJECTS * 10).toLocaleString('en-US')} reports; ${runs[0].findings.toLocaleString('en-US')} findings`);
  console.log(`validate and mark: median ${ms(runs.map((r) => r.validate))} ms, ${runs[0].validate.syncs} syncs; clear marks: median ${ms(runs.map((r) => r.clear))} ms, ${runs[0].clear.syncs} syncs (${RUNS} runs)`);
}

void main();
