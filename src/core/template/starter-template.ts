import { REPEAT_MARKER } from './placeholders';

/**
 * The starter template the task pane inserts (README "Custom templates"): a title, the project's
 * placeholders each beside its label, a header row for the reports, the row marked
 * `{{#reports}}` and a total row summing the disbursements below it — a small sheet a user
 * edits into their own layout. Pure: the Excel adapter writes it (src/excel/fill/starter-template.ts).
 */

export type StarterLanguage = 'th' | 'en';

/** One cell of the starter: its text (or `=formula`), number format and whether it is bold; rows and columns 0-based. */
export interface StarterCell {
  row: number;
  column: number;
  /** A label, a placeholder, or a formula starting with `=`. */
  content: string;
  numberFormat?: string;
  bold?: boolean;
}

export interface StarterTemplate {
  /** The sheet name wanted (made unique by the writer). */
  name: string;
  cells: StarterCell[];
  /** Column widths in points, by 0-based column. */
  columnWidths: number[];
}

/** The sheet name the starter template is inserted under, made unique among the workbook's sheets. */
export const STARTER_TEMPLATE_NAME = 'แม่แบบรายงาน';

const AMOUNT_FORMAT = '#,##0.00';
const PERCENT_FORMAT = '0.00';
/** The standard form's date format: day, Thai month name, Buddhist-era year. */
const DATE_FORMAT = '[$-107041E]d mmmm yyyy';

const LABELS = {
  th: {
    title: 'รายงานความก้าวหน้าโครงการ',
    code: 'รหัสโครงการ', name: 'ชื่อโครงการ', fiscalYear: 'ปีงบประมาณ', agency: 'หน่วยงาน', budget: 'งบประมาณที่ได้รับ (บาท)',
    startDate: 'วันเริ่มต้น', endDate: 'วันสิ้นสุด',
    header: ['ครั้งที่', 'วันที่รายงาน', 'ขั้นตอนการดำเนินงาน', 'ความก้าวหน้า (ร้อยละ)', 'เบิกจ่ายครั้งนี้ (บาท)', 'เบิกจ่ายสะสม (บาท)'],
    total: 'รวมเบิกจ่าย',
  },
  en: {
    title: 'Project progress report',
    code: 'Project code', name: 'Project name', fiscalYear: 'Fiscal year', agency: 'Agency', budget: 'Budget received (baht)',
    startDate: 'Start', endDate: 'End',
    header: ['No.', 'Report date', 'Stage', 'Progress (%)', 'Disbursed this time (baht)', 'Disbursed to date (baht)'],
    total: 'Total disbursed',
  },
} as const;

/** The row of `{{#reports}}` in the starter (0-based): the total below sums column E over it. */
export const STARTER_REPEAT_ROW = 10;

/**
 * The starter template with labels in `language` (the placeholders are the same in both).
 * `starterTemplate('en').cells` holds `{{#reports}}{{reportNo}}` at row 10, column 0.
 */
export function starterTemplate(language: StarterLanguage): StarterTemplate {
  const text = LABELS[language];
  const cells: StarterCell[] = [{ row: 0, column: 0, content: text.title, bold: true }];
  const project: [string, string, string?][] = [
    [text.code, '{{code}}'],
    [text.name, '{{name}}'],
    [text.fiscalYear, '{{fiscalYear}}', '0'],
    [text.agency, '{{agency}}'],
    [text.budget, '{{budget}}', AMOUNT_FORMAT],
    [text.startDate, '{{startDate}}', DATE_FORMAT],
    [text.endDate, '{{endDate}}', DATE_FORMAT],
  ];
  project.forEach(([label, placeholder, numberFormat], index) => {
    cells.push({ row: 2 + index, column: 0, content: label, bold: true });
    cells.push({ row: 2 + index, column: 1, content: placeholder, ...(numberFormat ? { numberFormat } : {}) });
  });
  const headerRow = STARTER_REPEAT_ROW - 1;
  text.header.forEach((label, column) => cells.push({ row: headerRow, column, content: label, bold: true }));
  const repeat: [string, string?][] = [
    [`${REPEAT_MARKER}{{reportNo}}`],
    ['{{reportDate}}', DATE_FORMAT],
    ['{{stage}}'],
    ['{{progress}}', PERCENT_FORMAT],
    ['{{disbursedInPeriod}}', AMOUNT_FORMAT],
    ['{{disbursedToDate}}', AMOUNT_FORMAT],
  ];
  repeat.forEach(([content, numberFormat], column) => cells.push({ row: STARTER_REPEAT_ROW, column, content, ...(numberFormat ? { numberFormat } : {}) }));
  const sumRow = STARTER_REPEAT_ROW + 1;
  cells.push({ row: sumRow, column: 0, content: text.total, bold: true });
  cells.push({ row: sumRow, column: 4, content: `=SUM(E${STARTER_REPEAT_ROW + 1}:E${STARTER_REPEAT_ROW + 1})`, numberFormat: AMOUNT_FORMAT, bold: true });
  return { name: STARTER_TEMPLATE_NAME, cells, columnWidths: [120, 110, 200, 90, 120, 120] };
}
