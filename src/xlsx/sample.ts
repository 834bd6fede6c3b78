import ExcelJS from 'exceljs';
import type { IsoDate } from '../core/model';
import { isoParts } from '../core/parse/calendar';
import { withFixedTimestamps } from './excel-package';
import {
  FIRST_DATA_ROW, HEADER_ROW, PROJECTS_SHEET, PROJECT_COLUMNS, REPORTS_SHEET, REPORT_COLUMNS, SAMPLE_DATA,
  type PlantedFinding, type SampleProjectRow, type SampleReportRow,
} from './sample-data';

export type { PlantedFinding };

/**
 * The inconsistencies planted in the sample workbook: what the checker
 * should report at error/warning level (and the one info finding planted),
 * where. The README and the sample test read this list.
 */
export const SAMPLE_PLANTED: readonly PlantedFinding[] = SAMPLE_DATA.planted;

/** When the sample's data stands: the June 2563 report round. Also its file timestamp, so the bytes never change. */
const SAMPLE_DATE = new Date(Date.UTC(2020, 5, 30));

const FONT: Partial<ExcelJS.Font> = { name: 'Tahoma', size: 10 };
const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin', color: { argb: 'FFBFBFBF' } }, bottom: { style: 'thin', color: { argb: 'FFBFBFBF' } },
  left: { style: 'thin', color: { argb: 'FFBFBFBF' } }, right: { style: 'thin', color: { argb: 'FFBFBFBF' } },
};
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } };
const DATE_FORMAT = 'd/m/yyyy';
const BAHT_FORMAT = '#,##0.00';

interface ColumnSpec<K extends string> {
  key: K;
  header: string;
  width: number;
  numFmt?: string;
  align?: 'left' | 'center' | 'right';
}

const PROJECT_SPECS: readonly ColumnSpec<keyof typeof PROJECT_COLUMNS>[] = [
  { key: 'code', header: 'รหัสโครงการ', width: 16, align: 'center' },
  { key: 'name', header: 'ชื่อโครงการ', width: 64 },
  { key: 'fiscalYear', header: 'ปีงบประมาณ', width: 11, numFmt: '0', align: 'center' },
  { key: 'agency', header: 'หน่วยงานที่รับผิดชอบ', width: 58 },
  { key: 'owner', header: 'ผู้รับผิดชอบ', width: 30 },
  { key: 'startDate', header: 'เริ่มต้นโครงการ', width: 14, numFmt: DATE_FORMAT, align: 'center' },
  { key: 'endDate', header: 'สิ้นสุดโครงการ', width: 14, numFmt: DATE_FORMAT, align: 'center' },
  { key: 'budget', header: 'งบประมาณที่ได้รับ (บาท)', width: 20, numFmt: BAHT_FORMAT },
  { key: 'spent', header: 'งบประมาณที่ใช้ไป (บาท)', width: 20, numFmt: BAHT_FORMAT },
];

const REPORT_SPECS: readonly ColumnSpec<keyof typeof REPORT_COLUMNS>[] = [
  { key: 'code', header: 'รหัสโครงการ', width: 16, align: 'center' },
  { key: 'reportNo', header: 'รายงานครั้งที่', width: 12, numFmt: '0', align: 'center' },
  { key: 'reportDate', header: 'วันที่รายงาน', width: 13, numFmt: DATE_FORMAT, align: 'center' },
  { key: 'stage', header: 'ขั้นตอนการดำเนินงาน', width: 76 },
  { key: 'progress', header: 'ความก้าวหน้า (%)', width: 15, numFmt: '0.00', align: 'center' },
  { key: 'disbursedToDate', header: 'เบิกจ่ายสะสม (บาท)', width: 19, numFmt: BAHT_FORMAT },
  { key: 'onPlan', header: 'เป็นไปตามแผน', width: 17, align: 'center' },
  { key: 'onTarget', header: 'เป็นไปตามเป้าหมาย', width: 20, align: 'center' },
];

function dateCell(iso: IsoDate): Date {
  const { year, month, day } = isoParts(iso);
  return new Date(Date.UTC(year, month - 1, day));
}

