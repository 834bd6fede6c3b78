import {
  Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Field, Input, Text, Textarea,
} from '@fluentui/react-components';
import type { Issue } from '../../../core/model';
import { useUiText } from '../../language';
import { shownAddress } from '../address';
import { useWaiveDialog } from './useWaiveDialog';
import { useWaiveDialogStyles } from './WaiveDialog.styles';

export interface WaiveDialogProps {
  /** The finding to waive; the dialog is open while one is given. */
  issue?: Issue;
  onConfirm(issue: Issue, reason: string, by?: string): void;
  onCancel(): void;
}

/** Asks the reason for a waiver (DESIGN §1: "a reason that stays in the workbook"). */
export function WaiveDialog({ issue, onConfirm, onCancel }: WaiveDialogProps) {
  const { lang, text } = useUiText();
  const styles = useWaiveDialogStyles();
  const state = useWaiveDialog(issue, onConfirm);
  return (
    <Dialog open={issue !== undefined} onOpenChange={(_, data) => { if (!data.open) onCancel(); }}>
      {/* The surface is portalled out of the pane's root, so it carries the language itself. */}
      <DialogSurface lang={lang} className={styles.surface}>
        <form onSubmit={state.submit} noValidate>
          <DialogBody>
            <DialogTitle>{text.waiveTitle}</DialogTitle>
            <DialogContent className={styles.content}>
              <Text>{text.waiveIntro}</Text>
              {issue && (
                <Text className={styles.finding}>
                  {text.severity[issue.severity]} · {shownAddress(issue.sheet, issue.cell)}: {issue.message[lang]}
                </Text>
              )}
              <Field
                label={text.waiveReason}
                required
                validationState={state.missingReason ? 'error' : 'none'}
                validationMessage={state.missingReason ? text.waiveReasonRequired : undefined}
              >
                <Textarea value={state.reason} onChange={(_, data) => state.setReason(data.value)} resize="vertical" />
              </Field>
              <Field label={text.waiveBy} hint={text.waiveByHint}>
                <Input value={state.by} onChange={(_, data) => state.setBy(data.value)} autoComplete="name" />
              </Field>
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" type="submit">{text.waive}</Button>
              <Button onClick={onCancel}>{text.cancel}</Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
