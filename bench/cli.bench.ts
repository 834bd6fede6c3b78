/**
 * End-to-end benchmark of the command line as users run it: the built `report-checker` (bin/ and
 * dist-cli/, copied out of the repository as an installed package holds them) spawned on an .xlsx
 * (Projects and Reports sheets) and on a .csv (the same data as one flat table) of 1k … 300k
 * reports. Each file is also loaded, in the same round of runs, by ExcelJS alone and SheetJS alone
 * (and the CSV by Frictionless' `tableschema`) in a process of their own: each library's time is
 * given as a ratio to the command line's, taken run by run, so a busy machine slows both sides of
 * a ratio alike. Start-up (`--help`, validating the sample workbook) is measured the same way.
 * Wall time is the parent's clock around the child; CPU time and peak RSS are the child's own
 * (getrusage, through bench/child-usage.js). Writes the `cli` and `startup` sections of
 * docs/benchmarks.md.
 *
 *   npm run bench:cli                            # 1k, 10k, 100k and 300k reports
 *   npm run bench:cli -- --quick                 # 1k and 10k reports
 *   npm run bench:cli -- --reports 100000 --runs 5
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import type { CellValue, Grid } from '../src/core/model';
import { ceToBe, isoParts, serialToIso } from '../src/core/parse/calendar';
import { measuredOn, writeBenchSection } from './bench-doc';
import { writeGridWorkbook } from './large-workbook';
import { formatBytes, formatCount, formatMs, median } from './measure';
import { buildGrids, REPORTS_PER_PROJECT } from './workbook-grids';

const ROOT = path.resolve(__dirname, '..');
const CHILD_USAGE = path.join(__dirname, 'child-usage.js');
const LIBRARY_LOAD = path.join(__dirname, 'library-load.js');
const SAMPLE = path.join(ROOT, 'samples', 'bma-projects-2563.xlsx');
/** Bump when the generated files change, so stale copies in the temp folder are not reused. */
const FILES_VERSION = 1;

const { values: options } = parseArgs({
  options: {
    reports: { type: 'string', multiple: true },
    runs: { type: 'string' },
    'startup-runs': { type: 'string', default: '10' },
    quick: { type: 'boolean', default: false },
  },
});
const SIZES = (options.reports ?? (options.quick ? ['1000', '10000'] : ['1000', '10000', '100000', '300000'])).map(Number);
/** Paired rounds per file: more for small files, whose times are short and noisy. */
const runsFor = (reports: number) => Number(options.runs ?? (options.quick ? 3 : reports <= 10_000 ? 5 : 3));
const STARTUP_RUNS = Math.max(1, Number(options['startup-runs']));
/** ExcelJS's CSV reader is slow (about 1.2 ms of CPU a row): above this it would take minutes a run. */
const EXCELJS_CSV_MAX_REPORTS = 10_000;

type Tool = 'cli' | 'exceljs' | 'sheetjs' | 'tableschema';
const TOOL_NAMES: Record<Tool, string> = { cli: 'report-checker', exceljs: 'ExcelJS', sheetjs: 'SheetJS', tableschema: 'tableschema' };

interface ChildRun { ms: number; cpuMs: number; peakRss: number; stdout: string }

/** Runs `node --require child-usage.js ARGS…` to its end; throws with its message when it fails. */
function runChild(args: readonly string[], okCodes: readonly number[] = [0]): ChildRun {
  const usageFile = path.join(tmpdir(), `report-checker-bench-usage-${process.pid}.json`);
  rmSync(usageFile, { force: true });
  const started = performance.now();
  const child = spawnSync(process.execPath, ['--require', CHILD_USAGE, ...args], {
    env: { ...process.env, BENCH_USAGE_FILE: usageFile },
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 1024 ** 3,
    encoding: 'utf8',
  });
  const ms = performance.now() - started;
  if (child.error) throw child.error;
  if (!okCodes.includes(child.status ?? -1)) throw new Error(`${args.join(' ')} exited with ${child.status}: ${child.stderr.trim().split('\n')[0]}`);
  const usage = JSON.parse(readFileSync(usageFile, 'utf8')) as { cpuMs: number; peakRssBytes: number };
  return { ms, cpuMs: usage.cpuMs, peakRss: usage.peakRssBytes, stdout: child.stdout };
}

/**
 * The command line as an installed package holds it (bin/ and dist-cli/, no src/), so bin runs the
 * bundle whatever changed in the repository since it was built. Returns the bin's path and a line
 * saying when the bundle was built.
 */
