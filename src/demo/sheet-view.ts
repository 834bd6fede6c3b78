/**
 * What the demo grid draws for one sheet: the used rectangle of its sparse
 * cells, each cell's text as Excel would show it (dates through their number
 * format, Buddhist-era formats as BE), its fill, font, note and link, and the
 * sheet's layout (merged areas, borders, alignment, wrapping, column widths and
 * row heights). Rows are built when first drawn, so a sheet of any length opens
 * at once; the grid draws only the rows in view (`rowWindow`). Pure, so it is
 * computed once per sheet object (a sync replaces changed sheets).
 */
import { columnLetter, parseAddress } from '../core/table/address';
import { visibleLength } from '../core/output/text-measure';
import { parseCellKey, type CellRect } from '../devhost/address';
import type { CellModel, SheetModel } from '../devhost/model';
import { formatCellText } from '../devhost/number-format';
import type { CellBorder, CellLayout } from '../devhost/sheet-layout';
import { splitQualifiedAddress } from '../excel/addresses';

/** Columns drawn at most: a browser table with thousands of columns per row is not for looking at. */
export const MAX_GRID_COLUMNS = 100;
/** Columns without a width of their own follow the text of this many first rows (measuring all of a long sheet costs more than it shows). */
export const MEASURED_ROWS = 200;
/** Excel's default row, 15 points, in CSS pixels. */
export const DEFAULT_ROW_PX = 20;
/** Points to CSS pixels (96 / 72), as Excel converts them at 100% zoom. */
const PX_PER_POINT = 4 / 3;
/** One character of Excel's default font (Calibri 11) in pixels: a width in points becomes characters for running text. */
const CHARACTER_PX = 7;
/** The workbook font size the grid's own 12px text stands for. */
const DEFAULT_FONT_POINTS = 11;

/**
 * TH Sarabun draws its glyphs at about two thirds of an ordinary font's size (sarabun-metrics.ts), and the grid's
 * 12px for 11 points is already 0.82 of Excel's size: a form set in it is drawn at 0.66 / 0.82 of its size.
 */
const SARABUN_SCALE = 0.8;

/** Column widths in characters, as Excel measures them, for columns whose text sets the width. */
const MIN_COLUMN_CHARACTERS = 4;
const MAX_COLUMN_CHARACTERS = 28;

/** A cell's drawn edges as CSS `border` values (`1px solid #000000`); absent: the gridline or nothing. */
export interface GridCellBorders {
  top?: string;
  right?: string;
  bottom?: string;
  left?: string;
}

export interface GridCell {
  address: string;
  /** 0-based position on the sheet. */
  row: number;
  col: number;
  text: string;
  /** Numbers and dates are right-aligned, as in Excel. */
  numeric: boolean;
  fill?: string;
  bold: boolean;
  italic: boolean;
  color?: string;
  /** The font size relative to the workbook's default (1 = 11 pt). */
  fontScale?: number;
  note?: string;
  /** An internal hyperlink's target (the Issues sheet links to the flagged cells). */
  link?: { sheet?: string; address: string; text: string };
  /** Text running on over the empty cell to its right, as Excel lets it (a title over a table). */
  spills: boolean;
  /** Running text crosses this cell's right edge: no gridline there, as in Excel. */
  joinsRight: boolean;
  /** A merged area's top-left cell spans it (the other cells of the area are not drawn). */
  rowSpan?: number;
  colSpan?: number;
  horizontal?: 'left' | 'center' | 'right' | 'justify';
  /** Absent: bottom, Excel's default. */
  vertical?: 'top' | 'center';
  wrap: boolean;
  indentLevel?: number;
  borders: GridCellBorders;
}

export interface GridRow {
  /** 1-based, as the row heading shows it. */
  number: number;
  /** The cells drawn in this row: the covered cells of a merged area are left out. */
  cells: GridCell[];
  /** The lowest row (0-based) a cell of this row reaches down to through a merged area. */
  reach: number;
}

