/**
 * A1 addresses as the adapter hands them to Excel: rectangles, vertical runs of
 * cells merged into one area, address lists cut to what getRanges accepts, and
 * sheet-qualified references (`'แผน 2563'!B7`).
 */
import { cellAddress, parseAddress } from '../core/table/address';
import { sheetReference } from '../core/output/sheet-name';

/**
 * Worksheet.getRanges fails past ~8,200 address characters or ~500 areas
 * (office-js issue #5198); stay a little under both.
 */
export const GET_RANGES_MAX_AREAS = 480;
export const GET_RANGES_MAX_CHARACTERS = 8_000;

/** A rectangle of cells, 0-based. */
export interface CellRect {
  row: number;
  col: number;
  rowCount: number;
  colCount: number;
}

/** `rectAddress({ row: 1, col: 0, rowCount: 2, colCount: 3 })` → `A2:C3`; a single cell → `A2`. */
export function rectAddress(rect: CellRect): string {
  const first = cellAddress(rect.row, rect.col);
  if (rect.rowCount === 1 && rect.colCount === 1) return first;
  return `${first}:${cellAddress(rect.row + rect.rowCount - 1, rect.col + rect.colCount - 1)}`;
}

/** The smallest rectangle holding both (either may be missing). */
export function unionRect(a: CellRect | undefined, b: CellRect | undefined): CellRect | undefined {
  if (!a) return b;
  if (!b) return a;
  const row = Math.min(a.row, b.row);
  const col = Math.min(a.col, b.col);
  return {
    row,
    col,
    rowCount: Math.max(a.row + a.rowCount, b.row + b.rowCount) - row,
    colCount: Math.max(a.col + a.colCount, b.col + b.colCount) - col,
  };
}

/** A run of consecutive cells in one column: the unit the adapter reads and writes formats by. */
export interface ColumnRun {
  /** `G2` or `G2:G40`. */
  address: string;
  /** The cells of the run, top to bottom (`G2`, `G3`, …). */
  cells: string[];
}

/**
 * The cells grouped into vertical runs, column by column: findings sit in table
 * columns, so a column of marked cells becomes one area instead of many.
 * `columnRuns(['G3', 'G2', 'B7'])` → `[{ address: 'B7', cells: ['B7'] }, { address: 'G2:G3', cells: ['G2', 'G3'] }]`.
 * Cells that are not A1 addresses are left out.
 */
export function columnRuns(cells: Iterable<string>): ColumnRun[] {
  const parsed = [...new Set(cells)]
    .map((cell) => parseAddress(cell))
    .filter((at): at is { row: number; col: number } => at !== undefined)
    .sort((a, b) => a.col - b.col || a.row - b.row);
  const runs: ColumnRun[] = [];
  let start = 0;
  for (let i = 1; i <= parsed.length; i++) {
    const continues = i < parsed.length && parsed[i].col === parsed[i - 1].col && parsed[i].row === parsed[i - 1].row + 1;
    if (continues) continue;
    const first = parsed[start];
    const rowCount = i - start;
    runs.push({
      address: rectAddress({ row: first.row, col: first.col, rowCount, colCount: 1 }),
      cells: parsed.slice(start, i).map((at) => cellAddress(at.row, at.col)),
    });
    start = i;
  }
  return runs;
}

/**
 * Areas joined into comma-separated lists that Worksheet.getRanges accepts
 * (≤ 480 areas and ≤ 8,000 characters each).
 */
export function addressLists(areas: readonly string[]): string[] {
  const lists: string[] = [];
  let current: string[] = [];
  let length = 0;
  for (const area of areas) {
    const added = current.length === 0 ? area.length : length + 1 + area.length;
    if (current.length > 0 && (current.length >= GET_RANGES_MAX_AREAS || added > GET_RANGES_MAX_CHARACTERS)) {
      lists.push(current.join(','));
      current = [];
    }
    length = current.length === 0 ? area.length : length + 1 + area.length;
    current.push(area);
  }
  if (current.length > 0) lists.push(current.join(','));
  return lists;
}

/** `qualifiedAddress('แผน 2563', 'B7')` → `'แผน 2563'!B7` (the form of a hyperlink's documentReference). */
export function qualifiedAddress(sheet: string, address: string): string {
  return `${sheetReference(sheet)}!${address}`;
}

/**
 * Splits a possibly sheet-qualified address: `'O''Brien'!B2` → `{ sheet: "O'Brien", address: 'B2' }`,
 * `Data!A1` → `{ sheet: 'Data', address: 'A1' }`, `B7` → `{ address: 'B7' }`.
 */
export function splitQualifiedAddress(text: string): { sheet?: string; address: string } {
  const trimmed = text.trim();
  if (trimmed.startsWith("'")) {
    let name = '';
    for (let i = 1; i < trimmed.length; i++) {
      if (trimmed[i] === "'" && trimmed[i + 1] === "'") {
        name += "'";
        i++;
      } else if (trimmed[i] === "'") {
        if (trimmed[i + 1] === '!') return { sheet: name, address: trimmed.slice(i + 2) };
        break;
      } else name += trimmed[i];
    }
    return { address: trimmed };
  }
  const bang = trimmed.lastIndexOf('!');
  return bang < 0 ? { address: trimmed } : { sheet: trimmed.slice(0, bang), address: trimmed.slice(bang + 1) };
}
