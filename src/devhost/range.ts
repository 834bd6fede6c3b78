/// <reference types="office-js" />
/**
 * Excel.Range: a rectangle on a sheet, found during the sync that first uses
 * it. Cell-level properties (`values`, `text`, `numberFormat`, `formulas`,
 * `valueTypes`) come back as rows × columns arrays, or null for whole
 * columns/rows (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-unbounded);
 * a read of more than 5,000,000 cells fails.
 */
import {
  cellCountOf,
  formatRangeAddress,
  formatRect,
  isEntireColumn,
  isEntireRow,
  isInsideGrid,
  isUnbounded,
  MAX_COLUMNS,
  parseRangeReference,
  MAX_ROWS,
  type CellRect,
} from './address';
import type { BatchExecution } from './batch';
import { readCellProperties, writeCellProperties } from './cell-properties';
import { BoundClientObject, SimulatedClientObject, SimulatedClientResult, guarded } from './client-object';
import { NotSimulatedError, SimulatedOfficeError } from './errors';
import { copyRangeFrom } from './range-copy';
import { deleteRows, insertRows } from './row-shift';
import type { CellModel, SheetModel } from './model';
import { mergeCells, unmergeCells } from './merges';
import { formatCellText } from './number-format';
import { clearCells, writeCellData, writeHyperlink } from './range-content';
import { SimulatedRangeFormat, type CellsOwner, type CellsTarget } from './range-format';
import { EXCEL_API } from './requirements';
import { readGrid, usedRect, type SheetRect } from './sheet-cells';
import { SimulatedWorksheet } from './worksheet';

/** What a range proxy is bound to. */
export interface RangeTarget {
  sheetId: string;
  rect: CellRect;
}

const CELL_LEVEL = new Set(['values', 'text', 'numberFormat', 'formulas', 'valueTypes']);

const ERROR_VALUES = new Set(['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#GETTING_DATA', '#SPILL!', '#CALC!']);

function cellValue(cell: CellModel | undefined): string | number | boolean {
  return cell?.value ?? '';
}

function valueType(cell: CellModel | undefined): string {
  const value = cell?.value;
  if (value === undefined || value === null) return 'Empty';
  if (typeof value === 'number') return 'Double';
  if (typeof value === 'boolean') return 'Boolean';
  return ERROR_VALUES.has(value) && cell?.formula !== undefined ? 'Error' : 'String';
}

function checkIndex(value: unknown, location: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value)) throw new SimulatedOfficeError('InvalidArgument', undefined, location);
  return value;
}

export class SimulatedRange extends BoundClientObject<RangeTarget> implements CellsOwner {
  readonly typeName = 'Range';
  private formatProxy: SimulatedRangeFormat | undefined;
  private worksheetProxy: SimulatedWorksheet | undefined;

  // ---- resolution ----

  protected exists(batch: BatchExecution, bound: RangeTarget): boolean {
    return batch.sheetById(bound.sheetId) !== undefined;
  }

  targetIn(batch: BatchExecution): SheetRect {
    const { sheetId, rect } = this.boundIn(batch);
    return { sheet: batch.sheetById(sheetId) as SheetModel, rect };
  }

  cellsIn(batch: BatchExecution): CellsTarget {
    const { sheet, rect } = this.targetIn(batch);
    return { sheet, rects: [rect] };
  }

  ownerRequirement(): undefined {
    return undefined;
  }

  /** A range computed from this one during the sync; outside the grid is InvalidArgument. */
  private derived(member: string, args: unknown[], compute: (rect: CellRect, location: string) => CellRect): SimulatedRange {
    const location = `Range.${member}`;
    return guarded(
      new SimulatedRange(this.context, `${this.path}.${member}(${args.map((a) => JSON.stringify(a)).join(',')})`, (batch) => {
        const { sheet, rect } = this.targetIn(batch);
        const next = compute(rect, location);
        if (!isInsideGrid(next)) throw new SimulatedOfficeError('InvalidArgument', undefined, location);
        return { sheetId: sheet.id, rect: next };
      }),
    );
  }

  // ---- loading ----

