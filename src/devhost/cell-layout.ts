/**
 * Excel.RangeFormat's layout properties over a range or the areas of a
 * RangeAreas — alignment, wrapping, shrink to fit and indent of each cell,
 * column widths and row heights — and Excel.RangeBorder(Collection), kept in
 * the sheet's layout (sheet-layout.ts). Reads report the value every cell
 * shares, or null; writes are checked as Excel checks them (an unknown enum
 * string, a width or height out of Excel's range, an indent out of 0–250 is
 * InvalidArgument) and refused on a protected sheet.
 *
 * Requirement sets (the Office.js reference): alignment and wrapping 1.1,
 * column width and row height 1.2, shrinkToFit and indentLevel 1.9.
 */
import { MAX_COLUMNS, MAX_ROWS, parseCellKey, type CellRect } from './address';
import type { BatchExecution } from './batch';
import { SimulatedClientObject, guarded, type OperationQueue } from './client-object';
import { normalizeColor } from './colors';
import { NotSimulatedError, SimulatedOfficeError } from './errors';
import type { CellsOwner, CellsTarget } from './range-format';
import { EXCEL_API, type Requirement } from './requirements';
import {
  BORDER_LINE_STYLES, BORDER_WEIGHTS, HORIZONTAL_ALIGNMENTS, STANDARD_COLUMN_WIDTH, STANDARD_ROW_HEIGHT, VERTICAL_ALIGNMENTS,
  cellLayoutAt, replaceCellLayout, writableLayout,
  type BorderLineStyle, type BorderWeight, type CellBorder, type CellEdge, type CellLayout,
} from './sheet-layout';

/** Excel's largest row height, in points (Excel specifications and limits). */
export const MAX_ROW_HEIGHT = 409;
/** Excel's widest column, 255 characters of the standard font (Calibri 11: 7 px each and 5 px of padding), in points. */
export const MAX_COLUMN_WIDTH = (255 * 7 + 5) * 0.75;
/** Excel's largest indent level. */
export const MAX_INDENT_LEVEL = 250;

/** The layout properties RangeFormat models, with the ExcelApi version each needs. */
export const LAYOUT_FORMAT_PROPERTIES = {
  horizontalAlignment: '1.1',
  verticalAlignment: '1.1',
  wrapText: '1.1',
  shrinkToFit: '1.9',
  indentLevel: '1.9',
  columnWidth: '1.2',
  rowHeight: '1.2',
} as const;

export type LayoutFormatProperty = keyof typeof LAYOUT_FORMAT_PROPERTIES;

export function isLayoutFormatProperty(name: string): name is LayoutFormatProperty {
  return Object.prototype.hasOwnProperty.call(LAYOUT_FORMAT_PROPERTIES, name);
}

type CellProperty = Exclude<LayoutFormatProperty, 'columnWidth' | 'rowHeight'>;

const CELL_DEFAULTS: Record<CellProperty, unknown> = {
  horizontalAlignment: 'General',
  verticalAlignment: 'Bottom',
  wrapText: false,
  shrinkToFit: false,
  indentLevel: 0,
};

function cellCount(rects: readonly CellRect[]): number {
  return rects.reduce((sum, rect) => sum + rect.rowCount * rect.colCount, 0);
}

function inRect(rect: CellRect, row: number, col: number): boolean {
  return row >= rect.row && row < rect.row + rect.rowCount && col >= rect.col && col < rect.col + rect.colCount;
}

/** The one value of a set of JSON-able values, or null when they differ. */
function uniform(values: Set<string>): unknown {
  return values.size === 1 ? JSON.parse([...values][0]) : null;
}

/** A property over indexes `first … first + count - 1` of a sparse record: shared value, or null. */
function uniformOverIndexes(record: Record<string, number> | undefined, first: number, count: number, fallback: number): unknown {
  const values = new Set<string>();
  let stored = 0;
  for (const [key, value] of Object.entries(record ?? {})) {
    const index = Number(key);
    if (index >= first && index < first + count) {
      stored++;
      values.add(JSON.stringify(value));
    }
  }
  if (stored < count) values.add(JSON.stringify(fallback));
  return uniform(values);
}

