import type { CellValue, Field, Issue, IsoDate, Project, ProgressReport } from '../model';
import { SEVERITY_LABEL, SEVERITY_ORDER, type Language } from '../output/annotation-text';
import { bahtText } from '../output/baht-text';
import { safeSheetName } from '../output/sheet-name';
import { STANDARD_FORM_TITLE } from './form-title';
import { FORM_TEXT_MEASURE } from './sarabun-metrics';
import {
  content, fitRowHeights, pageBreaks, wrappedLines,
  type CellContent, type CellRange, type CellStyle, type PageMargins, type SheetCell, type SheetDescription,
} from './sheet-description';

/**
 * The standard form แบบแสดงรายงานความก้าวหน้าและข้อมูลเกี่ยวกับโครงการ (DESIGN §2, §9) of one
 * project, as a sheet description: the title; sections 1.1–1.6 with the form's labels and the
 * values beside them; section 2 with one row per progress report; the certification and the
 * signature lines. A4 portrait, one page wide, TH Sarabun New 16 pt, margins of a Thai official
 * document (docs/decisions.md). A field the data leaves empty is a blank cell over a dotted line;
 * a value that could not be read is shown as written.
 */

/** The record of a project or report as the form reads it: parsed values, and the cells as written for values that did not parse. */
export interface FormRecord<T> {
  value: Partial<T>;
  row?: { cells: Partial<Record<Field, { raw: CellValue }>> };
}

export interface StandardFormOptions {
  /** The project's findings, listed beside the form, outside its print area; none listed when absent. */
  findings?: readonly Issue[];
  /** The language of the findings listed beside the form (the form itself is in Thai). */
  language?: Language;
  /**
   * Which disbursement section 2 shows: `auto` (the default) the amount per report when the data
   * has one, else the cumulative amount.
   */
  disbursement?: 'auto' | 'period' | 'cumulative';
}

export { STANDARD_FORM_TITLE };
export const STANDARD_TEMPLATE = 'standard';

/** The form's words (DESIGN §2), in one place for the tests and a reader of forms to share. */
export const FORM_LABELS = {
  section1: '1. ชื่อโครงการและหน่วยงานที่รับผิดชอบโครงการ',
  section11: '1.1 รหัสโครงการและชื่อโครงการ',
  name: 'ชื่อโครงการ/กิจกรรม',
  code: 'รหัสโครงการ',
  fiscalYear: 'ปีงบประมาณ พ.ศ.',
  startDate: 'เริ่มต้นโครงการ',
  endDate: 'สิ้นสุดโครงการ',
  budget: 'งบประมาณที่ได้รับ',
  spent: 'งบประมาณที่ใช้ไป',
  section12: '1.2 หน่วยงานที่รับผิดชอบ',
  agency: 'หน่วยงาน',
  owner: 'ชื่อผู้รับผิดชอบ',
  coordinator: 'ผู้ประสานงาน',
  section13: '1.3 หลักการและเหตุผล',
  section14: '1.4 วัตถุประสงค์ของโครงการ',
  section15: '1.5 เป้าหมายของโครงการ',
  section16: '1.6 สนับสนุนแผนพัฒนา กทม. ระยะ 20 ปี',
  strategy: ['ประเด็นยุทธศาสตร์', 'ประเด็นยุทธศาสตร์ย่อย', 'เป้าหมายที่', 'ตัวชี้วัด'],
  section2: '2. รายงานความก้าวหน้าของโครงการและการใช้จ่ายงบประมาณ',
  reportNo: 'ครั้งที่',
  reportDate: 'วันที่รายงาน',
  stage: 'ขั้นตอนการดำเนินงาน',
  progress: 'ความก้าวหน้า (ร้อยละ)',
  disbursedInPeriod: 'งบประมาณที่เบิกใช้ครั้งนี้ (บาท)',
  disbursedToDate: 'งบประมาณที่เบิกใช้สะสม (บาท)',
  asPlanned: 'เป็นไปตาม',
  onPlan: 'แผน',
  onTarget: 'เป้าหมาย',
  noReports: 'ยังไม่มีรายงานความก้าวหน้า',
  yes: 'ใช่',
  no: 'ไม่ใช่',
  certification: 'ขอรับรองว่า ข้อมูลที่ปรากฏในเอกสารฉบับนี้ หน่วยงานได้จัดพิมพ์จากระบบงานจริง เพื่อเป็นหลักฐานไว้ตรวจสอบ',
  signature: 'ลงชื่อ ....................................................... ผู้รับผิดชอบโครงการ',
  signatureName: '( ....................................................... )',
  position: 'ตำแหน่ง .......................................................',
} as const;

