/**
 * Benchmark of a whole check of a large .xlsx file (issue 9, "Hostile and huge workbooks"):
 * the file read in chunks, its package unpacked and its sheet read into a Grid within the
 * read limits (src/xlsx), then validated (src/core) — what `report-checker validate` does
 * before printing. The workbook is one sheet of Excel's full height by default: a header row
 * and 1,048,575 monthly reports of 8 columns (8.4 million cells; large-workbook.ts), written
 * once to the temp folder. Each run's wall time, CPU time (steadier on a shared machine) and
 * peak RSS (the kernel's high-water mark, reset before each run) are printed with their medians.
 *
 *   npm run bench:file                          # 1,048,576 rows, 3 runs
 *   npm run bench:file -- --rows 100000 --runs 5
 */
import { existsSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { validateWorkbook } from '../src/core/validate';
import { readWorkbook } from '../src/xlsx/read';
import { readSpreadsheetFile } from '../src/xlsx/read-file';
import { writeLargeWorkbook } from './large-workbook';
import { collectGarbage, machine, median, peakRss } from './measure';

const { values: options } = parseArgs({ options: { rows: { type: 'string', default: '1048576' }, runs: { type: 'string', default: '3' } } });
const ROWS = Number(options.rows);
const RUNS = Math.max(1, Number(options.runs));

interface RunMeasure { readMs: number; validateMs: number; cpuMs: number; peakRss: number; cells: number; findings: number }

async function measureRun(path: string): Promise<RunMeasure> {
  collectGarbage();
  peakRss.reset();
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const grids = await readWorkbook(readSpreadsheetFile(path), 'bench.xlsx');
  const read = performance.now();
  const result = validateWorkbook(grids);
  const done = performance.now();
  const cpu = process.cpuUsage(cpuBefore);
  const peak = Math.max(peakRss.read(), process.memoryUsage().rss);
  const cells = grids.reduce((sum, grid) => sum + grid.values.reduce((n, row) => n + row.length, 0), 0);
  return { readMs: read - started, validateMs: done - read, cpuMs: (cpu.user + cpu.system) / 1000, peakRss: peak, cells, findings: result.issues.length };
}

async function main(): Promise<void> {
  const path = join(tmpdir(), `report-checker-bench-${ROWS}-rows.xlsx`);
  if (!existsSync(path)) writeLargeWorkbook(path, ROWS);
  const runs: RunMeasure[] = [];
  for (let run = 0; run < RUNS; run++) {
    runs.push(await measureRun(path));
    collectGarbage();
  }
  const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);
  const s = (ms: number) => (ms / 1000).toFixed(1);
  const [first] = runs;
  console.log(`machine: ${machine()}`);
  console.log(`file: ${path}, ${mb(statSync(path).size)} MB; ${ROWS.toLocaleString('en-US')} rows, ${first.cells.toLocaleString('en-US')} cells; ${first.findings.toLocaleString('en-US')} findings`);
  for (const [i, run] of runs.entries()) {
    console.log(`run ${i + 1}: read ${s(run.readMs)} s + validate ${s(run.validateMs)} s = ${s(run.readMs + run.validateMs)} s wall, CPU ${s(run.cpuMs)} s, peak RSS ${mb(run.peakRss)} MB`);
  }
  console.log(`median over ${RUNS} runs: read ${s(median(runs.map((r) => r.readMs)))} s, validate ${s(median(runs.map((r) => r.validateMs)))} s, `
    + `total ${s(median(runs.map((r) => r.readMs + r.validateMs)))} s wall; CPU ${s(median(runs.map((r) => r.cpuMs)))} s (all threads, GC included); `
    + `peak RSS${peakRss.perRun ? '' : ' (process lifetime)'} median ${mb(median(runs.map((r) => r.peakRss)))} MB, max ${mb(Math.max(...runs.map((r) => r.peakRss)))} MB`);
}

main().catch((error: unknown) => {
  console.error(`bench: ${(error as Error).message}`);
  process.exitCode = 1;
});
