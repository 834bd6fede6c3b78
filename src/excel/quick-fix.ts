/// <reference types="office-js" />
/**
 * Quick fixes (DESIGN §8): a finding's `fix.replacement` written into its cell
 * only when the user applies it, logged in the state sheet, and undone from
 * that log — also after the workbook was saved and reopened.
 *
 * Nothing is written unless the cell is exactly as expected: applying needs the
 * value the check saw, undoing needs what the fix wrote; a formula is never
 * overwritten. The value and the log change in the same sync, value first, so a
 * refused value write leaves no log entry. Fills and notes are not touched.
 */
import { FIELD_KIND, type Field, type Issue } from '../core/model';
import { jsonByteLength } from '../core/byte-length';
import { cellChangedError, fixNotLoggedError, missingSheetError, noQuickFixError, protectedSheetError } from './errors';
import { newFixId, withFix } from './fix-log';
import { STATE_SHEET, STATE_WINDOW } from './state-layout';
import { readState, writeFixLog, type StoredState } from './state-sheet';
import { WriteQueue } from './sync-budget';
import type { AppliedFix, CellContent } from './types';

/** Excel's number format for Text: a value written under it is stored as typed, never read as a number, date or formula. */
const TEXT_FORMAT = '@';
const GENERAL_FORMAT = 'General';
/** How an amount reads in the standard form (DESIGN §9): thousands separators, satang. */
const AMOUNT_FORMAT = '#,##0.00';

/** A cell as read before a quick fix or its undo. */
interface CellNow {
  content: CellContent;
  formula: boolean;
  sheetProtected: boolean;
}

