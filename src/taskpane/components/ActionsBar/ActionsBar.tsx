import { Button, Field, ProgressBar, Text } from '@fluentui/react-components';
import type { ProgressStep } from '../../../excel/types';
import { useUiText } from '../../language';
import { useActionsBarStyles } from './ActionsBar.styles';

export interface ActionsBarProps {
  busy: boolean;
  progress?: ProgressStep;
  /** Whether a validation ran in this session (the start hint is shown until then). */
  validated: boolean;
  onValidate(): void;
  onClearMarks(): void;
}

/**
 * The one-click validation (DESIGN §1: the reviewer's job) and Clear marks, with the
 * progress of a run. Buttons stay focusable while busy so keyboard focus is not lost.
 */
export function ActionsBar({ busy, progress, validated, onValidate, onClearMarks }: ActionsBarProps) {
  const { text } = useUiText();
  const styles = useActionsBarStyles();
  const fraction = progress && progress.total > 0 ? progress.done / progress.total : undefined;
  return (
    <section className={styles.root} aria-label={text.actions}>
      <div className={styles.buttons}>
        <Button appearance="primary" disabledFocusable={busy} onClick={onValidate}>{text.validate}</Button>
        <Button disabledFocusable={busy} onClick={onClearMarks}>{text.clearMarks}</Button>
      </div>
      {busy && (
        <Field
          label={progress ? text.progressStage[progress.stage] : text.progressStage.read}
          hint={progress && progress.total > 0 ? text.progressOf(progress) : undefined}
        >
          <ProgressBar value={fraction} max={1} />
        </Field>
      )}
      {!busy && !validated && <Text className={styles.hint}>{text.startHint}</Text>}
    </section>
  );
}
