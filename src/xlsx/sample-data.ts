import { formatBeDate } from '../core/format';
import type { IsoDate, RuleId } from '../core/model';
import { addDays, daysBetween, isoParts, toIso } from '../core/parse/calendar';

/**
 * The sample workbook's content: a Bangkok department's fiscal-year 2563
 * projects and their monthly progress reports, consistent throughout except
 * for a few planted inconsistencies, each listed in `planted` with the cell
 * the checker marks. Pure data, built the same way every time (no clock, no randomness).
 */

export const PROJECTS_SHEET = 'โครงการ';
export const REPORTS_SHEET = 'รายงานความก้าวหน้า';

/** Column letters of each sheet; the header row is 2 (a title above it), data from row 3. */
export const PROJECT_COLUMNS = {
  code: 'A', name: 'B', fiscalYear: 'C', agency: 'D', owner: 'E', startDate: 'F', endDate: 'G', budget: 'H', spent: 'I',
} as const;
export const REPORT_COLUMNS = {
  code: 'A', reportNo: 'B', reportDate: 'C', stage: 'D', progress: 'E', disbursedToDate: 'F', onPlan: 'G', onTarget: 'H',
} as const;
export const HEADER_ROW = 2;
export const FIRST_DATA_ROW = 3;

/** Data as of the June 2563 report round (25 June 2020). */
const LAST_REPORT_DATE: IsoDate = '2020-06-25';
const REPORT_DAY = 25;
const DIRECTORATE = 'สำนักการโยธา';

type ProjectKind = 'construction' | 'purchase' | 'consulting' | 'training';

interface ProjectPlan {
  code: string;
  name: string;
  /** กอง / กลุ่มงาน under the directorate. */
  division: string;
  section: string;
  owner: string;
  phone: number;
  start: IsoDate;
  end: IsoDate;
  budget: number;
  kind: ProjectKind;
  /** Progress relative to the share of the period elapsed (1 = on schedule). */
  pace: number;
  /** No progress reports submitted yet. */
  unreported?: true;
}

