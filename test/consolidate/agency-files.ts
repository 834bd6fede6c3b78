import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { addDays, isoParts } from '../../src/core/parse/calendar';
import { workbookBytes } from '../xlsx/fixtures';

/**
 * A coordinator's folder of agency files, each in its own layout, made in code (no real agency
 * file may be kept here): Thai and English headers in different orders, title rows, an Excel
 * table and plain ranges, a flat sheet, CSV in UTF-8 with and without a BOM and in Windows-874,
 * a project two agencies give with different budgets, a report two files both carry, and a file
 * that is no spreadsheet at all. The same layouts at any size — one agency's projects and their
 * monthly reports in each — make the consolidation benchmark's folder (bench/consolidate.bench.ts).
 */

/** Thai text as Windows-874 (TIS-620) bytes: the Thai block U+0E01–U+0E5B sits at 0xA1–0xFB. */
export function windows874(text: string): Uint8Array {
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) bytes.push(code);
    else if (code >= 0x0e01 && code <= 0x0e5b) bytes.push(code - 0x0e00 + 0xa0);
    else throw new Error(`windows874: ${ch} has no byte`);
  }
  return new Uint8Array(bytes);
}

/** A cell as a generated file holds it: text, a number, or a date (a date cell in a workbook). */
type Value = string | number | Date;

export interface AgencyReport {
  reportNo: number;
  date: Value;
  stage?: string;
  progress: Value;
  /** Cumulative disbursement (baht). */
  disbursedToDate: Value;
}

export interface AgencyProject {
  code: string;
  name: string;
  fiscalYear: number;
  agency: string;
  start: Value;
  end: Value;
  budget: Value;
  reports: AgencyReport[];
}

const PROJECT_HEADERS_TH = ['รหัสโครงการ', 'ชื่อโครงการ', 'ปีงบประมาณ', 'หน่วยงานที่รับผิดชอบ', 'เริ่มต้นโครงการ', 'สิ้นสุดโครงการ', 'งบประมาณที่ได้รับ (บาท)'];
const REPORT_HEADERS_TH = ['รหัสโครงการ', 'รายงานครั้งที่', 'วันที่รายงาน', 'ขั้นตอนการดำเนินงาน', 'ความก้าวหน้า (%)', 'เบิกจ่ายสะสม (บาท)'];
const FLAT_HEADERS_EN = ['Report no.', 'Project code', 'Project name', 'Fiscal year', 'Agency', 'Start date', 'End date', 'Budget', 'Report date', 'Progress', 'Disbursed to date'];
const FORM_REPORT_HEADERS = ['รายงานครั้งที่', 'วันที่รายงาน', 'ขั้นตอนการดำเนินงาน', 'ความก้าวหน้า (%)', 'เบิกจ่ายสะสม (บาท)'];

const projectRowTh = (p: AgencyProject): Value[] => [p.code, p.name, p.fiscalYear, p.agency, p.start, p.end, p.budget];
const reportRowTh = (p: AgencyProject, r: AgencyReport): Value[] => [p.code, r.reportNo, r.date, r.stage ?? '', r.progress, r.disbursedToDate];
const flatRowsTh = (projects: readonly AgencyProject[]): Value[][] =>
  projects.flatMap((p) => p.reports.map((r) => [...projectRowTh(p), ...reportRowTh(p, r).slice(1)]));

/** Normalized: a projects sheet under a title row and a reports sheet, Thai headers, plain ranges. */
export function normalizedWorkbook(projects: readonly AgencyProject[], title: string): Promise<Uint8Array> {
  return workbookBytes((workbook) => {
    const projectSheet = workbook.addWorksheet('โครงการ');
    projectSheet.addRow([title]);
    projectSheet.addRow(PROJECT_HEADERS_TH);
    for (const project of projects) projectSheet.addRow(projectRowTh(project));
    const reportSheet = workbook.addWorksheet('รายงาน');
    reportSheet.addRow(REPORT_HEADERS_TH);
    for (const project of projects) for (const report of project.reports) reportSheet.addRow(reportRowTh(project, report));
  });
}

