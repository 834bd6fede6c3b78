import { REPORT_FIELDS, type CellValue, type Field, type Grid } from '../model';
import { isIssuesHeaderRow } from '../output/annotation-text';
import { cellAddress } from '../table/address';
import { isEmptyValue } from '../table/cell-empty';
import { readDisbursementKind, readProgressOrStage, type ColumnSample } from '../table/column-data';
import { recognizeHeader } from '../table/headers';
import { isNumberingOnly, matchLabel } from './form-labels';
import { FormReader, type FormLine, type FormValue } from './form-reading';
import { looksLikePrintedForm, type PrintedFormLine } from './printed-form';
import { startsReportEntry } from './report-entry';
import type { SourceRecords, SourceRow } from './source-rows';

/**
 * A sheet laid out as the standard form (DESIGN §2, §9) read into one project row and its report
 * rows: as `fill` writes it (src/core/template/standard-form.ts: labels in A:B, values from C,
 * free texts in the row under their heading, section 2 as a table under a two-row header) or as an
 * agency types it — labels in column A or B, numbered or not, with or without a colon, the value
 * in the label's cell after it or in the next filled cell to the right, section 2 as a table or as
 * the printed form's entry lines. Values are the cells' values as the grid holds them (a date cell
 * its serial, with its format), with the cells' addresses.
 */

/** Labels stand in A or B (C when A or B holds only their numbering). */
const LAST_LABEL_COLUMN = 1;
/** How far right of its label a value may stand: the form's C from A:B, an agency's D or F from B. */
const VALUE_REACH = 4;
/** A line without a label is the text of its first cell in A–D (cells further right are notes beside the form). */
const LAST_TEXT_COLUMN = 3;
/** Empty columns that end a row's line of text: the findings listed beside a filled form are not part of it. */
const LINE_GAP = 3;
/** Rows looked at to tell a form: a form's labels and its section 2 header come well before. */
const ROWS_TO_TELL = 200;
/** Distinct labels a form shows at least; fewer is a title row or a note. */
const LABELS_NEEDED = 3;
/** Recognised headers in one row that make it an ordinary table's header row. */
const TABLE_HEADERS = 4;
/** Section 2's header: this many report headers, one of them the report number or its date. */
const REPORT_HEADERS = 3;
/** A label row with this many filled cells to its right is a table turned sideways, not a form. */
const SIDEWAYS_VALUES = 3;

interface Cell {
  /** 0-based grid column. */
  c: number;
  value: CellValue;
  text: string;
}

interface RowView {
  /** 0-based grid row. */
  r: number;
  /** 1-based sheet row. */
  row: number;
  cells: Cell[];
}

const textOf = (value: CellValue): string => (value === null ? '' : typeof value === 'string' ? value : String(value));

function rowView(grid: Grid, r: number): RowView {
  const cells: Cell[] = [];
  (grid.values[r] ?? []).forEach((value, c) => {
    if (!isEmptyValue(value)) cells.push({ c, value, text: textOf(value) });
  });
  return { r, row: grid.origin.row + r + 1, cells };
}

const sheetColumn = (grid: Grid, c: number) => grid.origin.col + c;
const address = (grid: Grid, r: number, c: number) => cellAddress(grid.origin.row + r, grid.origin.col + c);

function formValue(grid: Grid, r: number, cell: Cell): FormValue {
  const format = grid.numberFormats[r]?.[cell.c];
  const value: FormValue = { raw: cell.value, text: cell.text.trim(), cell: address(grid, r, cell.c) };
  if (format && format !== 'General') value.format = format;
  return value;
}

/** The cell of a row that holds a label: in A or B, or in the cell after one holding only the label's number. */
function labelCell(grid: Grid, view: RowView): Cell | undefined {
  let lastColumn = LAST_LABEL_COLUMN;
  for (const cell of view.cells) {
    const column = sheetColumn(grid, cell.c);
    if (column > lastColumn) return undefined;
    if (typeof cell.value === 'string' && matchLabel(cell.text, 'section16')) return cell;
    if (isNumberingOnly(cell.text)) lastColumn = Math.max(lastColumn, column + 1);
  }
  return undefined;
}

/** The row's text as one line: its cells joined by a space, up to a gap of empty columns. */
function rowLine(grid: Grid, view: RowView): PrintedFormLine {
  let text = '';
  const cellStarts: { at: number; cell: string }[] = [];
  let previous: number | undefined;
  for (const cell of view.cells) {
    if (previous !== undefined && cell.c - previous > LINE_GAP) break;
    if (text !== '') text += ' ';
    cellStarts.push({ at: text.length, cell: address(grid, view.r, cell.c) });
    text += cell.text;
    previous = cell.c;
  }
  return { text, row: view.row, cell: cellStarts[0]?.cell, cellStarts };
}

