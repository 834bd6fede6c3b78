/// <reference types="office-js" />
/**
 * Clear marks (DESIGN §8): every saved original back exactly — fill or no
 * fill, the user's note or no note —, the add-in's notes and Issues sheet
 * gone, the saved originals emptied. Works from the state sheet alone, so it
 * also undoes marks made before the workbook was saved and reopened.
 */
import { recordedIssuesSheet } from './issues-sheet';
import { reconcileMarks } from './reconcile';
import { readState } from './state-sheet';
import { scanWorkbook } from './workbook-scan';

export interface ClearOptions {
  notes: boolean;
  /** More sheets of the add-in's to delete if present (an Issues sheet a failed validation was writing). */
  alsoDelete?: readonly string[];
  /** Told before the first write is sent. */
  onFirstWrite?: () => void;
}

export async function clearMarksIn(context: Excel.RequestContext, options: ClearOptions): Promise<{ restoredCells: number }> {
  const scan = await scanWorkbook(context);
  const state = await readState(context, scan);
  const names = new Set(scan.sheets.map((sheet) => sheet.name));
  const deleteSheets = new Set<string>();
  const recorded = recordedIssuesSheet(scan, state.marks.issuesSheet);
  if (recorded) deleteSheets.add(recorded);
  for (const name of options.alsoDelete ?? []) if (names.has(name)) deleteSheets.add(name);
  const result = await reconcileMarks(context, { scan, state, desired: [], notes: options.notes, deleteSheets: [...deleteSheets], onFirstWrite: options.onFirstWrite });
  return { restoredCells: result.restored };
}
