import { RULE_IDS, type Issue, type RuleId, type Severity } from '../../../core/model';

export type GroupBy = 'rule' | 'project';

/** Findings under one heading: one rule, or one project (`project` undefined: not tied to a project). */
export interface FindingGroup {
  key: string;
  rule?: RuleId;
  project?: string;
  issues: Issue[];
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** The group's most severe rank; a loop, as spreading a group of 200,000 findings into Math.min overflows the stack. */
function worstRank(group: FindingGroup): number {
  let worst = SEVERITY_RANK.info;
  for (const issue of group.issues) worst = Math.min(worst, SEVERITY_RANK[issue.severity]);
  return worst;
}

/** Rules: worst severity first, then catalogue order, so errors lead the walk. */
function byRule(a: FindingGroup, b: FindingGroup): number {
  return worstRank(a) - worstRank(b) || RULE_IDS.indexOf(a.rule!) - RULE_IDS.indexOf(b.rule!);
}

/** Projects by code; findings that belong to no project last. */
function byProject(a: FindingGroup, b: FindingGroup): number {
  if (a.project === undefined || b.project === undefined) return a.project === undefined ? 1 : -1;
  return a.project.localeCompare(b.project, 'th', { numeric: true });
}

/**
 * Groups findings by rule or by project; within a group they keep the core's order
 * (sheet, row, column), which is the order a reviewer walks the cells in.
 */
export function groupFindings(issues: readonly Issue[], by: GroupBy): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  for (const issue of issues) {
    const key = by === 'rule' ? issue.rule : issue.project ?? '';
    let group = groups.get(key);
    if (!group) {
      group = by === 'rule' ? { key, rule: issue.rule, issues: [] } : { key, project: issue.project, issues: [] };
      groups.set(key, group);
    }
    group.issues.push(issue);
  }
  return [...groups.values()].sort(by === 'rule' ? byRule : byProject);
}
