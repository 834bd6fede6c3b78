import { FIELD_KIND, FIELD_LABEL, type CellValue, type Field, type Grid, type GridTable } from '../model';
import { parserOf, type ParseResult } from '../parse';
import { cellAddress, columnLetter } from './address';
import { isIssuesHeaderRow } from '../output/annotation-text';
import { STANDARD_FORM_TITLE } from '../template/form-title';
import { CONSOLIDATION_SHEET_TITLES } from '../consolidate/report-sheets';
import { isEmptyValue } from './cell-empty';
import { readDisbursementKind, readProgressOrStage, type ColumnSample, type DataReading } from './column-data';
import { normalizeHeader, recognizeHeader, type HeaderRecognition } from './headers';
import { ReadCell, rowCellsClass, type ReadColumn } from './read-cell';
import type { FieldCell, HeaderCell, SheetTable, TableRole, TableRow } from './types';

export { isEmptyValue };

/** How far down a header row is looked for (DESIGN §3). */
export const HEADER_SEARCH_ROWS = 20;
/**
 * How many filled cells of a row are read while looking for the header: reading a header's
 * words costs about 20 µs, and a sheet 16,384 columns wide must not take seconds to search.
 * A table's fields sit well within its first 512 columns.
 */
const HEADER_SEARCH_CELLS = 512;

/** Fields that only a project row has, and those that only a report row has. */
const PROJECT_ONLY: readonly Field[] = ['name', 'fiscalYear', 'startDate', 'endDate', 'budget', 'spent', 'returned', 'agency', 'owner', 'coordinator'];
const REPORT_ONLY: readonly Field[] = ['reportNo', 'reportDate', 'progress', 'disbursedToDate', 'disbursedInPeriod', 'onPlan', 'onTarget'];

/** What the user chose over detection for one sheet (the task pane's mapping panel). */
export interface SheetOverride {
  role?: TableRole;
  /** Header row, 1-based sheet row. */
  headerRow?: number;
  /** Column letter → field, or null to leave a column unmapped. */
  columns?: Record<string, Field | null>;
}

function headerText(value: CellValue | undefined): string {
  return isEmptyValue(value) ? '' : String(value).trim();
}

/**
 * An agency's own vocabulary (the config's `headers`, DESIGN §6): header text → field, keyed
 * by the normalised text so spacing and case do not matter.
 */
export type HeaderVocabulary = ReadonlyMap<string, Field>;

/** The vocabulary of a config's `headers`: `headerVocabulary({ 'เบิกใช้ (บาท)': 'disbursedToDate' })`. */
export function headerVocabulary(headers: Readonly<Record<string, Field>> | undefined): HeaderVocabulary {
  const vocabulary = new Map<string, Field>();
  for (const [text, field] of Object.entries(headers ?? {})) {
    const key = normalizeHeader(text);
    if (key !== '') vocabulary.set(key, field);
  }
  return vocabulary;
}

/**
 * How many distinct fields a row's cells name — a header left open between two fields counts
 * as one of them — over columns [from, to].
 */
function mappedFieldCount(row: CellValue[], vocabulary: HeaderVocabulary, from = 0, to = row.length - 1): number {
  const fields = new Set<string>();
  let looked = 0;
  for (let c = from; c <= to && looked < HEADER_SEARCH_CELLS; c++) {
    const text = headerText(row[c]);
    if (text === '') continue;
    looked++;
    const own = vocabulary.get(normalizeHeader(text));
    const recognition = own ? undefined : recognizeHeader(text);
    const field = own ?? recognition?.field ?? (recognition?.how === 'open' ? recognition.candidates.join('|') : undefined);
    if (field) fields.add(field);
  }
  return fields.size;
}

/**
 * The 0-based index (within `values`) of the row that names the most fields
 * among the first 20 rows; at least two must be named. Title rows above are normal.
 */
export function findHeaderRow(values: CellValue[][], vocabulary: HeaderVocabulary = new Map()): number | undefined {
  let best: number | undefined;
  let bestCount = 1;
  for (let r = 0; r < Math.min(values.length, HEADER_SEARCH_ROWS); r++) {
    const count = mappedFieldCount(values[r], vocabulary);
    if (count > bestCount) { best = r; bestCount = count; }
  }
  return best;
}