/**
 * A sheet's rows as lines of text — the printed form pasted into a sheet, one line a row (in
 * column A, or spread over several columns) — for readPrintedFormLines.
 * `printedFormLinesOfGrid(grid)[0]` → `{ text: 'รหัสโครงการ : 03000000-2457', row: 1, cell: 'A1', … }`.
 */
export function printedFormLinesOfGrid(grid: Grid): PrintedFormLine[] {
  const lines: PrintedFormLine[] = [];
  for (let r = 0; r < grid.values.length; r++) {
    const view = rowView(grid, r);
    if (view.cells.length > 0) lines.push(rowLine(grid, view));
  }
  return lines;
}

/** The fields a row's texts name as headers. */
function headerFields(view: RowView): Map<Field, number> {
  const fields = new Map<Field, number>();
  for (const cell of view.cells) {
    if (typeof cell.value !== 'string') continue;
    const recognition = recognizeHeader(cell.text);
    const field = recognition.field ?? (recognition.how === 'open' ? recognition.candidates[0] : undefined);
    if (field && !fields.has(field)) fields.set(field, cell.c);
  }
  return fields;
}

const REPORT_ONLY: ReadonlySet<Field> = new Set(REPORT_FIELDS);

/** Section 2's header row: report headers only (the code allowed), the report number or date among them. */
function isReportHeader(fields: ReadonlyMap<Field, number>): boolean {
  const keys = [...fields.keys()];
  return keys.filter((field) => field !== 'code').length >= REPORT_HEADERS
    && keys.every((field) => REPORT_ONLY.has(field))
    && (fields.has('reportNo') || fields.has('reportDate'));
}

interface Layout {
  /** 0-based grid row of section 2's header row, when section 2 is a table. */
  reportHeader?: number;
}

/** Whether the sheet is a form, and where its section 2 table is; undefined when it is not a form. */
function tellForm(grid: Grid): Layout | undefined {
  if (grid.values.length === 0 || isIssuesHeaderRow(grid.values[0] ?? [])) return undefined;
  const labels = new Set<string>();
  const lines: PrintedFormLine[] = [];
  let labelRows = 0;
  let sidewaysRows = 0;
  let reportHeader: number | undefined;
  const last = Math.min(grid.values.length, ROWS_TO_TELL);
  for (let r = 0; r < last; r++) {
    const view = rowView(grid, r);
    if (view.cells.length === 0) continue;
    lines.push(rowLine(grid, view));
    const fields = headerFields(view);
    if (reportHeader === undefined && labels.size > 0 && isReportHeader(fields)) {
      reportHeader = r;
      continue;
    }
    // An ordinary table's header row: the sheet is a table, whatever labels stand above it.
    if (fields.size >= TABLE_HEADERS) return undefined;
    const cell = labelCell(grid, view);
    const match = cell && matchLabel(cell.text, 'section16');
    if (!cell || !match) continue;
    labels.add(match.label.key);
    labelRows++;
    if (view.cells.filter((other) => other.c > cell.c).length >= SIDEWAYS_VALUES) sidewaysRows++;
  }
  if (labelRows >= LABELS_NEEDED && sidewaysRows * 2 >= labelRows) return undefined;
  if (labels.size >= LABELS_NEEDED || looksLikePrintedForm(lines)) return { reportHeader };
  return undefined;
}

