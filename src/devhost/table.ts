/**
 * Excel tables (ListObjects): a collection per workbook and per sheet, `add`
 * with a header row, and the header / data-body ranges the reader needs.
 * Like Excel, `add` names empty header cells `Column1`…, makes duplicate
 * headers unique, and gives a header-only table one empty data row.
 */
import { formatRect, isUnbounded, parseRangeReference, type CellRect } from './address';
import type { BatchExecution } from './batch';
import { BoundClientObject, Created, SimulatedClientObject, SimulatedClientResult, SimulatedCollection, guarded, type OperationQueue } from './client-object';
import { NotSimulatedError, SimulatedOfficeError } from './errors';
import type { SheetModel, TableModel } from './model';
import { SimulatedRange } from './range';
import { clearCells } from './range-content';
import { EXCEL_API } from './requirements';
import { cellAt } from './sheet-cells';
import { rectOnSheet, SimulatedWorksheet } from './worksheet';

function tableRect(table: TableModel): CellRect {
  const reference = parseRangeReference(table.address);
  if (!reference) throw new Error(`Malformed table address ${table.address}`);
  return reference.rect;
}

function overlaps(a: CellRect, b: CellRect): boolean {
  return a.row < b.row + b.rowCount && b.row < a.row + a.rowCount && a.col < b.col + b.colCount && b.col < a.col + a.colCount;
}

/** Excel's rules for table names: a letter, `_` or `\` first, then letters, digits, `_`, `.`; not a cell reference. */
function tableNameProblem(name: unknown): boolean {
  return (
    typeof name !== 'string' ||
    name.length === 0 ||
    name.length > 255 ||
    !/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name) ||
    /^[A-Za-z]{1,3}\d+$/.test(name) ||
    /^[RrCc]$/.test(name) ||
    /^[Rr]\d*[Cc]\d*$/.test(name)
  );
}

function nameTaken(batch: BatchExecution, name: string, exceptId?: string): boolean {
  const wanted = name.toLocaleUpperCase();
  return batch.workbook.tables.some((table) => table.id !== exceptId && table.name.toLocaleUpperCase() === wanted);
}

function defaultTableName(batch: BatchExecution): string {
  for (let n = 1; ; n++) if (!nameTaken(batch, `Table${n}`)) return `Table${n}`;
}

/** Writes unique, non-empty header texts into the header row, as Excel does when it creates a table. */
function settleHeaders(batch: BatchExecution, sheet: SheetModel, rect: CellRect): void {
  const seen = new Set<string>();
  for (let c = 0; c < rect.colCount; c++) {
    const cell = cellAt(sheet, rect.row, rect.col + c);
    let header = cell?.value === undefined || cell.value === null || cell.value === '' ? `Column${c + 1}` : String(cell.value);
    const base = header;
    for (let n = 2; seen.has(header.toLocaleUpperCase()); n++) header = `${base}${n}`;
    seen.add(header.toLocaleUpperCase());
    batch.replaceCell(sheet, rect.row, rect.col + c, (next) => {
      delete next.formula;
      next.value = header;
      return next;
    });
  }
}

export class SimulatedTable extends BoundClientObject<string> {
  readonly typeName = 'Table';
  private worksheetProxy: SimulatedWorksheet | undefined;

  constructor(context: OperationQueue, path: string, locate: (batch: BatchExecution) => TableModel | undefined, nullable = false) {
    super(context, path, (batch) => locate(batch)?.id, nullable);
  }

  protected exists(batch: BatchExecution, tableId: string): boolean {
    return batch.workbook.tables.some((table) => table.id === tableId);
  }

  tableIn(batch: BatchExecution): TableModel {
    const id = this.boundIn(batch);
    return batch.workbook.tables.find((table) => table.id === id) as TableModel;
  }

  defaultLoadNames(): readonly string[] {
    return ['id', 'name', 'showHeaders'];
  }

  override navigation(name: string): SimulatedClientObject | undefined {
    return name === 'worksheet' ? this.worksheet : undefined;
  }

