/**
 * Notes (ExcelApi 1.18): Workbook.notes and Worksheet.notes. Every use needs
 * the requirement set — a host without it (volume-licensed Office 2021/2024)
 * fails the sync with ApiNotFound. On Excel on the web a note's `height`,
 * `width` and `visible` are unsupported, so loading them — which a bare
 * `load('items')` does — fails (github.com/OfficeDev/office-js/issues/6198):
 * load `items/content` instead.
 */
import { cellKey, parseCellKey, parseRangeReference, type CellRect } from './address';
import type { BatchExecution } from './batch';
import { BoundClientObject, Created, SimulatedClientResult, SimulatedCollection, guarded, type OperationQueue } from './client-object';
import { SimulatedOfficeError } from './errors';
import type { SheetModel } from './model';
import { SimulatedRange } from './range';
import { EXCEL_API, type Requirement } from './requirements';

interface NoteTarget {
  sheetId: string;
  row: number;
  col: number;
}

const NOTES_API = EXCEL_API('1.18');
const UNSUPPORTED_ON_WEB = new Set(['height', 'width', 'visible']);

function noteAt(batch: BatchExecution, target: NoteTarget): string | undefined {
  return batch.sheetById(target.sheetId)?.cells[cellKey(target.row, target.col)]?.note;
}

export class SimulatedNote extends BoundClientObject<NoteTarget> {
  readonly typeName = 'Note';

  protected override requirement(): Requirement {
    return NOTES_API;
  }

  protected exists(batch: BatchExecution, target: NoteTarget): boolean {
    return noteAt(batch, target) !== undefined;
  }

  private noteIn(batch: BatchExecution): { sheet: SheetModel; target: NoteTarget; content: string } {
    const target = this.boundIn(batch);
    return { sheet: batch.sheetById(target.sheetId) as SheetModel, target, content: noteAt(batch, target) as string };
  }

  defaultLoadNames(): readonly string[] {
    return ['authorName', 'content', 'height', 'visible', 'width'];
  }

  readScalar(batch: BatchExecution, name: string): unknown {
    const { content } = this.noteIn(batch);
    if (name === 'content') return content;
    if (name === 'authorName') return batch.host.userName;
    if (UNSUPPORTED_ON_WEB.has(name) && batch.host.platform === 'web') {
      throw new SimulatedOfficeError('NotImplemented', `Note.${name} is not supported in Excel on the web.`, `Note.${name}`);
    }
    return this.notSimulated(name);
  }

  get content(): string {
    return this.loaded('content');
  }

  set content(content: string) {
    this.queue('content', content, (batch) => {
      if (typeof content !== 'string') throw new SimulatedOfficeError('InvalidArgument', undefined, 'Note.content');
      const { sheet, target } = this.noteIn(batch);
      const writable = batch.writableCells(sheet.id, 'Note.content');
      batch.replaceCell(writable, target.row, target.col, (cell) => ({ ...cell, note: content }));
    });
    this.echo('content', content);
  }

  get authorName(): string {
    return this.loaded('authorName');
  }

  delete(): void {
    this.queue('delete', [], (batch) => {
      const { sheet, target } = this.noteIn(batch);
      const writable = batch.writableCells(sheet.id, 'Note.delete');
      batch.replaceCell(writable, target.row, target.col, (cell) => {
        delete cell.note;
        return cell;
      });
    });
  }

  getLocation(): SimulatedRange {
    return guarded(
      new SimulatedRange(this.context, `${this.path}.getLocation()`, (batch) => {
        const { sheet, target } = this.noteIn(batch);
        return { sheetId: sheet.id, rect: { row: target.row, col: target.col, rowCount: 1, colCount: 1 } };
      }),
    );
  }
}

export class SimulatedNoteCollection extends SimulatedCollection<SimulatedNote> {
  readonly typeName = 'NoteCollection';

  /** `scope` is the sheet of Worksheet.notes; undefined for Workbook.notes. */
  constructor(
    context: OperationQueue,
    path: string,
    private readonly scope?: (batch: BatchExecution) => SheetModel,
  ) {
    super(context, path);
  }

  protected override requirement(): Requirement {
    return NOTES_API;
  }

  private sheetsIn(batch: BatchExecution): SheetModel[] {
    return this.scope ? [this.scope(batch)] : batch.workbook.sheets;
  }

