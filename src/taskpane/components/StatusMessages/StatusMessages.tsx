import {
  Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle,
} from '@fluentui/react-components';
import type { ValidationSummary } from '../../../excel/types';
import { useUiText } from '../../language';
import { errorText } from '../../session/error-text';
import { shownInPlace, type Notice } from '../../session/useCheckerSession';
import { noticeText } from '../notice-text';
import { useStatusMessagesStyles } from './StatusMessages.styles';

export interface StatusMessagesProps {
  error?: unknown;
  notice?: Notice;
  summary?: ValidationSummary;
  onDismissError(): void;
  onDismissNotice(): void;
}

/**
 * The error, success and "no table" bars. Texts are rendered from the stored error or
 * notice, so switching the language rewords a bar already shown. A fix applied from a finding,
 * with its Undo, is confirmed in the list instead (FixNotice), where the finding was.
 */
export function StatusMessages({ error, notice, summary, onDismissError, onDismissNotice }: StatusMessagesProps) {
  const { lang, text } = useUiText();
  const styles = useStatusMessagesStyles();
  const failure = error === undefined ? undefined : errorText(error, lang);
  const noTables = summary !== undefined && summary.tables.length === 0;
  const shown = notice && !(notice.kind === 'validated' && noTables) && !shownInPlace(notice);
  const success = shown ? noticeText(notice, text, lang) : undefined;
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
            <Button size="small" onClick={onDismissNotice}>{text.dismiss}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
    </div>
  );
}
