import { FIELD_KIND, FIELD_LABEL, type CellValue, type Field, type FieldKind } from '../model';
import { isPercentFormat } from '../parse/number-format';
import type { ParseFailure, ParseNote, ParseResult } from '../parse/result';
import { forEachNoteworthyCellRead } from '../table/read-tables';
import { RowCells, cellResult } from '../table/read-cell';
import type { FieldCell, SheetTable, TableRow } from '../table/types';
import type { Finding, RuleContext } from './rule';

/**
 * The shared walk of the cell rules (DESIGN §5 "Structure and cells"): every
 * mapped cell of every non-blank row, already parsed once by read-tables.
 * Cell rules read `cell.result`; they never parse a cell again.
 */

/** One parsed cell with the table and row it sits in. */
export interface LocatedCell {
  table: SheetTable;
  row: TableRow;
  cell: FieldCell;
}

/**
 * The fields of a table's columns, left to right, each once (a field mapped twice is
 * read from its first column), limited to `fields` when given. This is the order in
 * which read-tables fills `row.cells`.
 */
export function columnFields(table: SheetTable, fields?: readonly Field[]): Field[] {
  const out: Field[] = [];
  for (const { field } of table.headers) {
    if (field !== undefined && !out.includes(field) && (!fields || fields.includes(field))) out.push(field);
  }
  return out;
}

/**
 * Visits every parsed cell of the given fields (all fields when omitted) of every
 * non-blank row: tables in order, rows top to bottom, columns left to right — only those whose
 * parse result passes `test` (given the result and the field) when given, tested before a cell is made. Nothing is
 * collected: a large workbook has about a million cells and each cell rule walks them.
 * `forEachCell(tables, ['code'], (cell, row, table) => …)`.
 */
export function forEachCell(
  tables: readonly SheetTable[],
  fields: readonly Field[] | undefined,
  visit: (cell: FieldCell, row: TableRow, table: SheetTable) => void,
  test?: (result: ParseResult<unknown>, field: Field) => boolean,
): void {
  if (fields?.length === 1) {
    // One field: read by its name, the fastest way there is.
    const [field] = fields;
    for (const table of tables) {
      for (const row of table.rows) {
        if (row.blank || (test && !passes(row, field, test))) continue;
        const cell = row.cells[field];
        if (cell) visit(cell, row, table);
      }
    }
    return;
  }
  for (const table of tables) {
    if (fields) {
      // Some fields: those the table has, looked up by name left to right (read-tables' order),
      // rather than every cell of the row tested against the list.
      const present = columnFields(table, fields);
      for (const row of table.rows) {
        if (row.blank) continue;
        for (const field of present) {
          if (test && !passes(row, field, test)) continue;
          const cell = row.cells[field];
          if (cell) visit(cell, row, table);
        }
      }
      continue;
    }
    const present = columnFields(table);
    for (const row of table.rows) {
      if (row.blank) continue;
      const { cells } = row;
      if (cells instanceof RowCells) {
        // A row readTables read: its cells are getters, in the order of the table's columns.
        for (const field of present) {
          if (test && !passes(row, field, test)) continue;
          const cell = cells[field];
          if (cell) visit(cell, row, table);
        }
        continue;
      }
      // A record built otherwise: for…in gives its cells in the order they were added, and
      // reads each through V8's enumeration cache: twice as fast as looking fields up by name.
      for (const field in cells) {
        const cell = cells[field as Field];
        if (cell && (!test || test(cell.result, field as Field))) visit(cell, row, table);
      }
    }
  }
}

/** The row's cell of `field` is there and its result passes `test` (read without a cell made). */
function passes(row: TableRow, field: Field, test: (result: ParseResult<unknown>, field: Field) => boolean): boolean {
  const result = cellResult(row.cells, field);
  return result !== undefined && test(result, field);
}

/**
 * The cells a parser could not read or noted something on are the only cells eight cell rules
 * can fire on (formula-error, required-value, invalid-date, ambiguous-date, invalid-number,
 * number-as-text, thai-digits, stray-whitespace), and few in most workbooks: readTables lists
 * them as it parses, so not even one walk of every cell is needed. A table built otherwise is
 * walked once per rule context, its cells kept here.
 */
const walkedNoteworthyCells = new WeakMap<RuleContext, Map<SheetTable, LocatedCell[]>>();

function walkedNoteworthy(context: RuleContext, table: SheetTable): LocatedCell[] {
  let byTable = walkedNoteworthyCells.get(context);
  if (!byTable) walkedNoteworthyCells.set(context, (byTable = new Map()));
  let cells = byTable.get(table);
  if (!cells) {
    const found: LocatedCell[] = [];
    forEachCell([table], undefined, (cell, row) => {
      if (!cell.result.ok || cell.result.notes.length > 0) found.push({ table, row, cell });
    });
    byTable.set(table, (cells = found));
  }
  return cells;
}

/** Which noteworthy cells a rule looks at, beyond their fields: those of some tables, some parse results. */
export interface NoteworthyFilter {
  table?: (table: SheetTable) => boolean;
  result?: (result: ParseResult<unknown>) => boolean;
}

/**
 * Visits, like forEachCell, only the cells of the given fields (all when omitted) that
 * failed to parse or carry a parse note — for rules that fire on nothing else — and of those,
 * only the ones `only` lets through (tested before a cell is made).
 * `forEachNoteworthyCell(context, DATE_FIELDS, (cell, row, table) => …, { result: (r) => !r.ok })`.
 */