const FINDINGS_HEADING: Record<Language, string> = {
  th: 'ผลการตรวจสอบข้อมูลของโครงการนี้ (อยู่นอกพื้นที่พิมพ์)',
  en: 'Findings for this project (outside the print area)',
};
const NO_PROJECT_FINDINGS: Record<Language, string> = { th: 'ไม่พบประเด็นที่ต้องตรวจสอบ', en: 'No findings' };

export const FORM_FONT = { name: 'TH Sarabun New', size: 16 } as const;
const TITLE_SIZE = 18;

/** Margins of a Thai official document (ระเบียบสำนักนายกรัฐมนตรีว่าด้วยงานสารบรรณ): see docs/decisions.md. */
export const THAI_OFFICIAL_MARGINS: PageMargins = { top: 2.5, bottom: 2, left: 3, right: 2, header: 1.5, footer: 1 };

const POINTS_PER_CM = 72 / 2.54;
const cm = (value: number) => Math.round(value * POINTS_PER_CM * 100) / 100;

/**
 * Columns A–G: section 2's table (no., date, stage, progress, disbursement, on plan, on target),
 * 15.9 cm together — A4's 21 cm less the 3 cm and 2 cm margins, with a little to spare. Section 1
 * puts its labels in A:B and values in C:G. H is a gap; I–K list findings, outside the print area.
 */
const COLUMN_WIDTHS = [cm(1.1), cm(2.9), cm(4.8), cm(1.8), cm(2.5), cm(1.4), cm(1.4), cm(0.6), cm(2.2), cm(5.5), cm(20)];
const LAST_FORM_COLUMN = 6;
const FINDINGS_COLUMN = 8;

const DATE_FORMAT = '[$-107041E]d mmmm yyyy';
const AMOUNT_FORMAT = '#,##0.00';
const BAHT_FORMAT = '#,##0.00 "บาท"';
const PERCENT_FORMAT = '0.00';
const TEXT_FORMAT = '@';

const HEADER_FILL = 'D9D9D9';
const BOXED: CellStyle['border'] = { top: 'thin', bottom: 'thin', left: 'thin', right: 'thin' };
const DOTTED_LINE: CellStyle['border'] = { bottom: 'dotted' };

const STYLE = {
  title: { bold: true, fontSize: TITLE_SIZE, horizontal: 'center', vertical: 'center', shrinkToFit: true },
  heading: { bold: true, vertical: 'top', horizontal: 'left', shrinkToFit: true },
  subheading: { bold: true, vertical: 'top', horizontal: 'left', indent: 1, shrinkToFit: true },
  label: { vertical: 'top', horizontal: 'left', indent: 2, shrinkToFit: true },
  value: { vertical: 'top', horizontal: 'left', indent: 1, wrap: true, numberFormat: TEXT_FORMAT },
  /** A number or date beside its label: never wrapped, shrunk rather than shown as `####`. */
  figure: { vertical: 'top', horizontal: 'left', indent: 1, shrinkToFit: true },
  paragraph: { vertical: 'top', horizontal: 'left', wrap: true, indent: 2, numberFormat: TEXT_FORMAT },
  tableHeader: { bold: true, horizontal: 'center', vertical: 'center', wrap: true, border: BOXED, fill: HEADER_FILL },
  signature: { horizontal: 'center', vertical: 'bottom', shrinkToFit: true },
  finding: { vertical: 'top', numberFormat: TEXT_FORMAT },
} satisfies Record<string, CellStyle>;

