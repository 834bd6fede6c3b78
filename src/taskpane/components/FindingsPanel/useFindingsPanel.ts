import { useMemo, useState } from 'react';
import type { Issue, Severity } from '../../../core/model';
import { SEVERITIES } from '../severity';
import { groupFindings, type FindingGroup, type GroupBy } from './group-findings';

export interface FindingsPanelState {
  groupBy: GroupBy;
  setGroupBy(groupBy: GroupBy): void;
  shown: ReadonlySet<Severity>;
  toggleSeverity(severity: Severity): void;
  groups: FindingGroup[];
  /** The finding whose waiver dialog is open. */
  waiving?: Issue;
  startWaiving(issue: Issue): void;
  stopWaiving(): void;
}

/** The list's own choices: grouping, which severities are shown, and the finding being waived. */
export function useFindingsPanel(issues: readonly Issue[]): FindingsPanelState {
  const [groupBy, setGroupBy] = useState<GroupBy>('rule');
  const [shown, setShown] = useState<ReadonlySet<Severity>>(() => new Set(SEVERITIES));
  const [waiving, setWaiving] = useState<Issue>();
  const groups = useMemo(
    () => groupFindings(issues.filter((issue) => shown.has(issue.severity)), groupBy),
    [issues, shown, groupBy],
  );
  const toggleSeverity = (severity: Severity) => setShown((current) => {
    const next = new Set(current);
    if (!next.delete(severity)) next.add(severity);
    return next;
  });
  return {
    groupBy, setGroupBy, shown, toggleSeverity, groups, waiving,
    startWaiving: setWaiving,
    stopWaiving: () => setWaiving(undefined),
  };
}