const PLANS: readonly ProjectPlan[] = [
  { code: '03000000-2441', name: 'โครงการปรับปรุงผิวจราจรแอสฟัลต์ติกคอนกรีต ถนนเพชรเกษม ช่วงแยกท่าพระถึงคลองภาษีเจริญ', division: 'กองก่อสร้างและบูรณะถนน', section: 'กลุ่มงานบูรณะถนน', owner: 'นายวิชัย รัตนวงศ์', phone: 1460, start: '2019-10-01', end: '2020-09-30', budget: 12_500_000, kind: 'construction', pace: 1.05 },
  { code: '03000000-2442', name: 'โครงการก่อสร้างทางเท้าและท่อระบายน้ำ ซอยลาดพร้าว 101', division: 'กองก่อสร้างและบูรณะถนน', section: 'กลุ่มงานก่อสร้างทางเท้า', owner: 'นางสาวพรทิพย์ ศรีสวัสดิ์', phone: 1461, start: '2019-10-15', end: '2020-07-31', budget: 8_750_000, kind: 'construction', pace: 1 },
  { code: '03000000-2443', name: 'โครงการก่อสร้างสะพาน ค.ส.ล. ข้ามคลองบางซื่อ บริเวณซอยประชาชื่น 12', division: 'กองสำรวจและออกแบบ', section: 'กลุ่มงานออกแบบสะพาน', owner: 'นายสมศักดิ์ ทองประเสริฐ', phone: 1462, start: '2019-11-01', end: '2020-09-30', budget: 15_800_000, kind: 'construction', pace: 0.95 },
  { code: '03000000-2444', name: 'โครงการติดตั้งไฟฟ้าแสงสว่างและปรับปรุงภูมิทัศน์ ถนนรามคำแหง', division: 'กองเครื่องกล', section: 'กลุ่มงานไฟฟ้า', owner: 'นายธนากร แก้วมณี', phone: 1463, start: '2019-12-02', end: '2020-08-28', budget: 4_200_000, kind: 'construction', pace: 1.1 },
  { code: '03000000-2445', name: 'โครงการจัดซื้อรถบดล้อเหล็กสองล้อ ขนาด 8-10 ตัน พร้อมอุปกรณ์', division: 'กองเครื่องกล', section: 'กลุ่มงานเครื่องจักรกล', owner: 'นายประเสริฐ บุญมา', phone: 1464, start: '2019-11-15', end: '2020-05-29', budget: 3_950_000, kind: 'purchase', pace: 1 },
  { code: '03000000-2446', name: 'โครงการจ้างที่ปรึกษาสำรวจและออกแบบทางยกระดับ แยกบางกะปิ', division: 'กองสำรวจและออกแบบ', section: 'กลุ่มงานออกแบบทาง', owner: 'นางวราภรณ์ จันทร์เพ็ญ', phone: 1465, start: '2019-10-01', end: '2020-09-30', budget: 9_600_000, kind: 'consulting', pace: 0.75 },
  { code: '03000000-2447', name: 'โครงการฝึกอบรมเชิงปฏิบัติการ การใช้ระบบสารสนเทศภูมิศาสตร์ (GIS) เพื่องานโยธา', division: 'กองนโยบายและแผนงาน', section: 'กลุ่มงานพัฒนาระบบสารสนเทศ', owner: 'นางสาวสุภาวดี พงษ์ไพบูลย์', phone: 1466, start: '2020-01-06', end: '2020-04-30', budget: 480_000, kind: 'training', pace: 1 },
  { code: '03000000-2448', name: 'โครงการบำรุงรักษาและซ่อมแซมสะพานลอยคนเดินข้าม ถนนพหลโยธิน', division: 'กองก่อสร้างและบูรณะถนน', section: 'กลุ่มงานบำรุงรักษาสะพาน', owner: 'นายอนุชา สายสุวรรณ', phone: 1467, start: '2019-10-01', end: '2020-06-30', budget: 2_850_000, kind: 'construction', pace: 1 },
  { code: '03000000-2449', name: 'โครงการก่อสร้างเขื่อน ค.ส.ล. ริมคลองแสนแสบ ช่วงวัดบางกะปิถึงซอยอโศก', division: 'กองก่อสร้างและบูรณะถนน', section: 'กลุ่มงานก่อสร้างเขื่อนและทางระบายน้ำ', owner: 'นายสุรชัย วงศ์ใหญ่', phone: 1468, start: '2019-11-01', end: '2020-09-30', budget: 21_400_000, kind: 'construction', pace: 1 },
  { code: '03000000-2450', name: 'โครงการจัดทำฐานข้อมูลแนวท่อสาธารณูปโภคใต้ดิน ระยะที่ 2', division: 'กองสำรวจและออกแบบ', section: 'กลุ่มงานแผนที่และภูมิสารสนเทศ', owner: 'นางสาวกนกวรรณ ศรีทอง', phone: 1469, start: '2019-12-16', end: '2020-09-30', budget: 1_750_000, kind: 'consulting', pace: 1 },
  { code: '03000000-2451', name: 'โครงการสัมมนาเชิงปฏิบัติการ การจัดทำแผนปฏิบัติราชการประจำปีของสำนักการโยธา', division: 'กองนโยบายและแผนงาน', section: 'กลุ่มงานแผนงาน', owner: 'นางสุนันทา มีสุข', phone: 1470, start: '2019-11-01', end: '2020-03-31', budget: 350_000, kind: 'training', pace: 1 },
  { code: '03000000-2452', name: 'โครงการตรวจสอบความปลอดภัยอาคารสาธารณะในความรับผิดชอบของกรุงเทพมหานคร', division: 'กองควบคุมอาคาร', section: 'กลุ่มงานตรวจสอบอาคาร', owner: 'นายณรงค์ ปัญญาดี', phone: 1471, start: '2019-10-01', end: '2020-09-30', budget: 1_200_000, kind: 'consulting', pace: 1 },
  // Planted: its end date falls after the fiscal year (the contract was extended).
  { code: '03000000-2453', name: 'โครงการปรับปรุงระบบปรับอากาศ อาคารศาลาว่าการกรุงเทพมหานคร 2', division: 'กองเครื่องกล', section: 'กลุ่มงานระบบปรับอากาศ', owner: 'นายชาญวิทย์ สุขเจริญ', phone: 1472, start: '2020-01-15', end: '2020-10-30', budget: 6_300_000, kind: 'construction', pace: 1 },
  { code: '03000000-2454', name: 'โครงการก่อสร้างลานจอดรถและทางลาดสำหรับคนพิการ สำนักงานเขตจตุจักร', division: 'กองก่อสร้างและบูรณะถนน', section: 'กลุ่มงานก่อสร้างอาคาร', owner: 'นางสาวอรอุมา เพชรรัตน์', phone: 1473, start: '2019-12-02', end: '2020-07-31', budget: 2_450_000, kind: 'construction', pace: 1 },
  // Planted: no report yet, and its budget spent exceeds the budget received.
  { code: '03000000-2455', name: 'โครงการจัดซื้อครุภัณฑ์สำรวจ กล้องประมวลผลรวม (Total Station) พร้อมอุปกรณ์', division: 'กองสำรวจและออกแบบ', section: 'กลุ่มงานสำรวจ', owner: 'นายกิตติพงษ์ ศรีนวล', phone: 1474, start: '2020-02-03', end: '2020-04-30', budget: 2_400_000, kind: 'purchase', pace: 1, unreported: true },
  { code: '03000000-2456', name: 'โครงการปรับปรุงผิวจราจรและระบบระบายน้ำ ถนนสุขุมวิท 77 (ซอยอ่อนนุช)', division: 'กองก่อสร้างและบูรณะถนน', section: 'กลุ่มงานบูรณะถนน', owner: 'นายวิชัย รัตนวงศ์', phone: 1460, start: '2019-10-15', end: '2020-09-15', budget: 18_900_000, kind: 'construction', pace: 1 },
  { code: '03000000-2457', name: 'โครงการปรับปรุงถนนซอยวัดใหม่', division: 'กองก่อสร้างและบูรณะถนน', section: 'กลุ่มงานบูรณะถนน', owner: 'นายพีระพงษ์ อินทร์แก้ว', phone: 1475, start: '2019-10-01', end: '2020-08-31', budget: 1_918_000, kind: 'construction', pace: 1 },
  { code: '03000000-2458', name: 'โครงการติดตั้งกล้องโทรทัศน์วงจรปิด (CCTV) บริเวณสะพานข้ามทางแยก', division: 'กองเครื่องกล', section: 'กลุ่มงานไฟฟ้าและสื่อสาร', owner: 'นางสาวจิราพร คงสมบูรณ์', phone: 1476, start: '2020-01-06', end: '2020-09-30', budget: 5_600_000, kind: 'purchase', pace: 1 },
  { code: '03000000-2459', name: 'โครงการพัฒนาระบบติดตามการขออนุญาตก่อสร้างอาคารผ่านระบบออนไลน์', division: 'กองควบคุมอาคาร', section: 'กลุ่มงานพัฒนาระบบงาน', owner: 'นายภาณุวัฒน์ ทองดี', phone: 1477, start: '2019-11-01', end: '2020-09-30', budget: 3_300_000, kind: 'consulting', pace: 0.9 },
  { code: '03000000-2460', name: 'โครงการก่อสร้างทางจักรยานและทางเดินริมคลองผดุงกรุงเกษม ระยะที่ 1', division: 'กองก่อสร้างและบูรณะถนน', section: 'กลุ่มงานก่อสร้างทางเท้า', owner: 'นางสาวพรทิพย์ ศรีสวัสดิ์', phone: 1461, start: '2019-12-02', end: '2020-09-30', budget: 11_200_000, kind: 'construction', pace: 1 },
];

