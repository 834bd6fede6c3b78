import { Button, Checkbox, mergeClasses, Radio, RadioGroup, Text, useEventCallback, useId } from '@fluentui/react-components';
import { Fragment, useMemo } from 'react';
import type { Issue } from '../../../core/model';
import type { AppliedFix } from '../../../excel/types';
import { useUiText } from '../../language';
import { RULE_TITLE } from '../../rule-titles';
import type { Notice } from '../../session/useCheckerSession';
import { FindingItem } from '../FindingItem/FindingItem';
import { FindingNavigator } from '../FindingNavigator/FindingNavigator';
import { useFindingWalk } from '../FindingNavigator/useFindingWalk';
import { findingKey, noticePlace } from '../FindingNavigator/walk-findings';
import { FixNotice } from '../FixNotice/FixNotice';
import { SEVERITIES } from '../severity';
import { WaiveDialog } from '../WaiveDialog/WaiveDialog';
import type { FindingGroup, GroupBy } from './group-findings';
import { ShowMoreFindings } from './ShowMoreFindings';
import { useFindingsPanel } from './useFindingsPanel';
import { useShownFindings } from './useShownFindings';
import { useSectionStyles } from '../section.styles';
import { useFindingsPanelStyles } from './FindingsPanel.styles';

export interface FindingsPanelProps {
  issues: readonly Issue[];
  selected?: Issue;
  busy: boolean;
  onSelect(issue: Issue, cell?: string): void;
  onWaive(issue: Issue, reason: string, by?: string): void;
  onApplyFix(issue: Issue): void;
  /** Opens the column mapping at the finding's column; absent for a finding the mapping cannot answer. */
  mapColumnOf(issue: Issue): (() => void) | undefined;
  /** Project names by code: a project's group is headed `code · name`. */
  projectNames?: Readonly<Record<string, string>>;
  /** A fix applied from a finding (or its undo from there): confirmed here, where the finding was. */
  fixNotice?: Extract<Notice, { kind: 'fixed' | 'undone' }>;
  onUndoFix(fix: AppliedFix): void;
  onDismissNotice(): void;
  /** A project picked in the overview: only its findings are listed, until `onShowAllProjects`. */
  project?: string;
  onShowAllProjects?(): void;
}

/**
 * The findings to walk, grouped by rule or by project, filtered by severity; Previous / Next
 * (or Alt+↑ / Alt+↓ anywhere in the section) walk them in the order shown. Fixing or waiving
 * a finding keeps the walk's place, and a fix is confirmed where the finding was.
 */
