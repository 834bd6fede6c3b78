/**
 * Range.getCellProperties / setCellProperties (ExcelApi 1.9): per-cell fill,
 * font and hyperlink in one call. The subset modelled: `address`,
 * `format.fill.{color, tintAndShade}` (read), `format.fill.{color, pattern: 'None'}`
 * (write), `format.font.{bold, italic, color, name, size}`, `hyperlink`.
 * setCellProperties fails like Excel on the web above the cell limit
 * (GeneralException "An internal error has occurred", office-js issue #2564).
 */
import { cellCountOf, formatRangeAddress } from './address';
import type { BatchExecution } from './batch';
import { cellFormatValue, formatChange, FILL_PROPERTIES, FONT_PROPERTIES } from './cell-format';
import { NotSimulatedError, SimulatedOfficeError } from './errors';
import type { CellModel } from './model';
import { applyHyperlink, checkHyperlink } from './range-content';
import { cellAt, forEachCell, type SheetRect } from './sheet-cells';

type Options = Record<string, unknown>;

function selected(options: Options | undefined, key: string): Options | true | undefined {
  const value = options?.[key];
  if (value === true) return true;
  if (value && typeof value === 'object') return value as Options;
  return undefined;
}

function checkKnownKeys(options: Options, known: readonly string[], where: string): void {
  for (const key of Object.keys(options)) {
    if (!known.includes(key)) throw new NotSimulatedError(`${where}.${key}`);
  }
}

function readPart(cell: CellModel | undefined, part: 'fill' | 'font', options: Options | true, batch: BatchExecution): Record<string, unknown> {
  const names = part === 'fill' ? FILL_PROPERTIES : FONT_PROPERTIES;
  if (options !== true) checkKnownKeys(options, names, `getCellProperties format.${part}`);
  const result: Record<string, unknown> = {};
  for (const name of names) {
    if (options === true || options[name] === true) result[name] = cellFormatValue(cell, part, name, batch.workbook.defaultFont);
  }
  return result;
}

/** The CellProperties[][] Excel returns for the requested options. */
export function readCellProperties(
  batch: BatchExecution,
  target: SheetRect,
  options: unknown,
  location: string,
): Record<string, unknown>[][] {
  if (!options || typeof options !== 'object') throw new SimulatedOfficeError('InvalidArgument', undefined, location);
  const request = options as Options;
  checkKnownKeys(request, ['address', 'format', 'hyperlink'], 'getCellProperties');
  const format = selected(request, 'format');
  if (format && format !== true) checkKnownKeys(format, ['fill', 'font'], 'getCellProperties format');
  const fill = format === true ? true : selected(format, 'fill');
  const font = format === true ? true : selected(format, 'font');
  batch.recordCellsRead(cellCountOf(target.rect), location);
  const rows: Record<string, unknown>[][] = [];
  for (let r = 0; r < target.rect.rowCount; r++) {
    const line: Record<string, unknown>[] = [];
    for (let c = 0; c < target.rect.colCount; c++) {
      const row = target.rect.row + r;
      const col = target.rect.col + c;
      const cell = cellAt(target.sheet, row, col);
      const properties: Record<string, unknown> = {};
      if (request.address === true) properties.address = formatRangeAddress(target.sheet.name, { row, col, rowCount: 1, colCount: 1 });
      if (fill || font) {
        properties.format = {
          ...(fill ? { fill: readPart(cell, 'fill', fill, batch) } : {}),
          ...(font ? { font: readPart(cell, 'font', font, batch) } : {}),
        };
      }
      if (request.hyperlink === true) properties.hyperlink = cell?.hyperlink ? { ...cell.hyperlink } : null;
      line.push(properties);
    }
    rows.push(line);
  }
  return rows;
}

/** One cell's checked changes, built before any cell is touched. */
function changesFor(properties: unknown, location: string): Array<(cell: CellModel) => void> {
  if (!properties || typeof properties !== 'object') throw new SimulatedOfficeError('InvalidArgument', undefined, location);
  const input = properties as Options;
  checkKnownKeys(input, ['format', 'hyperlink'], 'setCellProperties');
  const changes: Array<(cell: CellModel) => void> = [];
  const format = input.format as Options | undefined;
  if (format !== undefined) {
    if (!format || typeof format !== 'object') throw new SimulatedOfficeError('InvalidArgument', undefined, location);
    checkKnownKeys(format, ['fill', 'font'], 'setCellProperties format');
    const fill = format.fill as Options | undefined;
    if (fill) {
      checkKnownKeys(fill, ['color', 'pattern'], 'setCellProperties format.fill');
      if (fill.pattern !== undefined && fill.pattern !== 'None') throw new NotSimulatedError(`setCellProperties fill.pattern '${String(fill.pattern)}'`);
      if (fill.color !== undefined) changes.push(formatChange('fill', 'color', fill.color, location));
      if (fill.pattern === 'None') changes.push((cell) => delete cell.fill);
    }
    const font = format.font as Options | undefined;
    if (font) {
      checkKnownKeys(font, FONT_PROPERTIES, 'setCellProperties format.font');
      for (const [name, value] of Object.entries(font)) changes.push(formatChange('font', name, value, location));
    }
  }
  if (input.hyperlink !== undefined) {
    const hyperlink = checkHyperlink(input.hyperlink, location);
    changes.push((cell) => applyHyperlink(cell, hyperlink));
  }
  return changes;
}

/** Range.setCellProperties at sync: the 2-D array must match the range exactly. */
export function writeCellProperties(
  batch: BatchExecution,
  target: SheetRect,
  data: unknown,
  location: string,
): void {
  const { rect } = target;
  const rows = data as unknown[];
  const shapeMatches =
    Array.isArray(rows) && rows.length === rect.rowCount && rows.every((row) => Array.isArray(row) && row.length === rect.colCount);
  if (!shapeMatches) throw new SimulatedOfficeError('InvalidArgument', undefined, location);
  if (cellCountOf(rect) > batch.host.limits.setCellPropertiesCells) throw new SimulatedOfficeError('GeneralException', undefined, location);
  const planned = rows.map((row) => (row as unknown[]).map((properties) => changesFor(properties, location)));
  const sheet = batch.writableCells(target.sheet.id, location);
  forEachCell(rect, (row, col, r, c) => {
    const changes = planned[r][c];
    if (changes.length === 0) return;
    batch.replaceCell(sheet, row, col, (cell) => {
      for (const change of changes) change(cell);
      return cell;
    });
  });
}