/**
 * A table's role from the fields it has: report fields with at least two
 * project-only fields → flat; report fields → reports; project fields → projects.
 */
export function detectRole(fields: ReadonlySet<Field>): TableRole | undefined {
  const projectCount = PROJECT_ONLY.filter((f) => fields.has(f)).length;
  const hasReport = fields.has('reportNo') || fields.has('reportDate');
  const reportCount = REPORT_ONLY.filter((f) => fields.has(f)).length;
  if (hasReport && projectCount >= 2) return 'flat';
  if (hasReport || reportCount >= 2) return 'reports';
  if (projectCount >= 1) return 'projects';
  return undefined;
}

interface Extent { headerRow: number; lastRow?: number; firstCol: number; lastCol: number; name?: string }

function plainExtent(grid: Grid, headerRow: number): Extent {
  const header = grid.values[headerRow];
  let firstCol = -1;
  let lastCol = -1;
  header.forEach((value, c) => {
    if (!isEmptyValue(value)) { if (firstCol < 0) firstCol = c; lastCol = c; }
  });
  return { headerRow, firstCol, lastCol };
}

/**
 * The heading written above each header cell as a merged group heading arrives — in the row
 * just above, at or left of the column with only empty cells between — when it covers part of
 * the table, not all of it (a title row does), and the row has gaps as merged headings leave them
 * (a full row is a row of its own): `ผลการเบิกจ่าย (บาท)` over `สะสม` and `ในเดือน`. Worked out
 * for the whole row in one pass on first use, so a table 16,384 columns wide is not searched
 * once per column. `headingAbove(c)` → the heading's text, or ''.
 */
function groupHeadings(grid: Grid, extent: Extent): (c: number) => string {
  let headings: string[] | undefined;
  return (c) => {
    if (!headings) {
      headings = [];
      const above = extent.headerRow > 0 ? grid.values[extent.headerRow - 1] : undefined;
      if (above && !rowIsFull(above, extent)) {
        // Each filled cell of the row above names the columns from it up to the next filled one.
        const starts: number[] = [];
        const last = Math.min(extent.lastCol, above.length - 1);
        for (let col = extent.firstCol; col <= last; col++) if (!isEmptyValue(above[col])) starts.push(col);
        starts.forEach((start, i) => {
          const end = i + 1 < starts.length ? starts[i + 1] : extent.lastCol + 1;
          const coversAll = start === extent.firstCol && end > extent.lastCol;
          const text = coversAll ? '' : headerText(above[start]);
          for (let col = start; col < end; col++) headings![col - extent.firstCol] = text;
        });
      }
    }
    return headings[c - extent.firstCol] ?? '';
  };
}

/** A header cell's field: the user's choice, the agency's vocabulary, the header, its group heading. */
function recogniseColumn(
  grid: Grid, c: number, text: string, override: SheetOverride | undefined, vocabulary: HeaderVocabulary, headingAbove: (c: number) => string,
): { field?: Field; recognition: HeaderCell['recognition']; found: HeaderRecognition } {
  const column = columnLetter(grid.origin.col + c);
  const found = recognizeHeader(text);
  if (override?.columns && column in override.columns) {
    return { field: override.columns[column] ?? undefined, recognition: 'user', found };
  }
  const own = vocabulary.get(normalizeHeader(text));
  if (own) return { field: own, recognition: 'vocabulary', found };
  if (found.field) return { field: found.field, recognition: found.how === 'synonym' ? 'synonym' : 'meaning', found };
  if (found.how === 'none' && found.blockedBy === undefined) {
    const group = headingAbove(c);
    const grouped = group === '' ? undefined : recognizeHeader(`${group} ${text}`);
    if (grouped?.field) return { field: grouped.field, recognition: 'meaning', found: grouped };
    if (grouped?.how === 'open') return { recognition: 'none', found: grouped };
  }
  return { recognition: 'none', found };
}

