/**
 * The findings of a validation counted per rule, for the overview's bars (DESIGN §5). Apart from
 * overview-points.ts, which the checker runs on every validation: this one is needed only when
 * the overview is opened, and loads with it.
 */
import { RULE_IDS, type Issue, type RuleId, type Severity } from '../model';
import { worse } from './overview-points';

/** How many findings one rule has, and the most severe of them. */
export interface RuleCount {
  rule: RuleId;
  count: number;
  worst: Severity;
}

/**
 * The findings counted per rule, most first, ties in catalogue order.
 *
 * @example findingsPerRule(issues) // [{ rule: 'progress-without-disbursement', count: 3, worst: 'warning' }, …]
 */
export function findingsPerRule(issues: readonly Issue[]): RuleCount[] {
  const counts = new Map<RuleId, RuleCount>();
  for (const issue of issues) {
    const count = counts.get(issue.rule);
    if (count) {
      count.count++;
      count.worst = worse(count.worst, issue.severity);
    } else {
      counts.set(issue.rule, { rule: issue.rule, count: 1, worst: issue.severity });
    }
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || RULE_IDS.indexOf(a.rule) - RULE_IDS.indexOf(b.rule));
}
