/**
 * Benchmark of `report-checker consolidate` (issue 12) as a coordinator runs it: a folder of
 * agency files, each agency's 200 projects and 2,000 monthly reports in one of seven layouts
 * (test/consolidate/agency-files.ts: normalized sheets with date cells, a flat Excel table in
 * English, flat CSV in UTF-8 with and without a BOM and in Windows-874, one standard-form sheet
 * per project, one pasted printout per project), consolidated in a child process by the built
 * command line (dist-cli/report-checker.js, from `npm run build:cli`). Each run's wall time,
 * CPU time and peak RSS come from /usr/bin/time; medians are printed and, at the full size,
 * written to docs/benchmarks.md (section `consolidate`). Every run's output is read back: the
 * bench fails when its Projects or Reports table has not exactly the rows given, or its rows do
 * not come from every file.
 *
 *   npm run bench:consolidate                 # 50 files: 10,000 projects, 100,000 reports; 3 runs
 *   npm run bench:consolidate -- --quick      # 5 files (not written to the doc)
 *   npm run bench:consolidate -- --files 10 --runs 5 --keep
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { OUTPUT_SHEETS } from '../src/core/consolidate/consolidate';
import { SOURCE_HEADERS } from '../src/core/consolidate/output-grids';
import { readWorkbook } from '../src/xlsx/read';
import { AGENCY_LAYOUTS, agencyFile, agencyProjects, type AgencyLayout } from '../test/consolidate/agency-files';
import { measuredOn, writeBenchSection } from './bench-doc';
import { bundleAge, writeLauncher } from './built-cli';
import { machine, median } from './measure';

const { values: options } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    files: { type: 'string' },
    projects: { type: 'string', default: '200' },
    reports: { type: 'string', default: '10' },
    runs: { type: 'string', default: '3' },
    keep: { type: 'boolean', default: false },
  },
});
const FILES = Number(options.files ?? (options.quick ? 5 : 50));
const PROJECTS = Number(options.projects);
const REPORTS_PER_PROJECT = Number(options.reports);
const RUNS = Math.max(1, Number(options.runs));
const ROOT = path.resolve(__dirname, '..');
const TIME = '/usr/bin/time';
/** The full size of the issue: the only one written to docs/benchmarks.md. */
const FULL_SIZE = FILES === 50 && PROJECTS === 200 && REPORTS_PER_PROJECT === 10;

interface RunMeasure { wallMs: number; cpuMs: number; peakRss: number; outputBytes: number; stdout: string }

const layoutOf = (agency: number): AgencyLayout => AGENCY_LAYOUTS[agency % AGENCY_LAYOUTS.length];

async function writeFolder(folder: string): Promise<{ bytes: number; byLayout: Map<AgencyLayout, number> }> {
  mkdirSync(folder, { recursive: true });
  let bytes = 0;
  const byLayout = new Map<AgencyLayout, number>();
  for (let agency = 0; agency < FILES; agency++) {
    const layout = layoutOf(agency);
    const file = await agencyFile(layout, agency, agencyProjects(agency, PROJECTS, REPORTS_PER_PROJECT, layout));
    writeFileSync(path.join(folder, file.name), file.bytes);
    bytes += file.bytes.length;
    byLayout.set(layout, (byLayout.get(layout) ?? 0) + 1);
  }
  return { bytes, byLayout };
}


/** One run of the CLI in a child process under /usr/bin/time: its wall time, CPU time and peak RSS. */
function runCli(launcher: string, folder: string, out: string, usage: string): Promise<RunMeasure> {
  return new Promise((resolve, reject) => {
    const args = ['-f', '%U %S %M', '-o', usage, process.execPath, launcher, 'consolidate', folder, '--out', out, '--lang', 'en'];
    const started = performance.now();
    const child = spawn(TIME, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = performance.now() - started;
      // 0: no errors in the consolidated tables; 1: errors found. Anything else is a failed run.
      if (code !== 0 && code !== 1) {
        reject(new Error(`the CLI exited with ${code}: ${Buffer.concat(stderr).toString('utf8').trim().split('\n').slice(-3).join(' / ')}`));
        return;
      }
      const [user, system, maxRssKb] = readFileSync(usage, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number);
      resolve({ wallMs, cpuMs: (user + system) * 1000, peakRss: maxRssKb * 1024, outputBytes: statSync(out).size, stdout: Buffer.concat(stdout).toString('utf8') });
    });
  });
}

/** Fails unless the output holds exactly the projects and reports given, and rows from every file. */
async function checkOutput(out: string, stdout: string): Promise<{ projects: number; reports: number; findings: string }> {
  const expectedProjects = FILES * PROJECTS;
  const expectedReports = FILES * PROJECTS * REPORTS_PER_PROJECT;
  const said = /Consolidated (\d+) projects and (\d+) reports/.exec(stdout);
  if (!said || Number(said[1]) !== expectedProjects || Number(said[2]) !== expectedReports) {
    throw new Error(`the CLI says "${said?.[0] ?? stdout.split('\n').slice(-4).join(' / ')}"; expected ${expectedProjects} projects and ${expectedReports} reports`);
  }
  const grids = await readWorkbook(new Uint8Array(readFileSync(out)), out);
  const names = OUTPUT_SHEETS.en;
  const counts: Record<'projects' | 'reports', number> = { projects: 0, reports: 0 };
  for (const kind of ['projects', 'reports'] as const) {
    const grid = grids.find((g) => g.sheet === names[kind]);
    if (!grid) throw new Error(`the output has no ${names[kind]} sheet`);
    const [header, ...rows] = grid.values;
    const fileColumn = header.indexOf(SOURCE_HEADERS.en.file);
    const filled = rows.filter((row) => row.some((value) => value !== null && value !== ''));
    const files = new Set(filled.map((row) => row[fileColumn]));
    counts[kind] = filled.length;
    const expected = kind === 'projects' ? expectedProjects : expectedReports;
    if (filled.length !== expected) throw new Error(`the output's ${names[kind]} sheet has ${filled.length} rows; expected ${expected}`);
    if (files.size !== FILES) throw new Error(`the output's ${names[kind]} rows come from ${files.size} files; expected ${FILES}`);
  }
  const findings = /Checked: .*/.exec(stdout)?.[0] ?? '';
  return { ...counts, findings };
}

