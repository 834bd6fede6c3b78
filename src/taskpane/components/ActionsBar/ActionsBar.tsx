import { Button, Field, ProgressBar, Text, useId } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import type { ProgressStep } from '../../../excel/types';
import { useUiText } from '../../language';
import { ClearMarksDialog } from '../ClearMarksDialog/ClearMarksDialog';
import { useActionsBarStyles } from './ActionsBar.styles';

export interface ActionsBarProps {
  busy: boolean;
  progress?: ProgressStep;
  /** Whether a validation ran in this session (the start hint is shown until then). */
  validated: boolean;
  /** A validation that may be cancelled is running: Cancel is offered, or shown disabled once marking has begun. */
  cancellation?: 'offered' | 'marking';
  onValidate(): void;
  onCancel(): void;
  /** After the dialog's confirmation; `undoFixes`: the applied fixes are undone too. */
  onClearMarks(options: { undoFixes: boolean }): void;
}

/**
 * The one-click validation (DESIGN §1: the reviewer's job) and Clear marks (asked in a
 * dialog, which offers to undo the applied fixes too), with the progress of a run. Buttons
 * stay focusable while busy so keyboard focus is not lost.
 */
export function ActionsBar({ busy, progress, validated, cancellation, onValidate, onCancel, onClearMarks }: ActionsBarProps) {
  const { text } = useUiText();
  const styles = useActionsBarStyles();
  const [asking, setAsking] = useState(false);
  const validateButton = useRef<HTMLButtonElement>(null);
  const clearButton = useRef<HTMLButtonElement>(null);
  const cancelFocused = useRef(false);
  const markingHint = useId('cancel-after-marking');
  // Cancel goes when the run ends: if the focus went with it, Validate takes it rather than the page.
  useEffect(() => {
    if (cancellation !== undefined || !cancelFocused.current) return;
    cancelFocused.current = false;
    const active = document.activeElement;
    if (active === null || active === document.body) validateButton.current?.focus();
  }, [cancellation]);
  const asked = useRef(false);
  // The dialog closed (cleared or cancelled): the focus goes back to Clear marks, not to the page.
  useEffect(() => {
    if (asking) asked.current = true;
    else if (asked.current) {
      asked.current = false;
      clearButton.current?.focus();
    }
  }, [asking]);
  const fraction = progress && progress.total > 0 ? progress.done / progress.total : undefined;
  return (
    <section className={styles.root} aria-label={text.actions}>
      <div className={styles.buttons}>
        <Button ref={validateButton} appearance="primary" disabledFocusable={busy} onClick={onValidate}>{text.validate}</Button>
        <Button ref={clearButton} disabledFocusable={busy} onClick={() => setAsking(true)}>{text.clearMarks}</Button>
      </div>
      {/* Mounted only while asked: a closed dialog kept mounted leaves Fluent's modalizer hiding the waive dialog's surface in jsdom. */}
      {asking && <ClearMarksDialog
        open={asking}
        onCancel={() => setAsking(false)}
        onConfirm={(options) => {
          setAsking(false);
          onClearMarks(options);
        }}
      />}
      {busy && (
        <div className={styles.progress}>
          <Field
            className={styles.progressField}
            label={progress ? text.progressStage[progress.stage] : text.progressStage.read}
            hint={progress && progress.total > 0 ? text.progressOf(progress) : undefined}
          >
            <ProgressBar value={fraction} max={1} />
          </Field>
          {cancellation && (
            <Button
              disabledFocusable={cancellation === 'marking'}
              aria-describedby={cancellation === 'marking' ? markingHint : undefined}
              onFocus={() => (cancelFocused.current = true)}
              onBlur={(event) => { if (event.relatedTarget !== null) cancelFocused.current = false; }}
              onClick={onCancel}
            >
              {text.cancelValidation}
            </Button>
          )}
        </div>
      )}
      {busy && cancellation === 'marking' && <Text id={markingHint} className={styles.hint}>{text.cancelAfterMarking}</Text>}
      {!busy && !validated && <Text className={styles.hint}>{text.startHint}</Text>}
    </section>
  );
}
