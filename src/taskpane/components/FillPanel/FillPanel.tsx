import {
  Accordion, AccordionHeader, AccordionItem, AccordionPanel, Button, Checkbox, Field, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle,
  ProgressBar, Radio, RadioGroup, Select, Text, useId,
} from '@fluentui/react-components';
import { placeholderList } from '../../../core/template/workbook-templates';
import type { FormFiller } from '../../../excel/types';
import type { SaveFile } from '../../download-file';
import { useUiText } from '../../language';
import { errorText } from '../../session/error-text';
import { useFormFilling, type FillScopeKind, type FormFilling, type TemplateKind } from '../../session/useFormFilling';
import { useSectionStyles } from '../section.styles';
import { FillConfirmDialog } from './FillConfirmDialog';
import { useFillPanelStyles } from './FillPanel.styles';

export interface FillPanelProps {
  filling: FormFilling;
  /** Another task of the pane is running: filling waits. */
  otherBusy: boolean;
}

/**
 * Fills the standard form (DESIGN §2, §9) for the project at the selected cell, for projects
 * chosen from a list, or for all: one new sheet each. Asks first when a project's data has
 * error-level findings or earlier forms would be replaced; shows the progress while it writes,
 * and says what this Excel could not set (page layout without ExcelApi 1.9). The same forms can
 * be exported as a workbook of their own instead, and list the project's findings beside them.
 */
