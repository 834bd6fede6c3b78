import type { CellValue, Grid, GridTable, ReadLimits } from '../core/model';
import { limitExceeded } from './read-error';

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

/** A merged area by its 0-based extent: only its top-left cell holds a value. */
export interface MergedArea {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** A list of 32-bit integers that grows as it is filled: 4 bytes an entry, where a plain array takes 8. */
class IntList {
  items = new Int32Array(1024);
  length = 0;

  push(value: number): void {
    if (this.length === this.items.length) {
      const grown = new Int32Array(this.items.length * 2);
      grown.set(this.items);
      this.items = grown;
    }
    this.items[this.length++] = value;
  }
}

/**
 * How much of the read limits a workbook has used so far, shared by its sheets: the cells
 * read (limits.maxCells) and the file they are named in.
 */
export class CellBudget {
  /** Filled cells read so far, every sheet. */
  filled = 0;
  /** Cells held in grids built so far (see ReadLimits.maxCells). */
  held = 0;

  constructor(readonly fileName: string, readonly limits: ReadLimits) {}

  refuse(sheet: string, what = `sheet "${sheet}" takes the workbook past`): Error {
    return limitExceeded(this.fileName, 'maxCells', this.limits, `${what} the cells a workbook may hold:`);
  }
}

/** An empty grid row (and its formats): one frozen array shared by every empty row of every grid. */
export const EMPTY_ROW = Object.freeze([]) as unknown as CellValue[];
export const EMPTY_FORMATS = Object.freeze([]) as unknown as string[];

/**
 * The frame of a grid of the rows `top…bottom` and columns `left…right` holding `held` cells: the
 * cells charged to `budget` (past maxCells, refused naming `sheet`), and whether every row is as
 * wide as the range (`rectangular`; otherwise each row ends at its last filled cell — see
 * SheetCells.toGrid) with its arrays of rows to fill.
 */
export function gridFrame(budget: CellBudget, sheet: string, held: number, top: number, bottom: number, left: number, right: number) {
  budget.held += held;
  if (budget.held > budget.limits.maxCells) throw budget.refuse(sheet);
  const height = bottom - top + 1;
  const width = right - left + 1;
  return {
    height,
    width,
    rectangular: height * width <= Math.max(2 * held, 1 << 20),
    values: new Array<CellValue[]>(height),
    numberFormats: new Array<string[]>(height),
  };
}

/** The first index in [from, to) where `before(i)` is false (`before` true then false along the range). */
function firstNotBefore(from: number, to: number, before: (i: number) => boolean): number {
  let low = from;
  let high = to;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (before(mid)) low = mid + 1; else high = mid;
  }
  return low;
}

/**
 * `row` as a grid row `width` long whose first `lead` entries, and those past its end, are `empty`:
 * the array itself, lengthened, when it has no lead.
 */
function widened<T>(row: T[], lead: number, width: number, empty: T): T[] {
  if (lead === 0) {
    while (row.length < width) row.push(empty);
    return row;
  }
  const out = new Array<T>(width).fill(empty);
  for (let j = 0; j < row.length; j++) out[lead + j] = row[j];
  return out;
}

function sameStrings(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * The filled cells of one sheet as they are read, counted against limits.maxCells as they come,
 * until the grid is built. Shared by the .xlsx and the .csv readers so both place cells alike.
 *
 * Cells that come in reading order — row by row, left to right, as Excel writes every sheet —
 * are put straight into rows (a row from its first filled cell, gaps empty) that become the
 * grid's own rows. Anything else (a cell out of order, or twice at one address, a null value, a
 * row far wider than its cells) moves every cell to the general store, a row, a column, a value
 * and a format each, placed when the grid is built; so do merged areas, known only at the end.
 * Both give the same grid (test/xlsx/sheet-cells-grid.property.test.ts).
 */
export class SheetCells {
  private readonly rows = new IntList();
  private readonly cols = new IntList();
  private readonly values: CellValue[] = [];
  private readonly formats: string[] = [];
  private inOrder = true;

  /** Whether the cells are still kept as rows (see the class comment). */
  private byRow: boolean;
  /** Per row kept: its sheet row, its first filled column, its values and formats from there to its last filled cell. */
  private readonly rowNumbers = new IntList();
  private readonly rowFirsts = new IntList();
  private readonly rowValues: CellValue[][] = [];
  private readonly rowFormats: string[][] = [];
  /** The row being filled (the last of rowValues), the address of the last cell and the entries kept, gaps included. */
  private currentValues: CellValue[] = [];
  private currentFormats: string[] = [];
  /**
   * The entries of the row being filled. Its arrays are made as long as the row before ended, and
   * cut to their entries when it ends: grown by push, a row of nine cells kept room for seventeen
   * (300,000 rows: some 20 MB, and as much copied by every collection of the young generation).
   */
  private currentLength = 0;
  private lastRow = -1;
  private lastCol = -1;
  private entries = 0;
  private filled = 0;

