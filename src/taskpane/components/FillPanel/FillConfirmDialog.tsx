import {
  Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, MessageBar, MessageBarBody, Text,
} from '@fluentui/react-components';
import type { FillPlan } from '../../../excel/types';
import type { FillAction } from '../../session/useFormFilling';
import { useUiText } from '../../language';
import { useWaiveDialogStyles } from '../WaiveDialog/WaiveDialog.styles';
import { useFillPanelStyles } from './FillPanel.styles';

export interface FillConfirmDialogProps {
  plan: FillPlan;
  /** Filling this workbook, or exporting the forms as a workbook of their own. */
  action: FillAction;
  onConfirm(): void;
  onCancel(): void;
}

/** Shown at most this many projects or sheets by name; the rest are counted. */
const LISTED = 8;

/**
 * Asks before filling when the data of some projects has error-level findings (their forms
 * would show the data as it is) or when forms filled earlier would be replaced: the choice to
 * go on or not. Mounted only while asked.
 */
export function FillConfirmDialog({ plan, action, onConfirm, onCancel }: FillConfirmDialogProps) {
  const { lang, text } = useUiText();
  const dialog = useWaiveDialogStyles();
  const styles = useFillPanelStyles();
  const withErrors = plan.projects.filter((project) => project.errors > 0);
  const more = (count: number) => (count > LISTED ? <li>{text.fillMore({ count: count - LISTED })}</li> : null);
  return (
    <Dialog open onOpenChange={(_, data) => { if (!data.open) onCancel(); }}>
      <DialogSurface lang={lang} className={dialog.surface}>
        <DialogBody>
          <DialogTitle>{text.fillConfirmTitle}</DialogTitle>
          <DialogContent className={dialog.content}>
            <Text>{(action === 'export' ? text.fillExportConfirmIntro : text.fillConfirmIntro)({ count: plan.projects.length })}</Text>
            {withErrors.length > 0 && (
              <MessageBar intent="warning" layout="multiline">
                <MessageBarBody>
                  {text.fillErrorsWarning({ count: withErrors.length })}
                  <ul className={styles.list}>
                    {withErrors.slice(0, LISTED).map((project) => (
                      <li key={project.code}>{text.fillProjectErrors({ project: text.projectGroup(project), count: project.errors })}</li>
                    ))}
                    {more(withErrors.length)}
                  </ul>
                </MessageBarBody>
              </MessageBar>
            )}
            {plan.replaces.length > 0 && (
              <div>
                <Text>{text.fillReplaces({ count: plan.replaces.length })}</Text>
                <ul className={styles.list}>
                  {plan.replaces.slice(0, LISTED).map((sheet) => <li key={sheet}>{sheet}</li>)}
                  {more(plan.replaces.length)}
                </ul>
              </div>
            )}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onConfirm}>
              {action === 'export' ? text.fillExportAnyway : withErrors.length > 0 ? text.fillAnyway : text.fillReplace}
            </Button>
            <Button onClick={onCancel}>{text.cancel}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
