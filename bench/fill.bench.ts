/**
 * Benchmark of filling the standard form (issue 11) for every project of a workbook of 500
 * projects with ten reports each (bench/workbook-grids.ts):
 * - the command line, `report-checker fill FILE --all --out OUT.xlsx` spawned from the built bundle
 *   (dist-cli/), its CPU time and peak RSS reported by the child itself (bench/child-usage.js);
 * - the add-in, `checker.forms.fill` through the simulated Excel host (src/devhost) with Excel on
 *   the web's rules: wall and CPU time, the syncs, and the largest request and response of one sync
 *   (Excel on the web refuses one over 5 MB).
 * Each run's output is checked (500 form sheets) before it counts. Writes the `fill` section of
 * docs/benchmarks.md.
 *
 *   npm run bench:fill                       # 500 projects, 3 runs
 *   npm run bench:fill -- --projects 50 --runs 1
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import JSZip from 'jszip';
import { createSimulatedExcel, workbookFromRows } from '../src/devhost';
import { createExcelChecker } from '../src/excel';
import { measuredOn, writeBenchSection } from './bench-doc';
import { bundleAge, writeLauncher } from './built-cli';
import { writeGridWorkbook } from './large-workbook';
import { collectGarbage, formatBytes, formatMs, median } from './measure';
import { buildGrids, REPORTS_PER_PROJECT } from './workbook-grids';

const PAYLOAD_LIMIT = 5 * 1024 * 1024;
const CHILD_USAGE = path.join(__dirname, 'child-usage.js');

const { values: options } = parseArgs({ options: { projects: { type: 'string', default: '500' }, runs: { type: 'string', default: '3' } } });
const PROJECTS = Number(options.projects);
const RUNS = Math.max(1, Number(options.runs));

interface Measure { ms: number; cpuMs: number; peakRss?: number; syncs?: number; largestRequest?: number; largestResponse?: number }

/** The sheet names of a written .xlsx, read from its workbook part. */
async function sheetNames(file: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const workbook = await zip.file('xl/workbook.xml')!.async('string');
  return [...workbook.matchAll(/<sheet\b[^>]*\sname="([^"]*)"/g)].map((match) => match[1]);
}

async function cliRun(launcher: string, input: string, work: string, run: number): Promise<Measure> {
  const out = path.join(work, `filled-${run}.xlsx`);
  const usageFile = path.join(work, `usage-${run}.json`);
  const started = performance.now();
  const child = spawnSync(process.execPath, ['--require', CHILD_USAGE, launcher, 'fill', input, '--all', '--out', out, '--force', '--lang', 'en'], {
    env: { ...process.env, BENCH_USAGE_FILE: usageFile }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024,
  });
  const ms = performance.now() - started;
  // Exit 1: some projects have error-level findings, and are filled all the same.
  if (child.status !== 0 && child.status !== 1) throw new Error(`fill exited ${child.status}: ${child.stderr.split('\n')[0]}`);
  const forms = (await sheetNames(out)).filter((name) => name.startsWith('แบบฟอร์ม '));
  if (forms.length !== PROJECTS) throw new Error(`the filled copy has ${forms.length} forms, not ${PROJECTS}`);
  const usage = JSON.parse(readFileSync(usageFile, 'utf8')) as { cpuMs: number; peakRssBytes: number };
  return { ms, cpuMs: usage.cpuMs, peakRss: usage.peakRssBytes };
}

