import { AriaLiveAnnouncer, FluentProvider } from '@fluentui/react-components';
import { useCallback, useState } from 'react';
import type { Issue } from '../core/model';
import type { WorkbookConsolidator } from '../excel/consolidate/types';
import type { Checker, FormFiller } from '../excel/types';
import { ActionsBar } from './components/ActionsBar/ActionsBar';
import { AppliedFixesPanel } from './components/AppliedFixesPanel/AppliedFixesPanel';
import { FindingsPanel } from './components/FindingsPanel/FindingsPanel';
import { ConsolidateSection } from './components/Consolidate/ConsolidateSection';
import { LazyBody } from './components/LazySection/LazySection';
import { OverviewSection } from './components/Overview/OverviewSection';
import { useProjectPick } from './components/Overview/useProjectPick';
import { mappingTarget, type MappingTarget } from './components/MappingPanel/mapping-target';
import { PaneHeader } from './components/PaneHeader/PaneHeader';
import { SeverityCounts } from './components/SeverityCounts/SeverityCounts';
import { StatusMessages } from './components/StatusMessages/StatusMessages';
import { WaivedPanel } from './components/WaivedPanel/WaivedPanel';
import { downloadInBrowser, type SaveFile } from './download-file';
import { LanguageProvider, useUiText } from './language';
import { MAPPING_CONFIG_FILE_NAME, mappingConfigText } from './session/mapping-config';
import { shownInPlace, useCheckerSession, type CheckerSession } from './session/useCheckerSession';
import { paneTheme, useAppStyles } from './App.styles';

export interface AppProps {
  /** The workbook as the pane may use it: Excel's checker, or one over the simulated host. */
  checker: Checker;
  /** The clock for waiver stamps (tests pass a fixed one). */
  now?: () => Date;
  /** How a file the pane makes (the mappings' config file) reaches the user: a browser download unless given. */
  saveFile?: SaveFile;
}

/** The mapping panel, in a chunk of its own (its dropdowns and number fields): fetched when a validation first shows it. */
const loadMappingPanel = () => import(/* webpackChunkName: "mapping" */ './components/MappingPanel/MappingPanel').then((module) => ({ default: module.MappingPanel }));
/** The Standard form section (fill, templates, export): fetched as the pane starts, painted after its main part. */
const loadFillSection = () => import(/* webpackChunkName: "fill-section" */ './components/FillPanel/FillPanel').then((module) => ({ default: module.FormFillSection }));

/** The task pane: validate, walk the findings, apply and undo quick fixes, waive, correct the mapping, clear (DESIGN §1, §8). */
export function App({ checker, now, saveFile = downloadInBrowser }: AppProps) {
  const session = useCheckerSession(checker, now);
  const styles = useAppStyles();
  return (
    <FluentProvider theme={paneTheme} lang={session.lang}>
      <AriaLiveAnnouncer>
        <LanguageProvider value={session.lang}>
          <div className={styles.page}>
            <Pane session={session} saveFile={saveFile} consolidator={checker.consolidation} forms={checker.forms} />
          </div>
        </LanguageProvider>
      </AriaLiveAnnouncer>
    </FluentProvider>
  );
}

function Pane({ session, saveFile, consolidator, forms }: { session: CheckerSession; saveFile: SaveFile; consolidator?: WorkbookConsolidator; forms?: FormFiller }) {
  const styles = useAppStyles();
  const { text } = useUiText();
  const { summary, busy, settings } = session;
  const projectPick = useProjectPick(session);
  // A "Map column…" on its way to the mapping panel, dropped once the panel has it.
  const [mappingRequest, setMappingRequest] = useState<MappingTarget>();
  const dropMappingRequest = useCallback(() => setMappingRequest(undefined), []);
  const tables = summary?.tables;

  /** "Map column…" for a finding the mapping answers: opens its table's mapping at the column. */
  const mapColumnOf = useCallback((issue: Issue): (() => void) | undefined => {
    const target = tables && mappingTarget(issue, tables);
    return target && (() => setMappingRequest({ ...target }));
  }, [tables]);

  const saveMappings = () => {
    if (!summary) return;
    const text = mappingConfigText(summary.tables, settings ?? { config: {}, overrides: {}, waivers: [] });
    saveFile(text, MAPPING_CONFIG_FILE_NAME, 'application/json');
  };
  const { notice } = session;
  const fixNotice = notice && shownInPlace(notice) && (notice.kind === 'fixed' || notice.kind === 'undone') ? notice : undefined;
  return (
    <div className={styles.root}>
      {/* The header sits inside <main>: a page that embeds the pane (the demo) has its own banner, and one banner is all a page may have. */}
      <main className={styles.main}>
        <PaneHeader onLanguageChange={session.setLanguage} />
        <ActionsBar
          busy={busy}
          progress={session.progress}
          validated={summary !== undefined || session.notice !== undefined}
          cancellation={session.cancellation}
          onValidate={session.validate}
          onCancel={session.cancelValidation}
          onClearMarks={session.clearMarks}
        />
        <StatusMessages
          error={session.error}
          notice={session.notice}
          summary={summary}
          onDismissError={session.dismissError}
          onDismissNotice={session.dismissNotice}
        />
        {summary && summary.tables.length > 0 && (
          <SeverityCounts
            counts={summary.counts}
            notRun={summary.issues.filter((issue) => issue.rule === 'rules-not-run')}
            busy={busy}
            mapColumnOf={mapColumnOf}
          />
        )}
        {summary?.overview && summary.overview.length > 0 && (
          <OverviewSection points={summary.overview} issues={summary.issues} picked={projectPick.project} onPick={projectPick.pick} />
        )}
        {summary && summary.tables.length > 0 && (
          <FindingsPanel
            issues={summary.issues}
            selected={session.selected?.issue}
            busy={busy}
            onSelect={session.select}
            onWaive={session.waive}
            onApplyFix={session.applyFix}
            mapColumnOf={mapColumnOf}
            projectNames={summary.projectNames}
            fixNotice={fixNotice}
            onUndoFix={(fix) => void session.undoFix(fix, { inPlace: true })}
            onDismissNotice={session.dismissNotice}
            project={projectPick.project}
            onShowAllProjects={projectPick.clear}
          />
        )}
        {summary && summary.waived.length > 0 && (
          <WaivedPanel waived={summary.waived} busy={busy} onSelect={session.select} onUnwaive={session.unwaive} />
        )}
        {summary && summary.fixes.length > 0 && (
          <AppliedFixesPanel fixes={summary.fixes} busy={busy} onSelect={session.selectCell} onUndo={(fix) => void session.undoFix(fix)} />
        )}
        {summary && (
          <LazyBody
            load={loadMappingPanel}
            loadFailed={text.mappingLoadFailed}
            body={{
              tables: summary.tables,
              overrides: session.settings?.overrides ?? {},
              busy,
              onChange: session.changeOverride,
              request: mappingRequest,
              onRequestTaken: dropMappingRequest,
              onSaveConfig: saveMappings,
            }}
          />
        )}
        {forms && <LazyBody load={loadFillSection} loadFailed={text.fillLoadFailed} body={{ forms, otherBusy: busy, saveFile }} />}
        {consolidator && (
          <ConsolidateSection consolidator={consolidator} settings={session.settings} saveFile={saveFile} onSelectCell={(sheet, cell) => void session.selectCell(sheet, cell)} />
        )}
      </main>
    </div>
  );
}
