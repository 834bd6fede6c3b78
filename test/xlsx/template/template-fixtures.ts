import type ExcelJS from 'exceljs';
import type { Project, ProgressReport } from '../../../src/core/model';
import type { TemplateRecord, TemplateReport } from '../../../src/core/template/placeholder-values';
import { workbookBytes } from '../fixtures';

/**
 * A custom template as an agency would draw it, built with ExcelJS: the project's fields above,
 * a table of reports whose row 10 repeats (`{{#reports}}`), a per-row formula, a total row and a
 * count below it with merged cells, a tall certification row, a print area over all of it and a
 * page break after the totals.
 */

export const TEMPLATE_SHEET = 'แม่แบบ';
/** 0-based row of `{{#reports}}`: row 10. */
export const REPEAT_ROW = 9;

export function drawTemplate(sheet: ExcelJS.Worksheet): void {
  sheet.columns = [8, 14, 20, 10, 10, 14, 14, 16, 18, 10].map((width) => ({ width }));
  sheet.getCell('A1').value = 'แบบรายงานโครงการ {{name}}';
  sheet.mergeCells('A1:I1');
  sheet.getCell('A2').value = 'รหัสโครงการ';
  sheet.getCell('B2').value = '{{code}}';
  sheet.getCell('D2').value = 'ปีงบประมาณ';
  sheet.getCell('E2').value = '{{fiscalYear}}';
  sheet.getCell('F2').value = '{{fiscalYearText}}';
  sheet.getCell('A3').value = 'งบประมาณ';
  sheet.getCell('B3').value = '{{budget}}';
  sheet.getCell('B3').numFmt = '#,##0.00';
  sheet.getCell('C3').value = '({{budgetText}})';
  sheet.getCell('A4').value = 'เริ่มต้น';
  sheet.getCell('B4').value = '{{startDate}}';
  sheet.getCell('D4').value = 'สิ้นสุด';
  sheet.getCell('E4').value = '{{endDate}}';
  sheet.getCell('E4').numFmt = 'd/m/yyyy';
  sheet.getCell('A5').value = 'ใช้ไป {{spent}} บาท คืน {{returned}} บาท เริ่ม {{startDate}} ความก้าวหน้าล่าสุด {{latestProgress}}% เบิกจ่าย {{disbursedPercent}}%';
  sheet.getCell('A6').value = '{{agency}}';
  sheet.getCell('C6').value = '{{owner}}';
  sheet.getCell('E6').value = '{{coordinator}}';
  sheet.getCell('G6').value = '{{today}}';
  sheet.getCell('A7').value = '{{strategy}}';
  sheet.getCell('C7').value = '{{rationale}}';
  sheet.getCell('E7').value = '{{objectives}}';
  sheet.getCell('G7').value = '{{targets}}';
  sheet.getCell('H7').value = '{{latestProgress}}';
  sheet.getCell('I7').value = '{{disbursedPercent}}';
  ['ครั้งที่', 'วันที่', 'ขั้นตอน', '', 'ร้อยละ', 'เบิกสะสม', 'เบิกครั้งนี้', 'แผน', 'เป้าหมาย', 'สัดส่วน'].forEach((text, i) => {
    if (text) sheet.getRow(9).getCell(i + 1).value = text;
  });
  sheet.mergeCells('C9:D9');
  const row = sheet.getRow(10);
  row.height = 30;
  row.getCell(1).value = '{{#reports}}{{reportNo}}';
  row.getCell(2).value = '{{reportDate}}';
  row.getCell(2).numFmt = '[$-107041E]d mmm yy';
  row.getCell(3).value = '{{stage}}';
  row.getCell(5).value = '{{progress}}';
  row.getCell(6).value = '{{disbursedToDate}}';
  row.getCell(6).numFmt = '#,##0.00';
  row.getCell(7).value = '{{disbursedInPeriod}}';
  row.getCell(8).value = '{{onPlan}}';
  row.getCell(9).value = '{{onTarget}}';
  row.getCell(10).value = { formula: 'F10/$B$3' };
  sheet.mergeCells('C10:D10');
  sheet.getCell('A11').value = 'รวม';
  sheet.mergeCells('A11:D11');
  sheet.getCell('E11').value = { formula: 'MAX(E10:E10)' };
  sheet.getCell('G11').value = { formula: 'SUM(G10:G10)' };
  sheet.getCell('G11').numFmt = '#,##0.00';
  sheet.getCell('A12').value = 'จำนวนรายงาน';
  sheet.getCell('C12').value = { formula: 'COUNT(A10:A10)' };
  sheet.getCell('E12').value = { formula: `G11/'${TEMPLATE_SHEET}'!B3+ข้อมูล!A1` };
  sheet.getCell('A13').value = 'ขอรับรองว่า ข้อมูลที่ปรากฏในเอกสารฉบับนี้ หน่วยงานได้จัดพิมพ์จากระบบงานจริง เพื่อเป็นหลักฐานไว้ตรวจสอบ';
  sheet.getCell('A13').alignment = { wrapText: true, vertical: 'top' };
  sheet.mergeCells('A13:I13');
  sheet.getRow(13).height = 40;
  sheet.getCell('C14').value = 'ลงชื่อ ........................ ({{owner}})';
  sheet.pageSetup.printArea = 'A1:I14';
  sheet.getRow(11).addPageBreak();
}

/** A workbook holding a user's sheet `ข้อมูล` and the template sheet. */
export function templateWorkbook(draw: (sheet: ExcelJS.Worksheet) => void = drawTemplate): Promise<Uint8Array> {
  return workbookBytes((workbook) => {
    workbook.addWorksheet('ข้อมูล').getCell('A1').value = 1;
    draw(workbook.addWorksheet(TEMPLATE_SHEET));
  });
}

export const PROJECT: Project = {
  code: '03000000-2457', name: 'โครงการปรับปรุงถนนซอยวัดใหม่', fiscalYear: 2563, startDate: '2019-10-01', endDate: '2020-08-31',
  budget: 1_918_000, spent: 1_150_800, returned: 0, agency: 'สำนักการโยธา / กองสำรวจ', owner: 'นายพีระพงษ์ อินทร์แก้ว โทร. 1475',
  coordinator: 'นางสาวสมใจ ใจดี โทร. 1460', strategy: 'ประเด็นยุทธศาสตร์ ๕.๓.๑', rationale: 'ถนนชำรุด', objectives: 'เพื่อซ่อมถนน', targets: 'ถนน 1 สาย',
};

/** `count` reports: numbered 1…, dated one a month from 19 Oct 2019, progress and disbursement rising. */
export function reportsOf(count: number, overrides: (index: number) => Partial<ProgressReport> = () => ({})): TemplateReport[] {
  return Array.from({ length: count }, (_, i) => ({
    value: {
      projectCode: PROJECT.code, reportNo: i + 1, reportDate: `${2019 + Math.floor((9 + i) / 12)}-${String(((9 + i) % 12) + 1).padStart(2, '0')}-19`,
      stage: `ขั้นตอนที่ ${i + 1}`, progress: Math.min(100, (i + 1) * 2.5), disbursedToDate: (i + 1) * 10_000, disbursedInPeriod: 10_000,
      onPlan: i % 2 === 0, onTarget: true, ...overrides(i),
    },
  }));
}

export const projectRecord = (project: Partial<Project> = {}): TemplateRecord<Project> => ({ value: { ...PROJECT, ...project } });