/** A row's height when it holds no text to measure: a gap between sections. */
const GAP_PT = 8;

/** A cell's value as the form shows it: the parsed value, else what the cell holds as written, else nothing. */
function fieldContent<T>(record: FormRecord<T> | undefined, field: keyof T & Field, show: (value: unknown) => CellContent): CellContent | undefined {
  const value: unknown = record?.value[field];
  if (value !== undefined && value !== null) return show(value);
  const raw = record?.row?.cells[field]?.raw;
  if (raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '')) return undefined;
  return content.text(String(raw));
}

const asText = (value: unknown) => content.text(String(value));
const asNumber = (value: unknown) => content.number(value as number);
const asDate = (value: unknown) => content.date(value as IsoDate);
const asYesNo = (value: unknown) => content.text(value ? FORM_LABELS.yes : FORM_LABELS.no);

/** A line that already starts as a list item: `1.`, `๑)`, `-`, `•`. */
const LIST_ITEM = /^\s*(?:[0-9๐-๙]+\s*[.)]|[-•·*–])/;

/**
 * Objectives and targets are numbered on the form: lines that are not yet numbered get `1.`,
 * `2.`…; a text whose lines already carry numbers or bullets is kept as written.
 * `numberedLines('ก\nข')` → `1. ก\n2. ข`.
 */
export function numberedLines(text: string): string {
  const lines = text.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== '');
  if (lines.length < 2 || lines.some((line) => LIST_ITEM.test(line))) return text.trim();
  return lines.map((line, index) => `${index + 1}. ${line}`).join('\n');
}

/**
 * The four parts of section 1.6 when the strategy text names them in the form's order
 * (`ประเด็นยุทธศาสตร์ … ประเด็นยุทธศาสตร์ย่อย … เป้าหมายที่ … ตัวชี้วัด …`); otherwise the whole
 * text as the first part and nothing for the others.
 */
export function strategyParts(text: string): [string, string, string, string] {
  const trimmed = text.trim();
  const [strategy, sub, goal, indicator] = FORM_LABELS.strategy;
  const starts: number[] = [];
  let from = 0;
  for (const label of [strategy, sub, goal, indicator]) {
    let at = trimmed.indexOf(label, from);
    // The main strategy's label is also the start of the sub-strategy's.
    while (label === strategy && at >= 0 && trimmed.startsWith(sub, at)) at = trimmed.indexOf(label, at + 1);
    if (at < 0) return [trimmed, '', '', ''];
    starts.push(at);
    from = at + label.length;
  }
  if (trimmed.slice(0, starts[0]).trim() !== '') return [trimmed, '', '', ''];
  const labels = [strategy, sub, goal, indicator];
  const parts = starts.map((start, i) => trimmed.slice(start + labels[i].length, starts[i + 1] ?? trimmed.length).replace(/^[\s:：]+|[\s,;]+$/g, ''));
  return parts as [string, string, string, string];
}

/** The sheet name wanted for a project's form: `แบบฟอร์ม 03000000-2457` (the writer makes it unique). */
export function standardFormSheetName(code: string): string {
  return safeSheetName(`แบบฟอร์ม ${code}`, 'แบบฟอร์ม');
}

/** Lays the form out row by row. */
class FormLayout {
  row = 0;
  readonly cells: SheetCell[] = [];
  readonly merges: CellRange[] = [];
  readonly heights = new Map<number, number>();
  /** Heading rows: each is kept on one page with the row after it. */
  readonly headings: number[] = [];

  put(column: number, cellContent: CellContent | undefined, style: CellStyle, lastColumn = column, lastRow = this.row): void {
    this.cells.push({ row: this.row, column, ...(cellContent ? { content: cellContent } : {}), style });
    if (lastColumn > column || lastRow > this.row) this.merges.push({ firstRow: this.row, lastRow, firstColumn: column, lastColumn });
  }

