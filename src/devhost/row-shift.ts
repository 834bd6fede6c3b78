/**
 * Range.insert(Down) and Range.delete(Up) of whole rows (ExcelApi 1.1), with what Excel moves
 * with the rows: cells (values, formulas, formats, notes, links) and their layout, row heights,
 * merged areas, the print area, print titles and page breaks, and every formula of the sheet
 * that names a moved row. As in Excel, a reference or range end at or below the first inserted
 * row moves down, so a range that spans the insertion point grows and one that ends just above
 * it does not; the inserted rows take the formats of the row above. Deleting rows moves what is
 * below up, shrinks what spans them, and turns a reference to nothing but deleted rows into
 * `#REF!`. Pushing a filled cell off the sheet is refused.
 *
 * Not simulated (NotSimulatedError): shifting part of a row or sideways, a sheet with tables or
 * charts, and a sheet other sheets' formulas name (their references would move too).
 */
import { areaText, rewriteReferences, type AreaReference, type ReferenceEnd } from '../core/template/formula-references';
import { cellKey, MAX_COLUMNS, MAX_ROWS, parseCellKey, type CellRect } from './address';
import type { BatchExecution } from './batch';
import { NotSimulatedError, SimulatedOfficeError } from './errors';
import type { CellModel, SheetModel } from './model';
import type { SheetRect } from './sheet-cells';
import { writableLayout, type CellLayout, type PageLayoutModel } from './sheet-layout';

/** How a row index fares: its new index, or undefined when it was deleted. */
type RowMove = (row: number) => number | undefined;

/** Excel.InsertShiftDirection / DeleteShiftDirection values. */
const INSERT_SHIFTS = ['Down', 'Right'];
const DELETE_SHIFTS = ['Up', 'Left'];

function wholeRows(target: SheetRect, shift: unknown, allowed: readonly string[], down: string, location: string): { first: number; count: number } {
  if (typeof shift !== 'string' || !allowed.includes(shift)) throw new SimulatedOfficeError('InvalidArgument', undefined, location);
  const { rect } = target;
  if (shift !== down || rect.col !== 0 || rect.colCount !== MAX_COLUMNS) throw new NotSimulatedError(`${location} of anything but whole rows, ${down.toLowerCase()}`);
  if (rect.rowCount === MAX_ROWS) throw new SimulatedOfficeError('InvalidOperation', undefined, location);
  return { first: rect.row, count: rect.rowCount };
}

/** The sheet must hold nothing the row move is not simulated for. */
function checkSimulated(batch: BatchExecution, sheet: SheetModel, location: string): void {
  if (batch.workbook.tables.some((table) => table.sheetId === sheet.id)) throw new NotSimulatedError(`${location} on a sheet that holds tables`);
  if ((sheet.charts ?? []).length > 0 || batch.workbook.sheets.some((other) => (other.charts ?? []).some((chart) => JSON.stringify(chart).includes(sheet.id)))) {
    throw new NotSimulatedError(`${location} on a sheet a chart reads`);
  }
  const name = sheet.name.toLocaleUpperCase();
  for (const other of batch.workbook.sheets) {
    if (other.id === sheet.id) continue;
    if (Object.values(other.cells).some((cell) => cell.formula?.toLocaleUpperCase().includes(name))) {
      throw new NotSimulatedError(`${location} on a sheet other sheets' formulas name`);
    }
  }
}

/** A reference of the sheet's own formulas with its rows moved; `#REF!` when nothing of it is left. */
function movedArea(area: AreaReference, move: RowMove, deleted?: { first: number; count: number }): string {
  const ends: ReferenceEnd[] = [area.first, ...(area.last ? [area.last] : [])];
  if (ends.every((end) => end.row === undefined)) return areaText(area);
  if (!area.last || !deleted) {
    if (ends.some((end) => end.row !== undefined && move(end.row) === undefined)) return '#REF!';
    const moved = ends.map((end) => (end.row === undefined ? end : { ...end, row: move(end.row) }));
    return areaText({ first: moved[0], ...(moved[1] ? { last: moved[1] } : {}) });
  }
  // A range losing rows: ends inside the deleted rows close in on what is left.
  const [first, last] = [area.first, area.last];
  const top = Math.min(first.row!, last.row!);
  const bottom = Math.max(first.row!, last.row!);
  const end = deleted.first + deleted.count - 1;
  if (top >= deleted.first && bottom <= end) return '#REF!';
  const newTop = top < deleted.first ? top : top > end ? top - deleted.count : deleted.first;
  const newBottom = bottom < deleted.first ? bottom : bottom > end ? bottom - deleted.count : deleted.first - 1;
  const [a, b] = first.row! <= last.row! ? [newTop, newBottom] : [newBottom, newTop];
  return areaText({ first: { ...first, row: a }, last: { ...last, row: b } });
}

/** A formula (`=…`) of the sheet with its references to the sheet's own rows moved. */
function movedFormula(formula: string, sheetName: string, move: RowMove, deleted?: { first: number; count: number }): string {
  const body = formula.slice(1);
  return `=${rewriteReferences(body, { own: sheetName, renamed: sheetName }, (area) => movedArea(area, move, deleted))}`;
}

/** A rectangle with its rows moved, or undefined when none is left. */
function movedRect(rect: CellRect, move: RowMove, deleted?: { first: number; count: number }): CellRect | undefined {
  const last = rect.row + rect.rowCount - 1;
  if (deleted) {
    const end = deleted.first + deleted.count - 1;
    if (rect.row >= deleted.first && last <= end) return undefined;
    const top = rect.row < deleted.first ? rect.row : rect.row > end ? rect.row - deleted.count : deleted.first;
    const bottom = last < deleted.first ? last : last > end ? last - deleted.count : deleted.first - 1;
    return { ...rect, row: top, rowCount: bottom - top + 1 };
  }
  const top = move(rect.row)!;
  const bottom = move(last)!;
  return { ...rect, row: top, rowCount: bottom - top + 1 };
}

