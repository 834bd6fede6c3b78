/**
 * The marks the findings call for (DESIGN §8): one per flagged cell, its fill
 * the colour of the most severe finding there, its note every finding of the
 * cell in the user's language (written where the host supports notes).
 */
import type { Issue, Severity } from '../core/model';
import { cellAddress, parseAddress } from '../core/table/address';
import { mostSevere, noteRuns, SEVERITY_FILL } from '../core/output/annotation-text';
import type { DesiredMark } from './mark-plan';
import type { Language } from './types';

/** `#FFC7CE` for errors, `#FFEB9C` for warnings, `#DDEBF7` for info: the annotated copy's colours, as Office.js takes them. */
export const MARK_FILL: Record<Severity, string> = {
  error: `#${SEVERITY_FILL.error.slice(2)}`,
  warning: `#${SEVERITY_FILL.warning.slice(2)}`,
  info: `#${SEVERITY_FILL.info.slice(2)}`,
};

/** A note is kept readable (and far below a cell's 32,767 characters): the Issues sheet has the rest. */
export const NOTE_MAX_CHARACTERS = 2_000;

/** The plain text of the note on a cell with these findings. */
export function noteText(issues: readonly Issue[], language: Language): string {
  const text = noteRuns(issues, language).map((run) => run.text).join('');
  return text.length <= NOTE_MAX_CHARACTERS ? text : `${text.slice(0, NOTE_MAX_CHARACTERS - 1)}…`;
}

/** One mark per flagged cell (findings whose cell is not an A1 address mark nothing). */
export function desiredMarks(issues: readonly Issue[], language: Language, notes: boolean): DesiredMark[] {
  const byCell = new Map<string, { sheet: string; cell: string; issues: Issue[] }>();
  for (const issue of issues) {
    const at = parseAddress(issue.cell);
    if (!at) continue;
    const cell = cellAddress(at.row, at.col);
    const key = `${issue.sheet}\u0000${cell}`;
    const group = byCell.get(key) ?? { sheet: issue.sheet, cell, issues: [] };
    group.issues.push(issue);
    byCell.set(key, group);
  }
  return [...byCell.values()].map((group) => {
    const mark: DesiredMark = { sheet: group.sheet, cell: group.cell, fill: MARK_FILL[mostSevere(group.issues)] };
    if (notes) mark.note = noteText(group.issues, language);
    return mark;
  });
}