  /** `placeByRow` false: every cell goes to the general store (the tests compare both ways). */
  constructor(readonly sheet: string, private readonly budget: CellBudget, placeByRow = true) {
    this.byRow = placeByRow;
  }

  get size(): number {
    return this.filled;
  }

  /** A filled cell (0-based). A later cell at the same address replaces an earlier one. */
  add(row: number, col: number, value: CellValue, numberFormat: string): void {
    if (++this.budget.filled > this.budget.limits.maxCells) throw this.budget.refuse(this.sheet);
    this.filled++;
    if (this.byRow) {
      if (this.addInOrder(row, col, value, numberFormat || 'General')) return;
      this.storeEachCell();
    }
    const n = this.values.length;
    if (n > 0 && this.inOrder) {
      const lastRow = this.rows.items[n - 1];
      if (row < lastRow || (row === lastRow && col <= this.cols.items[n - 1])) this.inOrder = false;
    }
    this.rows.push(row);
    this.cols.push(col);
    this.values.push(value);
    this.formats.push(numberFormat || 'General');
  }

  /**
   * Puts a cell that comes after the last one into its row and says true; false for one that does
   * not, or whose gap from the last would take the entries kept past what the grid may hold.
   */
  private addInOrder(row: number, col: number, value: CellValue, format: string): boolean {
    if (value === null) return false;
    if (row === this.lastRow && col > this.lastCol) {
      const gap = col - this.lastCol - 1;
      if (this.entries + gap + 1 > this.budget.limits.maxCells - this.budget.held) return false;
      const values = this.currentValues;
      const formats = this.currentFormats;
      let n = this.currentLength;
      for (let k = 0; k < gap; k++) {
        values[n] = null;
        formats[n++] = 'General';
      }
      values[n] = value;
      formats[n++] = format;
      this.currentLength = n;
      this.entries += gap + 1;
      this.lastCol = col;
      return true;
    }
    if (row <= this.lastRow || this.entries + 1 > this.budget.limits.maxCells - this.budget.held) return false;
    this.endRow();
    this.rowNumbers.push(row);
    this.rowFirsts.push(col);
    const width = Math.max(1, this.currentLength);
    this.currentValues = new Array<CellValue>(width);
    this.currentFormats = new Array<string>(width);
    this.currentValues[0] = value;
    this.currentFormats[0] = format;
    this.currentLength = 1;
    this.rowValues.push(this.currentValues);
    this.entries++;
    this.lastRow = row;
    this.lastCol = col;
    return true;
  }

  /** Ends the row being filled: rows formatted as the one before (from the same column) share its array of formats. */
  private endRow(): void {
    const n = this.rowValues.length;
    if (n === 0 || this.rowFormats.length === n) return;
    const formats = this.currentFormats;
    if (formats.length !== this.currentLength) {
      this.currentValues.length = this.currentLength;
      formats.length = this.currentLength;
    }
    const previous = n > 1 ? this.rowFormats[n - 2] : undefined;
    this.rowFormats.push(previous !== undefined && this.rowFirsts.items[n - 2] === this.rowFirsts.items[n - 1] && sameStrings(previous, formats) ? previous : formats);
  }

  /** Moves the cells kept as rows to the general store, in the order they came. */
  private storeEachCell(): void {
    this.endRow();
    this.byRow = false;
    const { rowNumbers, rowFirsts, rowValues, rowFormats } = this;
    for (let i = 0; i < rowValues.length; i++) {
      const row = rowNumbers.items[i];
      const first = rowFirsts.items[i];
      const values = rowValues[i];
      const formats = rowFormats[i];
      for (let j = 0; j < values.length; j++) {
        if (values[j] === null) continue;
        this.rows.push(row);
        this.cols.push(first + j);
        this.values.push(values[j]);
        this.formats.push(formats[j]);
      }
    }
    rowValues.length = 0;
    rowFormats.length = 0;
    this.currentValues = [];
    this.currentFormats = [];
    this.currentLength = 0;
  }