  /** One line across the form. */
  line(text: string, style: CellStyle): void {
    this.put(0, content.text(text), style, LAST_FORM_COLUMN);
    this.row++;
  }

  heading(text: string, style: CellStyle = STYLE.subheading): void {
    this.headings.push(this.row);
    this.line(text, style);
  }

  gap(points = GAP_PT): void {
    this.heights.set(this.row, points);
    this.row++;
  }

  /** A label in A:B and its value in C:G; an empty value is a dotted line to write on. */
  labelled(label: string, value: CellContent | undefined, style: CellStyle = STYLE.value): void {
    this.put(0, content.text(label), STYLE.label, 1);
    this.put(2, value, value ? style : { ...style, border: DOTTED_LINE }, LAST_FORM_COLUMN);
    this.row++;
  }

  /** An amount in C and, when it can be said in words, its baht text in D:G. */
  amount(label: string, value: CellContent | undefined): void {
    if (value?.kind !== 'number') {
      this.labelled(label, value);
      return;
    }
    this.put(0, content.text(label), STYLE.label, 1);
    this.put(2, value, { ...STYLE.figure, numberFormat: BAHT_FORMAT });
    const words = bahtText(value.number);
    this.put(3, words === undefined ? undefined : content.text(`(${words})`), STYLE.value, LAST_FORM_COLUMN);
    this.row++;
  }

  /** A free text under its heading, across the form; a dotted line when there is none. */
  paragraph(text: CellContent | undefined): void {
    this.put(0, text, text ? STYLE.paragraph : { ...STYLE.paragraph, border: DOTTED_LINE }, LAST_FORM_COLUMN);
    this.row++;
  }
}

type ReportRecordLike = FormRecord<ProgressReport>;

function disbursementField(reports: readonly ReportRecordLike[], choice: StandardFormOptions['disbursement']): 'disbursedInPeriod' | 'disbursedToDate' {
  if (choice === 'period') return 'disbursedInPeriod';
  if (choice === 'cumulative') return 'disbursedToDate';
  const hasPeriod = reports.some((report) => fieldContent(report, 'disbursedInPeriod', asNumber) !== undefined);
  return hasPeriod ? 'disbursedInPeriod' : 'disbursedToDate';
}

const lineHeight = (size: number) => Math.ceil(size * FORM_TEXT_MEASURE.lineEm + 2);

/**
 * Section 2's header, two rows (printed again on every page): each heading over both rows but
 * `เป็นไปตาม`, which spans the columns `แผน` and `เป้าหมาย` below it. Returns its rows.
 */
function reportHeader(layout: FormLayout, disbursed: 'disbursedInPeriod' | 'disbursedToDate'): { first: number; last: number } {
  const first = layout.row;
  const spanning = [FORM_LABELS.reportNo, FORM_LABELS.reportDate, FORM_LABELS.stage, FORM_LABELS.progress, FORM_LABELS[disbursed]];
  spanning.forEach((header, column) => layout.put(column, content.text(header), STYLE.tableHeader, column, first + 1));
  layout.put(5, content.text(FORM_LABELS.asPlanned), STYLE.tableHeader, 6);
  layout.row++;
  layout.put(5, content.text(FORM_LABELS.onPlan), { ...STYLE.tableHeader, wrap: false, shrinkToFit: true });
  layout.put(6, content.text(FORM_LABELS.onTarget), { ...STYLE.tableHeader, wrap: false, shrinkToFit: true });
  // Rows that share a merged heading are not fitted one by one: the tallest heading sets both.
  const lines = Math.max(...spanning.map((header, column) => wrappedLines(header, COLUMN_WIDTHS[column], FORM_FONT.size, FORM_TEXT_MEASURE)));
  const second = lineHeight(FORM_FONT.size);
  layout.heights.set(first, Math.max(second, lineHeight(FORM_FONT.size) * lines - second));
  layout.heights.set(first + 1, second);
  layout.row++;
  return { first, last: first + 1 };
}