function installedCopy(): { bin: string; built: string } {
  const bundle = path.join(ROOT, 'dist-cli', 'report-checker.js');
  if (!existsSync(bundle)) throw new Error('dist-cli/report-checker.js is missing: build it with `npm run build:cli`');
  const target = path.join(tmpdir(), 'report-checker-bench-package');
  rmSync(target, { recursive: true, force: true });
  for (const folder of ['bin', 'dist-cli']) {
    mkdirSync(path.join(target, folder), { recursive: true });
    for (const name of readdirSync(path.join(ROOT, folder))) copyFileSync(path.join(ROOT, folder, name), path.join(target, folder, name));
  }
  const load = createRequire(__filename);
  const { entryFor } = load(path.join(ROOT, 'bin', 'report-checker.js')) as { entryFor: (root: string) => string };
  const current = entryFor(ROOT) === 'bundle';
  const time = statSync(bundle).mtime.toISOString().replace('T', ' ').slice(0, 16);
  return {
    bin: path.join(target, 'bin', 'report-checker.js'),
    built: `The bundle was built ${time} UTC${current ? ', after the last change under src/' : '; src/ has changed since (the figures are of the bundle as built)'}.`,
  };
}

/** `19/10/2562`: a date serial as the Thai text a CSV export carries. */
function thaiDateText(serial: number): string {
  const iso = serialToIso(serial);
  if (!iso) return String(serial);
  const { year, month, day } = isoParts(iso);
  return `${day}/${month}/${ceToBe(year)}`;
}

