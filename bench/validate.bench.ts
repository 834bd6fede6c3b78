/**
 * Benchmark of core validation (DESIGN §5–§7): a deterministic workbook of
 * 10,000 projects and 100,000 reports as Grids, built once, then validated ≥ 5 times.
 * Prints the median wall time and, per run, the memory validation takes:
 * - peak RSS: the kernel's high-water mark of the whole process (VmHWM, reset
 *   before each run on Linux), so garbage made during the run counts too;
 * - retained: heap + external still held after a forced GC while the result is alive,
 *   above the baseline (the input grids alone).
 * Target on a 2-core machine: ≤ 1 s median and ≤ 400 MB peak RSS.
 *
 *   npm run bench            # 10k projects, 100k reports, 7 runs
 *   npm run bench -- 2000 5  # 2,000 projects (10 reports each), 5 runs
 */
import { performance } from 'node:perf_hooks';
import type { CellValue, Grid } from '../src/core/model';
import { isoToSerial, addDays } from '../src/core/parse/calendar';
import { validateWorkbook } from '../src/core/validate';
import { collectGarbage, heapAndExternal, machine, median, peakRss } from './measure';

const PROJECTS = Number(process.argv[2] ?? 10_000);
const RUNS = Math.max(5, Number(process.argv[3] ?? 7));
const REPORTS_PER_PROJECT = 10;

/** A small seeded generator (mulberry32) so every run validates the same workbook. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function buildGrids(projectCount: number): Grid[] {
  const random = seeded(2563);
  const projectRows: CellValue[][] = [['รหัสโครงการ', 'ชื่อโครงการ', 'ปีงบประมาณ', 'เริ่มต้นโครงการ', 'สิ้นสุดโครงการ', 'งบประมาณที่ได้รับ', 'งบประมาณที่ใช้ไป', 'หน่วยงานที่รับผิดชอบ']];
  const projectFormats: string[][] = [projectRows[0].map(() => 'General')];
  const reportRows: CellValue[][] = [['รหัสโครงการ', 'รายงานครั้งที่', 'วันที่รายงาน', 'ขั้นตอนการดำเนินงาน', 'ความก้าวหน้า (%)', 'เบิกจ่ายสะสม', 'เป็นไปตามแผน', 'เป็นไปตามเป้าหมาย']];
  const reportFormats: string[][] = [reportRows[0].map(() => 'General')];
  const dateFormat = 'd/m/yyyy';
  for (let p = 0; p < projectCount; p++) {
    const code = `${String(3_000_000 + (p % 90_000_000)).padStart(8, '0')}-${String(p % 10_000).padStart(4, '0')}`;
    const budget = Math.round(100_000 + random() * 9_900_000);
    const start = addDays('2019-10-01', Math.floor(random() * 30));
    const end = addDays('2020-09-30', -Math.floor(random() * 30));
    let progress = 0;
    let disbursed = 0;
    const noise = random() < 0.05; // a few rows with findings, as in real workbooks
    for (let r = 1; r <= REPORTS_PER_PROJECT; r++) {
      progress = Math.min(100, progress + Math.round(random() * 12));
      disbursed = Math.min(budget, Math.round(disbursed + budget * random() * 0.1));
      const reportNo = noise && r === 5 ? 6 : r;
      const date = addDays(start, r * 30);
      reportRows.push([code, reportNo, isoToSerial(date), `อยู่ระหว่างขั้นตอนดำเนินการ (รายงานครั้งที่ ${reportNo})`, progress, disbursed, 'เป็นไปตามแผน', 'เป็นไปตามเป้าหมาย']);
      reportFormats.push(['@', 'General', dateFormat, 'General', 'General', '#,##0', 'General', 'General']);
    }
    projectRows.push([code, `โครงการปรับปรุงถนนและทางเท้า แห่งที่ ${p + 1}`, 2563, isoToSerial(start), isoToSerial(end), budget, disbursed, 'สำนักการโยธา / กองก่อสร้าง / กลุ่มงานถนน']);
    projectFormats.push(['@', 'General', 'General', dateFormat, dateFormat, '#,##0', '#,##0', 'General']);
  }
  return [
    { sheet: 'โครงการ', origin: { row: 0, col: 0 }, values: projectRows, numberFormats: projectFormats },
    { sheet: 'รายงาน', origin: { row: 0, col: 0 }, values: reportRows, numberFormats: reportFormats },
  ];
}

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
  console.log(`target: ≤ 1000 ms median and ≤ 400 MB peak RSS — ${medianMs <= 1000 && maxPeak <= 400 * 1024 * 1024 ? 'met' : 'NOT met'}`);
}

main();