  defaultLoadNames(): readonly string[] {
    return [
      'address', 'addressLocal', 'cellCount', 'columnCount', 'columnIndex', 'rowCount', 'rowIndex',
      'isEntireColumn', 'isEntireRow', 'values', 'text', 'numberFormat', 'formulas', 'valueTypes', 'hyperlink',
    ];
  }

  override navigation(name: string): SimulatedClientObject | undefined {
    if (name === 'format') return this.format;
    if (name === 'worksheet') return this.worksheet;
    return undefined;
  }

  override beforeLoad(batch: BatchExecution, names: readonly string[]): void {
    if (!names.some((name) => CELL_LEVEL.has(name))) return;
    const { rect } = this.targetIn(batch);
    if (!isUnbounded(rect)) batch.recordCellsRead(cellCountOf(rect), 'Range.load');
  }

  readScalar(batch: BatchExecution, name: string): unknown {
    const { sheet, rect } = this.targetIn(batch);
    switch (name) {
      case 'address':
      case 'addressLocal':
        return formatRangeAddress(sheet.name, rect);
      case 'cellCount':
        return cellCountOf(rect);
      case 'rowCount':
        return rect.rowCount;
      case 'columnCount':
        return rect.colCount;
      case 'rowIndex':
        return rect.row;
      case 'columnIndex':
        return rect.col;
      case 'isEntireColumn':
        return isEntireColumn(rect);
      case 'isEntireRow':
        return isEntireRow(rect);
      case 'hyperlink':
        return this.hyperlinkIn(sheet, rect);
    }
    if (!CELL_LEVEL.has(name)) return this.notSimulated(name);
    if (isUnbounded(rect)) return null;
    switch (name) {
      case 'values':
        return readGrid(sheet, rect, cellValue);
      case 'formulas':
        return readGrid(sheet, rect, (cell) => cell?.formula ?? cellValue(cell));
      case 'numberFormat':
        return readGrid(sheet, rect, (cell) => cell?.numberFormat ?? 'General');
      case 'text':
        return readGrid(sheet, rect, (cell) => formatCellText(cell?.value ?? null, cell?.numberFormat));
      default:
        return readGrid(sheet, rect, valueType);
    }
  }

  /** The link shared by every cell of the range, or null. */
  private hyperlinkIn(sheet: SheetModel, rect: CellRect): unknown {
    if (cellCountOf(rect) > 10_000) return null;
    const links = new Set(readGrid(sheet, rect, (cell) => JSON.stringify(cell?.hyperlink ?? null)).flat());
    return links.size === 1 ? JSON.parse([...links][0]) : null;
  }

  // ---- properties ----

  get address(): string {
    return this.loaded('address');
  }

  get addressLocal(): string {
    return this.loaded('addressLocal');
  }

  get cellCount(): number {
    return this.loaded('cellCount');
  }

  get rowCount(): number {
    return this.loaded('rowCount');
  }

  get columnCount(): number {
    return this.loaded('columnCount');
  }

  get rowIndex(): number {
    return this.loaded('rowIndex');
  }

  get columnIndex(): number {
    return this.loaded('columnIndex');
  }

  get isEntireColumn(): boolean {
    return this.loaded('isEntireColumn');
  }

  get isEntireRow(): boolean {
    return this.loaded('isEntireRow');
  }

  get values(): unknown[][] {
    return this.loaded('values');
  }

  set values(input: unknown[][]) {
    this.queue('values', input, (batch) => writeCellData(batch, this.targetIn(batch), input, 'values', 'Range.values'));
    this.echo('values', input);
  }

  get formulas(): unknown[][] {
    return this.loaded('formulas');
  }

  set formulas(input: unknown[][]) {
    this.queue('formulas', input, (batch) => writeCellData(batch, this.targetIn(batch), input, 'formulas', 'Range.formulas'));
    this.echo('formulas', input);
  }

  get numberFormat(): unknown[][] {
    return this.loaded('numberFormat');
  }

  set numberFormat(input: unknown[][]) {
    this.queue('numberFormat', input, (batch) => writeCellData(batch, this.targetIn(batch), input, 'numberFormat', 'Range.numberFormat'));
    this.echo('numberFormat', input);
  }

  get text(): string[][] {
    return this.loaded('text');
  }