function csvField(value: CellValue, format: string | undefined): string {
  if (value === null) return '';
  if (typeof value === 'number' && format === 'd/m/yyyy') return thaiDateText(value);
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The projects and reports of `grids` as one flat CSV: each report row with its project's fields before it. */
function writeFlatCsv(file: string, [projects, reports]: Grid[]): void {
  const projectRow = new Map(projects.values.slice(1).map((row, index) => [row[0], index + 1]));
  const lines = [[...projects.values[0], ...reports.values[0].slice(1)].map((value) => csvField(value, undefined)).join(',')];
  for (let r = 1; r < reports.values.length; r++) {
    const p = projectRow.get(reports.values[r][0]) ?? 0;
    const fields = projects.values[p].map((value, c) => csvField(value, projects.numberFormats[p][c]));
    for (let c = 1; c < reports.values[r].length; c++) fields.push(csvField(reports.values[r][c], reports.numberFormats[r][c]));
    lines.push(fields.join(','));
  }
  writeFileSync(file, `${lines.join('\r\n')}\r\n`);
}

/** The .xlsx and .csv of `reports` reports, written to the temp folder once and reused. */
function benchFiles(reports: number): { xlsx: string; csv: string } {
  const base = path.join(tmpdir(), `report-checker-bench-v${FILES_VERSION}-${reports}-reports`);
  const files = { xlsx: `${base}.xlsx`, csv: `${base}.csv` };
  if (!existsSync(files.xlsx) || !existsSync(files.csv)) {
    const grids = buildGrids(Math.ceil(reports / REPORTS_PER_PROJECT));
    writeGridWorkbook(files.xlsx, grids);
    writeFlatCsv(files.csv, grids);
  }
  return files;
}

function tableschemaInstalled(): boolean {
  try {
    require.resolve('tableschema');
    return true;
  } catch {
    return false;
  }
}

/** `ratio` and `cpuRatio`: the tool's wall and CPU time as multiples of the command line's, medians of the rounds' ratios. */
interface ToolResult { runs: ChildRun[]; ratio?: number; cpuRatio?: number }
interface FileResult { kind: 'xlsx' | 'csv'; reports: number; bytes: number; findings: string; tools: Partial<Record<Tool, ToolResult>> }

function measureFile(bin: string, file: string, kind: 'xlsx' | 'csv', reports: number): FileResult {
  const tools: Tool[] = [
    'cli',
    ...(kind === 'xlsx' || reports <= EXCELJS_CSV_MAX_REPORTS ? ['exceljs' as const] : []),
    'sheetjs',
    ...(kind === 'csv' && tableschemaInstalled() ? ['tableschema' as const] : []),
  ];
  const runs = new Map<Tool, ChildRun[]>(tools.map((tool) => [tool, []]));
  let findings = '';
  const rounds = runsFor(reports);
  for (let round = 0; round < rounds; round++) {
    // Each round runs every tool once, starting with another one each time.
    for (let i = 0; i < tools.length; i++) {
      const tool = tools[(round + i) % tools.length];
      const run = tool === 'cli'
        ? runChild([bin, 'validate', file, '--format', 'json'], [0, 1])
        : runChild([LIBRARY_LOAD, tool, file]);
      if (tool === 'cli' && !findings) {
        const { summary } = JSON.parse(run.stdout) as { summary: { error: number; warning: number; info: number } };
        findings = `${formatCount(summary.error)} errors, ${formatCount(summary.warning)} warnings, ${formatCount(summary.info)} info`;
      }
      runs.get(tool)!.push({ ...run, stdout: '' });
      console.log(`  ${kind} ${formatCount(reports)} round ${round + 1}: ${TOOL_NAMES[tool]} ${formatMs(run.ms)}, CPU ${formatMs(run.cpuMs)}, peak RSS ${formatBytes(run.peakRss)}`);
    }
  }
  const cli = runs.get('cli')!;
  const result: FileResult = { kind, reports, bytes: statSync(file).size, findings, tools: {} };
  for (const tool of tools) {
    const own = runs.get(tool)!;
    result.tools[tool] = {
      runs: own,
      ...(tool === 'cli' ? {} : { ratio: median(own.map((run, i) => run.ms / cli[i].ms)), cpuRatio: median(own.map((run, i) => run.cpuMs / cli[i].cpuMs)) }),
    };
  }
  return result;
}

const medianOf = (runs: ChildRun[], key: 'ms' | 'cpuMs' | 'peakRss') => median(runs.map((run) => run[key]));
const verdict = (met: boolean) => (met ? '**met**' : '**NOT met**');

function libraryCell(result: FileResult, tool: Tool, why: string): string {
  const measured = result.tools[tool];
  if (!measured) return why;
  return `${formatMs(medianOf(measured.runs, 'ms'))}, ${formatBytes(medianOf(measured.runs, 'peakRss'))} (${measured.ratio!.toFixed(1)}× · CPU ${measured.cpuRatio!.toFixed(1)}×)`;
}

function cliSection(results: FileResult[], built: string, heading: string): string {
  const noTableschema = tableschemaInstalled() ? '—' : 'not run: tableschema is not installed';
  const rows = results.map((result) => {
    const cli = result.tools.cli!.runs;
    const ms = medianOf(cli, 'ms');
    const rss = medianOf(cli, 'peakRss');
    return `| .${result.kind} | ${formatCount(result.reports)} | ${formatBytes(result.bytes)} | ${formatMs(ms)} | ${formatMs(medianOf(cli, 'cpuMs'))} | ${formatBytes(rss)} `
      + `| ${(1000 * ms / result.reports).toFixed(1)} µs · ${formatBytes(rss / result.reports)} | ${formatCount(result.reports / (ms / 1000))} `
      + `| ${libraryCell(result, 'exceljs', `not run above ${formatCount(EXCELJS_CSV_MAX_REPORTS)} reports (its CSV reader: minutes a run)`)} | ${libraryCell(result, 'sheetjs', '—')} | ${result.kind === 'csv' ? libraryCell(result, 'tableschema', noTableschema) : '—'} |`;
  });
  const find = (kind: 'xlsx' | 'csv', reports: number) => results.find((result) => result.kind === kind && result.reports === reports);
  const budgets: string[] = [];
  const xlsx100k = find('xlsx', 100_000);
  if (xlsx100k) {
    const cli = xlsx100k.tools.cli!.runs;
    const ms = medianOf(cli, 'ms');
    const rss = medianOf(cli, 'peakRss');
    const ratio = xlsx100k.tools.exceljs!.ratio!;
    budgets.push(`- 100k-report .xlsx ≤ 2.5 s wall: ${formatMs(ms)} — ${verdict(ms <= 2_500)}; ≤ 400 MB peak RSS: ${formatBytes(rss)} — ${verdict(rss <= 400 * 1024 ** 2)}; `
      + `≥ 4× faster than loading it with ExcelJS alone: ${ratio.toFixed(1)}× — ${verdict(ratio >= 4)}.`);
  } else budgets.push('- 100k-report .xlsx (≤ 2.5 s, ≤ 400 MB, ≥ 4× ExcelJS): not measured in this run.');
  const csv100k = find('csv', 100_000);
  if (csv100k?.tools.tableschema) {
    const ratio = csv100k.tools.tableschema.ratio!;
    budgets.push(`- 100k-row .csv ≥ 5× tableschema's rows per second: ${ratio.toFixed(1)}× — ${verdict(ratio >= 5)}.`);
  } else budgets.push(`- 100k-row .csv ≥ 5× tableschema's rows per second: ${csv100k ? 'not run: tableschema is not installed' : 'not measured in this run'}.`);
  for (const kind of ['xlsx', 'csv'] as const) {
    const largest = find(kind, 300_000);
    if (!largest) {
      budgets.push(`- .${kind} memory ≤ 1.5 KB peak RSS per report row at 300k: not measured in this run.`);
      continue;
    }
    const perRow = medianOf(largest.tools.cli!.runs, 'peakRss') / largest.reports;
    const previous = find(kind, 100_000);
    const growth = previous
      ? ` (from 100k to 300k reports peak RSS grew ${(medianOf(largest.tools.cli!.runs, 'peakRss') / medianOf(previous.tools.cli!.runs, 'peakRss')).toFixed(2)}× for 3× the rows)`
      : '';
    // Two decimals: near the budget, 1.5 KB rounded would read as met when it is not.
    budgets.push(`- .${kind} memory ≤ 1.5 KB peak RSS per report row at 300k: ${(perRow / 1024).toFixed(2)} KB — ${verdict(perRow <= 1.5 * 1024)}${growth}.`);
  }
  return [
    '## Command line, end to end',
    '',
    heading,
    '',
    `\`npm run bench:cli\`: \`report-checker validate FILE --format json\` spawned as an installed package runs it (bin/ and dist-cli/ only). ${built} `
      + 'The .xlsx holds a Projects and a Reports sheet (ten reports per project, dates as date cells); the .csv holds the same data as one flat table (each report row with its project\'s fields, dates as Thai text). '
      + `Medians of ${[...new Set(results.map((result) => runsFor(result.reports)))].join(' or ')} paired rounds; wall time includes Node's start; CPU time counts every thread; peak RSS is the child's own. `
      + 'Each library column: the same file loaded by that library alone in its own process (ExcelJS: the whole workbook model; SheetJS: dense mode; tableschema: schema inferred, every row read and cast) — median wall, peak RSS and, in brackets, its wall and CPU time as multiples of report-checker\'s (medians of the ratios of each round; above 1 the library alone is slower).',
    '',
    '| file | reports | size | wall | CPU | peak RSS | per report (wall · RSS) | reports/s | ExcelJS alone | SheetJS alone | tableschema |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows,
    '',
    `Findings: ${results.filter((result) => result.kind === 'xlsx').map((result) => `${formatCount(result.reports)} reports — ${result.findings}`).join('; ')}.`,
    '',
    'Budgets (2-core machine, medians of paired runs):',
    ...budgets,
  ].join('\n');
}

function startupSection(bin: string, built: string, heading: string): string {
  const cases: Array<[string, string[], number[]]> = [
    ['`report-checker --help`', [bin, '--help'], [0]],
    ['`report-checker validate` the sample workbook', [bin, 'validate', SAMPLE], [0, 1]],
  ];
  const measured = cases.map(([label, args, okCodes]) => {
    const runs = Array.from({ length: STARTUP_RUNS }, () => runChild(args, okCodes));
    return { label, ms: medianOf(runs, 'ms'), cpuMs: medianOf(runs, 'cpuMs'), rss: medianOf(runs, 'peakRss') };
  });
  for (const run of measured) console.log(`  ${run.label}: ${formatMs(run.ms)}, CPU ${formatMs(run.cpuMs)}, peak RSS ${formatBytes(run.rss)}`);
  return [
    '## Start-up',
    '',
    heading,
    '',
    `\`npm run bench:cli\`: the command spawned as an installed package runs it; median of ${STARTUP_RUNS} runs each. ${built}`,
    '',
    '| command | wall | CPU | peak RSS |',
    '|---|---:|---:|---:|',
    ...measured.map((run) => `| ${run.label} | ${formatMs(run.ms)} | ${formatMs(run.cpuMs)} | ${formatBytes(run.rss)} |`),
    '',
    `Budget ≤ 0.5 s: ${measured.map((run) => `${run.label} ${formatMs(run.ms)} — ${verdict(run.ms <= 500)}`).join('; ')}.`,
  ].join('\n');
}

function main(): void {
  const heading = measuredOn();
  const { bin, built } = installedCopy();
  console.log(`startup (${STARTUP_RUNS} runs each)`);
  writeBenchSection('startup', startupSection(bin, built, heading));
  const results: FileResult[] = [];
  for (const reports of SIZES) {
    const files = benchFiles(reports);
    for (const kind of ['xlsx', 'csv'] as const) {
      console.log(`${kind}, ${formatCount(reports)} reports (${runsFor(reports)} rounds)`);
      results.push(measureFile(bin, files[kind], kind, reports));
    }
  }
  writeBenchSection('cli', cliSection(results, built, heading));
}

try {
  main();
} catch (error) {
  console.error(`bench:cli: ${(error as Error).message}`);
  process.exitCode = 1;
}
