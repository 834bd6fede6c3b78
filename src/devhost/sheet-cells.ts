/**
 * Reading the cells of a SheetModel. Changing them goes through
 * BatchExecution.replaceCell, which journals each change for a refused batch and
 * keeps the used extent known here up to date.
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

/** The rows and columns (0-based, inclusive) a sheet's used cells reach; null when none is used. */
interface Extent {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

type CellMap = Record<string, CellModel>;

/**
 * Each cell map's extents as last found: of every non-blank cell (`used`) and of the cells with a
 * value or formula (`content`); undefined: not known, found again by a scan. A scan visits every
 * stored cell — 100 ms and more on a sheet of 200,000 cells, and the add-in asks for the used range
 * at every start and validation — so a change through the cell journal keeps what is known up to
 * date (noteCellChange) and a rolled-back batch forgets it (forgetExtents).
 */
const knownExtents = new WeakMap<CellMap, { used?: Extent | null; content?: Extent | null }>();

/** Each kind of extent kept, with the `valuesOnly` it answers. */
const EXTENT_KINDS = [['used', false], ['content', true]] as const;

const counts = (cell: CellModel | undefined, valuesOnly: boolean) => (valuesOnly ? hasContent(cell) : !isBlankCell(cell));

/** Every stored cell that counts, within `bounds` when given. */
function scanExtent(cells: CellMap, valuesOnly: boolean, bounds?: CellRect): Extent | null {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  for (const key in cells) {
    if (!counts(cells[key], valuesOnly)) continue;
    const { row, col } = parseCellKey(key);
    if (bounds && (row < bounds.row || row >= bounds.row + bounds.rowCount || col < bounds.col || col >= bounds.col + bounds.colCount)) continue;
    top = Math.min(top, row);
    left = Math.min(left, col);
    bottom = Math.max(bottom, row);
    right = Math.max(right, col);
  }
  return bottom < 0 ? null : { top, left, bottom, right };
}

function wholeExtent(cells: CellMap, valuesOnly: boolean): Extent | null {
  let known = knownExtents.get(cells);
  if (!known) knownExtents.set(cells, (known = {}));
  const kind = valuesOnly ? 'content' : 'used';
  if (known[kind] === undefined) known[kind] = scanExtent(cells, valuesOnly);
  return known[kind];
}

const inside = (extent: Extent, bounds: CellRect) =>
  extent.top >= bounds.row && extent.bottom < bounds.row + bounds.rowCount && extent.left >= bounds.col && extent.right < bounds.col + bounds.colCount;

/**
 * The smallest rectangle holding every used cell (with `valuesOnly`, only cells
 * with a value or formula), optionally within `bounds`; undefined when none is used.
 */
export function usedRect(sheet: SheetModel, valuesOnly: boolean, bounds?: CellRect): CellRect | undefined {
  const whole = wholeExtent(sheet.cells, valuesOnly);
  const extent = !whole || !bounds || inside(whole, bounds) ? whole : scanExtent(sheet.cells, valuesOnly, bounds);
  if (!extent) return undefined;
  return { row: extent.top, col: extent.left, rowCount: extent.bottom - extent.top + 1, colCount: extent.right - extent.left + 1 };
}

/** Keeps the known extents of `cells` true after the cell at `row`, `col` went from `before` to `after` (CellJournal). */
export function noteCellChange(cells: CellMap, row: number, col: number, before: CellModel | undefined, after: CellModel | undefined): void {
  const known = knownExtents.get(cells);
  if (!known) return;
  for (const [kind, valuesOnly] of EXTENT_KINDS) {
    const extent = known[kind];
    if (extent === undefined) continue;
    if (counts(after, valuesOnly)) {
      if (extent === null) {
        known[kind] = { top: row, left: col, bottom: row, right: col };
      } else {
        extent.top = Math.min(extent.top, row);
        extent.left = Math.min(extent.left, col);
        extent.bottom = Math.max(extent.bottom, row);
        extent.right = Math.max(extent.right, col);
      }
    } else if (extent !== null && counts(before, valuesOnly) && (row === extent.top || row === extent.bottom || col === extent.left || col === extent.right)) {
      // A cell on the edge emptied: the extent may shrink, which only a scan can tell.
      known[kind] = undefined;
    }
  }
}

/**
 * Says that `cells`, empty now, will be filled only through noteCellChange (the demo puts a workbook read in its
 * worker together cell by cell): the host then knows its extent from the first request on, without a scan.
 */
export function fillingEmptyCells(cells: CellMap): void {
  knownExtents.set(cells, { used: null, content: null });
}

/** Forgets what is known of `cells` (a batch rolled back). */
export function forgetExtents(cells: CellMap): void {
  knownExtents.delete(cells);
}