  get valueTypes(): string[][] {
    return this.loaded('valueTypes');
  }

  get hyperlink(): Excel.RangeHyperlink {
    return this.loaded('hyperlink');
  }

  set hyperlink(input: Excel.RangeHyperlink) {
    this.queue('hyperlink', input, (batch) => writeHyperlink(batch, this.targetIn(batch), input, 'Range.hyperlink'), EXCEL_API('1.7'));
    this.echo('hyperlink', input);
  }

  get format(): SimulatedRangeFormat {
    this.formatProxy ??= guarded(new SimulatedRangeFormat(this.context, `${this.path}.format`, this));
    return this.formatProxy;
  }

  get worksheet(): SimulatedWorksheet {
    this.worksheetProxy ??= guarded(new SimulatedWorksheet(this.context, `${this.path}.worksheet`, (batch) => this.targetIn(batch).sheet));
    return this.worksheetProxy;
  }

  // ---- methods ----

  getCell(row: number, column: number): SimulatedRange {
    return this.derived('getCell', [row, column], (rect, location) => ({
      row: rect.row + checkIndex(row, location),
      col: rect.col + checkIndex(column, location),
      rowCount: 1,
      colCount: 1,
    }));
  }

  getOffsetRange(rowOffset: number, columnOffset: number): SimulatedRange {
    return this.derived('getOffsetRange', [rowOffset, columnOffset], (rect, location) => ({
      ...rect,
      row: rect.row + checkIndex(rowOffset, location),
      col: rect.col + checkIndex(columnOffset, location),
    }));
  }

  /** Grows or shrinks from the bottom-right corner (ExcelApi 1.7). */
  getResizedRange(deltaRows: number, deltaColumns: number): SimulatedRange {
    return this.derived('getResizedRange', [deltaRows, deltaColumns], (rect, location) => ({
      ...rect,
      rowCount: rect.rowCount + checkIndex(deltaRows, location),
      colCount: rect.colCount + checkIndex(deltaColumns, location),
    }));
  }

  getRow(row: number): SimulatedRange {
    return this.derived('getRow', [row], (rect, location) => {
      const index = checkIndex(row, location);
      if (index < 0 || index >= rect.rowCount) throw new SimulatedOfficeError('InvalidArgument', undefined, location);
      return { ...rect, row: rect.row + index, rowCount: 1 };
    });
  }

  getColumn(column: number): SimulatedRange {
    return this.derived('getColumn', [column], (rect, location) => {
      const index = checkIndex(column, location);
      if (index < 0 || index >= rect.colCount) throw new SimulatedOfficeError('InvalidArgument', undefined, location);
      return { ...rect, col: rect.col + index, colCount: 1 };
    });
  }

  getEntireColumn(): SimulatedRange {
    return this.derived('getEntireColumn', [], (rect) => ({ row: 0, col: rect.col, rowCount: MAX_ROWS, colCount: rect.colCount }));
  }

  getEntireRow(): SimulatedRange {
    return this.derived('getEntireRow', [], (rect) => ({ row: rect.row, col: 0, rowCount: rect.rowCount, colCount: MAX_COLUMNS }));
  }

  /** The used cells within this range; ItemNotFound when there are none (the Office.js reference). */
  getUsedRange(valuesOnly?: boolean): SimulatedRange {
    return this.usedRange(false, valuesOnly);
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): SimulatedRange {
    return this.usedRange(true, valuesOnly);
  }

  private usedRange(nullable: boolean, valuesOnly?: boolean): SimulatedRange {
    const member = nullable ? 'getUsedRangeOrNullObject' : 'getUsedRange';
    return guarded(
      new SimulatedRange(
        this.context,
        `${this.path}.${member}(${valuesOnly ?? ''})`,
        (batch) => {
          const { sheet, rect } = this.targetIn(batch);
          const used = usedRect(sheet, valuesOnly === true, rect);
          if (!used && !nullable) throw new SimulatedOfficeError('ItemNotFound', undefined, `Range.${member}`);
          return used && { sheetId: sheet.id, rect: used };
        },
        nullable,
      ),
    );
  }

