import { Button, MessageBar, MessageBarActions, MessageBarBody, Text, useId } from '@fluentui/react-components';
import { Component, lazy, Suspense, useState, type ReactNode } from 'react';
import type { WorkbookConsolidator } from '../../../excel/consolidate/types';
import type { CheckerSettings } from '../../../excel/types';
import type { SaveFile } from '../../download-file';
import { useUiText } from '../../language';
import { useSectionStyles } from '../section.styles';
import { useConsolidateSectionStyles } from './ConsolidateSection.styles';

export interface ConsolidateSectionProps {
  consolidator: WorkbookConsolidator;
  settings?: CheckerSettings;
  saveFile: SaveFile;
  /** Selects a cell of the workbook (a finding's cell in the consolidated sheets). */
  onSelectCell(sheet: string, cell: string): void;
}

/** The section's body, in a chunk of its own: fetched the first time the section is opened. */
const loadPanel = () => import(/* webpackChunkName: "consolidate" */ './ConsolidatePanel');

/**
 * The coordinator's consolidation (DESIGN §1, §9): a button that opens the sources, their mapping
 * preview and the run. The body loads on demand; a failed load says so and can be tried again.
 */
export function ConsolidateSection({ consolidator, settings, saveFile, onSelectCell }: ConsolidateSectionProps) {
  const { text } = useUiText();
  const section = useSectionStyles();
  const styles = useConsolidateSectionStyles();
  const headingId = useId('consolidate');
  const contentId = useId('consolidate-content');
  const [open, setOpen] = useState(false);
  const [opened, setOpened] = useState(false);
  // A new lazy component per attempt: React keeps a failed import's rejection for the component that made it.
  const [attempt, setAttempt] = useState(() => ({ number: 0, Panel: lazy(loadPanel) }));
  const retry = () => setAttempt((last) => ({ number: last.number + 1, Panel: lazy(loadPanel) }));
  const { Panel } = attempt;

  return (
    <section className={section.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={section.heading}>{text.consolidateHeading}</h2>
      <Button appearance="secondary" aria-expanded={open} aria-controls={contentId} className={styles.toggle} onClick={() => { setOpen((shown) => !shown); setOpened(true); }}>
        {open ? text.closeConsolidate : text.openConsolidate}
      </Button>
      {/* Kept mounted once opened, hidden when closed: closing does not drop the sources gathered. */}
      <div id={contentId} hidden={!open}>
        {opened && (
          <PanelLoadFailure key={attempt.number} onRetry={retry} message={text.consolidateLoadFailed} retry={text.retry}>
            <Suspense fallback={<Text role="status">{text.consolidateLoading}</Text>}>
              <Panel consolidator={consolidator} settings={settings} saveFile={saveFile} onSelectCell={onSelectCell} />
            </Suspense>
          </PanelLoadFailure>
        )}
      </div>
    </section>
  );
}

interface PanelLoadFailureProps {
  children: ReactNode;
  message: string;
  retry: string;
  onRetry(): void;
}

/** Catches a failed load of the section's chunk (the network, an add-in updated meanwhile): says so, with Try again. */
class PanelLoadFailure extends Component<PanelLoadFailureProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>{this.props.message}</MessageBarBody>
        <MessageBarActions>
          <Button size="small" onClick={this.props.onRetry}>{this.props.retry}</Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
}