/** Section 2: the header and one row per report. Returns the header's rows. */
function reportTable(layout: FormLayout, reports: readonly ReportRecordLike[], options: StandardFormOptions): { first: number; last: number } {
  const disbursed = disbursementField(reports, options.disbursement);
  const header = reportHeader(layout, disbursed);
  if (reports.length === 0) {
    layout.put(0, content.text(FORM_LABELS.noReports), { horizontal: 'center', vertical: 'top', border: BOXED }, LAST_FORM_COLUMN);
    layout.row++;
    return header;
  }
  const cell = (extra: CellStyle): CellStyle => ({ vertical: 'top', border: BOXED, ...extra });
  const figure = (numberFormat: string): CellStyle => cell({ horizontal: 'right', shrinkToFit: true, numberFormat });
  const centred = cell({ horizontal: 'center', shrinkToFit: true });
  for (const report of reports) {
    layout.put(0, fieldContent(report, 'reportNo', asNumber), centred);
    layout.put(1, fieldContent(report, 'reportDate', asDate), cell({ horizontal: 'center', numberFormat: DATE_FORMAT, shrinkToFit: true }));
    layout.put(2, fieldContent(report, 'stage', asText), cell({ horizontal: 'left', wrap: true, numberFormat: TEXT_FORMAT }));
    layout.put(3, fieldContent(report, 'progress', asNumber), figure(PERCENT_FORMAT));
    layout.put(4, fieldContent(report, disbursed, asNumber), figure(AMOUNT_FORMAT));
    layout.put(5, fieldContent(report, 'onPlan', asYesNo), centred);
    layout.put(6, fieldContent(report, 'onTarget', asYesNo), centred);
    layout.row++;
  }
  return header;
}

/**
 * The project's findings beside the form (columns I–K), most severe first, one a row on the rows
 * that hold text (a gap row is too low to read); none of it prints.
 */
function findingsBeside(layout: FormLayout, findings: readonly Issue[], language: Language): void {
  const ordered = [...findings].sort((a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity));
  const lines: [string, string, string][] = ordered.map((issue) => [
    SEVERITY_LABEL[issue.severity][language], `${issue.rule} · ${issue.sheet}!${issue.cell}`, issue.message[language],
  ]);
  if (lines.length === 0) lines.push([NO_PROJECT_FINDINGS[language], '', '']);
  const put = (row: number, column: number, text: string, style: CellStyle) => {
    if (text !== '') layout.cells.push({ row, column, content: content.text(text), style });
  };
  put(0, FINDINGS_COLUMN, FINDINGS_HEADING[language], { ...STYLE.finding, bold: true });
  let row = 1;
  for (const line of lines) {
    while (layout.heights.has(row)) row++;
    line.forEach((text, i) => put(row, FINDINGS_COLUMN + i, text, STYLE.finding));
    row++;
  }
}

/**
 * The standard form of `project` with its `reports` (in the order given: report-number order
 * from buildRuleContext), as a sheet description.
 * `standardForm({ value: { code: '03000000-2457', name: 'โครงการปรับปรุงถนนซอยวัดใหม่', … } }, reports)`.
 */