/**
 * Columns whose header left two fields open: another column already holding one of them
 * decides, else the column's values do (column-data.ts). The reading is kept with its reason.
 */
function decideOpenColumns(grid: Grid, extent: Extent, headers: HeaderCell[], open: ReadonlySet<number>, lastRow: number): void {
  const taken = new Set<Field>();
  for (const header of headers) if (header.field) taken.add(header.field);
  const indexOf = (field: Field) => {
    const i = headers.findIndex((h) => h.field === field);
    return i < 0 ? undefined : extent.firstCol + i;
  };
  headers.forEach((header, i) => {
    const pair = header.candidates;
    if (header.field || !open.has(i) || !pair || pair.length !== 2) return;
    const free = pair.filter((field) => !taken.has(field));
    let reading: DataReading | undefined;
    if (free.length === 0) return;
    if (free.length === 1) {
      const other = pair.find((field) => taken.has(field)) as Field;
      reading = {
        field: free[0],
        reason: {
          th: `"${header.text}" อ่านเป็น${FIELD_LABEL[free[0]].th}: ตารางมีคอลัมน์${FIELD_LABEL[other].th}อยู่แล้ว`,
          en: `"${header.text}" read as ${FIELD_LABEL[free[0]].en}: the table already has a ${FIELD_LABEL[other].en} column`,
        },
      };
    } else {
      const sample: ColumnSample = {
        grid, firstRow: extent.headerRow + 1, lastRow, column: extent.firstCol + i, header: header.text,
        codeColumn: indexOf('code'), reportNoColumn: indexOf('reportNo'),
      };
      reading = pair.includes('stage') ? readProgressOrStage(sample) : readDisbursementKind(sample);
    }
    header.reason = reading.reason;
    if (reading.field) {
      header.field = reading.field;
      header.recognition = 'data';
      taken.add(reading.field);
    }
  });
}

/**
 * Turns one table extent of a grid into a SheetTable: headers mapped, each
 * mapped cell parsed once, rows down to the last non-blank one.
 */