export function FillPanel({ filling, otherBusy }: FillPanelProps) {
  const { lang, text } = useUiText();
  const section = useSectionStyles();
  const styles = useFillPanelStyles();
  const headingId = useId('fill-heading');
  const busy = filling.busy || otherBusy;
  const failure = filling.error === undefined ? undefined : errorText(filling.error, lang);
  const problem = filling.problem && {
    'no-project-at-selection': text.fillNoProjectAtSelection,
    'none-chosen': text.fillNoneChosen,
    'no-projects': text.fillNoProjects,
    'no-template': text.fillNoTemplateChosen,
  }[filling.problem];
  const fromSheet = filling.templateKind === 'sheet';
  const { result, progress } = filling;
  const replaced = result?.forms.filter((form) => form.replaced).length ?? 0;
  return (
    <section className={section.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={section.heading}>{text.fillHeading}</h2>
      <Text className={section.secondaryText}>{text.fillIntro}</Text>
      <TemplateChoice filling={filling} busy={busy} />
      <Field label={text.fillScope}>
        <RadioGroup value={filling.scope} onChange={(_, data) => filling.setScope(data.value as FillScopeKind)}>
          <Radio value="selection" label={text.fillScopeSelection} />
          <Radio value="chosen" label={text.fillScopeChosen} />
          <Radio value="all" label={text.fillScopeAll} />
        </RadioGroup>
      </Field>
      {filling.scope === 'chosen' && (
        <div role="group" aria-label={text.fillChooseProjects} className={styles.projects}>
          {filling.loadingProjects && <Text>{text.fillLoadingProjects}</Text>}
          {filling.available?.map((project) => (
            <Checkbox
              key={project.code}
              label={text.projectGroup(project)}
              checked={filling.chosen.has(project.code)}
              onChange={(_, data) => filling.toggleChosen(project.code, data.checked === true)}
            />
          ))}
        </div>
      )}
      <Checkbox
        label={text.fillWithFindings}
        checked={filling.withFindings}
        onChange={(_, data) => filling.setWithFindings(data.checked === true)}
      />
      <div className={styles.actions}>
        <Button disabledFocusable={busy} onClick={() => void filling.start()}>{text.fillButton}</Button>
        <Button disabledFocusable={busy || fromSheet} onClick={() => void filling.exportForms()}>{text.fillExportButton}</Button>
      </div>
      <Text className={section.secondaryText}>{fromSheet ? text.fillTemplateExportNote : text.fillExportIntro}</Text>
      {filling.busy && (
        <Field label={progress ? text.fillProgress : text.fillExporting} hint={progress && progress.total > 0 ? text.progressOf(progress) : undefined}>
          <ProgressBar value={progress && progress.total > 0 ? progress.done / progress.total : undefined} max={1} />
        </Field>
      )}
      {filling.pending && (
        <FillConfirmDialog plan={filling.pending} action={filling.pendingAction} onConfirm={() => void filling.confirm()} onCancel={filling.cancel} />
      )}
      {problem && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{problem}</MessageBarBody>
        </MessageBar>
      )}
      {filling.templateProblems && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{text.fillTemplateProblemsTitle}</MessageBarTitle>
            <ul className={styles.list}>
              {filling.templateProblems.map((line) => <li key={line.en}>{line[lang]}</li>)}
            </ul>
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={filling.dismiss}>{text.dismiss}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {filling.starterInserted && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{text.fillStarterInserted({ sheet: filling.starterInserted })}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={filling.dismiss}>{text.dismiss}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {failure && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{text.errorTitle}</MessageBarTitle>
            {failure.message}
            {failure.detail && ` ${text.errorDetail({ detail: failure.detail })}`}
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={filling.dismiss}>{text.dismiss}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {result && result.forms.length > 0 && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{text.filledTitle}</MessageBarTitle>
            {text.filled({ count: result.forms.length, replaced, first: result.forms[0].sheet })}
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={filling.dismiss}>{text.dismiss}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {filling.exported && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{text.exportedTitle}</MessageBarTitle>
            {filling.exported.delivered === 'opened'
              ? text.exportedOpened({ count: filling.exported.count })
              : text.exportedDownloaded({ count: filling.exported.count, fileName: filling.exported.fileName })}
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={filling.dismiss}>{text.dismiss}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {result && result.unsupported.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{text.fillNoPageLayoutTitle}</MessageBarTitle>
            {result.unsupported.includes('page-layout') && text.fillNoPageLayout}
            {result.unsupported.includes('gridlines') && ` ${text.fillNoGridlines}`}
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}

/**
 * What is filled: the standard form or a template sheet of the workbook (those holding
 * placeholders, found when asked), the list of placeholders with what each stands for, and the
 * starter template to begin one from.
 */
function TemplateChoice({ filling, busy }: { filling: FormFilling; busy: boolean }) {
  const { lang, text } = useUiText();
  const styles = useFillPanelStyles();
  const templates = filling.templates ?? [];
  return (
    <>
      <Field label={text.fillTemplate}>
        <RadioGroup value={filling.templateKind} onChange={(_, data) => filling.setTemplateKind(data.value as TemplateKind)}>
          <Radio value="standard" label={text.fillTemplateStandard} />
          <Radio value="sheet" label={text.fillTemplateSheet} />
        </RadioGroup>
      </Field>
      {filling.templateKind === 'sheet' && (
        filling.loadingTemplates ? <Text>{text.fillLoadingTemplates}</Text>
        : templates.length === 0 ? (filling.templates && <Text>{text.fillNoTemplates}</Text>)
        : (
          <Field label={text.fillTemplateChoose}>
            <Select value={filling.templateSheet ?? ''} onChange={(_, data) => filling.setTemplateSheet(data.value)}>
              {templates.map((template) => (
                <option key={template.sheet} value={template.sheet}>{text.fillTemplateOption({ sheet: template.sheet, count: template.placeholders })}</option>
              ))}
            </Select>
          </Field>
        )
      )}
      <Accordion collapsible>
        <AccordionItem value="placeholders">
          <AccordionHeader size="small">{text.fillPlaceholders}</AccordionHeader>
          <AccordionPanel>
            <ul className={styles.placeholders} aria-label={text.fillPlaceholders}>
              {placeholderList(lang).map((item) => (
                <li key={item.token}><span className={styles.token}>{item.token}</span> — {item.explanation}</li>
              ))}
            </ul>
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
      {filling.canInsertStarter && (
        <div className={styles.actions}>
          <Button disabledFocusable={busy} onClick={() => void filling.insertStarter()}>{text.fillInsertStarter}</Button>
        </div>
      )}
    </>
  );
}

/** The fill section over a filler: its state (useFormFilling) and the panel. */
export function FormFillSection({ forms, otherBusy, saveFile }: { forms: FormFiller; otherBusy: boolean; saveFile: SaveFile }) {
  const { lang } = useUiText();
  const filling = useFormFilling(forms, { lang, saveFile });
  return <FillPanel filling={filling} otherBusy={otherBusy} />;
}