/** Section 2 as a table: its columns' fields, its data rows read, and the rows it takes. */
function reportTable(grid: Grid, headerRow: number, file: string): { reports: SourceRow[]; lastRow: number } {
  const header = rowView(grid, headerRow);
  const below = headerRow + 1 < grid.values.length ? rowView(grid, headerRow + 1) : undefined;
  // `เป็นไปตาม` over `แผน` and `เป้าหมาย`: a second header row of words only, under the first.
  const subHeader = below !== undefined && below.cells.length > 0
    && below.cells.every((cell) => typeof cell.value === 'string' && !/[0-9๐-๙]/u.test(cell.text))
    && below.cells.every((cell) => header.cells.some((top) => top.c <= cell.c));
  const columns = new Map<Field, number>();
  const open: { c: number; header: string; candidates: Field[] }[] = [];
  const headerTexts = new Map<number, string>(header.cells.map((cell) => [cell.c, cell.text]));
  if (subHeader) {
    for (const cell of below.cells) {
      const parent = [...header.cells].reverse().find((top) => top.c <= cell.c);
      headerTexts.set(cell.c, `${parent?.text ?? ''} ${cell.text}`.trim());
    }
  }
  for (const [c, text] of [...headerTexts].sort((a, b) => a[0] - b[0])) {
    const recognition = recognizeHeader(text);
    if (recognition.field && !columns.has(recognition.field)) columns.set(recognition.field, c);
    else if (recognition.how === 'open') open.push({ c, header: text, candidates: recognition.candidates });
  }

  const first = headerRow + (subHeader ? 2 : 1);
  const dataRows: number[] = [];
  let r = first;
  for (; r < grid.values.length; r++) {
    const view = rowView(grid, r);
    if (view.cells.length === 0) continue;
    const cell = labelCell(grid, view);
    if ((cell && matchLabel(cell.text)?.label.heading) || startsReportEntry(rowLine(grid, view).text)) break;
    dataRows.push(r);
  }
  const lastRow = r - 1;

  const sample = (c: number, headerText: string): ColumnSample => ({
    grid, firstRow: first, lastRow: Math.max(first, lastRow), column: c, header: headerText, reportNoColumn: columns.get('reportNo'), codeColumn: columns.get('code'),
  });
  for (const column of open) {
    const reading = column.candidates.includes('disbursedToDate') ? readDisbursementKind(sample(column.c, column.header)) : readProgressOrStage(sample(column.c, column.header));
    if (reading.field && !columns.has(reading.field)) columns.set(reading.field, column.c);
  }

  const reports: SourceRow[] = [];
  for (const row of dataRows) {
    const cells: Partial<Record<Field, string>> = {};
    const report: SourceRow = { source: { file, sheet: grid.sheet, row: grid.origin.row + row + 1 }, values: {}, cells };
    const formats: Partial<Record<Field, string>> = {};
    for (const [field, c] of columns) {
      const value = grid.values[row]?.[c] ?? null;
      if (isEmptyValue(value)) continue;
      report.values[field] = value;
      cells[field] = address(grid, row, c);
      const format = grid.numberFormats[row]?.[c];
      if (format && format !== 'General') formats[field] = format;
    }
    // A row of one cell is a note in the table (`ยังไม่มีรายงานความก้าวหน้า`), not a report.
    if (Object.keys(report.values).length < 2) continue;
    if (Object.keys(formats).length > 0) report.numberFormats = formats;
    reports.push(report);
  }
  return { reports, lastRow };
}

/**
 * Reads a sheet laid out as the standard form; undefined when the sheet is not one — an ordinary
 * table (a header row of four or more recognised headers), a note, the Issues sheet, fewer than
 * three of the form's labels in A or B and no printed-form text.
 * `readFormSheet(grid, 'agency.xlsx')?.projects[0].values.code` → `'03000000-2457'`.
 */
export function readFormSheet(grid: Grid, file: string): SourceRecords | undefined {
  return readFormOrPrintout(grid, file)?.records;
}

/**
 * readFormSheet, saying also which form the sheet holds: `printed-form` when its reports are
 * the printout's `รายงานครั้งที่ N ::` entries (the printed form pasted into the sheet), `form`
 * when section 2 is a table or there are no reports. The sheet's first rows are looked at once,
 * for both forms.
 */
export function readFormOrPrintout(grid: Grid, file: string): { kind: 'form' | 'printed-form'; records: SourceRecords } | undefined {
  const layout = tellForm(grid);
  if (!layout) return undefined;
  const table = layout.reportHeader === undefined ? undefined : reportTable(grid, layout.reportHeader, file);
  const reader = new FormReader({ file, sheet: grid.sheet });
  for (let r = 0; r < grid.values.length; r++) {
    if (table && layout.reportHeader !== undefined && r >= layout.reportHeader && r <= table.lastRow) continue;
    const view = rowView(grid, r);
    if (view.cells.length === 0) continue;
    reader.read(formLine(grid, view));
  }
  const records = reader.finish(table?.reports);
  return { kind: table === undefined && records.reports.length > 0 ? 'printed-form' : 'form', records };
}

/** A row as a line of the form: its label cell with the value after the label or beside it, else its first cell's text. */
function formLine(grid: Grid, view: RowView): FormLine {
  const line = rowLine(grid, view);
  const formLine: FormLine = { row: view.row, text: line.text, cellStarts: line.cellStarts };
  const cell = labelCell(grid, view);
  if (cell) {
    const besideCell = view.cells.find((other) => other.c > cell.c && other.c - cell.c <= VALUE_REACH);
    formLine.label = {
      text: cell.text,
      cell: address(grid, view.r, cell.c),
      inline: true,
      beside: besideCell ? formValue(grid, view.r, besideCell) : undefined,
    };
  }
  const first = view.cells[0];
  if (first && sheetColumn(grid, first.c) <= LAST_TEXT_COLUMN) formLine.value = formValue(grid, view.r, first);
  return formLine;
}
