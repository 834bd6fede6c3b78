/**
 * Range.merge / Range.unmerge (ExcelApi 1.2), kept in the sheet's layout
 * (sheet-layout.ts). As in Excel: merging keeps the top-left cell's value and
 * empties the others; merging over whole merged areas absorbs them; a merge
 * that would cut through a merged area, or runs into an Excel table, is
 * InvalidOperation; `across` merges each row of the range on its own; unmerge
 * splits every merged area the range touches.
 */
import { MAX_COLUMNS, MAX_ROWS, type CellRect } from './address';
import type { BatchExecution } from './batch';
import { NotSimulatedError, SimulatedOfficeError } from './errors';
import { parseRangeReference } from './address';
import type { SheetRect } from './sheet-cells';
import { rectContains, rectsOverlap, writableLayout } from './sheet-layout';

function tableRects(batch: BatchExecution, sheetId: string): CellRect[] {
  return batch.workbook.tables
    .filter((table) => table.sheetId === sheetId)
    .flatMap((table) => {
      const reference = parseRangeReference(table.address);
      return reference ? [reference.rect] : [];
    });
}

export function mergeCells(batch: BatchExecution, target: SheetRect, across: unknown, location: string): void {
  if (across !== undefined && across !== null && typeof across !== 'boolean') throw new SimulatedOfficeError('InvalidArgument', undefined, location);
  const { rect } = target;
  if (rect.rowCount === MAX_ROWS || rect.colCount === MAX_COLUMNS) throw new NotSimulatedError('merging whole columns or rows');
  const areas: CellRect[] = across === true
    ? Array.from({ length: rect.rowCount }, (_, r) => ({ row: rect.row + r, col: rect.col, rowCount: 1, colCount: rect.colCount }))
    : [rect];
  if (tableRects(batch, target.sheet.id).some((table) => rectsOverlap(table, rect))) {
    throw new SimulatedOfficeError('InvalidOperation', "You can't merge cells in a table.", location);
  }
  const existing = target.sheet.layout?.merges ?? [];
  for (const area of areas) {
    if (existing.some((merge) => rectsOverlap(merge, area) && !rectContains(area, merge))) {
      throw new SimulatedOfficeError('InvalidOperation', "We can't do that to a merged cell.", location);
    }
  }
  const layout = writableLayout(batch, target.sheet.id, location);
  const sheet = batch.writableCells(target.sheet.id, location);
  for (const area of areas) {
    if (area.rowCount * area.colCount === 1) continue;
    layout.merges = layout.merges.filter((merge) => !rectContains(area, merge));
    layout.merges.push(area);
    for (let r = 0; r < area.rowCount; r++) {
      for (let c = 0; c < area.colCount; c++) {
        if (r === 0 && c === 0) continue;
        batch.replaceCell(sheet, area.row + r, area.col + c, (cell) => {
          delete cell.value;
          delete cell.formula;
          return cell;
        });
      }
    }
  }
}

export function unmergeCells(batch: BatchExecution, target: SheetRect, location: string): void {
  const merges = target.sheet.layout?.merges ?? [];
  if (!merges.some((merge) => rectsOverlap(merge, target.rect))) {
    batch.writableCells(target.sheet.id, location);
    return;
  }
  const layout = writableLayout(batch, target.sheet.id, location);
  layout.merges = layout.merges.filter((merge) => !rectsOverlap(merge, target.rect));
}