/** The stage a project is at, in the words of the standard form (DESIGN §2): "อยู่ระหว่างขั้นตอน…". */
const STAGES: Record<ProjectKind, readonly [upTo: number, text: string][]> = {
  construction: [
    [10, 'อยู่ระหว่างขั้นตอนการจัดทำร่างขอบเขตของงาน (TOR) และกำหนดราคากลาง'],
    [20, 'อยู่ระหว่างขั้นตอนการประกาศประกวดราคาด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)'],
    [25, 'อยู่ระหว่างขั้นตอนการพิจารณาผลการประกวดราคาและลงนามในสัญญาจ้าง'],
    [90, 'อยู่ระหว่างขั้นตอนการก่อสร้างตามสัญญา'],
    [100, 'อยู่ระหว่างขั้นตอนการตรวจรับงานและเบิกจ่ายเงินงวดสุดท้าย'],
  ],
  purchase: [
    [10, 'อยู่ระหว่างขั้นตอนการจัดทำรายละเอียดคุณลักษณะเฉพาะของครุภัณฑ์'],
    [20, 'อยู่ระหว่างขั้นตอนการประกาศประกวดราคาด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)'],
    [25, 'อยู่ระหว่างขั้นตอนการลงนามในสัญญาซื้อขาย'],
    [90, 'อยู่ระหว่างขั้นตอนการส่งมอบและติดตั้งครุภัณฑ์'],
    [100, 'อยู่ระหว่างขั้นตอนการตรวจรับครุภัณฑ์และเบิกจ่ายเงิน'],
  ],
  consulting: [
    [10, 'อยู่ระหว่างขั้นตอนการจัดทำขอบเขตของงานจ้างที่ปรึกษา'],
    [25, 'อยู่ระหว่างขั้นตอนการคัดเลือกที่ปรึกษาและลงนามในสัญญา'],
    [90, 'อยู่ระหว่างขั้นตอนการสำรวจและศึกษาตามสัญญาจ้างที่ปรึกษา'],
    [100, 'อยู่ระหว่างขั้นตอนการพิจารณารายงานฉบับสมบูรณ์'],
  ],
  training: [
    [25, 'อยู่ระหว่างขั้นตอนการขออนุมัติโครงการและจัดเตรียมหลักสูตร'],
    [90, 'อยู่ระหว่างขั้นตอนการจัดฝึกอบรม'],
    [100, 'อยู่ระหว่างขั้นตอนการประเมินผลและสรุปรายงานผลการฝึกอบรม'],
  ],
};
const COMPLETED_STAGE = 'ดำเนินการแล้วเสร็จ ตรวจรับงานเรียบร้อยแล้ว';

