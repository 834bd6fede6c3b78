import type { Issue } from '../../../core/model';
import type { FindingGroup } from '../FindingsPanel/group-findings';

/** Where the walk stands in the list shown, and the findings either side of it. */
export interface WalkPlace {
  /** The current finding's place, counting from 1; 0 when no finding shown is the current one. */
  position: number;
  total: number;
  /** Undefined at the first finding and before the walk starts: the walk stops at the ends. */
  previous?: Issue;
  /** The first finding when none shown is current; undefined at the last. */
  next?: Issue;
}

/**
 * The walk over the findings in the order the list shows them (its grouping and severity
 * filter). A current finding that is not shown (filtered out, or a waived one) counts as
 * no current finding, so Next starts from the top: the same every time, whatever was hidden.
 *
 * @example walkPlace(groups, undefined) // { position: 0, total: 4, next: groups[0].issues[0] }
 */
export function walkPlace(groups: readonly FindingGroup[], current: Issue | undefined): WalkPlace {
  const order = groups.flatMap((group) => group.issues);
  const index = current === undefined ? -1 : order.indexOf(current);
  return {
    position: index + 1,
    total: order.length,
    previous: index > 0 ? order[index - 1] : undefined,
    next: order[index + 1],
  };
}
