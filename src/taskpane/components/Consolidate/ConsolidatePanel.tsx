import {
  Accordion, Badge, Button, Checkbox, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle,
  MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Spinner, Text, mergeClasses, useId,
} from '@fluentui/react-components';
import { useEffect, useRef, useState, type DragEvent } from 'react';
import type { TracedIssue } from '../../../core/consolidate/consolidate';
import type { WorkbookConsolidator } from '../../../excel/consolidate/types';
import type { CheckerSettings } from '../../../excel/types';
import type { SaveFile } from '../../download-file';
import { useUiText } from '../../language';
import { shownAddress } from '../address';
import { useFindingItemStyles } from '../FindingItem/FindingItem.styles';
import { useSectionStyles } from '../section.styles';
import { SEVERITY_BADGE_COLOR } from '../severity';
import { CONSOLIDATE_TEXT } from './consolidate-text';
import { useConsolidateStyles } from './Consolidate.styles';
import { RunProgress } from './RunProgress';
import { SourcePreview } from './SourcePreview';
import { useConsolidation, type ConsolidationOutcome, type ConsolidationProgress, type ConsolidationState } from './useConsolidation';

export interface ConsolidatePanelProps {
  consolidator: WorkbookConsolidator;
  settings?: CheckerSettings;
  saveFile: SaveFile;
  onSelectCell(sheet: string, cell: string): void;
}

/** What the file picker accepts: workbooks, CSV and the printed form as text. */
const ACCEPTED = '.xlsx,.xlsm,.csv,.txt';
/** Findings listed at most; the rest are in the sheets (and counted). */
const LISTED_FINDINGS = 100;

function WorkbookSheets({ state }: { state: ConsolidationState }) {
  const { lang } = useUiText();
  const text = CONSOLIDATE_TEXT[lang];
  const styles = useConsolidateStyles();
  const headingId = useId('workbook-sheets');
  const sheets = state.workbookSheets;
  return (
    <div className={styles.group} role="group" aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.subheading}>{text.workbookHeading}</h3>
      {sheets === undefined ? <Spinner size="tiny" /> : sheets.length === 0 ? (
        <Text className={styles.secondary}>{text.noWorkbookSheets}</Text>
      ) : (
        <>
          <Text className={styles.secondary}>{text.workbookHint}</Text>
          <div className={styles.sheets}>
            {sheets.map((sheet) => (
              <Checkbox
                key={sheet.name}
                label={`${text.sheetChoice({ sheet: sheet.name, rows: sheet.rows })}${sheet.hidden ? ` · ${text.hiddenSheet}` : ''}`}
                checked={state.ticked.includes(sheet.name)}
                disabled={state.busy}
                onChange={(_, data) => state.tickSheet(sheet.name, data.checked === true)}
              />
            ))}
          </div>
          <div className={styles.actions}>
            <Button size="small" disabledFocusable={state.busy || state.ticked.length === 0} onClick={() => void state.addTickedSheets()}>{text.addSheets}</Button>
          </div>
        </>
      )}
    </div>
  );
}

