/// <reference types="office-js" />
/**
 * Excel.Worksheet with its protection and freeze panes. A worksheet proxy
 * binds to the sheet's id the first time a sync finds it, so renaming the
 * sheet later does not lose it.
 */
import { MAX_COLUMNS, MAX_ROWS, parseRangeReference, type CellRect } from './address';
import type { BatchExecution } from './batch';
import { BoundClientObject, Created, SimulatedClientObject, guarded, type OperationQueue } from './client-object';
import { SimulatedOfficeError } from './errors';
import type { SheetModel } from './model';
import { SimulatedChartCollection } from './chart';
import { SimulatedNoteCollection } from './notes';
import { SimulatedPageBreakCollection, SimulatedPageLayout } from './page-layout';
import { SimulatedRange } from './range';
import { SimulatedRangeAreas } from './range-areas';
import { EXCEL_API } from './requirements';
import { usedRect } from './sheet-cells';
import { writableLayout } from './sheet-layout';
import { SimulatedTableCollection } from './table';
import {
  activateSheet,
  copySheet,
  deleteSheet,
  moveSheet,
  renameSheet,
  setSheetVisibility,
  type PositionType,
} from './workbook-sheets';

/** The rectangle of an address given to a worksheet's getRange; another sheet's prefix is refused. */
export function rectOnSheet(sheet: SheetModel, address: unknown, location: string): CellRect {
  const reference = typeof address === 'string' ? parseRangeReference(address) : undefined;
  if (!reference) throw new SimulatedOfficeError('InvalidArgument', undefined, location);
  if (reference.sheet !== undefined && reference.sheet.toLocaleUpperCase() !== sheet.name.toLocaleUpperCase()) {
    throw new SimulatedOfficeError('InvalidArgument', undefined, location);
  }
  return reference.rect;
}

function checkCount(value: unknown, minimum: number, location: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < minimum) throw new SimulatedOfficeError('InvalidArgument', undefined, location);
  return value;
}

export class SimulatedWorksheet extends BoundClientObject<string> {
  readonly typeName = 'Worksheet';
  readonly protection: SimulatedWorksheetProtection;
  readonly freezePanes: SimulatedWorksheetFreezePanes;
  readonly tables: SimulatedTableCollection;
  readonly notes: SimulatedNoteCollection;
  readonly charts: SimulatedChartCollection;
  readonly pageLayout: SimulatedPageLayout;
  readonly horizontalPageBreaks: SimulatedPageBreakCollection;

  constructor(context: OperationQueue, path: string, locate: (batch: BatchExecution) => SheetModel | undefined, nullable = false) {
    super(context, path, (batch) => locate(batch)?.id, nullable);
    this.protection = guarded(new SimulatedWorksheetProtection(context, `${path}.protection`, this));
    this.freezePanes = guarded(new SimulatedWorksheetFreezePanes(context, `${path}.freezePanes`, this));
    this.tables = guarded(new SimulatedTableCollection(context, `${path}.tables`, (batch) => this.sheetIn(batch)));
    this.notes = guarded(new SimulatedNoteCollection(context, `${path}.notes`, (batch) => this.sheetIn(batch)));
    this.charts = guarded(new SimulatedChartCollection(context, `${path}.charts`, (batch) => this.sheetIn(batch)));
    this.pageLayout = guarded(new SimulatedPageLayout(context, `${path}.pageLayout`, this));
    this.horizontalPageBreaks = guarded(new SimulatedPageBreakCollection(context, `${path}.horizontalPageBreaks`, this));
  }

  protected exists(batch: BatchExecution, sheetId: string): boolean {
    return batch.sheetById(sheetId) !== undefined;
  }

  /** The sheet as it is at this point of the batch; ItemNotFound when it does not (or no longer) exist. */
  sheetIn(batch: BatchExecution): SheetModel {
    return batch.sheetById(this.boundIn(batch)) as SheetModel;
  }

  defaultLoadNames(): readonly string[] {
    return ['id', 'name', 'position', 'visibility'];
  }

  override navigation(name: string): SimulatedClientObject | undefined {
    if (name === 'protection') return this.protection;
    if (name === 'tables') return this.tables;
    if (name === 'notes') return this.notes;
    if (name === 'charts') return this.charts;
    if (name === 'pageLayout') return this.pageLayout;
    return undefined;
  }