function buildTable(grid: Grid, extent: Extent, override: SheetOverride | undefined, vocabulary: HeaderVocabulary): SheetTable | undefined {
  const { values, numberFormats, origin } = grid;
  const headerValues = values[extent.headerRow] ?? [];
  const headers: HeaderCell[] = [];
  // Indexes of the headers that leave two fields open for the data to decide.
  const open = new Set<number>();
  const headingAbove = groupHeadings(grid, extent);
  for (let c = extent.firstCol; c <= extent.lastCol; c++) {
    const text = headerText(headerValues[c]);
    const column = columnLetter(origin.col + c);
    const { field, recognition, found } = text === '' && !(override?.columns && column in override.columns)
      ? { field: undefined, recognition: 'none' as const, found: undefined }
      : recogniseColumn(grid, c, text, override, vocabulary, headingAbove);
    const header: HeaderCell = { column, address: cellAddress(origin.row + extent.headerRow, origin.col + c), text, field, recognition };
    // A column the user left unmapped is not offered again.
    if (!field && found && found.candidates.length > 0 && recognition !== 'user') header.candidates = [...found.candidates];
    if (!field && found?.how === 'open') open.add(headers.length);
    if (!field && found?.blockedBy) {
      header.reason = {
        th: `"${text}" ไม่ได้จับคู่กับช่องข้อมูลใด: คำว่า "${found.blockedBy}" ทำให้ความหมายต่างไป`,
        en: `"${text}" was not mapped: the word "${found.blockedBy}" changes its meaning`,
      };
    }
    headers.push(header);
  }
  let lastRow = extent.lastRow ?? values.length - 1;
  if (extent.lastRow === undefined) {
    while (lastRow > extent.headerRow && rowIsBlank(values[lastRow], extent)) lastRow--;
  }
  decideOpenColumns(grid, extent, headers, open, lastRow);
  const columns: Partial<Record<Field, string>> = {};
  for (const header of headers) if (header.field && columns[header.field] === undefined) columns[header.field] = header.column;
  const role = override?.role ?? detectRole(new Set(Object.keys(columns) as Field[]));
  if (!role) return undefined;

  // The first column of each field is the one read, with its kind's parser; a second one is a duplicate-header finding.
  const firstDataRow = origin.row + extent.headerRow + 2;
  const dataRows = Math.max(0, lastRow - extent.headerRow);
  const readColumns = headers
    .map((h, i) => ({ field: h.field, index: extent.firstCol + i, column: h.column }))
    .filter((h): h is { field: Field; index: number; column: string } => h.field !== undefined && columns[h.field] === h.column)
    .map((h) => ({
      column: {
        field: h.field, letter: h.column, offset: h.index - extent.firstCol, numberFormats, gridColumn: h.index,
        firstSheetRow: origin.row + 1, results: new Array<ParseResult<unknown>>(dataRows), firstDataRow,
      } satisfies ReadColumn,
      index: h.index,
      parse: rememberingLast(parserOf(FIELD_KIND[h.field])),
    }));
  const RowCellsOfTable = rowCellsClass(readColumns.map(({ column }) => column));
  const rows: TableRow[] = [];
  // Each noteworthy cell as one number, data row × read columns + column: no object per cell.
  const noteworthy = new NoteworthyList();
  const width = extent.lastCol - extent.firstCol + 1;
  for (let r = extent.headerRow + 1; r <= lastRow; r++) {
    const rowValues = values[r] ?? [];
    const sheetRow = origin.row + r + 1;
    const raw = tableRowValues(rowValues, extent.firstCol, width);
    let blank = true;
    for (let c = 0; c < raw.length && blank; c++) if (!isEmptyValue(raw[c])) blank = false;
    const row: TableRow = { row: sheetRow, values: raw, cells: BLANK_ROW_CELLS, blank };
    if (!blank) {
      row.cells = new RowCellsOfTable(row);
      const rowFormats = numberFormats[r];
      const dataRow = sheetRow - firstDataRow;
      for (let c = 0; c < readColumns.length; c++) {
        const { column, parse, index } = readColumns[c];
        const result = parse(rowValues[index] ?? null, rowFormats?.[index] ?? 'General');
        column.results[dataRow] = result;
        if (!result.ok || result.notes.length > 0) noteworthy.push(dataRow * readColumns.length + c);
      }
    }
    rows.push(row);
  }
  const table: SheetTable = {
    sheet: grid.sheet, role, headerRow: origin.row + extent.headerRow + 1,
    ...(grid.untyped ? { untyped: true } : {}),
    ...(extent.name ? { tableName: extent.name } : {}),
    headers, columns, rows,
  };
  noteworthyByTable.set(table, { rows, columns: readColumns.map(({ column }) => column), at: noteworthy.done() });
  return table;
}

/**
 * The numbers of a table's noteworthy cells as read, four bytes each in a typed array that doubles
 * as it fills — a CSV notes each of its numbers as text, some 1.8 million cells in 300,000 rows,
 * which a list of numbers held at eight bytes each and copied as it grew. The numbers stay far
 * below 2^32: a table reads one column per field, on at most Excel's 1,048,576 rows.
 */
class NoteworthyList {
  #at = new Uint32Array(1024);
  #length = 0;