  /**
   * The Grid over the used range: the smallest rectangle holding every filled cell and every
   * table; an empty sheet gives an empty grid at A1. Cells inside a merged area other than its
   * top-left are left out. Rows are as wide as the range when that costs little; a sparse sheet
   * (a stray cell far right or far down) gets rows that end at their last filled cell, so memory
   * follows the cells, not the area — Excel's 1,048,576 × 16,384 included. Built once: cells
   * kept as rows become the grid's rows.
   */
  toGrid(tables: readonly PlacedTable[] = [], merges: readonly MergedArea[] = []): Grid {
    if (this.byRow && merges.length > 0) this.storeEachCell();
    if (this.byRow) {
      this.endRow();
      return this.gridOfRows(tables);
    }
    return this.gridOfCells(tables, merges);
  }

  /** toGrid for cells kept as rows: each row widened to the range, if it must be, rather than placed again. */
  private gridOfRows(tables: readonly PlacedTable[]): Grid {
    const { rowValues, rowFormats } = this;
    const R = this.rowNumbers.items;
    const F = this.rowFirsts.items;
    const n = rowValues.length;
    let top = Infinity;
    let left = Infinity;
    let bottom = -Infinity;
    let right = -Infinity;
    if (n > 0) {
      top = R[0];
      bottom = R[n - 1];
    }
    for (let i = 0; i < n; i++) {
      if (F[i] < left) left = F[i];
      if (F[i] + rowValues[i].length - 1 > right) right = F[i] + rowValues[i].length - 1;
    }
    for (const table of tables) {
      top = Math.min(top, table.top); left = Math.min(left, table.left);
      bottom = Math.max(bottom, table.bottom); right = Math.max(right, table.right);
    }
    if (n === 0 && tables.length === 0) return { sheet: this.sheet, origin: { row: 0, col: 0 }, values: [], numberFormats: [] };

    let held = 0;
    for (let i = 0; i < n; i++) held += F[i] + rowValues[i].length - left;
    for (const table of tables) held += table.right - table.left + 1;
    const { height, width, rectangular, values: gridValues, numberFormats: gridFormats } = gridFrame(this.budget, this.sheet, held, top, bottom, left, right);
    let previousFormats: string[] | undefined;
    let i = 0;
    for (let r = 0; r < height; r++) {
      let rowValuesOut: CellValue[];
      let rowFormatsOut: string[];
      if (i < n && R[i] === top + r) {
        const lead = F[i] - left;
        const rowWidth = rectangular ? width : lead + rowValues[i].length;
        rowValuesOut = widened(rowValues[i], lead, rowWidth, null);
        rowFormatsOut = widened(rowFormats[i], lead, rowWidth, 'General');
        i++;
      } else if (rectangular) {
        rowValuesOut = new Array<CellValue>(width).fill(null);
        rowFormatsOut = new Array<string>(width).fill('General');
      } else {
        gridValues[r] = EMPTY_ROW;
        gridFormats[r] = EMPTY_FORMATS;
        continue;
      }
      gridValues[r] = rowValuesOut;
      // Rows formatted alike share one array of formats (no host modifies a grid once read).
      gridFormats[r] = previousFormats !== undefined && (previousFormats === rowFormatsOut || sameStrings(previousFormats, rowFormatsOut)) ? previousFormats : (previousFormats = rowFormatsOut);
    }
    return this.placedGrid(top, left, gridValues, gridFormats, tables);
  }