export interface SheetView {
  columns: string[];
  /** Each column's width in characters (for a column the sheet sizes, its width in points as characters). */
  widths: number[];
  /** Each column's width in CSS pixels where the sheet sets it. */
  pixelWidths: Array<number | undefined>;
  /** Rows drawn: every row the sheet uses. */
  rowCount: number;
  /** Columns the sheet uses in all (more than `columns.length` when capped). */
  totalColumns: number;
  /** Each row's top in CSS pixels from the first row's; `rowTops[rowCount]` is the height of them all. */
  rowTops: Float64Array;
  /** The merged areas (clipped to the columns drawn), by every cell of each. */
  merges: MergeMap;
  /** The same areas, each once. */
  mergedAreas: readonly CellRect[];
  /** False when the sheet hides its gridlines (a filled form does). */
  gridlines: boolean;
  /** Row `index` (0-based), built when first asked for and kept. */
  row(index: number): GridRow;
}

/** Every cell of each merged area, keyed `row:col`, to the area. */
export type MergeMap = ReadonlyMap<string, CellRect>;

const positionKey = (row: number, col: number) => `${row}:${col}`;

/**
 * `mergeMap(merges, 5)` → each cell of each merged area (clipped to the first `columns` columns) to its area;
 * an area clipped to one cell is left out.
 */
export function mergeMap(merges: readonly CellRect[], columns: number): MergeMap {
  const map = new Map<string, CellRect>();
  for (const merge of merges) {
    const colCount = Math.min(merge.colCount, columns - merge.col);
    if (colCount <= 0 || merge.rowCount * colCount <= 1) continue;
    const area = { ...merge, colCount };
    for (let r = 0; r < area.rowCount; r++) for (let c = 0; c < area.colCount; c++) map.set(positionKey(area.row + r, area.col + c), area);
  }
  return map;
}

const BORDER_STYLE: Record<CellBorder['style'], string> = {
  Continuous: 'solid',
  Dash: 'dashed',
  DashDot: 'dashed',
  DashDotDot: 'dashed',
  Dot: 'dotted',
  Double: 'double',
  SlantDashDot: 'dashed',
};
const BORDER_PX: Record<CellBorder['weight'], number> = { Hairline: 1, Thin: 1, Medium: 2, Thick: 3 };

/** `cssBorder({ style: 'Continuous', weight: 'Medium', color: '#000000' })` → `2px solid #000000` (a double line needs 3px). */
export function cssBorder(border: CellBorder | undefined): string | undefined {
  if (!border) return undefined;
  const width = border.style === 'Double' ? 3 : BORDER_PX[border.weight];
  return `${width}px ${BORDER_STYLE[border.style]} ${border.color}`;
}

const HORIZONTAL: Record<string, GridCell['horizontal']> = {
  Left: 'left', Fill: 'left', Center: 'center', CenterAcrossSelection: 'center', Right: 'right', Justify: 'justify', Distributed: 'justify',
};
const VERTICAL: Record<string, GridCell['vertical']> = { Top: 'top', Justify: 'top', Center: 'center', Distributed: 'center' };

function gridCell(row: number, col: number, address: string, cell: CellModel | undefined, layout: CellLayout | undefined): GridCell {
  const value = cell?.value ?? null;
  const view: GridCell = {
    address,
    row,
    col,
    text: formatCellText(value, cell?.numberFormat),
    numeric: typeof value === 'number',
    bold: cell?.font?.bold ?? false,
    italic: cell?.font?.italic ?? false,
    spills: false,
    joinsRight: false,
    wrap: layout?.wrapText ?? false,
    borders: {},
  };
  if (cell?.fill) view.fill = cell.fill;
  if (cell?.font?.color) view.color = cell.font.color;
  const fontScale = (cell?.font?.size ?? DEFAULT_FONT_POINTS) / DEFAULT_FONT_POINTS * (/sarabun/i.test(cell?.font?.name ?? '') ? SARABUN_SCALE : 1);
  if (fontScale !== 1) view.fontScale = fontScale;
  if (cell?.note) view.note = cell.note;
  const reference = cell?.hyperlink?.documentReference;
  if (reference) view.link = { ...splitQualifiedAddress(reference), text: view.text || reference };
  const horizontal = layout?.horizontalAlignment && HORIZONTAL[layout.horizontalAlignment];
  if (horizontal) view.horizontal = horizontal;
  const vertical = layout?.verticalAlignment && VERTICAL[layout.verticalAlignment];
  if (vertical) view.vertical = vertical;
  if (layout?.indentLevel) view.indentLevel = layout.indentLevel;
  return view;
}

