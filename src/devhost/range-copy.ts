/**
 * Range.copyFrom (ExcelApi 1.9): Excel's copy and paste. The source is pasted at the destination's
 * top-left cell, repeated to fill a destination that is a whole multiple of it (a row pasted over
 * ten rows gives ten copies), else pasted once at the source's size. `All` brings values,
 * formulas (relative references moved by the offset, absolute ones kept), number formats, fills,
 * fonts, notes, links, the cells' layout and the merged areas inside the source; whole rows
 * pasted over whole rows bring their heights too. `Formats`, `Values` and `Formulas` bring their
 * part. A blank source cell clears the destination's unless `skipBlanks`.
 *
 * Not simulated (NotSimulatedError): transposing, a RangeAreas source, pasting whole columns.
 */
import { offsetFormula } from '../core/template/formula-references';
import { cellKey, MAX_COLUMNS, MAX_ROWS, parseCellKey, type CellRect } from './address';
import type { BatchExecution } from './batch';
import { NotSimulatedError, SimulatedOfficeError } from './errors';
import type { CellModel } from './model';
import type { SheetRect } from './sheet-cells';
import { rectContains, rectsOverlap, writableLayout, type CellLayout } from './sheet-layout';

const COPY_TYPES = ['All', 'Formulas', 'Values', 'Formats'] as const;
export type RangeCopyType = (typeof COPY_TYPES)[number];

const inside = (rect: CellRect, row: number, col: number) => row >= rect.row && row < rect.row + rect.rowCount && col >= rect.col && col < rect.col + rect.colCount;

/** How many times the source fits the destination along one side: the destination's size when a whole multiple, else once. */
function tiles(source: number, destination: number): number {
  return destination >= source && destination % source === 0 ? destination / source : 1;
}

/** The part of a source cell `copyType` brings to a destination cell that has `before`; rows and columns moved by the offset. */
function pasted(cell: CellModel | undefined, before: CellModel | undefined, copyType: RangeCopyType, rows: number, columns: number): CellModel {
  const content: CellModel = {};
  if (cell?.formula !== undefined && (copyType === 'All' || copyType === 'Formulas')) {
    content.formula = `=${offsetFormula(cell.formula.slice(1), rows, columns)}`;
    if (cell.value !== undefined) content.value = cell.value;
  } else if (cell?.value !== undefined && copyType !== 'Formats') {
    content.value = cell.value;
  }
  const formats: CellModel = {
    ...(cell?.numberFormat !== undefined ? { numberFormat: cell.numberFormat } : {}),
    ...(cell?.fill !== undefined ? { fill: cell.fill } : {}),
    ...(cell?.font !== undefined ? { font: { ...cell.font } } : {}),
  };
  const extras: CellModel = {
    ...(cell?.note !== undefined ? { note: cell.note } : {}),
    ...(cell?.hyperlink !== undefined ? { hyperlink: { ...cell.hyperlink } } : {}),
  };
  const keptFormats: CellModel = {
    ...(before?.numberFormat !== undefined ? { numberFormat: before.numberFormat } : {}),
    ...(before?.fill !== undefined ? { fill: before.fill } : {}),
    ...(before?.font !== undefined ? { font: before.font } : {}),
    ...(before?.note !== undefined ? { note: before.note } : {}),
    ...(before?.hyperlink !== undefined ? { hyperlink: before.hyperlink } : {}),
  };
  switch (copyType) {
    case 'All': return { ...content, ...formats, ...extras };
    case 'Formats': return { ...(before?.value !== undefined ? { value: before.value } : {}), ...(before?.formula !== undefined ? { formula: before.formula } : {}), ...formats, ...(before?.note !== undefined ? { note: before.note } : {}), ...(before?.hyperlink !== undefined ? { hyperlink: before.hyperlink } : {}) };
    default: return { ...content, ...keptFormats };
  }
}

