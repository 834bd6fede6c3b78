import {
  Button, Checkbox, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Field, Text,
} from '@fluentui/react-components';
import { useState } from 'react';
import { useUiText } from '../../language';
import { useWaiveDialogStyles } from '../WaiveDialog/WaiveDialog.styles';

export interface ClearMarksDialogProps {
  open: boolean;
  /** `undoFixes`: the reviewer ticked "Also undo the applied fixes". */
  onConfirm(options: { undoFixes: boolean }): void;
  onCancel(): void;
}

/**
 * Asks before clearing (DESIGN §8): what Clear marks puts back — fills, notes, the Issues
 * sheet — and that the fixes the reviewer applied stay, unless the box to undo them is ticked.
 * Mounted afresh each time it is asked, so the box starts unticked.
 */
export function ClearMarksDialog({ open, onConfirm, onCancel }: ClearMarksDialogProps) {
  const { lang, text } = useUiText();
  const styles = useWaiveDialogStyles();
  const [undoFixes, setUndoFixes] = useState(false);
  return (
    <Dialog open={open} onOpenChange={(_, data) => { if (!data.open) onCancel(); }}>
      {/* The surface is portalled out of the pane's root, so it carries the language itself. */}
      <DialogSurface lang={lang} className={styles.surface}>
        <DialogBody>
          <DialogTitle>{text.clearTitle}</DialogTitle>
          <DialogContent className={styles.content}>
            <Text>{text.clearIntro}</Text>
            <Field hint={text.clearUndoFixesHint}>
              <Checkbox label={text.clearUndoFixes} checked={undoFixes} onChange={(_, data) => setUndoFixes(data.checked === true)} />
            </Field>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={() => onConfirm({ undoFixes })}>{text.clearMarks}</Button>
            <Button onClick={onCancel}>{text.cancel}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
