/**
 * Reading the cells of a SheetModel. Changing them goes through
 * BatchExecution.replaceCell, which journals each change for a refused batch.
 */
import { cellKey, parseCellKey, type CellRect } from './address';
import { isBlankCell, type CellModel, type SheetModel } from './model';

/** A rectangle on a sheet, as operations receive it during a sync. */
export interface SheetRect {
  sheet: SheetModel;
  rect: CellRect;
}

export function cellAt(sheet: SheetModel, row: number, col: number): CellModel | undefined {
  return sheet.cells[cellKey(row, col)];
}

/** Visits every cell of the rectangle, row by row. */
export function forEachCell(rect: CellRect, visit: (row: number, col: number, r: number, c: number) => void): void {
  for (let r = 0; r < rect.rowCount; r++) {
    for (let c = 0; c < rect.colCount; c++) visit(rect.row + r, rect.col + c, r, c);
  }
}

/** A rows × columns grid of what `read` returns for each cell. */
export function readGrid<T>(sheet: SheetModel, rect: CellRect, read: (cell: CellModel | undefined) => T): T[][] {
  const grid: T[][] = [];
  for (let r = 0; r < rect.rowCount; r++) {
    const line: T[] = [];
    for (let c = 0; c < rect.colCount; c++) line.push(read(cellAt(sheet, rect.row + r, rect.col + c)));
    grid.push(line);
  }
  return grid;
}

export function hasContent(cell: CellModel | undefined): boolean {
  return !!cell && ((cell.value !== undefined && cell.value !== null) || cell.formula !== undefined);
}

/**
 * The smallest rectangle holding every used cell (with `valuesOnly`, only cells
 * with a value or formula), optionally within `bounds`; undefined when none is used.
 */
export function usedRect(sheet: SheetModel, valuesOnly: boolean, bounds?: CellRect): CellRect | undefined {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  const cells = sheet.cells;
  for (const key in cells) {
    const cell = cells[key];
    if (valuesOnly ? !hasContent(cell) : isBlankCell(cell)) continue;
    const { row, col } = parseCellKey(key);
    if (bounds && (row < bounds.row || row >= bounds.row + bounds.rowCount || col < bounds.col || col >= bounds.col + bounds.colCount)) continue;
    top = Math.min(top, row);
    left = Math.min(left, col);
    bottom = Math.max(bottom, row);
    right = Math.max(right, col);
  }
  if (bottom < 0) return undefined;
  return { row: top, col: left, rowCount: bottom - top + 1, colCount: right - left + 1 };
}