/** The multi-file picker: a button that opens the browser's file dialog, and a zone files can be dropped on. */
function FilePicker({ state }: { state: ConsolidationState }) {
  const { lang } = useUiText();
  const text = CONSOLIDATE_TEXT[lang];
  const styles = useConsolidateStyles();
  const input = useRef<HTMLInputElement>(null);
  const [dropping, setDropping] = useState(false);
  const headingId = useId('agency-files');
  const hintId = useId('agency-files-hint');
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDropping(false);
    const files = Array.from(event.dataTransfer.files);
    if (files.length > 0 && !state.busy) void state.addFiles(files);
  };
  return (
    <div
      className={mergeClasses(styles.dropZone, dropping && styles.dropping)}
      role="group"
      aria-labelledby={headingId}
      aria-describedby={hintId}
      onDragOver={(event) => { event.preventDefault(); setDropping(true); }}
      onDragLeave={() => setDropping(false)}
      onDrop={onDrop}
    >
      <h3 id={headingId} className={styles.subheading}>{text.filesHeading}</h3>
      <Text id={hintId} className={styles.secondary}>{text.filesHint}</Text>
      <div className={styles.actions}>
        <Button appearance="secondary" disabledFocusable={state.busy} onClick={() => input.current?.click()}>{text.chooseFiles}</Button>
        <Text className={styles.secondary}>{text.dropHere}</Text>
      </div>
      {/* The button is the control people use; the input only opens the browser's dialog. */}
      <input
        ref={input}
        type="file"
        multiple
        accept={ACCEPTED}
        hidden
        aria-label={text.chooseFiles}
        data-testid="consolidate-files"
        onChange={(event) => {
          const files = Array.from(event.target.files ?? []);
          // Cleared so that choosing the same file again is a change too.
          event.target.value = '';
          if (files.length > 0) void state.addFiles(files);
        }}
      />
    </div>
  );
}

/** Reading the sources: a line with a spinner (a file is read in one piece). */
function readingText(progress: Exclude<ConsolidationProgress, { kind: 'run' }>, lang: 'th' | 'en'): string {
  const text = CONSOLIDATE_TEXT[lang];
  return progress.kind === 'files' ? text.readingFiles({ done: progress.done, total: progress.total }) : text.readingSheets;
}

function ConsolidatedFinding({ issue, onSelect }: { issue: TracedIssue; onSelect(): void }) {
  const { lang, text } = useUiText();
  const own = CONSOLIDATE_TEXT[lang];
  const item = useFindingItemStyles();
  const styles = useConsolidateStyles();
  return (
    <li className={item.root} data-rule={issue.rule} data-sheet={issue.sheet} data-cell={issue.cell} data-source-file={issue.source?.file}>
      <button type="button" className={item.select} onClick={onSelect}>
        <span className={item.heading}>
          <Badge appearance="tint" color={SEVERITY_BADGE_COLOR[issue.severity]}>{text.severity[issue.severity]}</Badge>
          {' '}
          <span className={item.address}>{shownAddress(issue.sheet, issue.cell)}</span>
        </span>
        {' '}
        <span className={item.message}>{issue.message[lang]}</span>
      </button>
      {issue.source && (
        <Text className={styles.source}>
          {own.sourceOf({ file: issue.source.file, sheet: issue.source.sheet, row: issue.source.row, cell: issue.source.cell })}
        </Text>
      )}
    </li>
  );
}

function Outcome({ outcome, onSelectCell }: { outcome: ConsolidationOutcome; onSelectCell(sheet: string, cell: string): void }) {
  const { lang } = useUiText();
  const text = CONSOLIDATE_TEXT[lang];
  const styles = useConsolidateStyles();
  const section = useSectionStyles();
  const headingId = useId('consolidated-findings');
  const sheets = Object.values(outcome.written.sheets).join(', ');
  const listed = outcome.issues.slice(0, LISTED_FINDINGS);
  const shown = useRef<HTMLDivElement>(null);
  // A new run's outcome is brought into view: it is below the sources, which may be long.
  useEffect(() => { shown.current?.scrollIntoView?.({ block: 'start' }); }, [outcome]);
  return (
    <>
      <MessageBar ref={shown} intent="success" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{text.doneTitle}</MessageBarTitle>
          {text.doneSummary(outcome)} {text.writtenSheets({ sheets })}
        </MessageBarBody>
      </MessageBar>
      <div className={styles.group} role="group" aria-labelledby={headingId}>
        <h3 id={headingId} className={styles.subheading}>{text.findingsHeading({ count: outcome.issues.length })}</h3>
        {outcome.issues.length === 0 ? <Text>{text.noFindings}</Text> : (
          <ul className={section.plainList}>
            {listed.map((issue, index) => (
              <ConsolidatedFinding key={`${issue.rule}|${issue.sheet}|${issue.cell}|${index}`} issue={issue} onSelect={() => onSelectCell(issue.sheet, issue.cell)} />
            ))}
          </ul>
        )}
        {outcome.issues.length > listed.length && (
          <Text className={styles.secondary}>{text.moreFindings({ count: outcome.issues.length - listed.length })}</Text>
        )}
      </div>
    </>
  );
}