  /** toGrid for cells in the general store: put in reading order, those under merged areas left out, then placed. */
  private gridOfCells(tables: readonly PlacedTable[], merges: readonly MergedArea[]): Grid {
    const order = this.readingOrder();
    const kept = this.withoutMergedCells(order, merges);
    const { rows, cols, values, formats } = this;
    const R = rows.items;
    const C = cols.items;

    let top = Infinity;
    let left = Infinity;
    let bottom = -Infinity;
    let right = -Infinity;
    let filled = 0;
    for (let k = 0; k < order.length; k++) {
      const i = order[k];
      if (!kept[k]) continue;
      filled++;
      if (R[i] < top) top = R[i];
      if (R[i] > bottom) bottom = R[i];
      if (C[i] < left) left = C[i];
      if (C[i] > right) right = C[i];
    }
    for (const table of tables) {
      top = Math.min(top, table.top); left = Math.min(left, table.left);
      bottom = Math.max(bottom, table.bottom); right = Math.max(right, table.right);
    }
    if (filled === 0 && tables.length === 0) return { sheet: this.sheet, origin: { row: 0, col: 0 }, values: [], numberFormats: [] };

    // Cells held: each row from the left of the range to its last filled cell, and the header row of each table.
    let held = 0;
    let heldRow = -1;
    let heldCol = -1;
    for (let k = 0; k < order.length; k++) {
      if (!kept[k]) continue;
      const i = order[k];
      if (R[i] !== heldRow) {
        if (heldRow >= 0) held += heldCol - left + 1;
        heldRow = R[i];
      }
      heldCol = C[i];
    }
    if (heldRow >= 0) held += heldCol - left + 1;
    for (const table of tables) held += table.right - table.left + 1;
    const { height, width, rectangular, values: gridValues, numberFormats: gridFormats } = gridFrame(this.budget, this.sheet, held, top, bottom, left, right);
    let previousFormats: string[] | undefined;
    let k = 0;
    for (let r = 0; r < height; r++) {
      // The kept cells of sheet row top + r: order[k … end).
      while (k < order.length && !kept[k]) k++;
      let end = k;
      while (end < order.length && R[order[end]] === top + r) end++;
      let last = -1;
      for (let j = end - 1; j >= k; j--) if (kept[j]) { last = C[order[j]] - left; break; }
      const rowWidth = rectangular ? width : last + 1;
      if (rowWidth === 0) {
        gridValues[r] = EMPTY_ROW;
        gridFormats[r] = EMPTY_FORMATS;
        k = end;
        continue;
      }
      const rowValues = new Array<CellValue>(rowWidth).fill(null);
      const rowFormats = new Array<string>(rowWidth).fill('General');
      for (let j = k; j < end; j++) {
        if (!kept[j]) continue;
        const i = order[j];
        rowValues[C[i] - left] = values[i];
        rowFormats[C[i] - left] = formats[i];
      }
      gridValues[r] = rowValues;
      // Rows formatted alike share one array of formats (no host modifies a grid once read).
      gridFormats[r] = previousFormats !== undefined && sameStrings(previousFormats, rowFormats) ? previousFormats : (previousFormats = rowFormats);
      k = end;
    }

    return this.placedGrid(top, left, gridValues, gridFormats, tables);
  }

  private placedGrid(top: number, left: number, values: CellValue[][], numberFormats: string[][], tables: readonly PlacedTable[]): Grid {
    const grid: Grid = { sheet: this.sheet, origin: { row: top, col: left }, values, numberFormats };
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

  /** Indexes of the cells by row, then column; of two cells at one address only the later is kept. */
  private readingOrder(): Int32Array {
    const n = this.values.length;
    const order = new Int32Array(n);
    for (let i = 0; i < n; i++) order[i] = i;
    if (this.inOrder) return order;
    const R = this.rows.items;
    const C = this.cols.items;
    const sorted = Array.from(order).sort((a, b) => R[a] - R[b] || C[a] - C[b] || a - b);
    const unique: number[] = [];
    for (const i of sorted) {
      const previous = unique[unique.length - 1];
      if (previous !== undefined && R[previous] === R[i] && C[previous] === C[i]) unique[unique.length - 1] = i;
      else unique.push(i);
    }
    return Int32Array.from(unique);
  }

  /**
   * For each cell in reading order, whether it is kept: not hidden under a merged area. Work
   * grows with the cells each area spans, held to twice the cell limit (only areas that overlap,
   * which Excel never writes, come near it).
   */
  private withoutMergedCells(order: Int32Array, merges: readonly MergedArea[]): Uint8Array {
    const kept = new Uint8Array(order.length).fill(1);
    if (merges.length === 0 || order.length === 0) return kept;
    const R = this.rows.items;
    const C = this.cols.items;
    const budget = 2 * this.budget.limits.maxCells;
    let work = 0;
    for (const area of merges) {
      let k = firstNotBefore(0, order.length, (j) => R[order[j]] < area.top);
      while (k < order.length && R[order[k]] <= area.bottom) {
        const row = R[order[k]];
        const rowEnd = firstNotBefore(k, order.length, (j) => R[order[j]] <= row);
        let j = firstNotBefore(k, rowEnd, (m) => C[order[m]] < area.left);
        for (; j < rowEnd && C[order[j]] <= area.right; j++) {
          if (row !== area.top || C[order[j]] !== area.left) kept[j] = 0;
          work++;
        }
        work++;
        if (work > budget) throw this.budget.refuse(this.sheet, `the merged areas of sheet "${this.sheet}" span more than twice`);
        k = rowEnd;
      }
    }
    return kept;
  }
}

/** True when no sheet of the workbook holds a single filled cell. */
export function allEmpty(grids: readonly Grid[]): boolean {
  return grids.every((grid) => grid.values.every((row) => row.every((value) => value === null || value === '')));
}