export function standardForm(project: FormRecord<Project>, reports: readonly FormRecord<ProgressReport>[], options: StandardFormOptions = {}): SheetDescription {
  const layout = new FormLayout();
  const value = (field: keyof Project & Field, show: (value: unknown) => CellContent) => fieldContent(project, field, show);

  layout.line(STANDARD_FORM_TITLE, STYLE.title);
  layout.heights.set(0, lineHeight(TITLE_SIZE) + 4);
  layout.gap();

  layout.heading(FORM_LABELS.section1, STYLE.heading);
  layout.heading(FORM_LABELS.section11);
  layout.labelled(FORM_LABELS.name, value('name', asText));
  layout.labelled(FORM_LABELS.code, value('code', asText));
  layout.labelled(FORM_LABELS.fiscalYear, value('fiscalYear', asNumber), { ...STYLE.figure, numberFormat: '0' });
  const dateStyle: CellStyle = { ...STYLE.figure, numberFormat: DATE_FORMAT };
  layout.labelled(FORM_LABELS.startDate, value('startDate', asDate), dateStyle);
  layout.labelled(FORM_LABELS.endDate, value('endDate', asDate), dateStyle);
  layout.amount(FORM_LABELS.budget, value('budget', asNumber));
  layout.amount(FORM_LABELS.spent, value('spent', asNumber));

  layout.heading(FORM_LABELS.section12);
  layout.labelled(FORM_LABELS.agency, value('agency', asText));
  layout.labelled(FORM_LABELS.owner, value('owner', asText));
  layout.labelled(FORM_LABELS.coordinator, value('coordinator', asText));

  layout.heading(FORM_LABELS.section13);
  layout.paragraph(value('rationale', asText));
  layout.heading(FORM_LABELS.section14);
  layout.paragraph(value('objectives', (text) => content.text(numberedLines(String(text)))));
  layout.heading(FORM_LABELS.section15);
  layout.paragraph(value('targets', (text) => content.text(numberedLines(String(text)))));

  layout.heading(FORM_LABELS.section16);
  const strategy = value('strategy', asText);
  const parts = strategy?.kind === 'text' ? strategyParts(strategy.text) : ['', '', '', ''];
  FORM_LABELS.strategy.forEach((label, i) => layout.labelled(label, parts[i] === '' ? undefined : content.text(parts[i])));
  layout.gap();

  const section2 = layout.row;
  layout.line(FORM_LABELS.section2, STYLE.heading);
  const header = reportTable(layout, reports, options);
  layout.gap(GAP_PT * 2);

  const lastReport = layout.row - 2;
  layout.line(FORM_LABELS.certification, { ...STYLE.paragraph, numberFormat: undefined });
  layout.gap(GAP_PT * 3);
  for (const text of [FORM_LABELS.signature, FORM_LABELS.signatureName, FORM_LABELS.position]) {
    layout.put(2, content.text(text), STYLE.signature, LAST_FORM_COLUMN);
    layout.row++;
  }
  const lastRow = layout.row - 1;

  if (options.findings) findingsBeside(layout, options.findings, options.language ?? 'th');

  const code = project.value.code ?? String(project.row?.cells.code?.raw ?? '');
  const description: SheetDescription = {
    name: standardFormSheetName(code),
    origin: { template: STANDARD_TEMPLATE, project: code },
    font: { ...FORM_FONT },
    defaultRowHeight: lineHeight(FORM_FONT.size),
    columnWidths: options.findings ? COLUMN_WIDTHS : COLUMN_WIDTHS.slice(0, LAST_FORM_COLUMN + 1),
    rowHeights: new Map([...layout.heights].map(([row, points]) => [row, { points }])),
    cells: layout.cells,
    merges: layout.merges,
    page: {
      paper: 'A4',
      orientation: 'portrait',
      fitToPagesWide: 1,
      margins: THAI_OFFICIAL_MARGINS,
      printArea: { firstRow: 0, lastRow, firstColumn: 0, lastColumn: LAST_FORM_COLUMN },
      repeatRows: header,
      horizontallyCentered: true,
      headerFromSecondPage: '- &P -',
    },
    showGridLines: false,
  };
  fitRowHeights(description, FORM_TEXT_MEASURE);
  // A subsection stays on one page (a long one at least keeps its heading with its first row);
  // section 2's heading with its header and first two reports; the signature lines with the
  // certification and the last report, never alone.
  const ends = [...layout.headings.slice(1), section2];
  description.page.rowBreaks = pageBreaks(description, [
    ...layout.headings.map((row, i) => ({ first: row, last: ends[i] - 1 })),
    ...layout.headings.map((row) => ({ first: row, last: row + 1 })),
    { first: section2, last: Math.min(header.last + 2, lastReport) },
    { first: lastReport, last: lastRow },
  ]);
  return description;
}
