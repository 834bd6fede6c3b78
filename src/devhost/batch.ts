/**
 * One sync's execution: a working copy of the workbook that the queued
 * operations change in order, what their loads will deliver, and the bytes and
 * cells they cost. Committed at the end, or discarded when the batch is refused.
 *
 * Copy-on-write per cell: the workbook's lists and a sheet's own fields are
 * copied the first time the batch changes them (a changed sheet is a new
 * object, so a view memoised on the sheet redraws); a sheet's cell map is shared
 * and changed in place, each cell replaced by a new object, with the previous
 * ones kept in a journal that puts them back if the batch is refused.
 */
import { CellJournal } from './cell-journal';
import { SimulatedOfficeError } from './errors';
import { findSheetByName, type CellModel, type SheetModel, type WorkbookModel } from './model';
import { jsonByteLength, type PayloadLimits } from './payload';
import type { SupportedSets } from './requirements';

export type HostPlatform = 'web' | 'desktop';

export interface HostSettings {
  limits: PayloadLimits;
  /** `web` (default) enforces Excel on the web's 5 MB payload limits and its unsupported note properties. */
  platform: HostPlatform;
  supported: SupportedSets;
  /** Note.authorName for notes the add-in creates. */
  userName: string;
}

export class BatchExecution {
  /** The working copy the operations change. */
  readonly workbook: WorkbookModel;
  responseBytes = 0;
  cellsRead = 0;
  /** The sheet objects this batch copied and may change. */
  private readonly writableSheets = new Set<SheetModel>();
  private readonly journal = new CellJournal();
  private readonly deliveries: Array<() => void> = [];
  private readonly undoOnDiscard: Array<() => void> = [];

  constructor(
    private readonly live: WorkbookModel,
    readonly host: HostSettings,
  ) {
    this.workbook = {
      ...live,
      sheets: live.sheets.slice(),
      tables: live.tables.slice(),
      settings: { ...live.settings },
      selection: { ...live.selection },
      defaultFont: { ...live.defaultFont },
    };
  }

  sheetById(id: string): SheetModel | undefined {
    return this.workbook.sheets.find((sheet) => sheet.id === id);
  }

  sheetByName(name: string): SheetModel | undefined {
    return findSheetByName(this.workbook, name);
  }

  /** The sheet, copied once for this batch so it may be changed. */
  writableSheet(id: string): SheetModel {
    const index = this.workbook.sheets.findIndex((sheet) => sheet.id === id);
    if (index < 0) throw new SimulatedOfficeError('ItemNotFound');
    const sheet = this.workbook.sheets[index];
    if (this.writableSheets.has(sheet)) return sheet;
    const copy = { ...sheet };
    this.workbook.sheets[index] = copy;
    this.writableSheets.add(copy);
    return copy;
  }

  /** The sheet for changing cells, refused with AccessDenied when the sheet is protected. */
  writableCells(id: string, location: string): SheetModel {
    const sheet = this.sheetById(id);
    if (!sheet) throw new SimulatedOfficeError('ItemNotFound', undefined, location);
    if (sheet.protected) {
      throw new SimulatedOfficeError(
        'AccessDenied',
        `You cannot perform the requested operation. The sheet '${sheet.name}' is protected.`,
        location,
      );
    }
    return this.writableSheet(id);
  }

  /**
   * Replaces one cell of a sheet from writableSheet/writableCells: `change` gets a
   * copy of the cell, a cell left blank is removed, and the old one is journaled.
   */
  replaceCell(sheet: SheetModel, row: number, col: number, change: (cell: CellModel) => CellModel): void {
    if (!this.writableSheets.has(sheet)) throw new Error(`Sheet ${sheet.name} was not made writable in this batch`);
    this.journal.replaceCell(sheet, row, col, change);
  }

  /** A cell of the live workbook as it was before this batch (the batch changes cell maps in place). */
  committedCell(cells: Record<string, CellModel>, key: string): CellModel | undefined {
    return this.journal.before(cells, key);
  }

  /** Counts a read of cell-level data; a single read above the per-read limit fails like Excel. */
  recordCellsRead(count: number, location: string): void {
    if (count > this.host.limits.cellsPerRead) throw new SimulatedOfficeError('RangeExceedsLimit', undefined, location);
    this.cellsRead += count;
  }

  /** Adds a loaded value to the response payload. */
  respond(value: unknown): void {
    this.responseBytes += jsonByteLength(value);
  }

  /** Runs after a successful commit: loaded values reach the proxies only then. */
  deliver(apply: () => void): void {
    this.deliveries.push(apply);
  }

  /** Undoes client-side state (proxy bindings) when the whole batch is refused. */
  onDiscard(undo: () => void): void {
    this.undoOnDiscard.push(undo);
  }

  commit(): void {
    this.journal.forget();
    Object.assign(this.live, this.workbook);
  }

  deliverResults(): void {
    for (const apply of this.deliveries) apply();
  }

  /** Leaves the live workbook as it was before the batch: the working copy is dropped, changed cells put back. */
  discard(): void {
    this.journal.rollBack();
    for (const undo of this.undoOnDiscard) undo();
  }
}