  push(cell: number): void {
    if (this.#length === this.#at.length) {
      const grown = new Uint32Array(this.#at.length * 2);
      grown.set(this.#at);
      this.#at = grown;
    }
    this.#at[this.#length++] = cell;
  }

  /** The numbers pushed, in a typed array of their own length. */
  done(): Uint32Array {
    return this.#at.slice(0, this.#length);
  }
}

/** The cells of every blank row: none, one shared frozen object (a blank row's cells are never filled). */
const BLANK_ROW_CELLS: Partial<Record<Field, FieldCell>> = Object.freeze({});

/** A cell of a table with the row it sits in. */
export interface RowCell {
  row: TableRow;
  cell: FieldCell;
}

/**
 * The cells whose parser failed or noted something, in reading order, each as one number — data
 * row × columns + column — rather than an object: a CSV's numbers are all text, so a
 * 100,000-row sheet has some 600,000 of them.
 */
interface NoteworthyCells {
  /** The table's rows, by data row. */
  rows: readonly TableRow[];
  columns: readonly ReadColumn[];
  at: Uint32Array;
}

/** Per table read here, its noteworthy cells. */
const noteworthyByTable = new WeakMap<SheetTable, NoteworthyCells>();

/**
 * The cells of a table that could not be read or carry a parse note — non-blank rows top to
 * bottom, columns left to right — noted while reading, so the cell rules need not walk a large
 * sheet's million cells again to find the few; undefined for a table not read by readTables.
 */
export function noteworthyCellsRead(table: SheetTable): readonly RowCell[] | undefined {
  const cells: RowCell[] = [];
  return forEachNoteworthyCellRead(table, (cell, row) => cells.push({ row, cell })) ? cells : undefined;
}

/**
 * noteworthyCellsRead without a list made: each cell to `visit` in that order, only those of
 * `fields` when given and those whose parse result passes `test` when given (a cell left out is
 * not even made: a CSV's 600,000 numbers noted as text would otherwise be made once per rule that
 * looks for something else). Returns false, visiting nothing, for a table not read by readTables.
 */
export function forEachNoteworthyCellRead(
  table: SheetTable, visit: (cell: FieldCell, row: TableRow) => void, fields?: ReadonlySet<Field>,
  test?: (result: ParseResult<unknown>) => boolean,
): boolean {
  const noteworthy = noteworthyByTable.get(table);
  if (!noteworthy) return false;
  const { rows, columns, at } = noteworthy;
  const wanted = fields && columns.map((column) => fields.has(column.field));
  for (let i = 0; i < at.length; i++) {
    const dataRow = Math.floor(at[i] / columns.length);
    const c = at[i] - dataRow * columns.length;
    if (wanted && !wanted[c]) continue;
    const column = columns[c];
    const result = column.results[dataRow];
    if (test && !test(result)) continue;
    visit(new ReadCell(column, rows[dataRow], result), rows[dataRow]);
  }
  return true;
}

/**
 * A row's raw values across the table's columns, a missing cell as null, ending where the grid's
 * row ends (a file's sparse row stops at its last filled cell: padding it to a table 16,384
 * columns wide would cost memory for cells that are not there). A grid row exactly as wide as the
 * table and without gaps is taken as it is rather than copied (about 110 bytes per row of a large
 * sheet): neither the core nor the hosts modify a grid once read.
 */
function tableRowValues(rowValues: CellValue[], firstCol: number, width: number): CellValue[] {
  if (firstCol === 0 && rowValues.length === width && !rowValues.includes(undefined as unknown as CellValue)) return rowValues;
  const end = Math.min(rowValues.length, firstCol + width);
  if (end <= firstCol) return NO_VALUES;
  // Sliced, not pushed: the array is exactly as long as it needs (pushing leaves room to spare).
  const raw = rowValues.slice(firstCol, end);
  for (let c = 0; c < raw.length; c++) raw[c] ??= null;
  return raw;
}

/** The values of a row that ends before the table's first column: one shared frozen array. */
const NO_VALUES: CellValue[] = Object.freeze([]) as unknown as CellValue[];

/** How many distinct texts a column's parser remembers the results of (per number format). */
const REMEMBERED_TEXTS = 4096;

/**
 * A column's parser that remembers its last cell — a cell with the same value and format as the
 * one read before it gets that cell's result without parsing again — and the results of the
 * first REMEMBERED_TEXTS distinct texts it read. Columns repeat down a sheet (a project's code on
 * each of its reports, an agency, yes/no, and in a CSV, where every cell is text, the report
 * dates, stages and percents of other projects), and a result depends on nothing else. Results
 * are values; one that serves several cells is frozen, like the shared ones of parse/result.ts.
 */
function rememberingLast(parse: (value: CellValue, numberFormat: string) => ParseResult<unknown>) {
  let lastValue: CellValue | undefined;
  let lastFormat: string | undefined;
  let lastResult: ParseResult<unknown> | undefined;
  let lastShared = false;
  let texts: Map<string, Map<string, ParseResult<unknown>>> | undefined;
  let remembered = 0;
  return (value: CellValue, numberFormat: string): ParseResult<unknown> => {
    // Object.is, not ===: 0 and -0 may read differently.
    if (lastResult !== undefined && numberFormat === lastFormat && Object.is(value, lastValue)) {
      if (!lastShared) { freezeResult(lastResult); lastShared = true; }
      return lastResult;
    }
    lastValue = value;
    lastFormat = numberFormat;
    if (typeof value !== 'string') {
      lastResult = parse(value, numberFormat);
      lastShared = false;
      return lastResult;
    }
    texts ??= new Map();
    let ofFormat = texts.get(numberFormat);
    const known = ofFormat?.get(value);
    if (known !== undefined) {
      // Remembered results are frozen when first remembered: they may serve any later cell.
      lastResult = known;
      lastShared = true;
      return known;
    }
    lastResult = parse(value, numberFormat);
    lastShared = false;
    if (remembered < REMEMBERED_TEXTS) {
      if (!ofFormat) texts.set(numberFormat, (ofFormat = new Map()));
      freezeResult(lastResult);
      lastShared = true;
      ofFormat.set(value, lastResult);
      remembered++;
    }
    return lastResult;
  };
}

function freezeResult(result: ParseResult<unknown>): void {
  Object.freeze(result.notes);
  if (result.ok && typeof result.value === 'object' && result.value !== null) Object.freeze(result.value);
  Object.freeze(result);
}

/** A row with every cell of the extent filled: a row of its own (a header above data rows), not merged headings. */
function rowIsFull(row: CellValue[], extent: Extent): boolean {
  if (row.length <= extent.lastCol) return false;
  for (let c = extent.firstCol; c <= extent.lastCol; c++) if (isEmptyValue(row[c])) return false;
  return true;
}

function rowIsBlank(row: CellValue[] | undefined, extent: Extent): boolean {
  if (!row) return true;
  const last = Math.min(extent.lastCol, row.length - 1);
  for (let c = extent.firstCol; c <= last; c++) if (!isEmptyValue(row[c])) return false;
  return true;
}

/**
 * A sheet this product wrote, read back: the findings' own sheet (its texts name fields on every
 * row, and are none of them data), a filled standard form (labels with values beside them — a
 * form, not a table) and the Conflicts, Summary and Changes sheets of a consolidation (their
 * titles in A1). Their tables would only repeat, as findings, what was already found.
 */
function isProductSheet(grid: Grid): boolean {
  if (grid.origin.row !== 0 || grid.origin.col !== 0 || grid.values.length === 0) return false;
  const a1 = grid.values[0][0];
  return isIssuesHeaderRow(grid.values[0]) || a1 === STANDARD_FORM_TITLE || (typeof a1 === 'string' && CONSOLIDATION_SHEET_TITLES.has(a1));
}

/**
 * The tables of one sheet: its Excel tables (ListObjects) when it has any,
 * else one plain range under the detected (or chosen) header row.
 * A sheet with nothing recognisable gives [].
 */
export function readTables(grid: Grid, override?: SheetOverride, vocabulary: HeaderVocabulary = new Map()): SheetTable[] {
  if (grid.values.length === 0) return [];
  if (override === undefined && isProductSheet(grid)) return [];
  if (grid.tables && grid.tables.length > 0 && override?.headerRow === undefined) {
    return grid.tables
      .map((t: GridTable) => buildTable(grid, { ...t, name: t.name }, override, vocabulary))
      .filter((t): t is SheetTable => t !== undefined);
  }
  const headerRow = override?.headerRow !== undefined
    ? override.headerRow - 1 - grid.origin.row
    : findHeaderRow(grid.values, vocabulary);
  if (headerRow === undefined || headerRow < 0 || headerRow >= grid.values.length) return [];
  const extent = plainExtent(grid, headerRow);
  if (extent.firstCol < 0) return [];
  const table = buildTable(grid, extent, override, vocabulary);
  return table ? [table] : [];
}
