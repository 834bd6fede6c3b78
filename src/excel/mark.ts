/// <reference types="office-js" />
/**
 * Marks the findings in place (DESIGN §8): fills by severity, notes where the
 * host has them, a fresh Issues sheet; old marks are replaced, never stacked.
 * Nothing is left half-marked: when a write fails, everything the add-in
 * marked is restored from its saved originals before the error is reported.
 */
import type { Issue } from '../core/model';
import { clearMarksIn } from './clear';
import { desiredMarks } from './desired-marks';
import { toCheckerError } from './errors';
import { issuesMarker, issuesSheetName, recordedIssuesSheet } from './issues-sheet';
import { reconcileMarks } from './reconcile';
import type { StoredState } from './state-sheet';
import type { PageTurns } from './page-turns';
import type { Language } from './types';
import type { WorkbookScan } from './workbook-scan';

export interface MarkOptions {
  scan: WorkbookScan;
  state: StoredState;
  /** The findings to mark (waived ones already left out). */
  issues: readonly Issue[];
  language: Language;
  notes: boolean;
  /** No table was found: the Issues sheet says so instead of "no findings". */
  noTables: boolean;
  onProgress?: (done: number, total: number) => void;
  /** The task pane's clock of turns: the page gets one after each sync and every slice of queueing writes. */
  turns?: PageTurns;
}

export interface MarkResult {
  markedCells: number;
  issuesSheet: string;
  /** Syncs the writes took. */
  writeSyncs: number;
}

export async function markIssues(context: Excel.RequestContext, options: MarkOptions): Promise<MarkResult> {
  const { scan, state, issues, language, notes } = options;
  const present = new Set(scan.sheets.map((sheet) => sheet.name));
  const desired = desiredMarks(issues, language, notes).filter((mark) => present.has(mark.sheet));
  if (options.turns) await options.turns.giveIfDue();
  const replaced = recordedIssuesSheet(scan, state.marks.issuesSheet);
  const name = issuesSheetName(scan, replaced);
  const marker = issuesMarker(language);
  let writing = false;
  try {
    const result = await reconcileMarks(context, {
      scan,
      state,
      desired,
      notes,
      deleteSheets: replaced ? [replaced] : [],
      issuesSheet: { name, marker, issues, language, noTables: options.noTables },
      onFirstWrite: () => (writing = true),
      onProgress: options.onProgress,
      turns: options.turns,
    });
    return { markedCells: desired.length, issuesSheet: name, writeSyncs: result.writeSyncs };
  } catch (error) {
    if (!writing) throw toCheckerError(error, 'unchanged');
    try {
      // The new Issues sheet's name was free before, so a sheet by that name now is the one being written.
      await clearMarksIn(context, { notes, alsoDelete: present.has(name) ? [] : [name] });
    } catch {
      throw toCheckerError(error, 'partial');
    }
    throw toCheckerError(error, 'restored');
  }
}
