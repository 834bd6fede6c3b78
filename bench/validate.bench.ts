/**
 * Benchmark of core validation (DESIGN §5–§7): a deterministic workbook of
 * 10,000 projects and 100,000 reports as Grids, built once, then validated ≥ 5 times.
 * Prints the median wall time and, per run, the memory validation takes:
 * - peak RSS: the kernel's high-water mark of the whole process (VmHWM, reset
 *   before each run on Linux), so garbage made during the run counts too;
 * - retained: heap + external still held after a forced GC while the result is alive,
 *   above the baseline (the input grids alone).
 * Target on a 2-core machine: ≤ 1 s median and ≤ 400 MB peak RSS. Writes the `validate` section
 * of docs/benchmarks.md.
 *
 *   npm run bench:validate                               # 10k projects, 100k reports, 7 runs
 *   npm run bench:validate -- --projects 2000 --runs 5   # 2,000 projects (10 reports each)
 *   npm run bench:validate -- --quick                    # 1,000 projects, 5 runs
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import type { Grid } from '../src/core/model';
import { validateWorkbook } from '../src/core/validate';
import { measuredOn, writeBenchSection } from './bench-doc';
import { collectGarbage, formatBytes, formatCount, formatMs, heapAndExternal, machine, median, peakRss } from './measure';
import { buildGrids } from './workbook-grids';

const { values: options } = parseArgs({
  options: { projects: { type: 'string' }, runs: { type: 'string', default: '7' }, quick: { type: 'boolean', default: false } },
});
const PROJECTS = Number(options.projects ?? (options.quick ? 1_000 : 10_000));
const RUNS = Math.max(5, Number(options.runs));

interface RunMeasure { ms: number; cpuMs: number; peakRss: number; retained: number; issues: number }

function measureRun(grids: Grid[], baseline: number): RunMeasure {
  collectGarbage();
  peakRss.reset();
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const result = validateWorkbook(grids);
  const ms = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  collectGarbage();
  const retained = heapAndExternal() - baseline;
  const peak = Math.max(peakRss.read(), process.memoryUsage().rss);
  // Read after the measures so the result is alive while they are taken.
  return { ms, cpuMs: (cpu.user + cpu.system) / 1000, peakRss: peak, retained, issues: result.issues.length };
}

function main(): void {
  const heading = measuredOn();
  collectGarbage();
  const empty = heapAndExternal();
  const grids = buildGrids(PROJECTS);
  collectGarbage();
  const baseline = heapAndExternal();
  const baselineRss = process.memoryUsage().rss;
  const reports = grids[1].values.length - 1;
  const runs: RunMeasure[] = [];
  for (let run = 0; run < RUNS; run++) runs.push(measureRun(grids, baseline));

  const times = runs.map((r) => r.ms);
  const peaks = runs.map((r) => r.peakRss);
  const retained = runs.map((r) => r.retained);
  const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);
  const medianMs = median(times);
  const maxPeak = Math.max(...peaks);
  console.log(`machine: ${machine()}`);
  console.log(`workbook: ${PROJECTS.toLocaleString('en-US')} projects, ${reports.toLocaleString('en-US')} reports; ${runs[0].issues.toLocaleString('en-US')} findings`);
  console.log(`baseline (input grids alone, after GC): heap+external ${mb(baseline - empty)} MB for the grids; process RSS ${mb(baselineRss)} MB`);
  console.log(`validate: median ${medianMs.toFixed(0)} ms over ${RUNS} runs (min ${Math.min(...times).toFixed(0)}, max ${Math.max(...times).toFixed(0)}); `
    + `CPU time median ${median(runs.map((r) => r.cpuMs)).toFixed(0)} ms (all threads, GC included: steadier than wall time on a busy machine)`);
  console.log(`memory per run: peak RSS${peakRss.perRun ? '' : ' (process lifetime)'} median ${mb(median(peaks))} MB, max ${mb(maxPeak)} MB (whole process, grids included); `
    + `retained by the result after GC ${mb(median(retained))} MB heap+external above the baseline`);
  const met = medianMs <= 1000 && maxPeak <= 400 * 1024 * 1024;
  console.log(`target: ≤ 1000 ms median and ≤ 400 MB peak RSS — ${met ? 'met' : 'NOT met'}`);
  writeBenchSection('validate', [
    '## Core validation',
    '',
    heading,
    '',
    `\`npm run bench:validate\`: \`validateWorkbook\` (src/core) on the benchmark workbook held in memory as Grids — no file, no host. Medians of ${RUNS} runs; peak RSS is the whole process's high-water mark${peakRss.perRun ? ', reset before each run' : ' over its lifetime'}, the input grids included (${mb(baselineRss)} MB before the first run).`,
    '',
    '| workbook | findings | wall | CPU | peak RSS (median · max) | retained by the result |',
    '|---|---:|---:|---:|---:|---:|',
    `| ${formatCount(PROJECTS)} projects, ${formatCount(reports)} reports | ${formatCount(runs[0].issues)} | ${formatMs(medianMs)} (min ${formatMs(Math.min(...times))}, max ${formatMs(Math.max(...times))}) `
      + `| ${formatMs(median(runs.map((r) => r.cpuMs)))} | ${formatBytes(median(peaks))} · ${formatBytes(maxPeak)} | ${formatBytes(median(retained))} |`,
    '',
    PROJECTS === 10_000
      ? `Budget ≤ 1 s median and ≤ 400 MB peak RSS for 100,000 reports: ${formatMs(medianMs)}, ${formatBytes(maxPeak)} — ${met ? '**met**' : '**NOT met**'}.`
      : 'Budget ≤ 1 s and ≤ 400 MB for 100,000 reports: not measured in this run (another size).',
  ].join('\n'));
}

main();