/** The last row and column (0-based) holding a cell, a cell's layout or a merged area; -1 when none. */
function usedExtent(sheet: SheetModel): { lastRow: number; lastCol: number } {
  let lastRow = -1;
  let lastCol = -1;
  const take = (key: string) => {
    const position = parseCellKey(key);
    if (position.row > lastRow) lastRow = position.row;
    if (position.col > lastCol) lastCol = position.col;
  };
  for (const key of Object.keys(sheet.cells)) take(key);
  for (const key of Object.keys(sheet.layout?.cells ?? {})) take(key);
  for (const merge of sheet.layout?.merges ?? []) {
    lastRow = Math.max(lastRow, merge.row + merge.rowCount - 1);
    lastCol = Math.max(lastCol, merge.col + merge.colCount - 1);
  }
  return { lastRow, lastCol };
}

/** Each row's top in pixels: the sheet's heights where set, else Excel's default. */
function rowTopsOf(sheet: SheetModel, rowCount: number): Float64Array {
  const heights = new Float64Array(rowCount).fill(DEFAULT_ROW_PX);
  for (const [key, points] of Object.entries(sheet.layout?.rowHeights ?? {})) {
    const row = Number(key);
    if (row < rowCount) heights[row] = Math.round(points * PX_PER_POINT);
  }
  const tops = new Float64Array(rowCount + 1);
  for (let row = 0; row < rowCount; row++) tops[row + 1] = tops[row] + heights[row];
  return tops;
}

/**
 * `sheetView(sheet)` → its used range from A1, at most `maxColumns` columns wide, its rows built as they are drawn.
 * `cellAt` gives a cell's content (the demo passes the host's `committedCell`: a row first drawn during a sync shows the sheet as committed).
 */
export function sheetView(
  sheet: SheetModel,
  maxColumns: number = MAX_GRID_COLUMNS,
  cellAt: (address: string) => CellModel | undefined = (address) => sheet.cells[address],
): SheetView {
  const { lastRow, lastCol } = usedExtent(sheet);
  const columns = Array.from({ length: Math.min(lastCol + 1, maxColumns) }, (_, col) => columnLetter(col));
  const rowCount = lastRow + 1;
  const merges = mergeMap(sheet.layout?.merges ?? [], columns.length);
  const layouts = sheet.layout?.cells ?? {};
  const layoutAt = (row: number, col: number) => layouts[`${columnLetter(col)}${row + 1}`];
  const pixelWidths = columns.map((_, col) => {
    const points = sheet.layout?.columnWidths?.[String(col)];
    return points === undefined ? undefined : Math.round(points * PX_PER_POINT);
  });

  /** A row's cells with their spans, borders and which text runs on; `joinsRight` waits for the widths. */
  const buildRow = (row: number): GridRow => {
    const byColumn: Array<GridCell | undefined> = columns.map((letters, col) => {
      const area = merges.get(positionKey(row, col));
      if (area && (area.row !== row || area.col !== col)) return undefined;
      const address = `${letters}${row + 1}`;
      const cell = gridCell(row, col, address, cellAt(address), layouts[address]);
      if (area) {
        cell.rowSpan = area.rowCount;
        cell.colSpan = area.colCount;
      }
      cell.borders = drawnBorders(row, col, cell.rowSpan ?? 1, cell.colSpan ?? 1, layoutAt);
      return cell;
    });
    byColumn.forEach((cell, col) => {
      if (!cell) return;
      const next = byColumn[col + 1];
      cell.spills = !cell.numeric && cell.text !== '' && !cell.link && !cell.wrap && cell.colSpan === undefined
        && (cell.horizontal === undefined || cell.horizontal === 'left')
        && next !== undefined && next.text === '' && next.colSpan === undefined;
    });
    const cells = byColumn.filter((cell): cell is GridCell => cell !== undefined);
    const reach = cells.reduce((lowest, cell) => Math.max(lowest, row + (cell.rowSpan ?? 1) - 1), row);
    return { number: row + 1, cells, reach };
  };

  // Columns without a width of their own follow the text of the first rows; a cell that runs on into its neighbour does not widen its column.
  const built = new Map<number, GridRow>();
  const widths = pixelWidths.map((pixels) => (pixels === undefined ? MIN_COLUMN_CHARACTERS : pixels / CHARACTER_PX));
  for (let row = 0; row < Math.min(rowCount, MEASURED_ROWS); row++) {
    const gridRow = buildRow(row);
    built.set(row, gridRow);
    for (const cell of gridRow.cells) {
      if (pixelWidths[cell.col] !== undefined || cell.spills || cell.colSpan !== undefined) continue;
      widths[cell.col] = Math.max(widths[cell.col], visibleLength(cell.text));
    }
  }
  widths.forEach((width, col) => {
    if (pixelWidths[col] === undefined) widths[col] = Math.min(width, MAX_COLUMN_CHARACTERS);
  });
  for (const gridRow of built.values()) markRunningText(gridRow.cells, widths);

  return {
    columns,
    widths,
    pixelWidths,
    rowCount,
    totalColumns: lastCol + 1,
    rowTops: rowTopsOf(sheet, rowCount),
    merges,
    mergedAreas: [...new Set(merges.values())],
    gridlines: sheet.layout?.showGridlines !== false,
    row(index) {
      let gridRow = built.get(index);
      if (!gridRow) {
        gridRow = buildRow(index);
        markRunningText(gridRow.cells, widths);
        built.set(index, gridRow);
      }
      return gridRow;
    },
  };
}