  readScalar(batch: BatchExecution, name: string): unknown {
    const table = this.tableIn(batch);
    if (name === 'id') return table.id;
    if (name === 'name') return table.name;
    if (name === 'showHeaders') return table.showHeaders;
    return this.notSimulated(name);
  }

  get id(): string {
    return this.loaded('id');
  }

  get name(): string {
    return this.loaded('name');
  }

  set name(name: string) {
    this.queue('name', name, (batch) => {
      const table = this.tableIn(batch);
      if (tableNameProblem(name)) throw new SimulatedOfficeError('InvalidArgument', undefined, 'Table.name');
      if (nameTaken(batch, name, table.id)) throw new SimulatedOfficeError('ItemAlreadyExists', undefined, 'Table.name');
      batch.workbook.tables = batch.workbook.tables.map((candidate) => (candidate.id === table.id ? { ...candidate, name } : candidate));
    });
    this.echo('name', name);
  }

  get showHeaders(): boolean {
    return this.loaded('showHeaders');
  }

  get worksheet(): SimulatedWorksheet {
    this.worksheetProxy ??= guarded(
      new SimulatedWorksheet(this.context, `${this.path}.worksheet`, (batch) => batch.sheetById(this.tableIn(batch).sheetId)),
    );
    return this.worksheetProxy;
  }

  private range(member: string, part: (rect: CellRect, table: TableModel) => CellRect): SimulatedRange {
    return guarded(
      new SimulatedRange(this.context, `${this.path}.${member}()`, (batch) => {
        const table = this.tableIn(batch);
        return { sheetId: table.sheetId, rect: part(tableRect(table), table) };
      }),
    );
  }

  getRange(): SimulatedRange {
    return this.range('getRange', (rect) => rect);
  }

  getHeaderRowRange(): SimulatedRange {
    return this.range('getHeaderRowRange', (rect) => ({ ...rect, rowCount: 1 }));
  }

  getDataBodyRange(): SimulatedRange {
    return this.range('getDataBodyRange', (rect, table) =>
      table.showHeaders ? { ...rect, row: rect.row + 1, rowCount: rect.rowCount - 1 } : rect,
    );
  }

  /** Deletes the table with its cells (convertToRange is the way to keep them). */
  delete(): void {
    this.queue('delete', [], (batch) => {
      const table = this.tableIn(batch);
      clearCells(batch, table.sheetId, [tableRect(table)], 'All', 'Table.delete');
      batch.workbook.tables = batch.workbook.tables.filter((candidate) => candidate.id !== table.id);
    });
  }

  /** The table becomes a plain range; returns that range (ExcelApi 1.2). */
  convertToRange(): SimulatedRange {
    const range = this.getRange();
    this.queue('convertToRange', [], (batch) => {
      const table = this.tableIn(batch);
      batch.writableCells(table.sheetId, 'Table.convertToRange');
      batch.workbook.tables = batch.workbook.tables.filter((candidate) => candidate.id !== table.id);
    }, EXCEL_API('1.2'));
    return range;
  }
}

export class SimulatedTableCollection extends SimulatedCollection<SimulatedTable> {
  readonly typeName = 'TableCollection';

  /** `scope` is the sheet of Worksheet.tables; undefined for Workbook.tables. */
  constructor(
    context: OperationQueue,
    path: string,
    private readonly scope?: (batch: BatchExecution) => SheetModel,
  ) {
    super(context, path);
  }

  private tablesIn(batch: BatchExecution): TableModel[] {
    if (!this.scope) return batch.workbook.tables;
    const sheetId = this.scope(batch).id;
    return batch.workbook.tables.filter((table) => table.sheetId === sheetId);
  }

  private itemFor(id: string): SimulatedTable {
    return guarded(new SimulatedTable(this.context, `${this.path}.getItem(${JSON.stringify(id)})`, (batch) =>
      batch.workbook.tables.find((table) => table.id === id),
    ));
  }