/** Flat: one Excel table at B3 under a title in B1, one row per report, English headers in another order. */
export function flatTableWorkbook(projects: readonly AgencyProject[], title: string, tableName: string): Promise<Uint8Array> {
  return workbookBytes((workbook) => {
    const sheet = workbook.addWorksheet('Data');
    sheet.addTable({
      name: tableName, ref: 'B3', headerRow: true,
      columns: FLAT_HEADERS_EN.map((name) => ({ name })),
      rows: projects.flatMap((p) => p.reports.map((r) => [r.reportNo, p.code, p.name, p.fiscalYear, p.agency, p.start, p.end, p.budget, r.date, r.progress, r.disbursedToDate])),
    });
    sheet.getCell('B1').value = title;
  });
}

/** The form as an agency types it, one sheet per project: labels in A, values in B, section 2 as a table. */
export function formWorkbook(projects: readonly AgencyProject[], sheetName: (project: AgencyProject, index: number) => string): Promise<Uint8Array> {
  return workbookBytes((workbook) => projects.forEach((project, index) => addFormSheet(workbook, sheetName(project, index), project)));
}

function addFormSheet(workbook: ExcelJS.Workbook, name: string, project: AgencyProject): void {
  const sheet = workbook.addWorksheet(name);
  sheet.addRow(['แบบแสดงรายงานความก้าวหน้าและข้อมูลเกี่ยวกับโครงการ']);
  sheet.addRow(['ชื่อโครงการ', project.name]);
  sheet.addRow(['รหัสโครงการ', project.code]);
  sheet.addRow(['ปีงบประมาณ', project.fiscalYear]);
  sheet.addRow(['เริ่มต้นโครงการ', project.start]);
  sheet.addRow(['สิ้นสุดโครงการ', project.end]);
  sheet.addRow(['งบประมาณที่ได้รับ', project.budget]);
  sheet.addRow(['หน่วยงานที่รับผิดชอบ', project.agency]);
  sheet.addRow([]);
  sheet.addRow(FORM_REPORT_HEADERS);
  for (const report of project.reports) sheet.addRow([report.reportNo, report.date, report.stage ?? '', report.progress, report.disbursedToDate]);
}

/** A CSV text: fields with a comma, a quote or a line break quoted, rows ended by `\r\n`. */
export function csvText(rows: readonly (readonly Value[])[]): string {
  const field = (value: Value) => {
    const text = value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return rows.map((row) => row.map(field).join(',')).join('\r\n');
}

/** Text as UTF-8 with a byte-order mark, as Excel saves "CSV UTF-8". */
export const utf8WithBom = (text: string): Uint8Array => new Uint8Array(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]));

/** A BE date as agencies type it: `31/10/2562`. */
function beText(iso: string): string {
  const { year, month, day } = isoParts(iso);
  return `${day}/${month}/${year + 543}`;
}

/** An amount as the printout writes it: `1,918,000`. */
const amountText = (amount: number) => amount.toLocaleString('en-US');

/**
 * The form as the project system prints it (DESIGN §2) for one project: the amounts of section 2
 * per report (`งบประมาณที่เบิกใช้ (ครั้งที่ N)`), the cumulative figures' differences.
 */
export function printedFormOf(project: AgencyProject): string[] {
  const lines = [
    'แบบแสดงรายงานความก้าวหน้าและข้อมูลเกี่ยวกับโครงการ',
    '1.1 รหัสโครงการและชื่อโครงการ',
    `ชื่อโครงการ/กิจกรรม : ${project.name}`,
    `รหัสโครงการ : ${project.code}`,
    `ปีงบประมาณ พ.ศ. ${project.fiscalYear}`,
    `เริ่มต้นโครงการ : ${String(project.start)}`,
    `สิ้นสุดโครงการ : ${String(project.end)}`,
    `งบประมาณที่ได้รับ : ${typeof project.budget === 'number' ? `${amountText(project.budget)}.-` : String(project.budget)}`,
    '1.2 หน่วยงานที่รับผิดชอบ',
    `หน่วยงาน : ${project.agency}`,
    '2. รายงานความก้าวหน้าของโครงการและการใช้จ่ายงบประมาณ',
  ];
  let before = 0;
  for (const report of project.reports) {
    const total = Number(report.disbursedToDate);
    lines.push(`รายงานครั้งที่ ${report.reportNo} :: ${String(report.date)} : ${report.stage ?? ''} :: ความก้าวหน้าของงานฯ = ${Number(report.progress).toFixed(2)} %`
      + ` : งบประมาณที่เบิกใช้ (ครั้งที่ ${report.reportNo}) = ${amountText(total - before)} บาท : เป็นไปตามแผน : เป็นไปตามเป้าหมาย`);
    before = total;
  }
  lines.push('ขอรับรองว่า ข้อมูลที่ปรากฏในเอกสารฉบับนี้ หน่วยงานได้จัดพิมพ์จากระบบงานจริง เพื่อเป็นหลักฐานไว้ตรวจสอบ');
  return lines;
}

