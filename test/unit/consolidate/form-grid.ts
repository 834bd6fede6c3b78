import type { CellValue, Grid } from '../../../src/core/model';
import type { SheetDescription } from '../../../src/core/template/sheet-description';

/**
 * Test inputs for the form readers, built by code (STYLE: fixtures a reader can see): a grid from
 * rows of cells, and a grid from a sheet description as `fill` writes it.
 */

/** A grid from rows of values; `formats` gives a cell's number format by its A1-relative position `r,c`. */
export function gridOf(sheet: string, rows: CellValue[][], options: { origin?: { row: number; col: number }; formats?: Record<string, string> } = {}): Grid {
  const numberFormats = rows.map((row, r) => row.map((_value, c) => options.formats?.[`${r},${c}`] ?? 'General'));
  return { sheet, origin: options.origin ?? { row: 0, col: 0 }, values: rows, numberFormats };
}

/** The grid a host reads from a sheet written from `description`: text, numbers, dates as serials, with their formats. */
export function gridOfDescription(description: SheetDescription, sheet = description.name): Grid {
  const rows = Math.max(...description.cells.map((cell) => cell.row)) + 1;
  const columns = Math.max(...description.cells.map((cell) => cell.column)) + 1;
  const values: CellValue[][] = Array.from({ length: rows }, () => Array<CellValue>(columns).fill(null));
  const numberFormats: string[][] = Array.from({ length: rows }, () => Array<string>(columns).fill('General'));
  for (const cell of description.cells) {
    const content = cell.content;
    if (content) {
      values[cell.row][cell.column] = content.kind === 'text' ? content.text : content.kind === 'number' ? content.number : content.serial;
    }
    if (cell.style.numberFormat) numberFormats[cell.row][cell.column] = cell.style.numberFormat;
  }
  return { sheet, origin: { row: 0, col: 0 }, values, numberFormats };
}