/** What RangeFormat reports for a layout property over the target's cells, columns or rows. */
export function readLayoutFormat(target: CellsTarget, name: LayoutFormatProperty): unknown {
  const { sheet, rects } = target;
  if (name === 'columnWidth') {
    const values = new Set(rects.map((rect) => JSON.stringify(uniformOverIndexes(sheet.layout?.columnWidths, rect.col, rect.colCount, STANDARD_COLUMN_WIDTH))));
    return uniform(values);
  }
  if (name === 'rowHeight') {
    const values = new Set(rects.map((rect) => JSON.stringify(uniformOverIndexes(sheet.layout?.rowHeights, rect.row, rect.rowCount, STANDARD_ROW_HEIGHT))));
    return uniform(values);
  }
  const values = new Set<string>();
  let stored = 0;
  for (const [key, layout] of Object.entries(sheet.layout?.cells ?? {})) {
    const { row, col } = parseCellKey(key);
    if (!rects.some((rect) => inRect(rect, row, col))) continue;
    stored++;
    values.add(JSON.stringify(layout[name] ?? CELL_DEFAULTS[name]));
  }
  if (stored < cellCount(rects)) values.add(JSON.stringify(CELL_DEFAULTS[name]));
  return uniform(values);
}

/** The checked value for a layout property; InvalidArgument for what Excel refuses. */
function checkedValue(name: LayoutFormatProperty, value: unknown, location: string): unknown {
  const invalid = () => new SimulatedOfficeError('InvalidArgument', undefined, location);
  switch (name) {
    case 'horizontalAlignment':
      if (!HORIZONTAL_ALIGNMENTS.includes(value as never)) throw invalid();
      return value;
    case 'verticalAlignment':
      if (!VERTICAL_ALIGNMENTS.includes(value as never)) throw invalid();
      return value;
    case 'wrapText':
    case 'shrinkToFit':
      if (typeof value !== 'boolean') throw invalid();
      return value;
    case 'indentLevel':
      if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > MAX_INDENT_LEVEL) throw invalid();
      return value;
    case 'columnWidth':
      if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > MAX_COLUMN_WIDTH) throw invalid();
      return value;
    case 'rowHeight':
      if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > MAX_ROW_HEIGHT) throw invalid();
      return value;
  }
}

/** Visits every cell of bounded rectangles; a whole column or row of cells is not modelled. */
function forEachBoundedCell(rects: readonly CellRect[], what: string, visit: (row: number, col: number) => void): void {
  for (const rect of rects) {
    if (rect.rowCount === MAX_ROWS || rect.colCount === MAX_COLUMNS) throw new NotSimulatedError(`${what} of whole columns or rows`);
    for (let r = 0; r < rect.rowCount; r++) for (let c = 0; c < rect.colCount; c++) visit(rect.row + r, rect.col + c);
  }
}

/** Sets a layout property at sync: every cell, or every column or row, of the target. */
export function writeLayoutFormat(batch: BatchExecution, target: CellsTarget, name: LayoutFormatProperty, value: unknown, location: string): void {
  const checked = checkedValue(name, value, location);
  const layout = writableLayout(batch, target.sheet.id, location);
  if (name === 'columnWidth') {
    for (const rect of target.rects) {
      if (rect.colCount === MAX_COLUMNS) throw new NotSimulatedError('columnWidth of whole rows');
      for (let c = rect.col; c < rect.col + rect.colCount; c++) layout.columnWidths[String(c)] = checked as number;
    }
    return;
  }
  if (name === 'rowHeight') {
    for (const rect of target.rects) {
      if (rect.rowCount === MAX_ROWS) throw new NotSimulatedError('rowHeight of whole columns');
      for (let r = rect.row; r < rect.row + rect.rowCount; r++) layout.rowHeights[String(r)] = checked as number;
    }
    return;
  }
  forEachBoundedCell(target.rects, `RangeFormat.${name}`, (row, col) =>
    replaceCellLayout(layout.cells, row, col, (cell) => {
      if (checked === CELL_DEFAULTS[name]) delete cell[name];
      else (cell as Record<string, unknown>)[name] = checked;
      return cell;
    }),
  );
}