function stageOf(kind: ProjectKind, progress: number): string {
  if (progress >= 100) return COMPLETED_STAGE;
  return STAGES[kind].find(([upTo]) => progress < upTo)?.[1] ?? COMPLETED_STAGE;
}

/** Share of the budget disbursed: nothing until a contract (25 % progress), then trailing the work by 20 points; 98.5 % once done. */
function disbursedShare(progress: number): number {
  if (progress >= 100) return 0.985;
  return progress < 25 ? 0 : (progress - 20) / 100;
}

function roundTo(amount: number, step: number): number {
  return Math.round(amount / step) * step;
}

/** Report dates: the 25th of each month from the first one at least 10 days into the project, to the last round. */
function reportDates(start: IsoDate): IsoDate[] {
  const { year, month } = isoParts(start);
  let date = toIso(year, month, REPORT_DAY);
  if (daysBetween(start, date) < 10) date = toIso(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, REPORT_DAY);
  const dates: IsoDate[] = [];
  while (date <= LAST_REPORT_DATE) {
    dates.push(date);
    const next = isoParts(addDays(date, 31));
    date = toIso(next.year, next.month, REPORT_DAY);
  }
  return dates;
}

export interface SampleProjectRow {
  code: string;
  name: string;
  fiscalYear: number;
  agency: string;
  owner: string;
  startDate: IsoDate;
  endDate: IsoDate;
  budget: number;
  spent: number | null;
}

export interface SampleReportRow {
  code: string;
  reportNo: number;
  /** A real date, or (planted) the text a user typed. */
  reportDate: { date: IsoDate } | { text: string };
  stage: string;
  progress: number;
  /** Cumulative baht, or (planted) the text a user typed. */
  disbursedToDate: number | string;
  onPlan: boolean;
  onTarget: boolean;
}

