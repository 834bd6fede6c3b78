import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import type { AppliedFix } from '../../../excel/types';
import { useUiText } from '../../language';
import type { Notice } from '../../session/useCheckerSession';
import { shownAddress } from '../address';
import { noticeText } from '../notice-text';
import { useFixNoticeStyles } from './FixNotice.styles';

export interface FixNoticeProps {
  /** A fix applied from a finding, or its undo from here. */
  notice: Extract<Notice, { kind: 'fixed' | 'undone' }>;
  busy: boolean;
  onUndo(fix: AppliedFix): void;
  onDismiss(): void;
}

/**
 * The confirmation of a quick fix, in the list where the fixed finding was — not at the top
 * of the pane, far from the button just pressed. It takes the focus when it appears (Undo
 * after a fix, Dismiss after an undo) and scrolls into view, so the reviewer sees what was
 * written and can take it back at once.
 */
export function FixNotice({ notice, busy, onUndo, onDismiss }: FixNoticeProps) {
  const { lang, text } = useUiText();
  const styles = useFixNoticeStyles();
  const item = useRef<HTMLLIElement>(null);
  const focusTarget = useRef<HTMLButtonElement>(null);
  const { title, body } = noticeText(notice, text, lang);
  const address = shownAddress(notice.fix.sheet, notice.fix.cell);

  useEffect(() => {
    focusTarget.current?.focus({ preventScroll: true });
    // jsdom has no scrollIntoView; 'nearest' leaves a notice already in view where it is.
    if (typeof item.current?.scrollIntoView === 'function') item.current.scrollIntoView({ block: 'nearest' });
  }, [notice]);

  return (
    <li ref={item} className={styles.root} data-fix-notice={notice.kind}>
      <MessageBar intent="success" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{title}</MessageBarTitle>
          <span className={styles.body}>{body}</span>
        </MessageBarBody>
        <MessageBarActions>
          {notice.kind === 'fixed' && (
            <Button
              ref={focusTarget}
              size="small"
              disabledFocusable={busy}
              aria-label={text.undoFixAt({ address })}
              onClick={() => onUndo(notice.fix)}
            >
              {text.undo}
            </Button>
          )}
          <Button ref={notice.kind === 'fixed' ? undefined : focusTarget} size="small" onClick={onDismiss}>{text.dismiss}</Button>
        </MessageBarActions>
      </MessageBar>
    </li>
  );
}