  readScalar(batch: BatchExecution, name: string): unknown {
    const sheet = this.sheetIn(batch);
    switch (name) {
      case 'showGridlines':
        return sheet.layout?.showGridlines ?? true;
      case 'id':
        return sheet.id;
      case 'name':
        return sheet.name;
      case 'visibility':
        return sheet.visibility;
      case 'position':
        return batch.workbook.sheets.findIndex((candidate) => candidate.id === sheet.id);
      default:
        return this.notSimulated(name);
    }
  }

  get id(): string {
    return this.loaded('id');
  }

  get name(): string {
    return this.loaded('name');
  }

  set name(name: string) {
    this.queue('name', name, (batch) => renameSheet(batch, this.sheetIn(batch).id, name, 'Worksheet.name'));
    this.echo('name', name);
  }

  get visibility(): Excel.SheetVisibility | 'Visible' | 'Hidden' | 'VeryHidden' {
    return this.loaded('visibility');
  }

  set visibility(visibility: Excel.SheetVisibility | 'Visible' | 'Hidden' | 'VeryHidden') {
    this.queue('visibility', visibility, (batch) => setSheetVisibility(batch, this.sheetIn(batch).id, visibility, 'Worksheet.visibility'), EXCEL_API('1.2'));
    this.echo('visibility', visibility);
  }

  /** ExcelApi 1.8; kept in the sheet's layout (sheet-layout.ts). */
  get showGridlines(): boolean {
    return this.loaded('showGridlines');
  }

  set showGridlines(value: boolean) {
    const location = 'Worksheet.showGridlines';
    this.queue('showGridlines', value, (batch) => {
      if (typeof value !== 'boolean') throw new SimulatedOfficeError('InvalidArgument', undefined, location);
      writableLayout(batch, this.sheetIn(batch).id, location).showGridlines = value;
    }, EXCEL_API('1.8'));
    this.echo('showGridlines', value);
  }

  get position(): number {
    return this.loaded('position');
  }

  set position(position: number) {
    this.queue('position', position, (batch) => moveSheet(batch, this.sheetIn(batch).id, position, 'Worksheet.position'));
    this.echo('position', position);
  }

  private range(member: string, args: unknown[], locate: (sheet: SheetModel, location: string) => CellRect): SimulatedRange {
    const location = `Worksheet.${member}`;
    return guarded(
      new SimulatedRange(this.context, `${this.path}.${member}(${args.map((a) => JSON.stringify(a)).join(',')})`, (batch) => {
        const sheet = this.sheetIn(batch);
        return { sheetId: sheet.id, rect: locate(sheet, location) };
      }),
    );
  }

  /** `getRange()` is the whole sheet; `getRange('A1:C3')`, `getRange("'My sheet'!A1")`, `getRange('A:A')`. */
  getRange(address?: string): SimulatedRange {
    return this.range('getRange', address === undefined ? [] : [address], (sheet, location) =>
      address === undefined || address === ''
        ? { row: 0, col: 0, rowCount: MAX_ROWS, colCount: MAX_COLUMNS }
        : rectOnSheet(sheet, address, location),
    );
  }