/** The printed form of each project pasted into a sheet of its own, one line a row in column A. */
export function printedFormWorkbook(projects: readonly AgencyProject[], sheetName: (project: AgencyProject, index: number) => string): Promise<Uint8Array> {
  return workbookBytes((workbook) => projects.forEach((project, index) => {
    const sheet = workbook.addWorksheet(sheetName(project, index));
    for (const line of printedFormOf(project)) sheet.addRow([line]);
  }));
}

/** The layouts an agency's file comes in, each holding the agency's projects and reports whole. */
export const AGENCY_LAYOUTS = ['normalized', 'flat-table', 'flat-csv-bom', 'flat-csv-reordered', 'flat-csv-874', 'form-sheets', 'printed-sheets'] as const;
export type AgencyLayout = (typeof AGENCY_LAYOUTS)[number];

/** How each layout writes a date: a date cell, ISO text, or a BE date as text. */
const DATE_STYLE: Record<AgencyLayout, 'cell' | 'iso' | 'be'> = {
  'normalized': 'cell', 'flat-table': 'iso', 'flat-csv-bom': 'be', 'flat-csv-reordered': 'be', 'flat-csv-874': 'be', 'form-sheets': 'be', 'printed-sheets': 'be',
};

/**
 * Agency number `agency`'s projects (codes unique across agencies), each with `reportsPerProject`
 * monthly reports; every twentieth project skips report 5 (a report-number-gap, as real files
 * have). Dates and amounts written as `layout` writes them. The same numbers give the same projects.
 */
export function agencyProjects(agency: number, count: number, reportsPerProject: number, layout: AgencyLayout): AgencyProject[] {
  const style = DATE_STYLE[layout];
  const date = (iso: string): Value => (style === 'cell' ? new Date(`${iso}T00:00:00Z`) : style === 'iso' ? iso : beText(iso));
  const csv = layout.startsWith('flat-csv');
  const projects: AgencyProject[] = [];
  for (let p = 0; p < count; p++) {
    const budget = 100_000 * (1 + ((agency * 7_919 + p * 104_729) % 99));
    const start = addDays('2019-10-01', p % 30);
    const gap = p % 20 === 19;
    const reports: AgencyReport[] = [];
    for (let r = 1; r <= reportsPerProject; r++) {
      const progress = Math.min(100, Math.round((r * 100) / reportsPerProject));
      const disbursed = Math.round((budget * progress * 0.9) / 100);
      reports.push({
        reportNo: gap && r >= 5 ? r + 1 : r,
        date: date(addDays(start, 30 * r)),
        stage: progress >= 100 ? 'ตรวจรับงานแล้ว' : 'อยู่ระหว่างดำเนินการ',
        progress,
        disbursedToDate: disbursed,
      });
    }
    projects.push({
      code: `${String(50_000_000 + agency).padStart(8, '0')}-${String(p + 1).padStart(4, '0')}`,
      name: `โครงการปรับปรุงถนนและทางเท้า แห่งที่ ${p + 1}`,
      fiscalYear: 2563,
      agency: `สำนักงานเขตที่ ${agency + 1} / ฝ่ายโยธา`,
      start: date(start),
      end: date('2020-09-30'),
      // CSV amounts as agencies type them.
      budget: csv ? `${amountText(budget)}.-` : budget,
      reports,
    });
  }
  return projects;
}

