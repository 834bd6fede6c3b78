/** The deterministic workbook the benchmarks check, built in memory. */
import type { CellValue, Grid } from '../src/core/model';
import { addDays, isoToSerial } from '../src/core/parse/calendar';

export const REPORTS_PER_PROJECT = 10;

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

/**
 * The benchmarks' workbook as Grids: `projectCount` projects of fiscal year 2563 and ten monthly
 * reports each, 5 % of the projects with a report number skipped (findings, as in real workbooks).
 */
export function buildGrids(projectCount: number): Grid[] {
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

