import { Checkbox, mergeClasses, Radio, RadioGroup, Text, useId } from '@fluentui/react-components';
import type { Issue } from '../../../core/model';
import { useUiText } from '../../language';
import { RULE_TITLE } from '../../rule-titles';
import { FindingItem } from '../FindingItem/FindingItem';
import { FindingNavigator } from '../FindingNavigator/FindingNavigator';
import { useFindingWalk } from '../FindingNavigator/useFindingWalk';
import { SEVERITIES } from '../severity';
import { WaiveDialog } from '../WaiveDialog/WaiveDialog';
import type { FindingGroup, GroupBy } from './group-findings';
import { useFindingsPanel } from './useFindingsPanel';
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
}

/**
 * The findings to walk, grouped by rule or by project, filtered by severity; Previous / Next
 * (or Alt+↑ / Alt+↓ anywhere in the section) walk them in the order shown.
 */
export function FindingsPanel({ issues, selected, busy, onSelect, onWaive, onApplyFix, mapColumnOf }: FindingsPanelProps) {
  const { lang, text } = useUiText();
  const styles = useFindingsPanelStyles();
  const section = useSectionStyles();
  const state = useFindingsPanel(issues);
  const walk = useFindingWalk(state.groups, selected, busy, onSelect);
  const headingId = useId('findings');
  const groupById = useId('group-by');

  const groupTitle = (group: FindingGroup): string => {
    if (group.rule) return RULE_TITLE[group.rule][lang];
    return group.project === undefined ? text.noProject : text.projectGroup({ code: group.project });
  };

  return (
    <section ref={walk.sectionRef} className={section.section} aria-labelledby={headingId} onKeyDown={walk.onKeyDown}>
      <h2 id={headingId} className={section.heading}>{text.findingsHeading}</h2>
      {issues.length === 0 ? <Text className={section.secondaryText}>{text.noFindings}</Text> : (
        <>
          <div className={styles.controls}>
            <span id={groupById} className={styles.groupByLabel}>{text.groupBy}</span>
            <RadioGroup
              layout="horizontal"
              aria-labelledby={groupById}
              value={state.groupBy}
              onChange={(_, data) => state.setGroupBy(data.value as GroupBy)}
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
                  onChange={() => state.toggleSeverity(severity)}
                />
              ))}
            </div>
          </div>
          {state.groups.length === 0
            ? <Text className={section.secondaryText}>{text.noneMatchFilter}</Text>
            : <FindingNavigator place={walk.place} busy={busy} onPrevious={walk.goPrevious} onNext={walk.goNext} />}
          {state.groups.map((group) => (
            <div key={group.key} className={styles.group}>
              <h3 className={styles.groupHeading}>
                <span>{groupTitle(group)}</span>
                <span className={styles.groupMeta}>
                  {group.rule && <code>{group.rule}</code>} {text.findingCount({ count: group.issues.length })}
                </span>
              </h3>
              <ul className={mergeClasses(section.plainList, styles.cards)}>
                {group.issues.map((issue, index) => (
                  <FindingItem
                    key={`${issue.sheet}!${issue.cell}#${issue.rule}#${index}`}
                    issue={issue}
                    selected={issue === selected}
                    busy={busy}
                    onSelect={onSelect}
                    onWaive={state.startWaiving}
                    onApplyFix={onApplyFix}
                    onMapColumn={mapColumnOf(issue)}
                  />
                ))}
              </ul>
            </div>
          ))}
        </>
      )}
      <WaiveDialog
        issue={state.waiving}
        onCancel={state.stopWaiving}
        onConfirm={(issue, reason, by) => { state.stopWaiving(); onWaive(issue, reason, by); }}
      />
    </section>
  );
}
