/**
 * A cell's fill and font as Excel reports them over a range (one value when
 * every cell agrees, `null` when they differ), and the checked changes the
 * add-in may make to them.
 *
 * A cell with no fill reports `#FFFFFF` — the same as a white fill — and
 * `tintAndShade` null where a filled cell reports a number: that is how Excel
 * tells them apart (github.com/OfficeDev/office-js/issues/4900, issues/6218).
 */
import { cellCountOf, cellKey as cellKeyOf, isUnbounded, type CellRect } from './address';
import type { BatchExecution } from './batch';
import { normalizeColor } from './colors';
import { NotSimulatedError, SimulatedOfficeError } from './errors';
import type { CellModel, SheetModel, WorkbookModel } from './model';
import { forEachStoredCell } from './range-content';
import { forEachCell } from './sheet-cells';

export type FormatPart = 'fill' | 'font';

export const FILL_PROPERTIES = ['color', 'tintAndShade'] as const;
export const FONT_PROPERTIES = ['bold', 'italic', 'color', 'name', 'size'] as const;

/** The value Excel reports for one property of one cell. */
export function cellFormatValue(cell: CellModel | undefined, part: FormatPart, name: string, defaultFont: WorkbookModel['defaultFont']): unknown {
  if (part === 'fill') {
    if (name === 'color') return cell?.fill ?? '#FFFFFF';
    if (name === 'tintAndShade') return cell?.fill ? 0 : null;
  } else {
    if (name === 'bold') return cell?.font?.bold ?? false;
    if (name === 'italic') return cell?.font?.italic ?? false;
    if (name === 'color') return cell?.font?.color ?? defaultFont.color;
    if (name === 'name') return cell?.font?.name ?? defaultFont.name;
    if (name === 'size') return cell?.font?.size ?? defaultFont.size;
  }
  throw new NotSimulatedError(`Excel.Range${part === 'fill' ? 'Fill' : 'Font'}.${name}`);
}

/** The property's value over the rectangles: shared by every cell, or null. */
export function uniformFormatValue(
  sheet: SheetModel,
  rects: readonly CellRect[],
  part: FormatPart,
  name: string,
  defaultFont: WorkbookModel['defaultFont'],
): unknown {
  const values = new Set<string>();
  let stored = 0;
  forEachStoredCell(sheet, rects, (row, col) => {
    stored++;
    values.add(JSON.stringify(cellFormatValue(sheet.cells[cellKeyOf(row, col)], part, name, defaultFont)));
  });
  const total = rects.reduce((sum, rect) => sum + cellCountOf(rect), 0);
  if (stored < total) values.add(JSON.stringify(cellFormatValue(undefined, part, name, defaultFont)));
  return values.size === 1 ? JSON.parse([...values][0]) : null;
}

/** A checked change to one fill or font property; throws InvalidArgument for a value Excel refuses. */
export function formatChange(part: FormatPart, name: string, value: unknown, location: string): (cell: CellModel) => void {
  const invalid = () => new SimulatedOfficeError('InvalidArgument', undefined, location);
  if (part === 'fill') {
    if (name !== 'color') throw new NotSimulatedError(`setting Excel.RangeFill.${name}`);
    const color = normalizeColor(value);
    if (!color) throw invalid();
    return (cell) => {
      cell.fill = color;
    };
  }
  let font: Partial<NonNullable<CellModel['font']>>;
  if (name === 'bold' || name === 'italic') {
    if (typeof value !== 'boolean') throw invalid();
    font = { [name]: value };
  } else if (name === 'color') {
    const color = normalizeColor(value);
    if (!color) throw invalid();
    font = { color };
  } else if (name === 'name') {
    if (typeof value !== 'string' || value.trim() === '') throw invalid();
    font = { name: value };
  } else if (name === 'size') {
    if (typeof value !== 'number' || !(value >= 1 && value <= 409)) throw invalid();
    font = { size: value };
  } else throw new NotSimulatedError(`setting Excel.RangeFont.${name}`);
  return (cell) => {
    cell.font = { ...(cell.font ?? {}), ...font };
  };
}

export function removeFill(cell: CellModel): void {
  delete cell.fill;
}

/** Applies a format change to every cell of the rectangles (refused on a protected sheet). */
export function applyFormat(
  batch: BatchExecution,
  sheetId: string,
  rects: readonly CellRect[],
  change: (cell: CellModel) => void,
  location: string,
  options: { storedCellsOnly?: boolean } = {},
): void {
  if (!options.storedCellsOnly && rects.some(isUnbounded)) throw new NotSimulatedError('formatting whole columns or rows');
  const sheet = batch.writableCells(sheetId, location);
  const visit = (row: number, col: number) =>
    batch.replaceCell(sheet, row, col, (cell) => {
      change(cell);
      return cell;
    });
  if (options.storedCellsOnly) forEachStoredCell(sheet, rects, visit);
  else for (const rect of rects) forEachCell(rect, visit);
}