async function hostRun(): Promise<Measure> {
  const grids = buildGrids(PROJECTS);
  const host = createSimulatedExcel(workbookFromRows(grids.map((grid) => ({ name: grid.sheet, rows: grid.values, numberFormats: grid.numberFormats }))));
  const forms = createExcelChecker(host).forms;
  if (!forms) throw new Error('the Excel checker offers no form filling');
  const plan = await forms.plan({ kind: 'all' });
  collectGarbage();
  const from = host.stats.syncs.length;
  const wall = performance.now();
  const cpu = process.cpuUsage();
  const result = await forms.fill({ codes: plan.projects.map((project) => project.code) });
  const used = process.cpuUsage(cpu);
  const ms = performance.now() - wall;
  if (result.forms.length !== PROJECTS) throw new Error(`filled ${result.forms.length} forms, not ${PROJECTS}`);
  const syncs = host.stats.syncs.slice(from);
  const failed = syncs.find((sync) => sync.failedWith !== undefined);
  if (failed) throw new Error(`a sync failed: ${failed.failedWith}`);
  return {
    ms,
    cpuMs: (used.user + used.system) / 1000,
    syncs: syncs.length,
    largestRequest: Math.max(0, ...syncs.map((sync) => sync.requestBytes)),
    largestResponse: Math.max(0, ...syncs.map((sync) => sync.responseBytes)),
  };
}

function medianOf(runs: Measure[], key: keyof Measure): number {
  return median(runs.map((run) => run[key] ?? 0));
}

async function main(): Promise<void> {
  const heading = measuredOn();
  const work = mkdtempSync(path.join(tmpdir(), 'report-checker-fill-bench-'));
  try {
    const launcher = writeLauncher(work);
    const input = path.join(work, `projects-${PROJECTS}.xlsx`);
    writeGridWorkbook(input, buildGrids(PROJECTS));
    const cli: Measure[] = [];
    const host: Measure[] = [];
    // Paired: one run of each per round, so a change in the machine's load falls on both.
    for (let run = 0; run < RUNS; run++) {
      cli.push(await cliRun(launcher, input, work, run));
      host.push(await hostRun());
      console.log(`run ${run + 1}: CLI ${formatMs(cli[run].ms)} wall, ${formatMs(cli[run].cpuMs)} CPU, ${formatBytes(cli[run].peakRss ?? 0)} peak; `
        + `host ${formatMs(host[run].ms)} wall, ${formatMs(host[run].cpuMs)} CPU, ${host[run].syncs} syncs, largest request ${formatBytes(host[run].largestRequest ?? 0)}`);
    }
    const syncs = medianOf(host, 'syncs');
    const largest = Math.max(...host.map((run) => Math.max(run.largestRequest ?? 0, run.largestResponse ?? 0)));
    writeBenchSection('fill', [
      `## Filling the standard form for ${PROJECTS} projects`,
      '',
      heading,
      '',
      `\`npm run bench:fill\`: a workbook of ${PROJECTS} projects with ${REPORTS_PER_PROJECT} reports each; every project's standard form filled as a sheet of its own. `
        + `Command line: \`report-checker fill FILE --all --out OUT.xlsx\` spawned from the built bundle (${bundleAge()}), wall time including Node's start, CPU time and peak RSS of the child. `
        + `Add-in: \`forms.fill\` through the simulated Excel host (reading the workbook included), CPU time of this process. Medians of ${RUNS} paired runs; every run's output counted.`,
      '',
      '| path | wall | CPU | peak RSS | syncs | largest request | largest response |',
      '|---|---:|---:|---:|---:|---:|---:|',
      `| command line | ${formatMs(medianOf(cli, 'ms'))} | ${formatMs(medianOf(cli, 'cpuMs'))} | ${formatBytes(medianOf(cli, 'peakRss'))} | – | – | – |`,
      `| simulated host | ${formatMs(medianOf(host, 'ms'))} | ${formatMs(medianOf(host, 'cpuMs'))} | – | ${syncs} | ${formatBytes(medianOf(host, 'largestRequest'))} | ${formatBytes(medianOf(host, 'largestResponse'))} |`,
      '',
      `Budget — the syncs do not grow per cell (${syncs} for ${PROJECTS} forms) and no request or response exceeds 5 MB: **${largest <= PAYLOAD_LIMIT ? 'met' : 'NOT met'}** (largest ${formatBytes(largest)}).`,
    ].join('\n'));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(`bench:fill: ${(error as Error).message}`);
  process.exitCode = 1;
});