function ReplaceDialog({ sheets, onAnswer }: { sheets?: string[]; onAnswer: ConsolidationState['answerReplace'] }) {
  const { lang, text: ui } = useUiText();
  const text = CONSOLIDATE_TEXT[lang];
  return (
    <Dialog open={sheets !== undefined} onOpenChange={(_, data) => { if (!data.open) onAnswer('cancel'); }}>
      {/* The surface is portalled out of the pane's root, so it carries the language itself. */}
      <DialogSurface lang={lang}>
        <DialogBody>
          <DialogTitle>{text.replaceTitle}</DialogTitle>
          <DialogContent>
            <Text>{text.replaceIntro({ sheets: (sheets ?? []).join(', ') })}</Text>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={() => onAnswer('replace')}>{text.replace}</Button>
            <Button onClick={() => onAnswer('keep')}>{text.keepBoth}</Button>
            <Button onClick={() => onAnswer('cancel')}>{ui.cancel}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

/**
 * The Consolidate section's body (DESIGN §9): sources from the workbook's sheets and from
 * uploaded files, the preview of every source's mapping with the user's corrections and an
 * agency's vocabulary to save, the run into new sheets — asking before an earlier run's sheets
 * are replaced — and the findings of the consolidated tables, each with its source.
 */
export default function ConsolidatePanel({ consolidator, settings, saveFile, onSelectCell }: ConsolidatePanelProps) {
  const { lang, text: ui } = useUiText();
  const text = CONSOLIDATE_TEXT[lang];
  const styles = useConsolidateStyles();
  const state = useConsolidation(consolidator, lang, settings, saveFile);
  const previewId = useId('consolidate-preview');
  const [open, setOpen] = useState<string[]>([]);
  const runnable = state.sources.some((source) => !source.error);
  return (
    <div className={styles.body}>
      <Text className={styles.secondary}>{text.intro}</Text>
      <WorkbookSheets state={state} />
      <FilePicker state={state} />
      {state.progress && state.progress.kind !== 'run' && (
        <Spinner size="tiny" labelPosition="after" label={readingText(state.progress, lang)} role="status" />
      )}
      {state.sources.length > 0 && (
        <div className={styles.group} role="group" aria-labelledby={previewId}>
          <h3 id={previewId} className={styles.subheading}>{text.previewHeading({ count: state.sources.length })}</h3>
          <Text className={styles.secondary}>{text.previewIntro}</Text>
          <Accordion collapsible multiple openItems={open} onToggle={(_, data) => setOpen((data.openItems as string[]) ?? [])}>
            {state.sources.map((source) => (
              <SourcePreview
                key={source.id}
                source={source}
                busy={state.busy}
                onChoose={(sheet, column, field) => state.chooseField(source.id, sheet, column, field)}
                onSaveVocabulary={() => state.saveVocabulary(source.id)}
                onRemove={() => state.removeSource(source.id)}
              />
            ))}
          </Accordion>
        </div>
      )}
      <div className={styles.actions}>
        <Button appearance="primary" disabledFocusable={state.busy || !runnable} onClick={() => void state.run()}>{text.run}</Button>
      </div>
      {state.progress?.kind === 'run' && <RunProgress step={state.progress.step} lang={lang} />}
      {state.error && (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>
            <MessageBarTitle>{text.failedTitle}</MessageBarTitle>
            {state.error}
          </MessageBarBody>
          <MessageBarActions>
            <Button appearance="transparent" onClick={state.dismissError}>{ui.dismiss}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {state.outcome && <Outcome outcome={state.outcome} onSelectCell={onSelectCell} />}
      <ReplaceDialog sheets={state.askReplace} onAnswer={state.answerReplace} />
    </div>
  );
}
