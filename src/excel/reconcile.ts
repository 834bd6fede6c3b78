/// <reference types="office-js" />
/**
 * Brings the workbook's marks to what is desired — the one path behind
 * validate (desired: the findings' marks) and Clear marks (desired: none):
 *
 * 1. read what the cells hold now and whether their sheets are protected;
 * 2. plan; refuse, having changed nothing, when a sheet to change is protected;
 * 3. save every touched cell's original to the state sheet BEFORE any change;
 * 4. replace the Issues sheet, change fills and notes;
 * 5. save the new state last.
 * Writes are packed into as few syncs as the payload budget allows.
 */
import type { Issue } from '../core/model';
import { protectedSheetError } from './errors';
import { applyChanges } from './apply-changes';
import { writeIssuesSheet, type IssuesMarker } from './issues-sheet';
import { planMarks, cellKey, needsNoteText, type DesiredMark } from './mark-plan';
import { observeCells } from './observe';
import type { IssuesSheetRecord, SavedCell } from './saved-marks';
import { STATE_SHEET } from './state-layout';
import { writeMarks, type StoredState } from './state-sheet';
import type { PageTurns } from './page-turns';
import { SYNC_BUDGET_BYTES, WriteQueue } from './sync-budget';
import type { Language } from './types';
import type { WorkbookScan } from './workbook-scan';

export interface NewIssuesSheet {
  name: string;
  marker: IssuesMarker;
  issues: readonly Issue[];
  language: Language;
  noTables: boolean;
}

export interface ReconcileInput {
  scan: WorkbookScan;
  state: StoredState;
  desired: readonly DesiredMark[];
  notes: boolean;
  /** Sheets of the add-in's to delete (its old Issues sheet). */
  deleteSheets: readonly string[];
  /** The Issues sheet to write, when validating. */
  issuesSheet?: NewIssuesSheet;
  /** Told before the first write is sent: from then on a failure must be rolled back. */
  onFirstWrite?: () => void;
  onProgress?: (done: number, total: number) => void;
  /** The task pane's clock of turns: the page gets one after each sync and every slice of queueing writes. */
  turns?: PageTurns;
}

export interface ReconcileResult {
  /** Cells that had the add-in's marks taken off. */
  restored: number;
  /** Syncs sent to write (the reads before are not counted). */
  writeSyncs: number;
}

function sheetsOf(cells: ReadonlyArray<{ sheet: string }>): string[] {
  return [...new Set(cells.map((cell) => cell.sheet))];
}

export async function reconcileMarks(context: Excel.RequestContext, input: ReconcileInput): Promise<ReconcileResult> {
  const { scan, state, notes, turns } = input;
  const present = new Set(scan.sheets.map((sheet) => sheet.name));
  // Saved cells of a sheet that is gone (deleted or renamed) stay saved: renaming it back lets Clear restore them.
  const saved = state.marks.cells.filter((cell) => present.has(cell.sheet));
  const carried = state.marks.cells.filter((cell) => !present.has(cell.sheet));
  const desired = input.desired.filter((mark) => present.has(mark.sheet));

  const savedByKey = new Map(saved.map((cell) => [cellKey(cell.sheet, cell.cell), cell]));
  const toObserve = new Map<string, { sheet: string; cell: string; noteText: boolean }>();
  for (const cell of [...saved, ...desired]) {
    const key = cellKey(cell.sheet, cell.cell);
    if (!toObserve.has(key)) toObserve.set(key, { sheet: cell.sheet, cell: cell.cell, noteText: needsNoteText(savedByKey.get(key)) });
  }
  const protectionOf = sheetsOf([...saved, ...desired]);
  if (state.handle.sheetExists) protectionOf.push(STATE_SHEET);
  const observed = await observeCells(context, [...toObserve.values()], {
    notes, protectionOf, turn: turns && (() => turns.give()), pause: turns && (() => turns.giveIfDue()),
  });

  const plan = planMarks({ saved, observed: observed.cells, desired, notes });
  const changing = new Set(sheetsOf(plan.changes));
  if (state.handle.sheetExists) changing.add(STATE_SHEET);
  const blocked = observed.protectedSheets.filter((sheet) => changing.has(sheet));
  if (blocked.length > 0) throw protectedSheetError(blocked);

  const total = plan.changes.length + (input.issuesSheet?.issues.length ?? 0);
  const writes = new WriteQueue(context, () => {
    if (writes.syncs === 0) input.onFirstWrite?.();
  }, SYNC_BUDGET_BYTES, input.turns);
  const keep = (cells: SavedCell[], issuesSheet?: IssuesSheetRecord) => ({ ...(issuesSheet ? { issuesSheet } : {}), cells: [...cells, ...carried] });

  // Clearing a workbook with no marks: no state sheet to create, nothing to write.
  const nothingToDo = plan.staged.length === 0 && input.deleteSheets.length === 0 && !input.issuesSheet && !state.marks.issuesSheet;
  if (nothingToDo) return { restored: 0, writeSyncs: 0 };

  await writeMarks(context, writes, state.handle, keep(plan.staged, state.marks.issuesSheet));
  for (const name of input.deleteSheets) {
    await writes.reserve(name.length * 3);
    context.workbook.worksheets.getItem(name).delete();
  }
  await applyChanges(context, writes, plan.changes);
  input.onProgress?.(plan.changes.length, total);
  if (input.issuesSheet) await writeIssuesSheet(context, writes, input.issuesSheet);
  const issuesRecord = input.issuesSheet && { name: input.issuesSheet.name, marker: input.issuesSheet.marker.text };
  await writeMarks(context, writes, state.handle, keep(plan.saved, issuesRecord));
  await writes.flush();
  input.onProgress?.(total, total);
  return { restored: plan.restored, writeSyncs: writes.syncs };
}
