import { FIELD_KIND, FIELD_LABEL, type CellValue, type Field, type FieldKind } from '../model';
import type { ParseNote } from '../parse/result';
import type { FieldCell, SheetTable, TableRow } from '../table/types';
import type { Finding } from './rule';

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

/** The walk of one validation, shared by the eleven cell rules instead of rebuilt by each. */
const cellsOfTables = new WeakMap<readonly SheetTable[], LocatedCell[]>();

/**
 * Every parsed cell of every table: tables in order, rows top to bottom, columns
 * left to right. Computed once per tables list (callers must not modify it).
 */
export function everyCell(tables: readonly SheetTable[]): readonly LocatedCell[] {
  const cached = cellsOfTables.get(tables);
  if (cached) return cached;
  const out: LocatedCell[] = [];
  for (const table of tables) {
    for (const row of table.rows) {
      if (row.blank) continue;
      for (const cell of Object.values(row.cells)) if (cell) out.push({ table, row, cell });
    }
  }
  cellsOfTables.set(tables, out);
  return out;
}

/** The parsed cells of one mapped column (one field of one table), top to bottom. */
export interface LocatedColumn {
  table: SheetTable;
  field: Field;
  cells: LocatedCell[];
}

/** Every mapped column of every table, built from `everyCell` so both walks agree. */
export function everyColumn(tables: readonly SheetTable[]): LocatedColumn[] {
  const columns = new Map<SheetTable, Map<Field, LocatedColumn>>();
  const out: LocatedColumn[] = [];
  for (const located of everyCell(tables)) {
    let byField = columns.get(located.table);
    if (!byField) columns.set(located.table, (byField = new Map()));
    let column = byField.get(located.cell.field);
    if (!column) {
      column = { table: located.table, field: located.cell.field, cells: [] };
      byField.set(located.cell.field, column);
      out.push(column);
    }
    column.cells.push(located);
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
