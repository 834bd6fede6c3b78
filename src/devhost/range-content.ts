/**
 * Writing a range's cell-level data (`values`, `formulas`, `numberFormat`,
 * `hyperlink`) and clearing it, with Excel's checks: the 2-D array must match
 * the range (or be a single value), `null` leaves a cell unchanged, `''`
 * clears, whole columns/rows refuse cell-level writes, a protected sheet
 * refuses everything. Every check runs before the first cell changes, so a
 * refused write applies nothing.
 */
import { cellCountOf, isUnbounded, parseCellKey, type CellRect } from './address';
import type { BatchExecution } from './batch';
import { storedInput } from './cell-input';
import { NotSimulatedError, SimulatedOfficeError } from './errors';
import type { CellHyperlink, CellModel, SheetModel } from './model';
import { MAX_CELL_TEXT_LENGTH } from './payload';
import { cellAt, forEachCell, type SheetRect } from './sheet-cells';

export type CellDataKind = 'values' | 'formulas' | 'numberFormat';

const SHAPE_MISMATCH = "The number of rows or columns in the input array doesn't match the size or dimensions of the range.";

type Element = string | number | boolean | null;

/** The element for each cell: a 2-D array of the range's shape, or one value for every cell. */
function elementsFor(input: unknown, rect: CellRect, kind: CellDataKind, location: string): (r: number, c: number) => unknown {
  if (input === null || input === undefined) {
    throw new SimulatedOfficeError('InvalidArgument', undefined, location);
  }
  if (!Array.isArray(input)) return () => input;
  const rows = input as unknown[];
  const isSingle = rows.length === 1 && Array.isArray(rows[0]) && (rows[0] as unknown[]).length === 1;
  // A 1×1 array is broadcast for number formats (github.com/OfficeDev/office-js-docs-pr/issues/5400).
  if (isSingle && kind === 'numberFormat') return () => (rows[0] as unknown[])[0];
  const shapeMatches =
    rows.length === rect.rowCount && rows.every((row) => Array.isArray(row) && row.length === rect.colCount);
  if (!shapeMatches) throw new SimulatedOfficeError('InvalidArgument', SHAPE_MISMATCH, location);
  return (r, c) => (rows[r] as unknown[])[c];
}

function checkElement(element: unknown, kind: CellDataKind, location: string): Element {
  if (element === null) return null;
  const valid =
    kind === 'numberFormat'
      ? typeof element === 'string'
      : typeof element === 'string' || typeof element === 'boolean' || (typeof element === 'number' && Number.isFinite(element));
  if (!valid) throw new SimulatedOfficeError('InvalidArgument', undefined, location);
  if (typeof element === 'string' && element.length > MAX_CELL_TEXT_LENGTH) {
    throw new SimulatedOfficeError('InvalidArgument', `A cell holds at most ${MAX_CELL_TEXT_LENGTH} characters.`, location);
  }
  return element as Element;
}

/** What writing `element` does to a cell: values and formulas are read as typed; formats replace the format. */
function applyElement(cell: CellModel, element: string | number | boolean, kind: CellDataKind): CellModel {
  if (kind === 'numberFormat') {
    const format = element as string;
    if (format === '' || format === 'General') delete cell.numberFormat;
    else cell.numberFormat = format;
    return cell;
  }
  const stored = storedInput(element, cell.numberFormat ?? 'General');
  delete cell.formula;
  delete cell.value;
  if (stored.formula !== undefined) cell.formula = stored.formula;
  if (stored.value !== null) cell.value = stored.value;
  if (stored.impliedFormat && (cell.numberFormat === undefined || cell.numberFormat === 'General')) {
    cell.numberFormat = stored.impliedFormat;
  }
  return cell;
}

/** `Range.values = …`, `Range.formulas = …`, `Range.numberFormat = …` at sync. */
export function writeCellData(
  batch: BatchExecution,
  target: SheetRect,
  input: unknown,
  kind: CellDataKind,
  location: string,
): void {
  const { rect } = target;
  if (isUnbounded(rect)) {
    const single = Array.isArray(input) && input.length === 1 && Array.isArray(input[0]) && input[0].length === 1;
    if (kind === 'numberFormat' && single) throw new NotSimulatedError('numberFormat broadcast to whole columns or rows');
    throw new SimulatedOfficeError('InvalidOperation', undefined, location);
  }
  const elementAt = elementsFor(input, rect, kind, location);
  const checked: Element[][] = [];
  for (let r = 0; r < rect.rowCount; r++) {
    const line: Element[] = [];
    for (let c = 0; c < rect.colCount; c++) line.push(checkElement(elementAt(r, c), kind, location));
    checked.push(line);
  }
  const sheet = batch.writableCells(target.sheet.id, location);
  forEachCell(rect, (row, col, r, c) => {
    const element = checked[r][c];
    if (element === null) return;
    batch.replaceCell(sheet, row, col, (cell) => applyElement(cell, element, kind));
  });
}