/** One agency's file in `layout`: its name (the layout's extension) and its bytes. */
export async function agencyFile(layout: AgencyLayout, agency: number, projects: readonly AgencyProject[]): Promise<{ name: string; bytes: Uint8Array }> {
  const base = `agency-${String(agency + 1).padStart(2, '0')}-${layout}`;
  const sheetName = (project: AgencyProject) => project.code;
  switch (layout) {
    case 'normalized':
      return { name: `${base}.xlsx`, bytes: await normalizedWorkbook(projects, `บัญชีโครงการ ปีงบประมาณ พ.ศ. 2563 หน่วยงานที่ ${agency + 1}`) };
    case 'flat-table':
      return { name: `${base}.xlsx`, bytes: await flatTableWorkbook(projects, `Projects of agency ${agency + 1}, FY2020`, `Agency${agency + 1}`) };
    case 'flat-csv-bom':
      return { name: `${base}.csv`, bytes: utf8WithBom(csvText([[...PROJECT_HEADERS_TH, ...REPORT_HEADERS_TH.slice(1)], ...flatRowsTh(projects)])) };
    case 'flat-csv-reordered': {
      // The report's columns first, the project's after, UTF-8 without a BOM.
      const order = [7, 8, 9, 10, 11, 0, 1, 2, 3, 4, 5, 6];
      const header = [...PROJECT_HEADERS_TH, ...REPORT_HEADERS_TH.slice(1)];
      return { name: `${base}.csv`, bytes: Buffer.from(csvText([order.map((c) => header[c]), ...flatRowsTh(projects).map((row) => order.map((c) => row[c]))]), 'utf8') };
    }
    case 'flat-csv-874':
      return { name: `${base}.csv`, bytes: windows874(csvText([[...PROJECT_HEADERS_TH, ...REPORT_HEADERS_TH.slice(1)], ...flatRowsTh(projects)])) };
    case 'form-sheets':
      return { name: `${base}.xlsx`, bytes: await formWorkbook(projects, sheetName) };
    case 'printed-sheets':
      return { name: `${base}.xlsx`, bytes: await printedFormWorkbook(projects, sheetName) };
  }
}

export const FILES = {
  works: 'works-2563.xlsx',
  drainage: 'drainage-2563.xlsx',
  parks: 'parks.csv',
  parksNoBom: 'parks-reports.csv',
  culture: 'culture-874.csv',
  notes: 'readme.md',
  printed: 'roads-2457.txt',
  form: 'bridges-form.xlsx',
} as const;

/** The form as the project system prints it (DESIGN §2), with its quirks: a CE date among BE ones, `1,918,000.-`, report 2's text naming report 1. */
export const PRINTED_FORM = [
  'แบบแสดงรายงานความก้าวหน้าและข้อมูลเกี่ยวกับโครงการ',
  '1.1 รหัสโครงการและชื่อโครงการ',
  'ชื่อโครงการ/กิจกรรม : โครงการปรับปรุงถนนซอยวัดใหม่',
  'รหัสโครงการ : 03000000-2457',
  'ปีงบประมาณ พ.ศ. 2563',
  'เริ่มต้นโครงการ : 1/10/2562',
  'สิ้นสุดโครงการ : 30/9/2563',
  'งบประมาณที่ได้รับ : 1,918,000.-',
  '1.2 หน่วยงานที่รับผิดชอบ',
  'หน่วยงาน : สำนักการโยธา / กองก่อสร้างและบูรณะถนน',
  '2. รายงานความก้าวหน้าของโครงการและการใช้จ่ายงบประมาณ',
  'รายงานครั้งที่ 1 :: 19/10/2562 : อยู่ระหว่างขั้นตอนจัดทำ TOR :: ความก้าวหน้าของงานฯ = 10.00 % : งบประมาณที่เบิกใช้ (ครั้งที่ 1) = 0 บาท : เป็นไปตามแผน : เป็นไปตามเป้าหมาย',
  'รายงานครั้งที่ 2 :: 2020-3-18 : อยู่ระหว่างขั้นตอนก่อสร้าง (รายงานครั้งที่ 1) :: ความก้าวหน้าของงานฯ = 60.00 % : งบประมาณที่เบิกใช้ (ครั้งที่ 2) = 500,000 บาท : เป็นไปตามแผน : เป็นไปตามเป้าหมาย',
  'ขอรับรองว่า ข้อมูลที่ปรากฏในเอกสารฉบับนี้ หน่วยงานได้จัดพิมพ์จากระบบงานจริง เพื่อเป็นหลักฐานไว้ตรวจสอบ',
];

const project = (code: string, name: string, agency: string, budget: Value, reports: AgencyReport[] = []): AgencyProject => ({
  code, name, fiscalYear: 2563, agency, start: '1/10/2562', end: '30/9/2563', budget, reports,
});

