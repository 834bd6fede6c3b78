import { snapshotCell, type CellModel, type CellScalar, type SheetModel, type SheetVisibility, type WorkbookModel } from '../devhost/model';
import { sheetReference } from '../core/output/sheet-name';

/**
 * What changed in a simulated host's workbook since it was opened, in the
 * terms a writer of the opened package needs (DESIGN §8: the download is the
 * opened file with only the add-in's changes applied). Sheets are matched by
 * id, which survives renames. A change the package writer cannot apply to the
 * file is named instead (`unexpressible`), so the caller can say why it wrote
 * the workbook another way.
 */

/** What changed in one cell; a field is present only when it changed. */
export interface CellChange {
  /** The cell's new constant (null: no value). */
  value?: CellScalar;
  /** The new number format (`General` for none). */
  numberFormat?: string;
  /** The new fill `#RRGGBB`, or null for no fill. */
  fill?: string | null;
  /** The new note text, or null for no note. */
  note?: string | null;
}

/** A sheet of the opened file that stays, with what changed in it. */
export interface ChangedSheet {
  /** Its name (unchanged: a rename is not expressible). */
  name: string;
  /** Its new visibility, when that changed. */
  visibility?: SheetVisibility;
  /** Changed cells by A1 address. */
  cells: Map<string, CellChange>;
}

export interface WorkbookChanges {
  /** Sheets of the opened file with something changed, in tab order. */
  changed: ChangedSheet[];
  /** Names of the opened file's sheets that are gone. */
  deleted: string[];
  /** Sheets that are new, in tab order; they follow every sheet that stays. */
  added: SheetModel[];
  /** The name of the sheet shown when the file opens. */
  activeSheet: string;
}

/**
 * Why a workbook's changes cannot be applied to its opened package: what
 * changed, and where. `package` means the file itself is not as the writer
 * expects (its `detail` says what was found).
 */
export type UnexpressibleChange =
  | { kind: 'sheet-renamed' | 'sheet-protection' | 'frozen-panes' | 'deleted-sheet'; sheet: string }
  | { kind: 'cell-formula' | 'cell-font' | 'cell-link' | 'cell-note'; sheet: string; cell: string }
  | { kind: 'sheet-order' | 'tables' | 'workbook-settings' }
  | { kind: 'package'; detail: string };

/** Thrown by the package writer when the change set holds what it cannot write. */
export class UnexpressibleChangeError extends Error {
  constructor(readonly change: UnexpressibleChange) {
    super(`The change cannot be written into the opened file: ${JSON.stringify(change)}`);
    this.name = 'UnexpressibleChangeError';
  }
}

export type WorkbookChangesResult = { changes: WorkbookChanges } | { unexpressible: UnexpressibleChange };

const orNull = <T>(value: T | undefined): T | null => value ?? null;

/** A value as JSON with its keys sorted, so equal objects compare equal whatever their key order. */
function canonical(value: unknown): string {
  if (value === undefined || value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : 1));
  return `{${entries.map(([key, v]) => `${JSON.stringify(key)}:${canonical(v)}`).join(',')}}`;
}

/** One cell's change, or what cannot be written about it. */
function cellChange(
  sheet: string, ref: string, before: CellModel | undefined, after: CellModel | undefined, defaultFont: WorkbookModel['defaultFont'],
): CellChange | UnexpressibleChange | undefined {
  // Fonts as Excel shows them: bold set back to false is no change.
  const fontOf = (cell: CellModel | undefined) => canonical(snapshotCell(cell, defaultFont).font);
  const change: CellChange = {};
  const valueChanged = orNull(before?.value) !== orNull(after?.value);
  // A formula is the user's, and its cached value is Excel's to recompute: neither is rewritten.
  if (orNull(before?.formula) !== orNull(after?.formula) || (valueChanged && (before?.formula || after?.formula))) {
    return { kind: 'cell-formula', sheet, cell: ref };
  }
  if (fontOf(before) !== fontOf(after)) return { kind: 'cell-font', sheet, cell: ref };
  if (canonical(before?.hyperlink) !== canonical(after?.hyperlink)) return { kind: 'cell-link', sheet, cell: ref };
  if (valueChanged) change.value = orNull(after?.value);
  const formatAfter = after?.numberFormat ?? 'General';
  if ((before?.numberFormat ?? 'General') !== formatAfter) change.numberFormat = formatAfter;
  if (orNull(before?.fill) !== orNull(after?.fill)) change.fill = orNull(after?.fill);
  if (orNull(before?.note) !== orNull(after?.note)) change.note = orNull(after?.note);
  return Object.keys(change).length > 0 ? change : undefined;
}

function isUnexpressible(value: CellChange | UnexpressibleChange): value is UnexpressibleChange {
  return 'kind' in value;
}