  /** A single cell named by `key`: `A1` on a sheet's notes, `Sheet1!A1` on the workbook's. */
  private cellOf(batch: BatchExecution, key: unknown, location: string): NoteTarget {
    const reference = typeof key === 'string' ? parseRangeReference(key) : undefined;
    if (!reference || reference.rect.rowCount !== 1 || reference.rect.colCount !== 1) {
      throw new SimulatedOfficeError('InvalidArgument', undefined, location);
    }
    let sheet: SheetModel | undefined;
    if (this.scope) {
      sheet = this.scope(batch);
      if (reference.sheet !== undefined && reference.sheet.toLocaleUpperCase() !== sheet.name.toLocaleUpperCase()) sheet = undefined;
    } else if (reference.sheet !== undefined) sheet = batch.sheetByName(reference.sheet);
    if (!sheet) throw new SimulatedOfficeError('InvalidArgument', undefined, location);
    return { sheetId: sheet.id, row: reference.rect.row, col: reference.rect.col };
  }

  private targetsIn(batch: BatchExecution): NoteTarget[] {
    const targets: NoteTarget[] = [];
    for (const sheet of this.sheetsIn(batch)) {
      const cells = Object.entries(sheet.cells)
        .filter(([, cell]) => cell.note !== undefined)
        .map(([key]) => parseCellKey(key))
        .sort((a, b) => a.row - b.row || a.col - b.col);
      for (const { row, col } of cells) targets.push({ sheetId: sheet.id, row, col });
    }
    return targets;
  }

  itemsIn(batch: BatchExecution): SimulatedNote[] {
    return this.targetsIn(batch).map((target) =>
      guarded(new SimulatedNote(this.context, `${this.path}.getItem(${JSON.stringify(cellKey(target.row, target.col))})`, () => target)),
    );
  }

  getItem(key: string): SimulatedNote {
    return guarded(new SimulatedNote(this.context, `${this.path}.getItem(${JSON.stringify(key)})`, (batch) => this.cellOf(batch, key, 'NoteCollection.getItem')));
  }

  getItemOrNullObject(key: string): SimulatedNote {
    return guarded(
      new SimulatedNote(this.context, `${this.path}.getItemOrNullObject(${JSON.stringify(key)})`, (batch) => this.cellOf(batch, key, 'NoteCollection.getItemOrNullObject'), true),
    );
  }

  getItemAt(index: number): SimulatedNote {
    return guarded(
      new SimulatedNote(this.context, `${this.path}.getItemAt(${index})`, (batch) => {
        const target = this.targetsIn(batch)[index];
        if (!target) throw new SimulatedOfficeError('ItemNotFound', undefined, 'NoteCollection.getItemAt');
        return target;
      }),
    );
  }

  getCount(): SimulatedClientResult<number> {
    return this.queueResult('getCount', [], (batch) => this.targetsIn(batch).length);
  }

  /** A note on one cell; a cell that already has a note is refused (ItemAlreadyExists). */
  add(cellAddress: SimulatedRange | string, content: string): SimulatedNote {
    if (typeof cellAddress !== 'string') this.context.assertSameContext(cellAddress, 'NoteCollection.add');
    const created = new Created<NoteTarget>();
    const note = guarded(new SimulatedNote(this.context, `${this.path}.add(${JSON.stringify(typeof cellAddress === 'string' ? cellAddress : cellAddress.path)})`, created.locate));
    this.queue('add', [typeof cellAddress === 'string' ? cellAddress : cellAddress.path, content], (batch) => {
      const location = 'NoteCollection.add';
      if (typeof content !== 'string') throw new SimulatedOfficeError('InvalidArgument', undefined, location);
      const target = typeof cellAddress === 'string' ? this.cellOf(batch, cellAddress, location) : this.rangeCell(batch, cellAddress, location);
      const writable = batch.writableCells(target.sheetId, location);
      if (writable.cells[cellKey(target.row, target.col)]?.note !== undefined) {
        throw new SimulatedOfficeError('ItemAlreadyExists', undefined, location);
      }
      batch.replaceCell(writable, target.row, target.col, (cell) => ({ ...cell, note: content }));
      created.record(target, batch);
    });
    return note;
  }

  private rangeCell(batch: BatchExecution, range: SimulatedRange, location: string): NoteTarget {
    const { sheet, rect } = range.targetIn(batch);
    if (!isSingleCell(rect)) throw new SimulatedOfficeError('InvalidArgument', undefined, location);
    if (this.scope && this.scope(batch).id !== sheet.id) throw new SimulatedOfficeError('InvalidArgument', undefined, location);
    return { sheetId: sheet.id, row: rect.row, col: rect.col };
  }
}

function isSingleCell(rect: CellRect): boolean {
  return rect.rowCount === 1 && rect.colCount === 1;
}