  /** ExcelApi 1.7 in the reference; indexes are 0-based and counts at least 1. */
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): SimulatedRange {
    return this.range('getRangeByIndexes', [startRow, startColumn, rowCount, columnCount], (_sheet, location) => {
      const rect = {
        row: checkCount(startRow, 0, location),
        col: checkCount(startColumn, 0, location),
        rowCount: checkCount(rowCount, 1, location),
        colCount: checkCount(columnCount, 1, location),
      };
      if (rect.row + rect.rowCount > MAX_ROWS || rect.col + rect.colCount > MAX_COLUMNS) {
        throw new SimulatedOfficeError('InvalidArgument', undefined, location);
      }
      return rect;
    });
  }

  getCell(row: number, column: number): SimulatedRange {
    return this.getRangeByIndexes(row, column, 1, 1);
  }

  /** Several areas (ExcelApi 1.9); fails past 8,192 address characters or 500 areas. */
  getRanges(address?: string): SimulatedRangeAreas {
    return guarded(new SimulatedRangeAreas(this.context, `${this.path}.getRanges(${JSON.stringify(address ?? '')})`, this, address));
  }

  /**
   * The used range; on a blank sheet the top-left cell, not an error — the Office.js
   * reference for Worksheet.getUsedRange ("it will *not* throw an error"). Range.getUsedRange
   * is the one that throws ItemNotFound.
   */
  getUsedRange(valuesOnly?: boolean): SimulatedRange {
    return this.range('getUsedRange', valuesOnly === undefined ? [] : [valuesOnly], (sheet) =>
      usedRect(sheet, valuesOnly === true) ?? { row: 0, col: 0, rowCount: 1, colCount: 1 },
    );
  }

  /** A null object on a blank sheet (ExcelApi 1.4). */
  getUsedRangeOrNullObject(valuesOnly?: boolean): SimulatedRange {
    return guarded(
      new SimulatedRange(
        this.context,
        `${this.path}.getUsedRangeOrNullObject(${valuesOnly ?? ''})`,
        (batch) => {
          const sheet = this.sheetIn(batch);
          const rect = usedRect(sheet, valuesOnly === true);
          return rect && { sheetId: sheet.id, rect };
        },
        true,
      ),
    );
  }

  activate(): void {
    this.queue('activate', [], (batch) => activateSheet(batch, this.sheetIn(batch).id, 'Worksheet.activate'));
  }

  delete(): void {
    this.queue('delete', [], (batch) => deleteSheet(batch, this.sheetIn(batch).id, 'Worksheet.delete'));
  }

  /** ExcelApi 1.7: a copy named "Name (2)"; "None" places it first, as the reference says. */
  copy(positionType: PositionType = 'None', relativeTo?: SimulatedWorksheet): SimulatedWorksheet {
    if (relativeTo) this.context.assertSameContext(relativeTo, 'Worksheet.copy');
    const created = new Created<SheetModel>();
    const copy = guarded(new SimulatedWorksheet(this.context, `${this.path}.copy(${JSON.stringify(positionType)})`, created.locate));
    this.queue('copy', [positionType], (batch) => {
      const relativeId = relativeTo ? relativeTo.sheetIn(batch).id : undefined;
      created.record(copySheet(batch, this.sheetIn(batch).id, positionType, relativeId, 'Worksheet.copy'), batch);
    }, EXCEL_API('1.7'));
    return copy;
  }
}

/** An object that belongs to one worksheet (its protection, its freeze panes) and exists as long as the sheet does. */
abstract class WorksheetPart extends SimulatedClientObject {
  constructor(context: OperationQueue, path: string, protected readonly worksheet: SimulatedWorksheet) {
    super(context, path);
  }

  override isMissing(batch: BatchExecution): boolean {
    return this.worksheet.isMissing(batch);
  }
}

export class SimulatedWorksheetProtection extends WorksheetPart {
  readonly typeName = 'WorksheetProtection';

  defaultLoadNames(): readonly string[] {
    return ['protected'];
  }

  readScalar(batch: BatchExecution, name: string): unknown {
    if (name === 'protected') return this.worksheet.sheetIn(batch).protected;
    return this.notSimulated(name);
  }

  get protected(): boolean {
    return this.loaded('protected');
  }

  /** Options and passwords are not modelled: a protected sheet refuses every cell change. */
  protect(options?: unknown, password?: string): void {
    this.queue('protect', [options ?? null, password === undefined ? null : '***'], (batch) => {
      batch.writableSheet(this.worksheet.sheetIn(batch).id).protected = true;
    }, EXCEL_API('1.2'));
  }

  unprotect(password?: string): void {
    this.queue('unprotect', [password === undefined ? null : '***'], (batch) => {
      batch.writableSheet(this.worksheet.sheetIn(batch).id).protected = false;
    }, EXCEL_API('1.2'));
  }
}

export class SimulatedWorksheetFreezePanes extends WorksheetPart {
  readonly typeName = 'WorksheetFreezePanes';

  defaultLoadNames(): readonly string[] {
    return [];
  }

  readScalar(_batch: BatchExecution, name: string): unknown {
    return this.notSimulated(name);
  }

  private freeze(member: string, rows: number, columns: number): void {
    const location = `WorksheetFreezePanes.${member}`;
    this.queue(member, [rows, columns], (batch) => {
      if (!Number.isInteger(rows) || !Number.isInteger(columns) || rows < 0 || columns < 0 || rows >= MAX_ROWS || columns >= MAX_COLUMNS) {
        throw new SimulatedOfficeError('InvalidArgument', undefined, location);
      }
      const sheet = batch.writableSheet(this.worksheet.sheetIn(batch).id);
      sheet.frozenRows = rows;
      sheet.frozenColumns = columns;
    }, EXCEL_API('1.7'));
  }

  /** Freezes the top rows (default 1), replacing any earlier freeze. */
  freezeRows(count = 1): void {
    this.freeze('freezeRows', count, 0);
  }

  freezeColumns(count = 1): void {
    this.freeze('freezeColumns', 0, count);
  }

  unfreeze(): void {
    this.freeze('unfreeze', 0, 0);
  }
}