/**
 * The edges drawn for a cell or merged area at `row`, `col`: Excel keeps an edge on either cell beside
 * it, so the right and bottom edges come from this cell or its neighbour; top and left only on the
 * sheet's first row and column (elsewhere they are the neighbour's right and bottom).
 */
function drawnBorders(
  row: number, col: number, rowSpan: number, colSpan: number, layoutAt: (row: number, col: number) => CellLayout | undefined,
): GridCellBorders {
  const lastRow = row + rowSpan - 1;
  const lastCol = col + colSpan - 1;
  const borders: GridCellBorders = {};
  const right = cssBorder(layoutAt(row, lastCol)?.borders?.EdgeRight ?? layoutAt(row, lastCol + 1)?.borders?.EdgeLeft);
  const bottom = cssBorder(layoutAt(lastRow, col)?.borders?.EdgeBottom ?? layoutAt(lastRow + 1, col)?.borders?.EdgeTop);
  const top = row === 0 ? cssBorder(layoutAt(row, col)?.borders?.EdgeTop) : undefined;
  const left = col === 0 ? cssBorder(layoutAt(row, col)?.borders?.EdgeLeft) : undefined;
  if (right) borders.right = right;
  if (bottom) borders.bottom = bottom;
  if (top) borders.top = top;
  if (left) borders.left = left;
  return borders;
}

/** Marks the edges a spilling text crosses: over the empty cells to its right until its length is covered. */
function markRunningText(cells: GridCell[], widths: readonly number[]): void {
  cells.forEach((cell, start) => {
    if (!cell.spills) return;
    let covered = widths[cell.col];
    for (let index = start; index + 1 < cells.length && covered < visibleLength(cell.text); index++) {
      const next = cells[index + 1];
      if (next.text !== '' || next.col !== cells[index].col + 1 || next.colSpan !== undefined) break;
      cells[index].joinsRight = true;
      covered += widths[next.col];
    }
  });
}

/** The rows (0-based, inclusive) the grid draws. */
export interface RowWindow {
  first: number;
  last: number;
}