export function FindingsPanel({
  issues: allIssues, selected, busy, onSelect, onWaive, onApplyFix, mapColumnOf, projectNames = {}, fixNotice, onUndoFix, onDismissNotice,
  project, onShowAllProjects,
}: FindingsPanelProps) {
  const { lang, text } = useUiText();
  const styles = useFindingsPanelStyles();
  const section = useSectionStyles();
  const issues = useMemo(
    () => (project === undefined ? allIssues : allIssues.filter((issue) => issue.project === project)),
    [allIssues, project],
  );
  const state = useFindingsPanel(issues);
  const walk = useFindingWalk(state.groups, selected, busy, onSelect);
  // Drawn as far as the walk's place at least: the current finding, or where it goes on after a fix.
  const list = useShownFindings(state.groups, Math.max(walk.place.position, walk.place.resumeAt ?? 0) - 1);
  const headingId = useId('findings');
  const groupById = useId('group-by');

  const groupTitle = (group: FindingGroup): string => {
    if (group.rule) return RULE_TITLE[group.rule][lang];
    return group.project === undefined ? text.noProject : text.projectGroup({ code: group.project, name: projectNames[group.project] });
  };

  // The cards' callbacks keep their identity, so a card is drawn again only when its own finding changes.
  const applyFix = useEventCallback((issue: Issue) => {
    walk.handled(issue);
    onApplyFix(issue);
  });
  const mapColumn = useEventCallback((issue: Issue) => mapColumnOf(issue)?.());
  const confirmWaiver = (issue: Issue, reason: string, by?: string) => {
    state.stopWaiving();
    walk.handled(issue, { focusNext: true });
    onWaive(issue, reason, by);
  };
  // The fix's notice goes where the fixed finding was; with no place kept (the list regrouped), above the list.
  const place = fixNotice && walk.resume ? noticePlace(state.groups, walk.resume) : undefined;
  // Dismissed, the notice takes the focus with it: Next has it then, where the walk goes on.
  const dismissNotice = () => {
    onDismissNotice();
    walk.nextRef.current?.focus();
  };
  const notice = fixNotice && (
    <FixNotice notice={fixNotice} busy={busy} onUndo={onUndoFix} onDismiss={dismissNotice} />
  );

  return (
    <section ref={walk.sectionRef} className={section.section} aria-labelledby={headingId} onKeyDown={walk.onKeyDown}>
      <h2 id={headingId} className={section.heading}>{text.findingsHeading}</h2>
      {project !== undefined && (
        <div className={styles.projectFilter} role="status">
          <Text>{text.projectFilter({ code: project, name: projectNames[project] })}</Text>
          <Button size="small" onClick={onShowAllProjects}>{text.showAllProjects}</Button>
        </div>
      )}
      {issues.length === 0 ? (
        <>
          {notice && <ul className={section.plainList}>{notice}</ul>}
          <Text className={section.secondaryText}>{project === undefined ? text.noFindings : text.projectNoFindings}</Text>
        </>
      ) : (
        <>
          <div className={styles.controls}>
            <span id={groupById} className={styles.groupByLabel}>{text.groupBy}</span>
            <RadioGroup
              layout="horizontal"
              aria-labelledby={groupById}
              value={state.groupBy}
              onChange={(_, data) => { walk.forget(); state.setGroupBy(data.value as GroupBy); }}
            >
              <Radio value="rule" label={text.groupByRule} />
              <Radio value="project" label={text.groupByProject} />
            </RadioGroup>
            <div role="group" aria-label={text.showSeverities} className={styles.toggles}>
              <span className={styles.groupByLabel} aria-hidden="true">{text.showSeverities}:</span>
              {SEVERITIES.map((severity) => (
                <Checkbox
                  key={severity}
                  label={text.severity[severity]}
                  checked={state.shown.has(severity)}
                  onChange={() => { walk.forget(); state.toggleSeverity(severity); }}
                />
              ))}
            </div>
          </div>
          {state.groups.length === 0
            ? <Text className={section.secondaryText}>{text.noneMatchFilter}</Text>
            : <FindingNavigator place={walk.place} busy={busy} onPrevious={walk.goPrevious} onNext={walk.goNext} nextRef={walk.nextRef} />}
          {notice && !place && <ul className={section.plainList}>{notice}</ul>}
          {list.shown.map(({ group, issues: drawn }) => (
            <div key={group.key} className={styles.group}>
              <h3 className={styles.groupHeading}>
                <span>{groupTitle(group)}</span>
                <span className={styles.groupMeta}>
                  {group.rule && <code>{group.rule}</code>} {text.findingCount({ count: group.issues.length })}
                </span>
              </h3>
              <ul className={mergeClasses(section.plainList, styles.cards)}>
                {drawn.map((issue, index) => (
                  <Fragment key={`${issue.sheet}!${issue.cell}#${issue.rule}#${index}`}>
                    {place?.group === group.key && place.before === findingKey(issue) && notice}
                    <FindingItem
                      issue={issue}
                      selected={issue === selected}
                      busy={busy}
                      onSelect={onSelect}
                      onWaive={state.startWaiving}
                      onApplyFix={applyFix}
                      onMapColumn={mapColumnOf(issue) ? mapColumn : undefined}
                    />
                  </Fragment>
                ))}
                {place?.group === group.key && place.before === undefined && drawn === group.issues && notice}
              </ul>
            </div>
          ))}
          {list.hidden > 0 && <ShowMoreFindings hidden={list.hidden} onShowMore={list.showMore} />}
        </>
      )}
      <WaiveDialog
        issue={state.waiving}
        onCancel={state.stopWaiving}
        onConfirm={confirmWaiver}
      />
    </section>
  );
}
