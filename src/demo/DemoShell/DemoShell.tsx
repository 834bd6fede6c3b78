import { FluentProvider, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Button, Spinner, useId } from '@fluentui/react-components';
import { useEffect, useRef, useSyncExternalStore } from 'react';
import type { Checker } from '../../excel/types';
import { renderTaskpane } from '../../taskpane';
import { paneTheme } from '../../taskpane/App.styles';
import { DemoToolbar } from '../DemoToolbar/DemoToolbar';
import type { DemoProblem, DemoSession } from '../demo-session';
import { DEMO_TEXT, type DemoText } from '../demo-text';
import { SheetCharts } from '../SheetCharts/SheetCharts';
import { SheetTabs } from '../SheetTabs/SheetTabs';
import { WorkbookGrid } from '../WorkbookGrid/WorkbookGrid';
import { useDemoShellStyles } from './DemoShell.styles';

function problemTitle(problem: DemoProblem, text: DemoText): string {
  switch (problem.kind) {
    case 'open':
    case 'reader-stopped': return text.openFailed({ name: problem.fileName });
    case 'download': return text.downloadFailed;
    case 'download-fallback': return text.downloadFallbackTitle;
  }
}

function problemDetail(problem: DemoProblem, text: DemoText): string {
  switch (problem.kind) {
    case 'open':
    case 'download': return problem.detail;
    case 'reader-stopped': return text.readerStopped;
    case 'download-fallback': return text.downloadFallback({ change: problem.change });
  }
}

/**
 * The demo page: the toolbar, the workbook (grid and sheet tabs) on the left and
 * the real task pane on the right, all over one simulated workbook.
 */
export function DemoShell({ session }: { session: DemoSession }) {
  const state = useSyncExternalStore(session.subscribe, session.getState);
  const styles = useDemoShellStyles();
  const text = DEMO_TEXT[state.language];
  const workbookHeadingId = useId('workbook');
  const host = state.workbook?.host;
  const model = host?.model;
  const activeSheet = model?.sheets.find((sheet) => sheet.id === model.activeSheetId && sheet.visibility === 'Visible')
    ?? model?.sheets.find((sheet) => sheet.visibility === 'Visible');

  useEffect(() => {
    document.documentElement.lang = state.language;
    document.title = text.title;
  }, [state.language, text.title]);

  return (
    // The page layout sits inside the provider, not on it: Fluent copies the provider's classes
    // onto portals' mount nodes (see App.styles.ts), and a full-height one would cover the page.
    <FluentProvider theme={paneTheme} lang={state.language}>
      <div className={styles.root}>
        <header className={styles.header}>
          <h1 className={styles.title}>{text.title}</h1>
          <p className={styles.intro}>{text.intro}</p>
          <DemoToolbar
            text={text}
            busy={state.opening !== undefined}
            fileName={state.workbook?.fileName}
            onOpenFile={(file) => void session.openFile(file)}
            onDownload={() => void session.download()}
            onReset={() => void session.loadSample()}
          />
        </header>
        {state.problem && (
          <MessageBar intent={state.problem.kind === 'download-fallback' ? 'warning' : 'error'} role="alert">
            <MessageBarBody>
              <MessageBarTitle>{problemTitle(state.problem, text)}</MessageBarTitle>
              {problemDetail(state.problem, text)}
            </MessageBarBody>
            <MessageBarActions>
              <Button appearance="transparent" onClick={session.dismissProblem}>{text.dismiss}</Button>
            </MessageBarActions>
          </MessageBar>
        )}
        <div className={styles.body}>
          <section className={styles.workbook} aria-labelledby={workbookHeadingId}>
            <h2 id={workbookHeadingId} className={styles.workbookHeading}>{text.gridRegion}</h2>
            {!model && state.opening && (
              <Spinner
                className={styles.opening}
                labelPosition="after"
                label={state.opening.sample ? text.openingSample : text.openingFile({ name: state.opening.fileName })}
              />
            )}
            {host && model && activeSheet && (
              <>
                <WorkbookGrid
                  sheet={activeSheet}
                  committedCell={host.committedCell}
                  selection={model.selection.sheetId === activeSheet.id ? model.selection.address : undefined}
                  text={text}
                  onSelectCell={(address) => void session.selectCell(activeSheet.name, address)}
                  onFollowLink={(sheet, address) => void session.selectCell(sheet ?? activeSheet.name, address)}
                />
                <SheetCharts workbook={model} sheet={activeSheet} lang={state.language} />
                <SheetTabs sheets={model.sheets} activeSheetId={activeSheet.id} label={text.sheets} onActivate={(name) => void session.activateSheet(name)} />
              </>
            )}
          </section>
          {/* No landmark here: the pane's own <main> must stay a top-level landmark, as it is inside Office. */}
          <div className={styles.pane} data-testid="taskpane">
            {state.workbook && <TaskPaneMount key={state.workbook.id} checker={state.workbook.checker} />}
          </div>
        </div>
      </div>
    </FluentProvider>
  );
}

/**
 * Mounts the real task pane with `renderTaskpane`, as the Office page does, in a
 * container of its own. Unmounting waits a tick: React may not unmount one root
 * while it is rendering another.
 */
function TaskPaneMount({ checker }: { checker: Checker }) {
  const slot = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const container = document.createElement('div');
    slot.current!.append(container);
    const root = renderTaskpane(container, checker);
    return () => {
      container.hidden = true;
      setTimeout(() => {
        root.unmount();
        container.remove();
      }, 0);
    };
  }, [checker]);
  return <div ref={slot} />;
}