export function forEachNoteworthyCell(
  context: RuleContext,
  fields: readonly Field[] | undefined,
  visit: (cell: FieldCell, row: TableRow, table: SheetTable) => void,
  only: NoteworthyFilter = {},
): void {
  const wanted = fields && new Set<Field>(fields);
  for (const table of context.tables) {
    if (only.table && !only.table(table)) continue;
    if (forEachNoteworthyCellRead(table, (cell, row) => visit(cell, row, table), wanted, only.result)) continue;
    for (const { row, cell } of walkedNoteworthy(context, table)) {
      if ((!wanted || wanted.has(cell.field)) && (!only.result || only.result(cell.result))) visit(cell, row, table);
    }
  }
}

/** A NoteworthyFilter's result test: the parser noted `note`. */
export const noted = (note: ParseNote) => (result: ParseResult<unknown>): boolean => result.notes.includes(note);

/** A NoteworthyFilter's result test: the parser failed for one of `reasons`. */
export const failedFor = (...reasons: ParseFailure[]) => (result: ParseResult<unknown>): boolean => !result.ok && reasons.includes(result.reason);

/** Every parsed cell as a list, in forEachCell's order (for callers that need one; the rules walk instead). */
export function everyCell(tables: readonly SheetTable[]): LocatedCell[] {
  const out: LocatedCell[] = [];
  forEachCell(tables, undefined, (cell, row, table) => { out.push({ table, row, cell }); });
  return out;
}

/** The parsed cells of one mapped column (one field of one table), top to bottom. */
export interface LocatedColumn {
  table: SheetTable;
  field: Field;
  cells: LocatedCell[];
}

/**
 * True when some parsed cell of one column (a field of a table) passes `test`, tried top
 * to bottom until one does: a column rule can rule a column out without listing its cells.
 */
export function someCellOfColumn(table: SheetTable, field: Field, test: (cell: FieldCell) => boolean): boolean {
  for (const row of table.rows) {
    const cell = row.blank ? undefined : row.cells[field];
    if (cell && test(cell)) return true;
  }
  return false;
}

/** One column's parsed cells (a field of a table), top to bottom, skipping blank rows. */
export function columnOf(table: SheetTable, field: Field): LocatedColumn {
  const cells: LocatedCell[] = [];
  for (const row of table.rows) {
    const cell = row.blank ? undefined : row.cells[field];
    if (cell) cells.push({ table, row, cell });
  }
  return { table, field, cells };
}

/**
 * The mapped columns of the given fields (all when omitted) that hold a parsed cell,
 * per table, left to right: the same cells as forEachCell, grouped by column.
 */
export function everyColumn(tables: readonly SheetTable[], fields?: readonly Field[]): LocatedColumn[] {
  const out: LocatedColumn[] = [];
  for (const table of tables) {
    for (const field of columnFields(table, fields)) {
      const column = columnOf(table, field);
      if (column.cells.length > 0) out.push(column);
    }
  }
  return out;
}

/** The fields read with one of the given parsers: `fieldsOfKind('date')` → startDate, endDate, reportDate. */
export function fieldsOfKind(...kinds: FieldKind[]): Field[] {
  return (Object.keys(FIELD_KIND) as Field[]).filter((field) => kinds.includes(FIELD_KIND[field]));
}

/** True when the parser noted `note` on the cell (successful or not). */
export function hasNote(cell: FieldCell, note: ParseNote): boolean {
  return cell.result.notes.includes(note);
}

/** The row's project code and report number when they were read, to label a finding. */
function rowLabels(row: TableRow): { project?: string; report?: number } {
  const labels: { project?: string; report?: number } = {};
  const code = row.cells.code?.result;
  if (code?.ok && typeof code.value === 'string') labels.project = code.value;
  const reportNo = row.cells.reportNo?.result;
  if (reportNo?.ok && typeof reportNo.value === 'number') labels.report = reportNo.value;
  return labels;
}

/**
 * The number to type into a cell for a quick fix: the parsed value, except in a
 * percent-formatted cell where Excel shows 0.6 as 60 %, so the 0–100 reading is scaled back.
 */
export function numberToTypeIn(cell: FieldCell, value: number): number {
  return FIELD_KIND[cell.field] === 'percent' && isPercentFormat(cell.numberFormat) ? value / 100 : value;
}

/** A finding about one cell: marked there, labelled with its row's project and report. */
export function cellFinding<P>(located: LocatedCell, params: P, replacement?: string | number): Finding<P> {
  const { table, row, cell } = located;
  return {
    sheet: table.sheet,
    cells: [cell.address],
    ...rowLabels(row),
    field: cell.field,
    value: cell.raw,
    params,
    ...(replacement === undefined ? {} : { replacement }),
  };
}

/**
 * A finding about a column as a whole, marked on its first cell listed; it names
 * no single project or report since the fault is the column's.
 */
export function columnFinding<P>(column: LocatedColumn, cells: readonly LocatedCell[], params: P): Finding<P> {
  return {
    sheet: column.table.sheet,
    cells: cells.map((c) => c.cell.address),
    field: column.field,
    value: cells[0]?.cell.raw,
    params,
  };
}

/** A raw cell value as a message quotes it: `TRUE`, `2563`, the text as written. */
export function shownValue(raw: CellValue): string {
  if (raw === null) return '';
  if (typeof raw === 'boolean') return raw ? 'TRUE' : 'FALSE';
  return String(raw);
}

/** A field's label in one language, for messages. */
export function labelOf(field: Field, language: 'th' | 'en'): string {
  return FIELD_LABEL[field][language];
}
