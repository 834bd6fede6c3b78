import { AriaLiveAnnouncer, FluentProvider } from '@fluentui/react-components';
import type { Checker } from '../excel/types';
import { ActionsBar } from './components/ActionsBar/ActionsBar';
import { AppliedFixesPanel } from './components/AppliedFixesPanel/AppliedFixesPanel';
import { FindingsPanel } from './components/FindingsPanel/FindingsPanel';
import { MappingPanel } from './components/MappingPanel/MappingPanel';
import { PaneHeader } from './components/PaneHeader/PaneHeader';
import { SeverityCounts } from './components/SeverityCounts/SeverityCounts';
import { StatusMessages } from './components/StatusMessages/StatusMessages';
import { WaivedPanel } from './components/WaivedPanel/WaivedPanel';
import { LanguageProvider } from './language';
import { useCheckerSession, type CheckerSession } from './session/useCheckerSession';
import { paneTheme, useAppStyles } from './App.styles';

export interface AppProps {
  /** The workbook as the pane may use it: Excel's checker, or one over the simulated host. */
  checker: Checker;
  /** The clock for waiver stamps (tests pass a fixed one). */
  now?: () => Date;
}

/** The task pane: validate, walk the findings, apply and undo quick fixes, waive, correct the mapping, clear (DESIGN §1, §8). */
export function App({ checker, now }: AppProps) {
  const session = useCheckerSession(checker, now);
  const styles = useAppStyles();
  return (
    <FluentProvider theme={paneTheme} lang={session.lang} className={styles.provider}>
      <AriaLiveAnnouncer>
        <LanguageProvider value={session.lang}>
          <Pane session={session} />
        </LanguageProvider>
      </AriaLiveAnnouncer>
    </FluentProvider>
  );
}

function Pane({ session }: { session: CheckerSession }) {
  const styles = useAppStyles();
  const { summary, busy } = session;
  return (
    <div className={styles.root}>
      <PaneHeader onLanguageChange={session.setLanguage} />
      <main className={styles.main}>
        <ActionsBar
          busy={busy}
          progress={session.progress}
          validated={summary !== undefined || session.notice !== undefined}
          onValidate={session.validate}
          onClearMarks={session.clearMarks}
        />
        <StatusMessages
          error={session.error}
          notice={session.notice}
          summary={summary}
          busy={busy}
          onUndoFix={session.undoFix}
          onDismissError={session.dismissError}
          onDismissNotice={session.dismissNotice}
        />
        {summary && summary.tables.length > 0 && <SeverityCounts counts={summary.counts} />}
        {summary && summary.tables.length > 0 && (
          <FindingsPanel
            issues={summary.issues}
            selected={session.selected?.issue}
            busy={busy}
            onSelect={session.select}
            onWaive={session.waive}
            onApplyFix={session.applyFix}
          />
        )}
        {summary && summary.waived.length > 0 && (
          <WaivedPanel waived={summary.waived} busy={busy} onSelect={session.select} onUnwaive={session.unwaive} />
        )}
        {summary && summary.fixes.length > 0 && (
          <AppliedFixesPanel fixes={summary.fixes} busy={busy} onSelect={session.selectCell} onUndo={session.undoFix} />
        )}
        {summary && (
          <MappingPanel
            tables={summary.tables}
            overrides={session.settings?.overrides ?? {}}
            busy={busy}
            onChange={session.changeOverride}
          />
        )}
      </main>
    </div>
  );
}