/** A checked `{ address | documentReference, textToDisplay?, screenTip? }`; InvalidArgument otherwise. */
export function checkHyperlink(input: unknown, location: string): CellHyperlink {
  if (!input || typeof input !== 'object') throw new SimulatedOfficeError('InvalidArgument', undefined, location);
  const link = input as Record<string, unknown>;
  const allowed = ['address', 'documentReference', 'textToDisplay', 'screenTip'];
  const wellFormed =
    Object.keys(link).every((key) => allowed.includes(key)) &&
    Object.values(link).every((value) => value === undefined || typeof value === 'string') &&
    (!!link.address || !!link.documentReference);
  if (!wellFormed) throw new SimulatedOfficeError('InvalidArgument', undefined, location);
  const hyperlink: CellHyperlink = {};
  for (const key of allowed) if (typeof link[key] === 'string') (hyperlink as Record<string, string>)[key] = link[key] as string;
  return hyperlink;
}

/** Attaches the link; its text becomes the cell's value (the target's text when the cell was empty). */
export function applyHyperlink(cell: CellModel, hyperlink: CellHyperlink): CellModel {
  cell.hyperlink = { ...hyperlink };
  const isEmpty = cell.value === undefined && cell.formula === undefined;
  const shown = hyperlink.textToDisplay ?? (isEmpty ? hyperlink.address ?? hyperlink.documentReference : undefined);
  if (shown !== undefined) {
    delete cell.formula;
    cell.value = shown;
  }
  return cell;
}

/** `Range.hyperlink = …` at sync. */
export function writeHyperlink(
  batch: BatchExecution,
  target: SheetRect,
  input: unknown,
  location: string,
): void {
  const hyperlink = checkHyperlink(input, location);
  if (isUnbounded(target.rect)) throw new SimulatedOfficeError('InvalidOperation', undefined, location);
  const sheet = batch.writableCells(target.sheet.id, location);
  forEachCell(target.rect, (row, col) => batch.replaceCell(sheet, row, col, (cell) => applyHyperlink(cell, hyperlink)));
}

export type ClearScope = 'All' | 'Formats' | 'Contents' | 'Hyperlinks' | 'RemoveHyperlinks' | 'ResetContents';

const CLEAR_SCOPES: readonly ClearScope[] = ['All', 'Formats', 'Contents', 'Hyperlinks', 'RemoveHyperlinks', 'ResetContents'];

function clearCell(cell: CellModel, scope: ClearScope): CellModel {
  const contents = scope === 'All' || scope === 'Contents' || scope === 'ResetContents';
  const formats = scope === 'All' || scope === 'Formats';
  if (contents) {
    delete cell.value;
    delete cell.formula;
  }
  if (formats) {
    delete cell.numberFormat;
    delete cell.fill;
    delete cell.font;
  }
  if (scope === 'All' || scope === 'Hyperlinks' || scope === 'RemoveHyperlinks') delete cell.hyperlink;
  if (scope === 'All') delete cell.note;
  return cell;
}

/** Up to this many cells, a clear visits its rectangles cell by cell without counting the sheet's stored cells. */
const RECT_WALK_CELLS = 100_000;

/** Visits the stored cells of the rectangles, or of the sheet when that is fewer: whole columns are cheap. */
export function forEachStoredCell(sheet: SheetModel, rects: readonly CellRect[], visit: (row: number, col: number) => void): void {
  const total = rects.reduce((sum, rect) => sum + cellCountOf(rect), 0);
  // Counting the stored cells walks them all: only worth it when the rectangles are big (whole columns).
  if (total <= RECT_WALK_CELLS || total <= Object.keys(sheet.cells).length) {
    for (const rect of rects) forEachCell(rect, (row, col) => cellAt(sheet, row, col) && visit(row, col));
    return;
  }
  for (const key of Object.keys(sheet.cells)) {
    const { row, col } = parseCellKey(key);
    if (rects.some((rect) => row >= rect.row && row < rect.row + rect.rowCount && col >= rect.col && col < rect.col + rect.colCount)) {
      visit(row, col);
    }
  }
}

/** `Range.clear(applyTo)` / `RangeAreas.clear(applyTo)` at sync. */
export function clearCells(batch: BatchExecution, sheetId: string, rects: readonly CellRect[], applyTo: unknown, location: string): void {
  const scope = (applyTo ?? 'All') as ClearScope;
  if (!CLEAR_SCOPES.includes(scope)) throw new SimulatedOfficeError('InvalidArgument', undefined, location);
  const sheet = batch.writableCells(sheetId, location);
  forEachStoredCell(sheet, rects, (row, col) => batch.replaceCell(sheet, row, col, (cell) => clearCell(cell, scope)));
}