/** A planted inconsistency: the finding the checker should report, where, and what was planted. */
export interface PlantedFinding {
  rule: RuleId;
  sheet: string;
  cell: string;
  what: string;
}

/** A project's reports as they would be if everything were in order. */
function cleanReports(plan: ProjectPlan): SampleReportRow[] {
  if (plan.unreported) return [];
  const period = daysBetween(plan.start, plan.end);
  const rows: SampleReportRow[] = [];
  let progress = 0;
  for (const date of reportDates(plan.start)) {
    const elapsed = Math.min(1, daysBetween(plan.start, date) / period);
    const scheduled = date >= plan.end ? 100 : Math.min(99, Math.round(plan.pace * elapsed * 100));
    progress = Math.max(progress, scheduled, 3);
    const onPlan = progress >= elapsed * 100 - 10;
    rows.push({
      code: plan.code,
      reportNo: rows.length + 1,
      reportDate: { date },
      stage: stageOf(plan.kind, progress),
      progress,
      disbursedToDate: roundTo(plan.budget * disbursedShare(progress), 100),
      onPlan,
      onTarget: onPlan,
    });
    if (progress >= 100) break;
  }
  return rows;
}

const thaiDigitAmount = new Intl.NumberFormat('th-TH-u-nu-thai', { maximumFractionDigits: 0 });

function reportOf(reports: SampleReportRow[], code: string, reportNo: number): SampleReportRow {
  const found = reports.find((r) => r.code === code && r.reportNo === reportNo);
  if (!found) throw new RangeError(`sample: no report ${reportNo} of ${code}`);
  return found;
}

export interface SampleData {
  projects: SampleProjectRow[];
  reports: SampleReportRow[];
  planted: PlantedFinding[];
}