  clear(applyTo?: string): void {
    this.queue('clear', [applyTo], (batch) => {
      const { sheet, rect } = this.targetIn(batch);
      clearCells(batch, sheet.id, [rect], applyTo, 'Range.clear');
    });
  }

  /** Selects the range and activates its sheet; a hidden sheet cannot be selected. */
  select(): void {
    this.queue('select', [], (batch) => {
      const { sheet, rect } = this.targetIn(batch);
      if (sheet.visibility !== 'Visible') throw new SimulatedOfficeError('InvalidOperation', undefined, 'Range.select');
      batch.workbook.activeSheetId = sheet.id;
      batch.workbook.selection = { sheetId: sheet.id, address: formatRect(rect) };
    });
  }

  /** ExcelApi 1.2: see merges.ts. */
  merge(across?: boolean): void {
    this.queue('merge', [across ?? false], (batch) => mergeCells(batch, this.targetIn(batch), across, 'Range.merge'), EXCEL_API('1.2'));
  }

  unmerge(): void {
    this.queue('unmerge', [], (batch) => unmergeCells(batch, this.targetIn(batch), 'Range.unmerge'), EXCEL_API('1.2'));
  }

  /** Whole rows pushed down (ExcelApi 1.1; row-shift.ts); returns the range of the new blank rows. */
  insert(shift: Excel.InsertShiftDirection | 'Down' | 'Right'): SimulatedRange {
    this.queue('insert', [shift], (batch) => insertRows(batch, this.targetIn(batch), shift, 'Range.insert'), EXCEL_API('1.1'));
    return this.derived('insert', [shift], (rect) => rect);
  }

  /** Whole rows removed, those below moved up (ExcelApi 1.1; row-shift.ts). */
  delete(shift: Excel.DeleteShiftDirection | 'Up' | 'Left'): void {
    this.queue('delete', [shift], (batch) => deleteRows(batch, this.targetIn(batch), shift, 'Range.delete'), EXCEL_API('1.1'));
  }

  /** Copy and paste (ExcelApi 1.9; range-copy.ts): `source` a range of any sheet, or an address (on this range's sheet unless qualified). */
  copyFrom(source: SimulatedRange | string, copyType?: Excel.RangeCopyType | 'All' | 'Formulas' | 'Values' | 'Formats', skipBlanks?: boolean, transpose?: boolean): void {
    const location = 'Range.copyFrom';
    if (source instanceof SimulatedRange) this.context.assertSameContext(source, location);
    else if (typeof source !== 'string') throw new NotSimulatedError('Range.copyFrom from a RangeAreas');
    this.queue('copyFrom', [typeof source === 'string' ? source : source.path, copyType ?? 'All', skipBlanks ?? false, transpose ?? false], (batch) => {
      const destination = this.targetIn(batch);
      let from: SheetRect;
      if (typeof source === 'string') {
        const reference = parseRangeReference(source);
        if (!reference) throw new SimulatedOfficeError('InvalidArgument', undefined, location);
        const sheet = reference.sheet === undefined ? destination.sheet : batch.sheetByName(reference.sheet);
        if (!sheet) throw new SimulatedOfficeError('ItemNotFound', undefined, location);
        from = { sheet, rect: reference.rect };
      } else {
        from = source.targetIn(batch);
      }
      copyRangeFrom(batch, destination, from, copyType, skipBlanks, transpose, location);
    }, EXCEL_API('1.9'));
  }

  getCellProperties(cellPropertiesLoadOptions: Excel.CellPropertiesLoadOptions): SimulatedClientResult<Excel.CellProperties[][]> {
    return this.queueResult(
      'getCellProperties',
      cellPropertiesLoadOptions,
      (batch) => readCellProperties(batch, this.targetIn(batch), cellPropertiesLoadOptions, 'Range.getCellProperties') as Excel.CellProperties[][],
      EXCEL_API('1.9'),
    );
  }

  setCellProperties(cellPropertiesData: Excel.SettableCellProperties[][]): void {
    this.queue('setCellProperties', cellPropertiesData, (batch) => {
      writeCellProperties(batch, this.targetIn(batch), cellPropertiesData, 'Range.setCellProperties');
    }, EXCEL_API('1.9'));
  }
}