async function main(): Promise<void> {
  if (!existsSync(TIME)) throw new Error(`${TIME} is needed to measure the child's CPU time and peak RSS`);
  const work = mkdtempSync(path.join(tmpdir(), 'report-checker-bench-consolidate-'));
  try {
    const folder = path.join(work, 'agencies');
    const generating = performance.now();
    const { bytes, byLayout } = await writeFolder(folder);
    const launcher = writeLauncher(work);
    console.log(`machine: ${machine()}`);
    console.log(`folder: ${FILES} files, ${(bytes / 1024 / 1024).toFixed(1)} MB, written in ${((performance.now() - generating) / 1000).toFixed(1)} s; `
      + `${(FILES * PROJECTS).toLocaleString('en-US')} projects, ${(FILES * PROJECTS * REPORTS_PER_PROJECT).toLocaleString('en-US')} reports`);
    console.log(`CLI: dist-cli/report-checker.js, ${bundleAge()}`);

    const runs: RunMeasure[] = [];
    let checked: Awaited<ReturnType<typeof checkOutput>> | undefined;
    for (let run = 0; run < RUNS; run++) {
      const out = path.join(work, 'master.xlsx');
      // A fresh output each run: with an earlier one in place the CLI would also compare against it.
      rmSync(out, { force: true });
      const measure = await runCli(launcher, folder, out, path.join(work, 'usage.txt'));
      checked = await checkOutput(out, measure.stdout);
      runs.push(measure);
      console.log(`run ${run + 1}: ${(measure.wallMs / 1000).toFixed(1)} s wall, CPU ${(measure.cpuMs / 1000).toFixed(1)} s, peak RSS ${(measure.peakRss / 1024 / 1024).toFixed(0)} MB; `
        + `output ${(measure.outputBytes / 1024 / 1024).toFixed(1)} MB, ${checked.projects.toLocaleString('en-US')} projects and ${checked.reports.toLocaleString('en-US')} reports checked`);
    }
    const s = (ms: number) => (ms / 1000).toFixed(1);
    const mb = (value: number) => (value / 1024 / 1024).toFixed(0);
    const summary = `median over ${RUNS} runs: ${s(median(runs.map((r) => r.wallMs)))} s wall, CPU ${s(median(runs.map((r) => r.cpuMs)))} s (user + system), `
      + `peak RSS ${mb(median(runs.map((r) => r.peakRss)))} MB (max ${mb(Math.max(...runs.map((r) => r.peakRss)))} MB)`;
    console.log(summary);
    console.log(checked!.findings);

    if (!FULL_SIZE) {
      console.log('(not the full size: docs/benchmarks.md left as it is)');
      return;
    }
    const layouts = [...byLayout].map(([layout, count]) => `${count} ${layout}`).join(', ');
    writeBenchSection('consolidate', [
      '## Consolidate: 50 agency files, 10,000 projects, 100,000 reports',
      '',
      measuredOn(),
      '',
      `\`npm run bench:consolidate\`: ${FILES} agency files (${(bytes / 1024 / 1024).toFixed(1)} MB; ${layouts}), each with ${PROJECTS} projects`
        + ` and ${(PROJECTS * REPORTS_PER_PROJECT).toLocaleString('en-US')} reports, consolidated by \`report-checker consolidate DIR --out OUT.xlsx\` in a child process`
        + ` (the built command line, dist-cli/report-checker.js); CPU time and peak RSS from /usr/bin/time.`,
      '',
      '| run | wall | CPU | peak RSS | output |',
      '|---|---|---|---|---|',
      ...runs.map((r, i) => `| ${i + 1} | ${s(r.wallMs)} s | ${s(r.cpuMs)} s | ${mb(r.peakRss)} MB | ${(r.outputBytes / 1024 / 1024).toFixed(1)} MB |`),
      `| **median** | **${s(median(runs.map((r) => r.wallMs)))} s** | **${s(median(runs.map((r) => r.cpuMs)))} s** | **${mb(median(runs.map((r) => r.peakRss)))} MB** | |`,
      '',
      `Every run's output read back: ${checked!.projects.toLocaleString('en-US')} project rows and ${checked!.reports.toLocaleString('en-US')} report rows, from all ${FILES} files. ${checked!.findings}.`,
    ].join('\n'));
    console.log('written to docs/benchmarks.md (section consolidate)');
  } finally {
    if (options.keep) console.log(`kept ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(`bench: ${(error as Error).message}`);
  process.exitCode = 1;
});
