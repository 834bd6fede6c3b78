import type { CellValue, Grid, GridTable } from '../core/model';

/** One filled cell of a sheet, 0-based. */
export interface PlacedCell {
  row: number;
  col: number;
  value: CellValue;
  numberFormat: string;
}

/** An Excel table (ListObject) by its 0-based sheet extent, header row included. */
export interface PlacedTable {
  name: string;
  top: number;
  left: number;
  bottom: number;
  right: number;
  /** A totals row at the bottom: not data. */
  totalsRow: boolean;
}

/**
 * A Grid over the used range: the smallest rectangle holding every filled
 * cell and every table. An empty sheet gives an empty grid at A1.
 * Shared by the .xlsx and the .csv readers so both place cells alike.
 */
export function gridFromCells(sheet: string, cells: readonly PlacedCell[], tables: readonly PlacedTable[] = []): Grid {
  const filled = cells.filter((cell) => cell.value !== null);
  if (filled.length === 0 && tables.length === 0) return { sheet, origin: { row: 0, col: 0 }, values: [], numberFormats: [] };

  let top = Infinity;
  let left = Infinity;
  let bottom = -Infinity;
  let right = -Infinity;
  const extend = (r1: number, c1: number, r2: number, c2: number) => {
    top = Math.min(top, r1); left = Math.min(left, c1);
    bottom = Math.max(bottom, r2); right = Math.max(right, c2);
  };
  for (const cell of filled) extend(cell.row, cell.col, cell.row, cell.col);
  for (const table of tables) extend(table.top, table.left, table.bottom, table.right);

  const height = bottom - top + 1;
  const width = right - left + 1;
  const values: CellValue[][] = Array.from({ length: height }, () => Array<CellValue>(width).fill(null));
  const numberFormats: string[][] = Array.from({ length: height }, () => Array<string>(width).fill('General'));
  for (const cell of cells) {
    const r = cell.row - top;
    const c = cell.col - left;
    if (r < 0 || r >= height || c < 0 || c >= width) continue;
    values[r][c] = cell.value;
    numberFormats[r][c] = cell.numberFormat || 'General';
  }

  const grid: Grid = { sheet, origin: { row: top, col: left }, values, numberFormats };
  if (tables.length > 0) {
    grid.tables = tables.map((table): GridTable => ({
      name: table.name,
      headerRow: table.top - top,
      lastRow: table.bottom - top - (table.totalsRow ? 1 : 0),
      firstCol: table.left - left,
      lastCol: table.right - left,
    }));
  }
  return grid;
}

/** True when no sheet of the workbook holds a single filled cell. */
export function allEmpty(grids: readonly Grid[]): boolean {
  return grids.every((grid) => grid.values.every((row) => row.every((value) => value === null || value === '')));
}