/** The row (0-based) at `offset` pixels below the first row's top, within the rows there are. */
export function rowAtOffset(rowTops: Float64Array, offset: number): number {
  let low = 0;
  let high = rowTops.length - 2;
  if (high < 0) return 0;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (rowTops[middle] <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** Rows are drawn in blocks of this many, so scrolling redraws the table only when a block edge comes near. */
export const ROW_BLOCK = 25;

/**
 * The rows to draw for a view scrolled `top` pixels down and `height` high: those in view, `margin` more
 * on either side, widened to whole blocks of ROW_BLOCK and to whole merged areas (a row span cut by the
 * window's edge would break the table).
 *
 * @example rowWindow(view, 0, 400, 10) // { first: 0, last: 49 } on a long sheet of 20px rows
 */
export function rowWindow(view: Pick<SheetView, 'rowCount' | 'rowTops' | 'mergedAreas'>, top: number, height: number, margin: number): RowWindow | undefined {
  if (view.rowCount === 0) return undefined;
  const visibleFirst = rowAtOffset(view.rowTops, Math.max(top, 0));
  const visibleLast = rowAtOffset(view.rowTops, Math.max(top + height, 0));
  let first = Math.max(0, Math.floor((visibleFirst - margin) / ROW_BLOCK) * ROW_BLOCK);
  let last = Math.min(view.rowCount - 1, Math.ceil((visibleLast + margin + 1) / ROW_BLOCK) * ROW_BLOCK - 1);
  for (let changed = view.mergedAreas.length > 0; changed;) {
    changed = false;
    for (const area of view.mergedAreas) {
      const areaLast = Math.min(area.row + area.rowCount - 1, view.rowCount - 1);
      if (areaLast < first || area.row > last) continue;
      if (area.row < first) { first = area.row; changed = true; }
      if (areaLast > last) { last = areaLast; changed = true; }
    }
  }
  return { first, last };
}

/** A selection's 0-based bounds: `selectionRect('B3:D5')` → rows 2–4, columns 1–3; undefined when not A1. */
export interface SelectionRect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function selectionRect(selection: string | undefined): SelectionRect | undefined {
  if (!selection) return undefined;
  const [first, last = first] = selection.split(':');
  const a = parseAddress(first);
  const b = parseAddress(last);
  if (!a || !b) return undefined;
  return { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
}

/** Whether the 0-based row and column fall inside the selection. */
export function rectContains(rect: SelectionRect | undefined, row: number, col: number): boolean {
  return rect !== undefined && row >= rect.top && row <= rect.bottom && col >= rect.left && col <= rect.right;
}

/** Whether a drawn cell (a merged area's whole span) shares a cell with the selection. */
export function cellSelected(rect: SelectionRect | undefined, cell: Pick<GridCell, 'row' | 'col' | 'rowSpan' | 'colSpan'>): boolean {
  return rect !== undefined
    && cell.row <= rect.bottom && cell.row + (cell.rowSpan ?? 1) - 1 >= rect.top
    && cell.col <= rect.right && cell.col + (cell.colSpan ?? 1) - 1 >= rect.left;
}

/** The arrow keys that move the selection, as KeyboardEvent.key names them, and where each goes. */
const ARROW_STEPS: Record<string, { rows: number; cols: number }> = {
  ArrowUp: { rows: -1, cols: 0 },
  ArrowDown: { rows: 1, cols: 0 },
  ArrowLeft: { rows: 0, cols: -1 },
  ArrowRight: { rows: 0, cols: 1 },
};

/**
 * Where an arrow key moves the selection, as in Excel: one cell from the active cell (the
 * selection's first cell), kept within the `rows` × `columns` drawn; from no selection, A1.
 * A merged area is one cell: the step leaves it from its edge and lands on an area's top-left cell.
 * Undefined for any other key.
 *
 * @example movedSelection('B3', 'ArrowUp', 10, 5) // 'B2'
 * @example movedSelection('A1:C4', 'ArrowRight', 10, 5) // 'B1'
 */
export function movedSelection(selection: string | undefined, key: string, rows: number, columns: number, merges: MergeMap = new Map()): string | undefined {
  const step = ARROW_STEPS[key];
  if (!step || rows <= 0 || columns <= 0) return undefined;
  const active = selection ? parseAddress(selection.split(':')[0]) : undefined;
  if (!active) return 'A1';
  const from = merges.get(positionKey(active.row, active.col));
  let row = active.row + step.rows;
  let col = active.col + step.cols;
  if (from && step.rows > 0) row = from.row + from.rowCount;
  if (from && step.cols > 0) col = from.col + from.colCount;
  if (from && step.rows < 0) row = from.row - 1;
  if (from && step.cols < 0) col = from.col - 1;
  row = Math.min(Math.max(row, 0), rows - 1);
  col = Math.min(Math.max(col, 0), columns - 1);
  const into = merges.get(positionKey(row, col));
  if (into) {
    if (into === from) return `${columnLetter(into.col)}${into.row + 1}`;
    row = into.row;
    col = into.col;
  }
  return `${columnLetter(col)}${row + 1}`;
}