/** Moves the sheet's rows as `move` says, everything that names a row with them. */
function moveRows(batch: BatchExecution, sheetId: string, move: RowMove, location: string, change: { insert?: { first: number; count: number }; deleted?: { first: number; count: number } }): void {
  const sheet = batch.writableCells(sheetId, location);
  checkSimulated(batch, sheet, location);
  const { insert, deleted } = change;
  const from = insert?.first ?? deleted!.first;

  // Cells: those at or below the change move; the deleted ones go; formulas everywhere on the sheet follow.
  const entries = Object.entries(sheet.cells).map(([key, cell]) => ({ ...parseCellKey(key), cell }));
  if (insert && entries.some(({ row, cell }) => row + insert.count >= MAX_ROWS && (cell.value !== undefined && cell.value !== null || cell.formula !== undefined))) {
    throw new SimulatedOfficeError('InvalidOperation', "Microsoft Excel can't insert new cells because it would push non-empty cells off the end of the worksheet.", location);
  }
  const placed = new Map<string, CellModel>();
  for (const { row, col, cell } of entries) {
    const target = row < from ? row : move(row);
    if (target === undefined || target >= MAX_ROWS) continue;
    const moved = cell.formula === undefined ? cell : { ...cell, formula: movedFormula(cell.formula, sheet.name, move, deleted) };
    placed.set(cellKey(target, col), moved);
  }
  // The inserted rows take the formats of the row above (Excel's "Format Same As Above").
  if (insert && insert.first > 0) {
    for (const { row, col, cell } of entries) {
      if (row !== insert.first - 1) continue;
      const format: CellModel = {
        ...(cell.numberFormat !== undefined ? { numberFormat: cell.numberFormat } : {}),
        ...(cell.fill !== undefined ? { fill: cell.fill } : {}),
        ...(cell.font !== undefined ? { font: { ...cell.font } } : {}),
      };
      if (Object.keys(format).length === 0) continue;
      for (let r = 0; r < insert.count; r++) placed.set(cellKey(insert.first + r, col), format);
    }
  }
  const keys = new Set([...entries.map(({ row, col }) => cellKey(row, col)), ...placed.keys()]);
  for (const key of keys) {
    const { row, col } = parseCellKey(key);
    const next = placed.get(key);
    batch.replaceCell(sheet, row, col, () => (next ? { ...next } : {}));
  }

  const layout = writableLayout(batch, sheetId, location);
  const cells: Record<string, CellLayout> = {};
  for (const [key, cellLayout] of Object.entries(layout.cells)) {
    const { row, col } = parseCellKey(key);
    const target = row < from ? row : move(row);
    if (target !== undefined && target < MAX_ROWS) cells[cellKey(target, col)] = cellLayout;
    if (insert && row === insert.first - 1) for (let r = 0; r < insert.count; r++) cells[cellKey(insert.first + r, col)] = { ...cellLayout };
  }
  layout.cells = cells;
  const heights: Record<string, number> = {};
  for (const [row, height] of Object.entries(layout.rowHeights)) {
    const index = Number(row);
    const target = index < from ? index : move(index);
    if (target !== undefined && target < MAX_ROWS) heights[String(target)] = height;
  }
  layout.rowHeights = heights;
  layout.merges = layout.merges.flatMap((merge) => {
    const moved = movedRect(merge, move, deleted);
    return moved && moved.rowCount * moved.colCount > 1 ? [moved] : [];
  });
  if (layout.page) {
    const page: PageLayoutModel = { ...layout.page };
    if (page.printArea) {
      const areas = page.printArea.flatMap((area) => movedRect(area, move, deleted) ?? []);
      if (areas.length > 0) page.printArea = areas;
      else delete page.printArea;
    }
    if (page.printTitleRows) {
      const titles = movedRect({ row: page.printTitleRows.first, col: 0, rowCount: page.printTitleRows.last - page.printTitleRows.first + 1, colCount: 1 }, move, deleted);
      if (titles) page.printTitleRows = { first: titles.row, last: titles.row + titles.rowCount - 1 };
      else delete page.printTitleRows;
    }
    if (page.rowBreaks) {
      const breaks = page.rowBreaks.flatMap((row) => {
        const target = move(row);
        return target === undefined || target >= MAX_ROWS || target === 0 ? [] : [target];
      });
      if (breaks.length > 0) page.rowBreaks = [...new Set(breaks)].sort((a, b) => a - b);
      else delete page.rowBreaks;
    }
    layout.page = page;
  }
}

/** Range.insert(Down) over whole rows: rows pushed down by the range's height. */
export function insertRows(batch: BatchExecution, target: SheetRect, shift: unknown, location: string): void {
  const { first, count } = wholeRows(target, shift, INSERT_SHIFTS, 'Down', location);
  moveRows(batch, target.sheet.id, (row) => (row >= first ? row + count : row), location, { insert: { first, count } });
}

/** Range.delete(Up) over whole rows: the rows removed, those below moved up. */
export function deleteRows(batch: BatchExecution, target: SheetRect, shift: unknown, location: string): void {
  const { first, count } = wholeRows(target, shift, DELETE_SHIFTS, 'Up', location);
  const end = first + count - 1;
  moveRows(batch, target.sheet.id, (row) => (row < first ? row : row > end ? row - count : undefined), location, { deleted: { first, count } });
}