/** Writes the folder; returns its path. */
export async function writeAgencyFolder(root: string): Promise<string> {
  const folder = join(root, 'agencies');
  mkdirSync(join(folder, 'nested'), { recursive: true });

  // สำนักการโยธา: normalized sheets, Thai headers under a title row, plain ranges.
  writeFileSync(join(folder, FILES.works), await normalizedWorkbook([
    project('03000000-2441', 'ก่อสร้างสะพานคลองบางซื่อ', 'สำนักการโยธา / กองก่อสร้าง', 1918000, [
      { reportNo: 1, date: '31/10/2562', stage: 'อยู่ระหว่างจัดซื้อจัดจ้าง', progress: 10, disbursedToDate: 0 },
      { reportNo: 2, date: '30/11/2562', stage: 'อยู่ระหว่างก่อสร้าง', progress: 40, disbursedToDate: 500000 },
    ]),
    project('03000000-2442', 'ปรับปรุงทางเท้าถนนพระราม 4', 'สำนักการโยธา / กองบำรุงรักษา', 2400000, [
      { reportNo: 1, date: '31/10/2562', stage: 'ลงนามสัญญาแล้ว', progress: 100, disbursedToDate: 0 },
    ]),
  ], 'บัญชีโครงการ ปีงบประมาณ พ.ศ. 2563'));

  // สำนักการระบายน้ำ: one flat Excel table, English headers in another order.
  const drainage = (code: string, name: string, budget: number, reports: AgencyReport[]): AgencyProject => ({
    code, name, fiscalYear: 2563, agency: 'สำนักการระบายน้ำ', start: '2019-10-01', end: '2020-09-30', budget, reports,
  });
  writeFileSync(join(folder, 'nested', FILES.drainage), await flatTableWorkbook([
    drainage('03000000-2501', 'ขุดลอกคลองเปรม', 5000000, [
      { reportNo: 1, date: '2019-10-31', progress: 20, disbursedToDate: 1000000 },
      { reportNo: 2, date: '2019-11-30', progress: 35, disbursedToDate: 1500000 },
    ]),
    drainage('03000000-2502', 'ติดตั้งเครื่องสูบน้ำ', 3000000, [{ reportNo: 1, date: '2019-10-31', progress: 5, disbursedToDate: 0 }]),
  ], 'Drainage projects FY2020', 'Drainage'));

  // สำนักสิ่งแวดล้อม: projects as UTF-8 CSV with a BOM; it also gives 03000000-2441 — with another budget.
  writeFileSync(join(folder, FILES.parks), utf8WithBom([
    PROJECT_HEADERS_TH.join(','),
    '03000000-2601,ปรับปรุงสวนลุมพินี,2563,สำนักสิ่งแวดล้อม,1/10/2562,30/9/2563,"1,200,000.-"',
    '03000000-2441,ก่อสร้างสะพานคลองบางซื่อ,2563,สำนักการโยธา / กองก่อสร้าง,1/10/2562,30/9/2563,"1,980,000"',
  ].join('\r\n')));

  // The same agency's reports, UTF-8 without a BOM; report 2 of 03000000-2441 repeats the works file's.
  writeFileSync(join(folder, FILES.parksNoBom), [
    'ความก้าวหน้า (%),รายงานครั้งที่,รหัสโครงการ,วันที่รายงาน,เบิกจ่ายสะสม (บาท)',
    '15,1,03000000-2601,31/10/2562,100000',
    '40,2,03000000-2441,30/11/2562,500000',
  ].join('\n'));

  // สำนักวัฒนธรรม: Windows-874, a formula-like name (its quotes unquoted, as agencies type them) that must stay text.
  writeFileSync(join(folder, FILES.culture), windows874([
    PROJECT_HEADERS_TH.join(','),
    '03000000-2701,=HYPERLINK("x") ประเพณีลอยกระทง,2563,สำนักวัฒนธรรม,1/10/2562,30/9/2563,800000',
  ].join('\r\n')));

  writeFileSync(join(folder, FILES.notes), '# notes for the coordinator\n');
  writeFileSync(join(folder, FILES.printed), PRINTED_FORM.join('\r\n'));

  // An agency's own typing of the form: labels in A, values in B, section 2 as a table.
  writeFileSync(join(folder, FILES.form), await formWorkbook([
    project('03000000-2901', 'ก่อสร้างสะพานข้ามคลองลาดพร้าว', 'สำนักการโยธา / กองสะพาน', 3500000, [
      { reportNo: 1, date: '31/10/2562', stage: 'ออกแบบ', progress: 15, disbursedToDate: 0 },
      { reportNo: 2, date: '30/11/2562', stage: 'ก่อสร้างฐานราก', progress: 30, disbursedToDate: 700000 },
    ]),
  ], () => 'แบบฟอร์ม'));
  return folder;
}