/** What a new sheet holds that the writer of new sheets cannot write. */
function newSheetProblem(sheet: SheetModel): UnexpressibleChange | undefined {
  if (sheet.protected) return { kind: 'sheet-protection', sheet: sheet.name };
  for (const [ref, cell] of Object.entries(sheet.cells)) {
    if (cell.formula !== undefined) return { kind: 'cell-formula', sheet: sheet.name, cell: ref };
    // A link to a place in the workbook needs no relationship; one to an address outside does.
    if (cell.hyperlink?.address) return { kind: 'cell-link', sheet: sheet.name, cell: ref };
  }
  return undefined;
}

/** Whether a sheet that is gone can go from the file without leaving references to it: no tables, no formulas into it or in it. */
function canDelete(sheet: SheetModel, opened: WorkbookModel, current: WorkbookModel): boolean {
  if (opened.tables.some((table) => table.sheetId === sheet.id)) return false;
  if (Object.values(sheet.cells).some((cell) => cell.formula !== undefined)) return false;
  const reference = `${sheetReference(sheet.name)}!`.toLocaleUpperCase();
  return !current.sheets.some((other) => Object.values(other.cells).some((cell) => cell.formula?.toLocaleUpperCase().includes(reference)));
}

/**
 * What changed from `opened` (the model as it was read from the file) to
 * `current`. `workbookChanges(opened, model)` → `{ changes: { changed: [{ name: 'โครงการ', cells: Map { 'E2' → { fill: '#FFC7CE', note: 'Project Report Checker…' } } }], added: [Issues, ReportChecker.State], … } }`.
 */
export function workbookChanges(opened: WorkbookModel, current: WorkbookModel): WorkbookChangesResult {
  const fail = (unexpressible: UnexpressibleChange): WorkbookChangesResult => ({ unexpressible });
  if (canonical(opened.settings) !== canonical(current.settings) || canonical(opened.defaultFont) !== canonical(current.defaultFont)) {
    return fail({ kind: 'workbook-settings' });
  }
  const currentById = new Map(current.sheets.map((sheet) => [sheet.id, sheet]));
  const openedIds = new Set(opened.sheets.map((sheet) => sheet.id));
  const kept = opened.sheets.filter((sheet) => currentById.has(sheet.id));
  const deleted = opened.sheets.filter((sheet) => !currentById.has(sheet.id));
  const added = current.sheets.filter((sheet) => !openedIds.has(sheet.id));
  // New sheets go after the file's own, in the order the workbook has them now.
  const expectedOrder = [...kept, ...added].map((sheet) => sheet.id);
  if (expectedOrder.join('\n') !== current.sheets.map((sheet) => sheet.id).join('\n')) return fail({ kind: 'sheet-order' });

  const keptIds = new Set(kept.map((sheet) => sheet.id));
  const tablesOfKept = (model: WorkbookModel) => canonical(model.tables.filter((table) => keptIds.has(table.sheetId)));
  if (tablesOfKept(opened) !== tablesOfKept(current) || current.tables.some((table) => !keptIds.has(table.sheetId))) return fail({ kind: 'tables' });

  for (const sheet of deleted) if (!canDelete(sheet, opened, current)) return fail({ kind: 'deleted-sheet', sheet: sheet.name });
  for (const sheet of added) {
    const problem = newSheetProblem(sheet);
    if (problem) return fail(problem);
  }

  const changed: ChangedSheet[] = [];
  for (const before of kept) {
    const after = currentById.get(before.id)!;
    if (after.name !== before.name) return fail({ kind: 'sheet-renamed', sheet: before.name });
    if (after.protected !== before.protected) return fail({ kind: 'sheet-protection', sheet: before.name });
    if (after.frozenRows !== before.frozenRows || after.frozenColumns !== before.frozenColumns) return fail({ kind: 'frozen-panes', sheet: before.name });
    const cells = new Map<string, CellChange>();
    for (const ref of new Set([...Object.keys(before.cells), ...Object.keys(after.cells)])) {
      const change = cellChange(before.name, ref, before.cells[ref], after.cells[ref], current.defaultFont);
      if (change === undefined) continue;
      if (isUnexpressible(change)) return fail(change);
      cells.set(ref, change);
    }
    const visibility = after.visibility !== before.visibility ? after.visibility : undefined;
    if (cells.size > 0 || visibility) changed.push({ name: before.name, cells, ...(visibility ? { visibility } : {}) });
  }

  const active = currentById.get(current.activeSheetId) ?? current.sheets.find((sheet) => sheet.visibility === 'Visible') ?? current.sheets[0];
  return { changes: { changed, deleted: deleted.map((sheet) => sheet.name), added, activeSheet: active.name } };
}