function projectValues(project: SampleProjectRow): Record<keyof typeof PROJECT_COLUMNS, ExcelJS.CellValue> {
  return {
    ...project,
    startDate: dateCell(project.startDate),
    endDate: dateCell(project.endDate),
  };
}

function reportValues(report: SampleReportRow): Record<keyof typeof REPORT_COLUMNS, ExcelJS.CellValue> {
  return {
    ...report,
    reportDate: 'date' in report.reportDate ? dateCell(report.reportDate.date) : report.reportDate.text,
    onPlan: report.onPlan ? 'เป็นไปตามแผน' : 'ไม่เป็นไปตามแผน',
    onTarget: report.onTarget ? 'เป็นไปตามเป้าหมาย' : 'ไม่เป็นไปตามเป้าหมาย',
  };
}

/** One sheet of the sample: a title row, the header, the rows, laid out to read and print well (A4 landscape). */
function addTableSheet<K extends string>(
  workbook: ExcelJS.Workbook, name: string, title: string, specs: readonly ColumnSpec<K>[], rows: Record<K, ExcelJS.CellValue>[],
): void {
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', xSplit: 1, ySplit: HEADER_ROW, topLeftCell: `B${FIRST_DATA_ROW}`, activeCell: `A${FIRST_DATA_ROW}` }],
    pageSetup: {
      paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0,
      printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}`,
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
    },
  });
  sheet.columns = specs.map((spec) => ({ width: spec.width }));

  const titleCell = sheet.getCell(1, 1);
  titleCell.value = title;
  titleCell.font = { ...FONT, size: 14, bold: true };
  sheet.getRow(1).height = 24;

  const header = sheet.getRow(HEADER_ROW);
  header.height = 20;
  specs.forEach((spec, index) => {
    const cell = header.getCell(index + 1);
    cell.value = spec.header;
    cell.style = { font: { ...FONT, bold: true }, fill: HEADER_FILL, border: THIN, alignment: { horizontal: 'center', vertical: 'middle' } };
  });

  rows.forEach((values, index) => {
    const row = sheet.getRow(FIRST_DATA_ROW + index);
    specs.forEach((spec, col) => {
      const cell = row.getCell(col + 1);
      cell.value = values[spec.key];
      // A planted text date or Thai-digit amount keeps the column's alignment but not its number format.
      const numFmt = typeof values[spec.key] === 'string' ? undefined : spec.numFmt;
      cell.style = {
        font: FONT, border: THIN,
        alignment: { vertical: 'middle', ...(spec.align ? { horizontal: spec.align } : {}) },
        ...(numFmt ? { numFmt } : {}),
      };
    });
  });
  const lastRow = FIRST_DATA_ROW + rows.length - 1;
  sheet.autoFilter = { from: { row: HEADER_ROW, column: 1 }, to: { row: lastRow, column: specs.length } };
}

/**
 * The sample workbook of DESIGN §6 (`report-checker sample`): sheet โครงการ
 * (20 projects of สำนักการโยธา, fiscal year 2563) and sheet รายงานความก้าวหน้า
 * (their monthly reports to June 2563), clean except SAMPLE_PLANTED. Same bytes every time.
 */
export async function buildSampleWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Project Report Checker';
  workbook.lastModifiedBy = 'Project Report Checker';
  workbook.created = SAMPLE_DATE;
  workbook.modified = SAMPLE_DATE;
  workbook.title = 'ตัวอย่างรายงานความก้าวหน้าโครงการ ปีงบประมาณ พ.ศ. 2563';

  addTableSheet(workbook, PROJECTS_SHEET, 'บัญชีโครงการ ประจำปีงบประมาณ พ.ศ. 2563 สำนักการโยธา กรุงเทพมหานคร',
    PROJECT_SPECS, SAMPLE_DATA.projects.map(projectValues));
  addTableSheet(workbook, REPORTS_SHEET, 'รายงานความก้าวหน้าของโครงการและการใช้จ่ายงบประมาณ ประจำปีงบประมาณ พ.ศ. 2563 (ข้อมูล ณ วันที่ 30 มิถุนายน 2563)',
    REPORT_SPECS, SAMPLE_DATA.reports.map(reportValues));

  return withFixedTimestamps(new Uint8Array(await workbook.xlsx.writeBuffer()), SAMPLE_DATE);
}
