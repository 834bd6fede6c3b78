import { cellAddress, columnIndex } from '../table/address';
import type { CellRange } from './sheet-description';

/**
 * Where the rows of a template go when its repeat row becomes one row per report: rows above stay,
 * the repeat row becomes `count` rows (none for no report), rows below move down by `count − 1`
 * (up by one for none). The same plan moves everything that names a row: cells, row heights,
 * merged areas, formulas, the print area, page breaks.
 */

export interface RowExpansion {
  /** The template's repeat row, 0-based. */
  row: number;
  /** How many rows it becomes: the number of reports. */
  count: number;
}

/** The last row of a sheet (0-based): what a reference to rows that are gone points at, since it is always empty. */
export const LAST_ROW = 1_048_575;
export const LAST_COLUMN = 16_383;

/** A row outside the repeat row, moved: `movedRow({ row: 9, count: 40 }, 12)` → 51. The repeat row itself stays at its first copy (gone without reports: undefined). */
export function movedRow(expansion: RowExpansion | undefined, row: number): number | undefined {
  if (!expansion || row < expansion.row) return row;
  if (row > expansion.row) return row + expansion.count - 1;
  return expansion.count > 0 ? row : undefined;
}

/**
 * A span of rows moved: one that holds the repeat row grows over every copy of it
 * (`SUM(D10:D10)` covers all the reports' rows), one below moves. A span that held only the
 * repeat row is undefined when there are no reports; one that held more shrinks by it.
 * `movedSpan({ row: 9, count: 40 }, 9, 9)` → `{ first: 9, last: 48 }`.
 */
export function movedSpan(expansion: RowExpansion | undefined, first: number, last: number): { first: number; last: number } | undefined {
  if (!expansion || last < expansion.row) return { first, last };
  const { row, count } = expansion;
  if (first > row) return { first: first + count - 1, last: last + count - 1 };
  if (count > 0) return { first, last: last + count - 1 };
  if (first === row && last === row) return undefined;
  return { first, last: last - 1 };
}

/** A cell range moved as a span (see movedSpan); undefined when nothing of it is left. */
export function movedRange(expansion: RowExpansion | undefined, range: CellRange): CellRange | undefined {
  const rows = movedSpan(expansion, range.firstRow, range.lastRow);
  return rows && { ...range, firstRow: rows.first, lastRow: rows.last };
}

/**
 * A merged area moved: one inside the repeat row is repeated in every copy, one around or below
 * it is moved as a span; an area gone (or shrunk to one cell, which is no merge) is left out.
 */
export function movedMerges(expansion: RowExpansion | undefined, range: CellRange): CellRange[] {
  if (expansion && range.firstRow === expansion.row && range.lastRow === expansion.row) {
    return Array.from({ length: expansion.count }, (_, copy) => ({ ...range, firstRow: range.firstRow + copy, lastRow: range.lastRow + copy }));
  }
  const moved = movedRange(expansion, range);
  return moved && (moved.firstRow !== moved.lastRow || moved.firstColumn !== moved.lastColumn) ? [moved] : [];
}

/** `A1:C3` (or `B2`, `$A$1:$C$3`) as a range; undefined for what is not one. */
export function parseRange(text: string): CellRange | undefined {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(text.trim());
  if (!match) return undefined;
  const [first, last] = [[match[1], match[2]], [match[3] ?? match[1], match[4] ?? match[2]]].map(([column, row]) => ({ column: columnIndex(column), row: Number(row) - 1 }));
  return {
    firstRow: Math.min(first.row, last.row), lastRow: Math.max(first.row, last.row),
    firstColumn: Math.min(first.column, last.column), lastColumn: Math.max(first.column, last.column),
  };
}

/** A range as A1 text: `B2` for one cell, `A1:C3` for more. */
export function rangeText(range: CellRange): string {
  const first = cellAddress(range.firstRow, range.firstColumn);
  return range.firstRow === range.lastRow && range.firstColumn === range.lastColumn ? first : `${first}:${cellAddress(range.lastRow, range.lastColumn)}`;
}

/**
 * A list of ranges (a `sqref`: `A1:B2 D4`) moved as spans; areas gone are left out, and the
 * result is '' when none is left. `movedRangeList({ row: 9, count: 3 }, 'D10 A12')` → `D10:D12 A14`.
 */
export function movedRangeList(expansion: RowExpansion | undefined, list: string): string {
  return list.split(/\s+/).filter((part) => part !== '').flatMap((part) => {
    const range = parseRange(part);
    if (!range) return [part];
    const moved = movedRange(expansion, range);
    return moved ? [rangeText(moved)] : [];
  }).join(' ');
}

/** The row a template row lands on in copy `copy` of the repeat row, or moved (rows outside it). */
export function targetRow(expansion: RowExpansion | undefined, row: number, copy = 0): number {
  return expansion && row === expansion.row ? row + copy : movedRow(expansion, row)!;
}
