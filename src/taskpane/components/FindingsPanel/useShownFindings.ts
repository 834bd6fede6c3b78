import { useState } from 'react';
import type { FindingGroup } from './group-findings';

/**
 * How many findings the list draws at first, and adds at a time: drawing all of a large
 * workbook's findings at once (3,000 cards) held the pane's thread for 2 s, 200 cards for
 * 180 ms; a reviewer walks them from the top anyway.
 */
export const FINDINGS_PAGE = 100;

/** A group as drawn: the group, and its findings drawn (its first ones; all of them but in the last group drawn). */
export interface ShownGroup {
  group: FindingGroup;
  issues: FindingGroup['issues'];
}

/** The groups drawn when the first `count` findings of the walk's order are: a group past them is not drawn at all. */
export function shownGroups(groups: readonly FindingGroup[], count: number): ShownGroup[] {
  const shown: ShownGroup[] = [];
  let left = count;
  for (const group of groups) {
    if (left <= 0) break;
    shown.push({ group, issues: left >= group.issues.length ? group.issues : group.issues.slice(0, left) });
    left -= group.issues.length;
  }
  return shown;
}

export interface ShownFindings {
  shown: ShownGroup[];
  /** Findings not drawn yet, after the last drawn. */
  hidden: number;
  /** Draws the next page of findings. */
  showMore(): void;
}

/**
 * The findings the list draws: the first page, more on request (the reviewer scrolls to the
 * list's end, or presses "Show more"), and always as far as the walk's place (`through`, an
 * index in the walk's order), so Next, a selected finding and a fix's notice are on screen.
 * A new list (validated again, regrouped, filtered) starts again at the first page — or at the
 * walk's place, so a reviewer who fixed the 2,500th finding goes on there.
 */
export function useShownFindings(groups: readonly FindingGroup[], through: number): ShownFindings {
  const [asked, setAsked] = useState<{ groups: readonly FindingGroup[]; count: number }>({ groups, count: FINDINGS_PAGE });
  const total = groups.reduce((sum, group) => sum + group.issues.length, 0);
  const count = Math.min(total, Math.max(asked.groups === groups ? asked.count : FINDINGS_PAGE, through + 1));
  return {
    shown: shownGroups(groups, count),
    hidden: total - count,
    showMore: () => setAsked({ groups, count: count + FINDINGS_PAGE }),
  };
}
