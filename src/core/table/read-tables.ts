import { FIELD_KIND, type CellValue, type Field, type Grid, type GridTable } from '../model';
import { parserOf } from '../parse';
import { cellAddress, columnLetter } from './address';
import { fieldOfHeader } from './headers';
import type { FieldCell, HeaderCell, SheetTable, TableRole, TableRow } from './types';

/** How far down a header row is looked for (DESIGN §3). */
export const HEADER_SEARCH_ROWS = 20;

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

/** True for a cell with nothing in it: null, or only whitespace. */
export function isEmptyValue(value: CellValue | undefined): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

function headerText(value: CellValue | undefined): string {
  return isEmptyValue(value) ? '' : String(value).trim();
}

/** Distinct fields a row's cells name, over columns [from, to]. */
function mappedFieldCount(row: CellValue[], from = 0, to = row.length - 1): number {
  const fields = new Set<Field>();
  for (let c = from; c <= to; c++) {
    const field = fieldOfHeader(headerText(row[c]));
    if (field) fields.add(field);
  }
  return fields.size;
}

/**
 * The 0-based index (within `values`) of the row that names the most fields
 * among the first 20 rows; at least two must be named. Title rows above are normal.
 */
export function findHeaderRow(values: CellValue[][]): number | undefined {
  let best: number | undefined;
  let bestCount = 1;
  for (let r = 0; r < Math.min(values.length, HEADER_SEARCH_ROWS); r++) {
    const count = mappedFieldCount(values[r]);
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
 * Turns one table extent of a grid into a SheetTable: headers mapped, each
 * mapped cell parsed once, rows down to the last non-blank one.
 */
function buildTable(grid: Grid, extent: Extent, override: SheetOverride | undefined): SheetTable | undefined {
  const { values, numberFormats, origin } = grid;
  const headerValues = values[extent.headerRow] ?? [];
  const headers: HeaderCell[] = [];
  const columns: Partial<Record<Field, string>> = {};
  for (let c = extent.firstCol; c <= extent.lastCol; c++) {
    const text = headerText(headerValues[c]);
    const column = columnLetter(origin.col + c);
    const overridden = override?.columns && column in override.columns ? override.columns[column] : undefined;
    const field = overridden === undefined ? fieldOfHeader(text) : overridden ?? undefined;
    headers.push({ column, address: cellAddress(origin.row + extent.headerRow, origin.col + c), text, field });
    if (field && columns[field] === undefined) columns[field] = column;
  }
  const role = override?.role ?? detectRole(new Set(Object.keys(columns) as Field[]));
  if (!role) return undefined;

  // The first column of each field is the one read, with its kind's parser; a second one is a duplicate-header finding.
  const readColumns = headers
    .map((h, i) => ({ field: h.field, index: extent.firstCol + i, column: h.column }))
    .filter((h): h is { field: Field; index: number; column: string } => h.field !== undefined && columns[h.field] === h.column)
    .map((h) => ({ ...h, parse: parserOf(FIELD_KIND[h.field]) }));

  let lastRow = extent.lastRow ?? values.length - 1;
  if (extent.lastRow === undefined) {
    while (lastRow > extent.headerRow && rowIsBlank(values[lastRow], extent)) lastRow--;
  }
  const rows: TableRow[] = [];
  const width = extent.lastCol - extent.firstCol + 1;
  for (let r = extent.headerRow + 1; r <= lastRow; r++) {
    const rowValues = values[r] ?? [];
    const sheetRow = origin.row + r + 1;
    // Sliced, not pushed: the array is exactly as wide as the table (pushing leaves room to spare).
    const raw: CellValue[] = rowValues.slice(extent.firstCol, extent.lastCol + 1);
    let blank = true;
    for (let c = 0; c < width; c++) {
      raw[c] ??= null;
      if (blank && !isEmptyValue(raw[c])) blank = false;
    }
    const cells: Partial<Record<Field, FieldCell>> = {};
    if (!blank) {
      const rowNumber = String(sheetRow);
      const rowFormats = numberFormats[r];
      for (const { field, parse, index, column } of readColumns) {
        const value = rowValues[index] ?? null;
        const numberFormat = rowFormats?.[index] ?? 'General';
        cells[field] = { field, address: column + rowNumber, raw: value, numberFormat, result: parse(value, numberFormat) };
      }
    }
    rows.push({ row: sheetRow, values: raw, cells, blank });
  }
  return {
    sheet: grid.sheet, role, headerRow: origin.row + extent.headerRow + 1,
    ...(grid.untyped ? { untyped: true } : {}),
    ...(extent.name ? { tableName: extent.name } : {}),
    headers, columns, rows,
  };
}

function rowIsBlank(row: CellValue[] | undefined, extent: Extent): boolean {
  if (!row) return true;
  for (let c = extent.firstCol; c <= extent.lastCol; c++) if (!isEmptyValue(row[c])) return false;
  return true;
}

/**
 * The tables of one sheet: its Excel tables (ListObjects) when it has any,
 * else one plain range under the detected (or chosen) header row.
 * A sheet with nothing recognisable gives [].
 */
export function readTables(grid: Grid, override?: SheetOverride): SheetTable[] {
  if (grid.values.length === 0) return [];
  if (grid.tables && grid.tables.length > 0 && override?.headerRow === undefined) {
    return grid.tables
      .map((t: GridTable) => buildTable(grid, { ...t, name: t.name }, override))
      .filter((t): t is SheetTable => t !== undefined);
  }
  const headerRow = override?.headerRow !== undefined
    ? override.headerRow - 1 - grid.origin.row
    : findHeaderRow(grid.values);
  if (headerRow === undefined || headerRow < 0 || headerRow >= grid.values.length) return [];
  const extent = plainExtent(grid, headerRow);
  if (extent.firstCol < 0) return [];
  const table = buildTable(grid, extent, override);
  return table ? [table] : [];
}
