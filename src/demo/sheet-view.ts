/**
 * What the demo grid draws for one sheet: the used rectangle of its sparse
 * cells, each cell's text as Excel would show it (dates through their number
 * format, Buddhist-era formats as BE), its fill, font, note and link. Pure, so
 * it is computed once per sheet object (a sync replaces changed sheets).
 */
import { columnLetter, parseAddress } from '../core/table/address';
import type { CellModel, SheetModel } from '../devhost/model';
import { formatCellText } from '../devhost/number-format';
import { splitQualifiedAddress } from '../excel/addresses';
import { visibleLength } from '../core/output/text-measure';

/** Rows drawn at most: the grid is for looking, and a browser table of 100,000 rows is not. */
export const MAX_GRID_ROWS = 2000;
/** Columns drawn at most, for the same reason. */
export const MAX_GRID_COLUMNS = 100;

/** Column widths in characters, as Excel measures them: the file's widths are not in the model, so they follow the text. */
const MIN_COLUMN_CHARACTERS = 4;
const MAX_COLUMN_CHARACTERS = 28;

export interface GridCell {
  address: string;
  text: string;
  /** Numbers and dates are right-aligned, as in Excel. */
  numeric: boolean;
  fill?: string;
  bold: boolean;
  italic: boolean;
  color?: string;
  note?: string;
  /** An internal hyperlink's target (the Issues sheet links to the flagged cells). */
  link?: { sheet?: string; address: string; text: string };
  /** Text running on over the empty cell to its right, as Excel lets it (a title over a table). */
  spills: boolean;
  /** Running text crosses this cell's right edge: no gridline there, as in Excel. */
  joinsRight: boolean;
}

export interface SheetView {
  columns: string[];
  /** Each column's width in characters. */
  widths: number[];
  rows: { number: number; cells: GridCell[] }[];
  /** Rows the sheet uses in all (more than `rows.length` when capped). */
  totalRows: number;
  /** Columns the sheet uses in all (more than `columns.length` when capped). */
  totalColumns: number;
}

function gridCell(address: string, cell: CellModel | undefined): GridCell {
  const value = cell?.value ?? null;
  const view: GridCell = {
    address,
    text: formatCellText(value, cell?.numberFormat),
    numeric: typeof value === 'number',
    bold: cell?.font?.bold ?? false,
    italic: cell?.font?.italic ?? false,
    spills: false,
    joinsRight: false,
  };
  if (cell?.fill) view.fill = cell.fill;
  if (cell?.font?.color) view.color = cell.font.color;
  if (cell?.note) view.note = cell.note;
  const reference = cell?.hyperlink?.documentReference;
  if (reference) view.link = { ...splitQualifiedAddress(reference), text: view.text || reference };
  return view;
}

/** `sheetView(sheet)` → its used range from A1 as rows of cells, at most `maxRows` rows of `maxColumns` columns. */
export function sheetView(sheet: SheetModel, maxRows: number = MAX_GRID_ROWS, maxColumns: number = MAX_GRID_COLUMNS): SheetView {
  let lastRow = -1;
  let lastCol = -1;
  for (const address of Object.keys(sheet.cells)) {
    const position = parseAddress(address);
    if (!position) continue;
    lastRow = Math.max(lastRow, position.row);
    lastCol = Math.max(lastCol, position.col);
  }
  const columns = Array.from({ length: Math.min(lastCol + 1, maxColumns) }, (_, col) => columnLetter(col));
  const shownRows = Math.min(lastRow + 1, maxRows);
  const widths = columns.map(() => MIN_COLUMN_CHARACTERS);
  const rows = Array.from({ length: shownRows }, (_, row) => {
    const cells = columns.map((letters) => {
      const address = `${letters}${row + 1}`;
      return gridCell(address, sheet.cells[address]);
    });
    cells.forEach((cell, col) => {
      cell.spills = !cell.numeric && cell.text !== '' && !cell.link && col + 1 < cells.length && cells[col + 1].text === '';
      // A cell that runs on into its neighbour does not widen its column.
      if (!cell.spills) widths[col] = Math.max(widths[col], visibleLength(cell.text));
    });
    return { number: row + 1, cells };
  });
  for (let col = 0; col < widths.length; col++) widths[col] = Math.min(widths[col], MAX_COLUMN_CHARACTERS);
  for (const row of rows) markRunningText(row.cells, widths);
  return { columns, widths, rows, totalRows: lastRow + 1, totalColumns: lastCol + 1 };
}

/** Marks the edges a spilling text crosses: over the empty cells to its right until its length is covered. */
function markRunningText(cells: GridCell[], widths: readonly number[]): void {
  cells.forEach((cell, start) => {
    if (!cell.spills) return;
    let covered = widths[start];
    for (let col = start; col + 1 < cells.length && covered < visibleLength(cell.text) && cells[col + 1].text === ''; col++) {
      cells[col].joinsRight = true;
      covered += widths[col + 1];
    }
  });
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
 * Undefined for any other key.
 *
 * @example movedSelection('B3', 'ArrowUp', 10, 5) // 'B2'
 * @example movedSelection('A1:C4', 'ArrowRight', 10, 5) // 'B1'
 */
export function movedSelection(selection: string | undefined, key: string, rows: number, columns: number): string | undefined {
  const step = ARROW_STEPS[key];
  if (!step || rows <= 0 || columns <= 0) return undefined;
  const active = selection ? parseAddress(selection.split(':')[0]) : undefined;
  if (!active) return 'A1';
  const row = Math.min(Math.max(active.row + step.rows, 0), rows - 1);
  const col = Math.min(Math.max(active.col + step.cols, 0), columns - 1);
  return `${columnLetter(col)}${row + 1}`;
}