// ---- borders ----

export type BorderIndex = CellEdge | 'InsideHorizontal' | 'InsideVertical';
const BORDER_INDEXES: readonly string[] = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideHorizontal', 'InsideVertical'];
const DIAGONALS: readonly string[] = ['DiagonalDown', 'DiagonalUp'];

/** The cells and the edge of each that a border index of a rectangle stands for. */
function edgeCells(rect: CellRect, index: BorderIndex): Array<{ row: number; col: number; edge: CellEdge }> {
  const cells: Array<{ row: number; col: number; edge: CellEdge }> = [];
  const lastRow = rect.row + rect.rowCount - 1;
  const lastCol = rect.col + rect.colCount - 1;
  const row = (r: number, edge: CellEdge) => { for (let c = rect.col; c <= lastCol; c++) cells.push({ row: r, col: c, edge }); };
  const column = (c: number, edge: CellEdge) => { for (let r = rect.row; r <= lastRow; r++) cells.push({ row: r, col: c, edge }); };
  switch (index) {
    case 'EdgeTop': row(rect.row, 'EdgeTop'); break;
    case 'EdgeBottom': row(lastRow, 'EdgeBottom'); break;
    case 'EdgeLeft': column(rect.col, 'EdgeLeft'); break;
    case 'EdgeRight': column(lastCol, 'EdgeRight'); break;
    case 'InsideHorizontal':
      for (let r = rect.row; r < lastRow; r++) { row(r, 'EdgeBottom'); row(r + 1, 'EdgeTop'); }
      break;
    case 'InsideVertical':
      for (let c = rect.col; c < lastCol; c++) { column(c, 'EdgeRight'); column(c + 1, 'EdgeLeft'); }
      break;
  }
  return cells;
}

type BorderProperty = 'style' | 'weight' | 'color';

function borderValue(border: CellBorder | undefined, name: BorderProperty): string {
  if (name === 'style') return border?.style ?? 'None';
  if (name === 'weight') return border?.weight ?? 'Thin';
  return border?.color ?? '#000000';
}

export function readBorder(target: CellsTarget, index: BorderIndex, name: BorderProperty): unknown {
  const values = new Set<string>();
  for (const rect of target.rects) {
    if (rect.rowCount === MAX_ROWS || rect.colCount === MAX_COLUMNS) throw new NotSimulatedError('borders of whole columns or rows');
    for (const { row, col, edge } of edgeCells(rect, index)) {
      values.add(JSON.stringify(borderValue(cellLayoutAt(target.sheet, row, col)?.borders?.[edge], name)));
    }
  }
  return values.size === 0 ? null : uniform(values);
}

function borderChange(name: BorderProperty, value: unknown, location: string): (border: CellBorder | undefined) => CellBorder | undefined {
  const invalid = () => new SimulatedOfficeError('InvalidArgument', undefined, location);
  if (name === 'style') {
    if (!BORDER_LINE_STYLES.includes(value as BorderLineStyle)) throw invalid();
    if (value === 'None') return () => undefined;
    return (border) => ({ weight: 'Thin', color: '#000000', ...border, style: value as CellBorder['style'] });
  }
  if (name === 'weight') {
    if (!BORDER_WEIGHTS.includes(value as BorderWeight)) throw invalid();
    return (border) => ({ style: 'Continuous', color: '#000000', ...border, weight: value as BorderWeight });
  }
  const color = normalizeColor(value);
  if (!color) throw invalid();
  return (border) => ({ style: 'Continuous', weight: 'Thin', ...border, color });
}