/** Builds the sample's rows and plants the inconsistencies, recording where each one is. */
function buildSampleData(): SampleData {
  const projects: SampleProjectRow[] = PLANS.map((plan) => ({
    code: plan.code,
    name: plan.name,
    fiscalYear: 2563,
    agency: `${DIRECTORATE} / ${plan.division} / ${plan.section}`,
    owner: `${plan.owner} โทร. ${plan.phone}`,
    startDate: plan.start,
    endDate: plan.end,
    budget: plan.budget,
    spent: null,
  }));
  const reports = PLANS.flatMap(cleanReports);
  const plantedReports: { rule: RuleId; row: SampleReportRow; column: keyof typeof REPORT_COLUMNS; what: string }[] = [];
  const plantedProjects: { rule: RuleId; code: string; column: keyof typeof PROJECT_COLUMNS; what: string }[] = [];

  // 100 % progress with nothing disbursed: the seminar was held online and its budget returned.
  const seminarReports = reports.filter((r) => r.code === '03000000-2451');
  const seminar = seminarReports.slice(0, 3);
  seminar.forEach((r, i) => {
    r.progress = [10, 20, 100][i];
    r.disbursedToDate = 0;
    r.stage = i === 2 ? 'ดำเนินการแล้วเสร็จ จัดสัมมนาผ่านระบบประชุมออนไลน์' : stageOf('training', r.progress);
  });
  reports.splice(reports.indexOf(seminarReports[0]), seminarReports.length, ...seminar);
  plantedReports.push({ rule: 'completed-without-disbursement', row: seminar[2], column: 'progress', what: 'report 3 of 03000000-2451 claims 100 % progress with 0 baht disbursed of a 350,000 baht budget' });

  // Progress going backwards: report 6 typed below report 5.
  const lower = reportOf(reports, '03000000-2448', 6);
  lower.progress = reportOf(reports, '03000000-2448', 5).progress - 3;
  plantedReports.push({ rule: 'progress-decrease', row: lower, column: 'progress', what: 'report 6 of 03000000-2448 states less progress than report 5' });

  // Text copied from the previous report: "(ครั้งที่ 8)" inside report 9.
  const copied = reportOf(reports, '03000000-2441', 9);
  copied.stage = `${copied.stage} (ครั้งที่ 8)`;
  plantedReports.push({ rule: 'label-mismatch', row: copied, column: 'stage', what: 'the text of report 9 of 03000000-2441 says "(ครั้งที่ 8)"' });

  // Numbering skips: the reports of 03000000-2449 go 1, 2, 4, 5…
  const skipped = reports.filter((r) => r.code === '03000000-2449' && r.reportNo >= 3);
  skipped.forEach((r) => { r.reportNo += 1; });
  plantedReports.push({ rule: 'report-number-gap', row: skipped[0], column: 'reportNo', what: 'the reports of 03000000-2449 are numbered 1, 2, 4: report 3 is missing' });

  // A report date typed as Buddhist-era text among real date cells.
  const typed = reportOf(reports, '03000000-2457', 1);
  typed.reportDate = { text: formatBeDate('2019-10-19') };
  plantedReports.push({ rule: 'mixed-date-format', row: typed, column: 'reportDate', what: 'report 1 of 03000000-2457 is dated with the text 19/10/2562 while every other report date is a date cell' });

  // An amount typed in Thai digits.
  const thai = reportOf(reports, '03000000-2458', 3);
  thai.disbursedToDate = thaiDigitAmount.format(thai.disbursedToDate as number);
  plantedReports.push({ rule: 'thai-digits', row: thai, column: 'disbursedToDate', what: `report 3 of 03000000-2458 has its cumulative disbursement in Thai digits (${thai.disbursedToDate})` });

  // The same report entered twice: a corrected copy of report 5 pasted under the original.
  const original = reportOf(reports, '03000000-2456', 5);
  const corrected: SampleReportRow = {
    ...original,
    stage: `${original.stage} (แก้ไขข้อมูล)`,
    progress: original.progress + 1,
    disbursedToDate: (original.disbursedToDate as number) + 50_000,
  };
  reports.splice(reports.indexOf(original) + 1, 0, corrected);
  plantedReports.push({ rule: 'duplicate-report', row: corrected, column: 'reportNo', what: 'report 5 of 03000000-2456 appears twice (a corrected copy pasted under the original)' });

  // A report for a project not in the projects sheet (another department's, filed here by mistake).
  const stray: SampleReportRow = {
    code: '03000000-2475', reportNo: 1, reportDate: { date: '2020-03-25' },
    stage: stageOf('construction', 15), progress: 15, disbursedToDate: 0, onPlan: true, onTarget: true,
  };
  reports.push(stray);
  plantedReports.push({ rule: 'unknown-project', row: stray, column: 'code', what: 'a report for project 03000000-2475, which the projects sheet does not list' });

  // Budget spent from the latest report, so the two agree …
  for (const project of projects) {
    const own = reports.filter((r) => r.code === project.code);
    const latest = own[own.length - 1];
    if (latest) project.spent = typeof latest.disbursedToDate === 'number' ? latest.disbursedToDate : null;
  }
  // … except the planted ones.
  const overspent = projects.find((p) => p.code === '03000000-2455')!;
  overspent.spent = 2_480_000;
  plantedProjects.push({ rule: 'spent-exceeds-budget', code: overspent.code, column: 'spent', what: '03000000-2455 reports 2,480,000 baht spent of a 2,400,000 baht budget' });
  plantedProjects.push({ rule: 'outside-fiscal-year', code: '03000000-2453', column: 'endDate', what: '03000000-2453 ends on 30 Oct 2020, after fiscal year 2563 (30 Sep 2020)' });

  const planted: PlantedFinding[] = [
    ...plantedProjects.map(({ rule, code, column, what }) => ({
      rule, sheet: PROJECTS_SHEET, what,
      cell: `${PROJECT_COLUMNS[column]}${FIRST_DATA_ROW + projects.findIndex((p) => p.code === code)}`,
    })),
    ...plantedReports.map(({ rule, row, column, what }) => ({
      rule, sheet: REPORTS_SHEET, what,
      cell: `${REPORT_COLUMNS[column]}${FIRST_DATA_ROW + reports.indexOf(row)}`,
    })),
  ];
  return { projects, reports, planted };
}

export const SAMPLE_DATA: SampleData = buildSampleData();
