import {
  Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle,
} from '@fluentui/react-components';
import type { AppliedFix, Language, ValidationSummary } from '../../../excel/types';
import type { UiText } from '../../i18n';
import { useUiText } from '../../language';
import { errorText } from '../../session/error-text';
import type { Notice } from '../../session/useCheckerSession';
import { shownAddress } from '../address';
import { shownCellValue } from '../cell-value';
import { useStatusMessagesStyles } from './StatusMessages.styles';

export interface StatusMessagesProps {
  error?: unknown;
  notice?: Notice;
  summary?: ValidationSummary;
  /** A run is going on: the bar's Undo is disabled. */
  busy: boolean;
  onUndoFix(fix: AppliedFix): void;
  onDismissError(): void;
  onDismissNotice(): void;
}

/** What a validation did to the workbook, in the reviewer's words. */
function validatedText(summary: ValidationSummary, text: UiText): string {
  if (summary.issues.length === 0) return text.noProblems;
  const params = { cells: summary.markedCells, sheet: summary.issuesSheet };
  return summary.notes === 'written' ? text.markedWithNotes(params) : text.markedWithoutNotes(params);
}

/** The success bar's title and sentence for a notice. */
function noticeText(notice: Notice, text: UiText, lang: Language): { title: string; body: string } {
  switch (notice.kind) {
    case 'validated': return { title: text.validatedTitle, body: validatedText(notice.summary, text) };
    case 'cleared': return { title: text.clearedTitle, body: text.cleared({ count: notice.restoredCells }) };
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

/**
 * The error, success and "no table" bars. Texts are rendered from the stored error or
 * notice, so switching the language rewords a bar already shown. A fix's bar offers Undo.
 */
export function StatusMessages({ error, notice, summary, busy, onUndoFix, onDismissError, onDismissNotice }: StatusMessagesProps) {
  const { lang, text } = useUiText();
  const styles = useStatusMessagesStyles();
  const failure = error === undefined ? undefined : errorText(error, lang);
  const noTables = summary !== undefined && summary.tables.length === 0;
  const success = notice && !(notice.kind === 'validated' && noTables) ? noticeText(notice, text, lang) : undefined;
  return (
    <div className={styles.root}>
      {failure && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{text.errorTitle}</MessageBarTitle>
            {failure.message}
            {failure.detail && <span className={styles.detail}>{text.errorDetail({ detail: failure.detail })}</span>}
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={onDismissError}>{text.dismiss}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {noTables && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{text.noTablesTitle}</MessageBarTitle>
            {text.noTables}
          </MessageBarBody>
        </MessageBar>
      )}
      {notice && success && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{success.title}</MessageBarTitle>
            <span className={styles.body}>{success.body}</span>
          </MessageBarBody>
          <MessageBarActions>
            {notice.kind === 'fixed' && (
              <Button
                size="small"
                disabledFocusable={busy}
                aria-label={text.undoFixAt({ address: shownAddress(notice.fix.sheet, notice.fix.cell) })}
                onClick={() => onUndoFix(notice.fix)}
              >
                {text.undo}
              </Button>
            )}
            <Button size="small" onClick={onDismissNotice}>{text.dismiss}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
    </div>
  );
}