  itemsIn(batch: BatchExecution): SimulatedTable[] {
    return this.tablesIn(batch).map((table) => this.itemFor(table.id));
  }

  private byKey(batch: BatchExecution, key: string): TableModel | undefined {
    const wanted = String(key).toLocaleUpperCase();
    return this.tablesIn(batch).find((table) => table.id === key || table.name.toLocaleUpperCase() === wanted);
  }

  getItem(key: string): SimulatedTable {
    return guarded(new SimulatedTable(this.context, `${this.path}.getItem(${JSON.stringify(key)})`, (batch) => {
      const table = this.byKey(batch, key);
      if (!table) throw new SimulatedOfficeError('ItemNotFound', undefined, 'TableCollection.getItem');
      return table;
    }));
  }

  getItemOrNullObject(key: string): SimulatedTable {
    return guarded(new SimulatedTable(this.context, `${this.path}.getItemOrNullObject(${JSON.stringify(key)})`, (batch) => this.byKey(batch, key), true));
  }

  getItemAt(index: number): SimulatedTable {
    return guarded(new SimulatedTable(this.context, `${this.path}.getItemAt(${index})`, (batch) => {
      const table = this.tablesIn(batch)[index];
      if (!table) throw new SimulatedOfficeError('ItemNotFound', undefined, 'TableCollection.getItemAt');
      return table;
    }));
  }

  getCount(): SimulatedClientResult<number> {
    return this.queueResult('getCount', [], (batch) => this.tablesIn(batch).length);
  }

  /**
   * A table over `address` (a Range or an address; Workbook.tables takes the
   * active sheet when the address names none). Only `hasHeaders: true` is modelled.
   */
  add(address: SimulatedRange | string, hasHeaders: boolean): SimulatedTable {
    if (hasHeaders !== true) throw new NotSimulatedError('TableCollection.add with hasHeaders false');
    if (typeof address !== 'string') this.context.assertSameContext(address, 'TableCollection.add');
    const created = new Created<TableModel>();
    const table = guarded(new SimulatedTable(this.context, `${this.path}.add(${JSON.stringify(typeof address === 'string' ? address : address.path)})`, created.locate));
    this.queue('add', [typeof address === 'string' ? address : address.path, hasHeaders], (batch) => {
      const location = 'TableCollection.add';
      const { sheet, rect } = this.targetOf(batch, address, location);
      if (isUnbounded(rect)) throw new SimulatedOfficeError('InvalidArgument', undefined, location);
      const full = rect.rowCount === 1 ? { ...rect, rowCount: 2 } : rect;
      if (batch.workbook.tables.some((other) => other.sheetId === sheet.id && overlaps(tableRect(other), full))) {
        throw new SimulatedOfficeError('InvalidOperation', 'A table cannot overlap another table.', location);
      }
      const writable = batch.writableCells(sheet.id, location);
      settleHeaders(batch, writable, full);
      const model: TableModel = {
        id: String(batch.workbook.nextId++),
        name: defaultTableName(batch),
        sheetId: sheet.id,
        address: formatRect(full),
        showHeaders: true,
      };
      batch.workbook.tables = [...batch.workbook.tables, model];
      created.record(model, batch);
    });
    return table;
  }

  private targetOf(batch: BatchExecution, address: SimulatedRange | string, location: string): { sheet: SheetModel; rect: CellRect } {
    if (typeof address !== 'string') return address.targetIn(batch);
    if (this.scope) {
      const sheet = this.scope(batch);
      return { sheet, rect: rectOnSheet(sheet, address, location) };
    }
    const reference = parseRangeReference(address);
    if (!reference) throw new SimulatedOfficeError('InvalidArgument', undefined, location);
    const sheet = reference.sheet === undefined ? batch.sheetById(batch.workbook.activeSheetId) : batch.sheetByName(reference.sheet);
    if (!sheet) throw new SimulatedOfficeError('InvalidArgument', undefined, location);
    return { sheet, rect: reference.rect };
  }
}