/** A cell's value as the add-in compares it: Excel reads an empty cell as '', the core as null. */
function valueOf(raw: unknown): CellContent['value'] {
  if (raw === '' || raw === undefined || raw === null) return null;
  if (typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean') return raw;
  return String(raw);
}

async function sheetNames(context: Excel.RequestContext): Promise<Set<string>> {
  const worksheets = context.workbook.worksheets.load('items/name');
  await context.sync();
  return new Set(worksheets.items.map((worksheet) => worksheet.name));
}

/** Queues the loads of one cell and of its sheet's protection; the reader is called after the sync. */
function queueCellRead(context: Excel.RequestContext, sheet: string, cell: string): () => CellNow {
  const worksheet = context.workbook.worksheets.getItem(sheet);
  const range = worksheet.getRange(cell).load('values,numberFormat,formulas');
  const protection = worksheet.protection.load('protected');
  return () => {
    const value = range.values[0][0];
    const formula = range.formulas[0][0];
    return {
      content: { value: valueOf(value), numberFormat: String(range.numberFormat[0][0] ?? GENERAL_FORMAT) },
      // A Text cell holding `=…` reports the same text as value and formula; a formula's value is its result.
      formula: typeof formula === 'string' && formula.startsWith('=') && formula !== value,
      sheetProtected: protection.protected,
    };
  };
}

/** Queues the loads of the state sheet's first rows and protection (when it exists); the reader is called after the sync. */
function queueStateRead(context: Excel.RequestContext, exists: boolean): () => { stateWindow?: unknown[][]; sheetProtected: boolean } {
  if (!exists) return () => ({ sheetProtected: false });
  const worksheet = context.workbook.worksheets.getItem(STATE_SHEET);
  const window = worksheet.getRange(STATE_WINDOW).load('values');
  const protection = worksheet.protection.load('protected');
  return () => ({ stateWindow: window.values, sheetProtected: protection.protected });
}

/** Refuses, before any write, when the cell's sheet or the state sheet is protected. */
function refuseProtected(sheet: string, cell: CellNow, stateProtected: boolean): void {
  const blocked = [...(cell.sheetProtected ? [sheet] : []), ...(stateProtected ? [STATE_SHEET] : [])];
  if (blocked.length > 0) throw protectedSheetError(blocked, 'fix');
}

/** A format a number can be written under: any but Text, where Excel would store it as text. */
function numberFriendly(numberFormat: string): string {
  return numberFormat === TEXT_FORMAT ? GENERAL_FORMAT : numberFormat;
}

/**
 * What a fix leaves in a cell: the replacement under the format the fix asks for
 * (a date serial comes with a date format), else under the cell's own — except that
 * a number is never left under Text, and an amount that had no number format gets
 * thousands separators (`1,176,000.00`, as amounts are shown) instead of `1176000`.
 */
export function fixedContent(fix: { replacement: string | number; numberFormat?: string }, numberFormat: string, field?: string): CellContent {
  const { replacement } = fix;
  const wanted = fix.numberFormat ?? numberFormat;
  if (typeof replacement !== 'number') return { value: replacement === '' ? null : replacement, numberFormat: wanted };
  if (fix.numberFormat !== undefined) return { value: replacement, numberFormat: numberFriendly(wanted) };
  const unformatted = numberFormat === TEXT_FORMAT || numberFormat === GENERAL_FORMAT;
  const amount = field !== undefined && FIELD_KIND[field as Field] === 'amount';
  return { value: replacement, numberFormat: unformatted && amount ? AMOUNT_FORMAT : numberFriendly(numberFormat) };
}

/**
 * Queues the writes that leave exactly `content` in the cell, whose format is now
 * `current`, whatever Excel would make of the value typed in:
 * - text is written under Text, then the wanted format is put back (Excel does not
 *   re-read a cell's text when its format changes), so `0123`, `=…`, `-…` or
 *   `25/5/2563` stay text — never a number, formula or date serial;
 * - a number or boolean is written under a format other than Text (under Text it
 *   would be stored as text), then Text is put back when Text is the format wanted;
 * - no value clears the value only, after the format.
 */
async function queueExactWrite(writes: WriteQueue, range: Excel.Range, content: CellContent, current: string): Promise<void> {
  await writes.reserve(jsonByteLength(content) * 2);
  const { value, numberFormat } = content;
  if (value === null) {
    if (current !== numberFormat) range.numberFormat = [[numberFormat]];
    range.values = [['']];
    return;
  }
  const writtenUnder = typeof value === 'string' ? TEXT_FORMAT : numberFriendly(numberFormat);
  if (current !== writtenUnder) range.numberFormat = [[writtenUnder]];
  range.values = [[value]];
  if (writtenUnder !== numberFormat) range.numberFormat = [[numberFormat]];
}

/**
 * Writes the finding's replacement into its cell, only while the cell holds the
 * value that was validated and no formula, and logs it (newest first) for Undo.
 * Syncs: the sheet names, the cell and the state together, the writes (3; one more
 * only when the state outgrows the rows read first).
 */
export async function applyQuickFix(context: Excel.RequestContext, issue: Issue, now: Date = new Date()): Promise<AppliedFix> {
  const replacement = issue.fix?.replacement;
  if (replacement === undefined) throw noQuickFixError();
  const names = await sheetNames(context);
  if (!names.has(issue.sheet)) throw missingSheetError(issue.sheet);
  const readCell = queueCellRead(context, issue.sheet, issue.cell);
  const readStateRows = queueStateRead(context, names.has(STATE_SHEET));
  await context.sync();
  const cell = readCell();
  const stateRows = readStateRows();
  const state = await readState(context, stateRows);

  if (cell.formula) throw cellChangedError(issue.sheet, issue.cell, 'formula');
  if (cell.content.value !== (issue.value ?? null)) throw cellChangedError(issue.sheet, issue.cell, 'changed-since-check');
  refuseProtected(issue.sheet, cell, stateRows.sheetProtected);

  const fix: AppliedFix = {
    id: newFixId(state.fixes, now),
    rule: issue.rule,
    sheet: issue.sheet,
    cell: issue.cell,
    before: cell.content,
    after: fixedContent({ replacement, numberFormat: issue.fix?.numberFormat }, cell.content.numberFormat, issue.field),
    appliedAt: now.toISOString(),
  };
  await writeCellAndLog(context, state, fix, fix.after, cell.content.numberFormat, withFix(state.fixes, fix));
  return fix;
}

/**
 * Puts the fixed cell back as it was, only while it holds exactly what the fix
 * wrote (value and format, no formula), and removes the fix from the log. When
 * the cell was edited since, nothing changes and the entry stays.
 * Syncs: the sheet names, the state, the cell, the writes (4).
 */
export async function undoQuickFix(context: Excel.RequestContext, id: string): Promise<void> {
  const names = await sheetNames(context);
  const readStateRows = queueStateRead(context, names.has(STATE_SHEET));
  await context.sync();
  const stateRows = readStateRows();
  const state = await readState(context, stateRows);
  const fix = state.fixes.find((logged) => logged.id === id);
  if (!fix) throw fixNotLoggedError();
  if (!names.has(fix.sheet)) throw missingSheetError(fix.sheet);

  const readCell = queueCellRead(context, fix.sheet, fix.cell);
  await context.sync();
  const cell = readCell();
  const untouched = !cell.formula && cell.content.value === fix.after.value && cell.content.numberFormat === fix.after.numberFormat;
  if (!untouched) throw cellChangedError(fix.sheet, fix.cell, 'edited-after-fix');
  refuseProtected(fix.sheet, cell, stateRows.sheetProtected);

  await writeCellAndLog(context, state, fix, fix.before, cell.content.numberFormat, state.fixes.filter((logged) => logged.id !== id));
}

/** The cell's new content, then the new log: one sync, in that order. */
async function writeCellAndLog(
  context: Excel.RequestContext,
  state: StoredState,
  fix: AppliedFix,
  content: CellContent,
  currentFormat: string,
  log: readonly AppliedFix[],
): Promise<void> {
  const writes = new WriteQueue(context);
  const range = context.workbook.worksheets.getItem(fix.sheet).getRange(fix.cell);
  await queueExactWrite(writes, range, content, currentFormat);
  await writeFixLog(context, writes, state.handle, log);
  await writes.flush();
}

/** What undoing every logged fix did. */
export interface UndoAllResult {
  undone: number;
  /** Fixes left in the log: their cell was edited since (or holds a formula now), or their sheet is gone. */
  kept: number;
}

/**
 * Puts back every logged fix whose cell still holds exactly what the fix wrote,
 * newest first — so a cell fixed twice ends as it was before the first fix —, and
 * keeps in the log only the fixes that could not be undone (for Clear marks with
 * "Also undo the applied fixes"). Nothing is written when a sheet to write is protected.
 * Syncs: the sheet names and the state, the cells, the writes (3; none is written
 * when no fix can be undone).
 */
export async function undoAllFixes(context: Excel.RequestContext, options: { onFirstWrite?: () => void } = {}): Promise<UndoAllResult> {
  const names = await sheetNames(context);
  const readStateRows = queueStateRead(context, names.has(STATE_SHEET));
  await context.sync();
  const stateRows = readStateRows();
  const state = await readState(context, stateRows);
  if (state.fixes.length === 0) return { undone: 0, kept: 0 };

  const cellKey = (fix: AppliedFix) => `${fix.sheet}!${fix.cell}`;
  const readers = new Map<string, () => CellNow>();
  for (const fix of state.fixes) {
    if (names.has(fix.sheet) && !readers.has(cellKey(fix))) readers.set(cellKey(fix), queueCellRead(context, fix.sheet, fix.cell));
  }
  await context.sync();
  const read = new Map([...readers].map(([key, reader]) => [key, reader()]));

  // What each cell holds once the fixes undone so far are written: a cell fixed twice is undone twice.
  const holds = new Map([...read].map(([key, cell]) => [key, cell.content]));
  const undo: AppliedFix[] = [];
  const kept: AppliedFix[] = [];
  for (const fix of state.fixes) {
    const cell = read.get(cellKey(fix));
    const now = holds.get(cellKey(fix));
    const untouched = cell !== undefined && now !== undefined && !cell.formula
      && now.value === fix.after.value && now.numberFormat === fix.after.numberFormat;
    if (!untouched) {
      kept.push(fix);
      continue;
    }
    undo.push(fix);
    holds.set(cellKey(fix), fix.before);
  }
  if (undo.length === 0) return { undone: 0, kept: kept.length };

  const blocked = new Set(undo.filter((fix) => read.get(cellKey(fix))!.sheetProtected).map((fix) => fix.sheet));
  if (stateRows.sheetProtected) blocked.add(STATE_SHEET);
  if (blocked.size > 0) throw protectedSheetError([...blocked], 'fix');

  options.onFirstWrite?.();
  const writes = new WriteQueue(context);
  const formats = new Map([...read].map(([key, cell]) => [key, cell.content.numberFormat]));
  for (const fix of undo) {
    const range = context.workbook.worksheets.getItem(fix.sheet).getRange(fix.cell);
    await queueExactWrite(writes, range, fix.before, formats.get(cellKey(fix))!);
    formats.set(cellKey(fix), fix.before.numberFormat);
  }
  await writeFixLog(context, writes, state.handle, kept);
  await writes.flush();
  return { undone: undo.length, kept: kept.length };
}
