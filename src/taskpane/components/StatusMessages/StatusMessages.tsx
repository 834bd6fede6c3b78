import {
  Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle,
} from '@fluentui/react-components';
import type { ValidationSummary } from '../../../excel/types';
import type { UiText } from '../../i18n';
import { useUiText } from '../../language';
import { errorText } from '../../session/error-text';
import type { Notice } from '../../session/useCheckerSession';
import { useStatusMessagesStyles } from './StatusMessages.styles';

export interface StatusMessagesProps {
  error?: unknown;
  notice?: Notice;
  summary?: ValidationSummary;
  onDismissError(): void;
  onDismissNotice(): void;
}

/** What a validation did to the workbook, in the reviewer's words. */
function validatedText(summary: ValidationSummary, text: UiText): string {
  if (summary.issues.length === 0) return text.noProblems;
  const params = { cells: summary.markedCells, sheet: summary.issuesSheet };
  return summary.notes === 'written' ? text.markedWithNotes(params) : text.markedWithoutNotes(params);
}

/**
 * The error, success and "no table" bars. Texts are rendered from the stored error or
 * summary, so switching the language rewords a bar already shown.
 */
export function StatusMessages({ error, notice, summary, onDismissError, onDismissNotice }: StatusMessagesProps) {
  const { lang, text } = useUiText();
  const styles = useStatusMessagesStyles();
  const failure = error === undefined ? undefined : errorText(error, lang);
  const noTables = summary !== undefined && summary.tables.length === 0;
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
      {notice && !(notice.kind === 'validated' && noTables) && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{notice.kind === 'validated' ? text.validatedTitle : text.clearedTitle}</MessageBarTitle>
            {notice.kind === 'validated' ? validatedText(notice.summary, text) : text.cleared({ count: notice.restoredCells })}
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={onDismissNotice}>{text.dismiss}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
    </div>
  );
}
