import type { Language, ValidationSummary } from '../../excel/types';
import type { UiText } from '../i18n';
import type { Notice } from '../session/useCheckerSession';
import { shownAddress } from './address';
import { shownCellValue } from './cell-value';

/** What a validation did to the workbook, in the reviewer's words. */
function validatedText(summary: ValidationSummary, text: UiText): string {
  if (summary.issues.length === 0) return text.noProblems;
  const params = { cells: summary.markedCells, sheet: summary.issuesSheet };
  return summary.notes === 'written' ? text.markedWithNotes(params) : text.markedWithoutNotes(params);
}

/** What Clear marks did, the applied fixes included: kept unless the reviewer asked to undo them. */
function clearedText(notice: Extract<Notice, { kind: 'cleared' }>, text: UiText): string {
  const { result } = notice;
  const parts = [text.cleared({ count: result.restoredCells })];
  if (!notice.undoFixes && notice.fixesBefore > 0) parts.push(text.clearedFixesStay({ count: notice.fixesBefore }));
  if (result.undoneFixes > 0) parts.push(text.clearedFixesUndone({ count: result.undoneFixes }));
  if (result.keptFixes > 0) parts.push(text.clearedFixesKept({ count: result.keptFixes }));
  return parts.join(' ');
}

/**
 * A success bar's title and sentence. Values are shown as their cells show them
 * (`504,000.00`), text in quotes.
 */
export function noticeText(notice: Notice, text: UiText, lang: Language): { title: string; body: string } {
  switch (notice.kind) {
    case 'validated': return { title: text.validatedTitle, body: validatedText(notice.summary, text) };
    case 'cleared': return { title: text.clearedTitle, body: clearedText(notice, text) };
    case 'cancelled': return { title: text.cancelledTitle, body: text.cancelled };
    case 'fixed': {
      const { fix } = notice;
      return {
        title: text.fixedTitle,
        body: text.fixed({
          address: shownAddress(fix.sheet, fix.cell),
          before: shownCellValue(fix.before, lang),
          after: shownCellValue(fix.after, lang),
        }),
      };
    }
    case 'undone': {
      const { fix } = notice;
      return {
        title: text.undoneTitle,
        body: text.undone({ address: shownAddress(fix.sheet, fix.cell), before: shownCellValue(fix.before, lang) }),
      };
    }
  }
}
