/**
 * Excel.WorksheetCollection: every sheet in tab order, very hidden ones
 * included (that is how an add-in finds its own very hidden sheet again).
 */
import type { BatchExecution } from './batch';
import { Created, SimulatedClientResult, SimulatedCollection, guarded, type OperationQueue } from './client-object';
import { SimulatedOfficeError } from './errors';
import type { SheetModel } from './model';
import { addSheet } from './workbook-sheets';
import { SimulatedWorksheet } from './worksheet';

export class SimulatedWorksheetCollection extends SimulatedCollection<SimulatedWorksheet> {
  readonly typeName = 'WorksheetCollection';

  constructor(context: OperationQueue, path: string) {
    super(context, path);
  }

  private worksheet(member: string, args: unknown[], locate: (batch: BatchExecution) => SheetModel | undefined, nullable = false): SimulatedWorksheet {
    return guarded(new SimulatedWorksheet(this.context, `${this.path}.${member}(${args.map((a) => JSON.stringify(a)).join(',')})`, locate, nullable));
  }

  itemsIn(batch: BatchExecution): SimulatedWorksheet[] {
    return batch.workbook.sheets.map((sheet) => this.worksheet('getItem', [sheet.id], (b) => b.sheetById(sheet.id)));
  }

  /** By name (ignoring case, as Excel does) or by id. */
  private byKey(batch: BatchExecution, key: string): SheetModel | undefined {
    return batch.sheetById(key) ?? batch.sheetByName(key);
  }

  getItem(key: string): SimulatedWorksheet {
    return this.worksheet('getItem', [key], (batch) => {
      const sheet = this.byKey(batch, key);
      if (!sheet) throw new SimulatedOfficeError('ItemNotFound', undefined, 'WorksheetCollection.getItem');
      return sheet;
    });
  }

  getItemOrNullObject(key: string): SimulatedWorksheet {
    return this.worksheet('getItemOrNullObject', [key], (batch) => this.byKey(batch, key), true);
  }

  getActiveWorksheet(): SimulatedWorksheet {
    return this.worksheet('getActiveWorksheet', [], (batch) => batch.sheetById(batch.workbook.activeSheetId));
  }

  private edge(member: 'getFirst' | 'getLast', visibleOnly?: boolean): SimulatedWorksheet {
    return this.worksheet(member, visibleOnly === undefined ? [] : [visibleOnly], (batch) => {
      const sheets = batch.workbook.sheets.filter((sheet) => !visibleOnly || sheet.visibility === 'Visible');
      return member === 'getFirst' ? sheets[0] : sheets[sheets.length - 1];
    });
  }

  getFirst(visibleOnly?: boolean): SimulatedWorksheet {
    return this.edge('getFirst', visibleOnly);
  }

  getLast(visibleOnly?: boolean): SimulatedWorksheet {
    return this.edge('getLast', visibleOnly);
  }

  getCount(visibleOnly?: boolean): SimulatedClientResult<number> {
    return this.queueResult('getCount', [visibleOnly ?? false], (batch) =>
      batch.workbook.sheets.filter((sheet) => !visibleOnly || sheet.visibility === 'Visible').length,
    );
  }

  /** A new sheet after the last one; a bad name is InvalidArgument, a taken one ItemAlreadyExists. */
  add(name?: string): SimulatedWorksheet {
    const created = new Created<SheetModel>();
    const worksheet = this.worksheet('add', name === undefined ? [] : [name], created.locate);
    this.queue('add', [name ?? null], (batch) => created.record(addSheet(batch, name, 'WorksheetCollection.add'), batch));
    return worksheet;
  }
}