export function writeBorder(batch: BatchExecution, target: CellsTarget, index: BorderIndex, name: BorderProperty, value: unknown, location: string): void {
  const change = borderChange(name, value, location);
  const layout = writableLayout(batch, target.sheet.id, location);
  for (const rect of target.rects) {
    if (rect.rowCount === MAX_ROWS || rect.colCount === MAX_COLUMNS) throw new NotSimulatedError('borders of whole columns or rows');
    for (const { row, col, edge } of edgeCells(rect, index)) {
      replaceCellLayout(layout.cells, row, col, (cell: CellLayout) => {
        const next = change(cell.borders?.[edge]);
        const borders = { ...cell.borders };
        if (next) borders[edge] = next;
        else delete borders[edge];
        return { ...cell, borders };
      });
    }
  }
}

/** Excel.RangeBorderCollection: `getItem(index)` for the four edges and the inside lines; diagonals are not modelled. */
export class SimulatedRangeBorderCollection extends SimulatedClientObject {
  readonly typeName = 'RangeBorderCollection';

  constructor(context: OperationQueue, path: string, private readonly owner: CellsOwner) {
    super(context, path);
  }

  override isMissing(batch: BatchExecution): boolean {
    return this.owner.isMissing(batch);
  }

  protected override requirement(): Requirement | undefined {
    return this.owner.ownerRequirement();
  }

  defaultLoadNames(): readonly string[] {
    return [];
  }

  readScalar(_batch: BatchExecution, name: string): unknown {
    return this.notSimulated(name);
  }

  getItem(index: string): SimulatedRangeBorder {
    if (DIAGONALS.includes(index)) throw new NotSimulatedError(`Excel.RangeBorderCollection.getItem('${index}')`);
    return guarded(new SimulatedRangeBorder(this.context, `${this.path}.getItem(${JSON.stringify(index)})`, this.owner, index));
  }
}

/** Excel.RangeBorder: `style`, `weight` and `color` of one edge of every cell on it. */
export class SimulatedRangeBorder extends SimulatedClientObject {
  readonly typeName = 'RangeBorder';

  constructor(context: OperationQueue, path: string, private readonly owner: CellsOwner, private readonly index: string) {
    super(context, path);
  }

  override isMissing(batch: BatchExecution): boolean {
    return this.owner.isMissing(batch);
  }

  protected override requirement(): Requirement | undefined {
    return this.owner.ownerRequirement();
  }

  private checkedIndex(location: string): BorderIndex {
    if (!BORDER_INDEXES.includes(this.index)) throw new SimulatedOfficeError('InvalidArgument', undefined, location);
    return this.index as BorderIndex;
  }

  defaultLoadNames(): readonly string[] {
    return ['sideIndex', 'style', 'weight', 'color'];
  }

  readScalar(batch: BatchExecution, name: string): unknown {
    const index = this.checkedIndex('RangeBorder.load');
    if (name === 'sideIndex') return index;
    if (name === 'style' || name === 'weight' || name === 'color') return readBorder(this.owner.cellsIn(batch), index, name);
    return this.notSimulated(name);
  }

  private change(name: BorderProperty, value: unknown): void {
    const location = `RangeBorder.${name}`;
    this.queue(name, value, (batch) => writeBorder(batch, this.owner.cellsIn(batch), this.checkedIndex(location), name, value, location));
    this.echo(name, value);
  }

  get sideIndex(): string {
    return this.loaded('sideIndex');
  }

  get style(): string {
    return this.loaded('style');
  }

  set style(value: string) {
    this.change('style', value);
  }

  get weight(): string {
    return this.loaded('weight');
  }

  set weight(value: string) {
    this.change('weight', value);
  }

  get color(): string {
    return this.loaded('color');
  }

  set color(value: string) {
    this.change('color', value);
  }
}

/** The requirement of a layout property on a range's format (a RangeAreas' format needs 1.9 whatever the property). */
export function layoutRequirement(name: LayoutFormatProperty, owner: CellsOwner): Requirement {
  return owner.ownerRequirement() ?? EXCEL_API(LAYOUT_FORMAT_PROPERTIES[name]);
}