export function copyRangeFrom(
  batch: BatchExecution,
  destination: SheetRect,
  source: SheetRect,
  copyType: unknown,
  skipBlanks: unknown,
  transpose: unknown,
  location: string,
): void {
  const type = (copyType ?? 'All') as RangeCopyType;
  if (!COPY_TYPES.includes(type)) throw new SimulatedOfficeError('InvalidArgument', undefined, location);
  if (skipBlanks !== undefined && typeof skipBlanks !== 'boolean') throw new SimulatedOfficeError('InvalidArgument', undefined, location);
  if (transpose !== undefined && transpose !== false) throw new NotSimulatedError('Range.copyFrom with transpose');
  const from = source.rect;
  const to = destination.rect;
  if (from.rowCount === MAX_ROWS || to.rowCount === MAX_ROWS) throw new NotSimulatedError('Range.copyFrom of whole columns');
  const across = tiles(from.colCount, to.colCount);
  const down = tiles(from.rowCount, to.rowCount);
  const area: CellRect = { row: to.row, col: to.col, rowCount: from.rowCount * down, colCount: from.colCount * across };
  if (area.row + area.rowCount > MAX_ROWS || area.col + area.colCount > MAX_COLUMNS) throw new SimulatedOfficeError('InvalidArgument', undefined, location);

  const sheet = batch.writableCells(destination.sheet.id, location);
  const existingMerges = sheet.layout?.merges ?? [];
  if (type === 'All' || type === 'Formats') {
    if (existingMerges.some((merge) => rectsOverlap(merge, area) && !rectContains(area, merge))) {
      throw new SimulatedOfficeError('InvalidOperation', "We can't do that to a merged cell.", location);
    }
  }
  // The source as it is before anything is pasted (it may overlap the destination).
  const sourceCells = Object.entries(source.sheet.cells).map(([key, cell]) => ({ ...parseCellKey(key), cell })).filter(({ row, col }) => inside(from, row, col));
  const sourceLayouts = Object.entries(source.sheet.layout?.cells ?? {}).map(([key, cellLayout]) => ({ ...parseCellKey(key), cellLayout })).filter(({ row, col }) => inside(from, row, col));
  const sourceMerges = (source.sheet.layout?.merges ?? []).filter((merge) => rectContains(from, merge));
  const sourceHeights = Object.entries(source.sheet.layout?.rowHeights ?? {}).filter(([row]) => Number(row) >= from.row && Number(row) < from.row + from.rowCount);
  const bySource = new Map(sourceCells.map(({ row, col, cell }) => [cellKey(row - from.row, col - from.col), cell]));

  // Every destination cell that holds something or gets something.
  const targets = new Set<string>();
  for (const key of Object.keys(sheet.cells)) {
    const { row, col } = parseCellKey(key);
    if (inside(area, row, col)) targets.add(key);
  }
  for (let down_ = 0; down_ < down; down_++) {
    for (let across_ = 0; across_ < across; across_++) {
      for (const { row, col } of sourceCells) targets.add(cellKey(to.row + down_ * from.rowCount + row - from.row, to.col + across_ * from.colCount + col - from.col));
    }
  }
  for (const key of targets) {
    const { row, col } = parseCellKey(key);
    const relativeRow = (row - to.row) % from.rowCount;
    const relativeCol = (col - to.col) % from.colCount;
    const cell = bySource.get(cellKey(relativeRow, relativeCol));
    if (!cell && skipBlanks === true) continue;
    const rows = row - (from.row + relativeRow);
    const columns = col - (from.col + relativeCol);
    batch.replaceCell(sheet, row, col, (before) => pasted(cell, before, type, rows, columns));
  }

  if (type !== 'All' && type !== 'Formats') return;
  const layout = writableLayout(batch, sheet.id, location);
  const cells: Record<string, CellLayout> = {};
  for (const [key, cellLayout] of Object.entries(layout.cells)) {
    const { row, col } = parseCellKey(key);
    if (!inside(area, row, col) || skipBlanks === true) cells[key] = cellLayout;
  }
  layout.merges = layout.merges.filter((merge) => !rectContains(area, merge));
  const wholeRows = from.colCount === MAX_COLUMNS && to.colCount === MAX_COLUMNS;
  if (wholeRows) for (let row = area.row; row < area.row + area.rowCount; row++) delete layout.rowHeights[String(row)];
  for (let down_ = 0; down_ < down; down_++) {
    for (let across_ = 0; across_ < across; across_++) {
      const rowShift = to.row + down_ * from.rowCount - from.row;
      const colShift = to.col + across_ * from.colCount - from.col;
      for (const { row, col, cellLayout } of sourceLayouts) cells[cellKey(row + rowShift, col + colShift)] = { ...cellLayout };
      for (const merge of sourceMerges) layout.merges.push({ ...merge, row: merge.row + rowShift, col: merge.col + colShift });
      if (wholeRows) {
        for (const [row, height] of sourceHeights) layout.rowHeights[String(Number(row) + rowShift)] = height;
      }
    }
  }
  layout.cells = cells;
}
