/**
 * Waivers (types.ts): a finding is waived when a waiver names its rule, sheet
 * and cell and the value it had — editing the cell revives the finding.
 */
import type { Issue } from '../core/model';
import type { Waiver } from './types';

/** The JSON of a finding's value as a waiver stores it (absent when the finding has none). */
export function waiverValue(issue: Issue): string | undefined {
  return issue.value === undefined ? undefined : JSON.stringify(issue.value);
}

export function waiverMatches(waiver: Waiver, issue: Issue): boolean {
  return waiver.rule === issue.rule && waiver.sheet === issue.sheet && waiver.cell === issue.cell && waiver.value === waiverValue(issue);
}

/** The findings to mark, and the waived ones with the waiver that matched. */
export function splitWaived(issues: readonly Issue[], waivers: readonly Waiver[]): { kept: Issue[]; waived: Array<{ issue: Issue; waiver: Waiver }> } {
  const kept: Issue[] = [];
  const waived: Array<{ issue: Issue; waiver: Waiver }> = [];
  for (const issue of issues) {
    const waiver = waivers.find((candidate) => waiverMatches(candidate, issue));
    if (waiver) waived.push({ issue, waiver });
    else kept.push(issue);
  }
  return { kept, waived };
}
