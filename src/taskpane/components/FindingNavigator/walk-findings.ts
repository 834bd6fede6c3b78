import type { Issue } from '../../../core/model';
import type { FindingGroup } from '../FindingsPanel/group-findings';

/** Where the walk stands in the list shown, and the findings either side of it. */
export interface WalkPlace {
  /** The current finding's place, counting from 1; 0 when no finding shown is the current one. */
  position: number;
  total: number;
  /**
   * After a finding was fixed or waived (and no finding shown is current): the place Next goes
   * to, counting from 1 — `total + 1` when the handled finding was the last.
   */
  resumeAt?: number;
  /** Undefined at the first finding and before the walk starts: the walk stops at the ends. */
  previous?: Issue;
  /** The first finding when none shown is current; undefined at the last. */
  next?: Issue;
}

/**
 * What the walk remembers of a finding the reviewer fixed or waived, to go on after it once
 * the list is validated again (the findings are then new objects, and the handled one gone).
 */
export interface WalkResume {
  /** The handled finding's key (it may come back: an undo, a failed fix). */
  handled: string;
  /** The group it was shown in. */
  group: string;
  /** The keys of the findings that followed it in the list, in order. */
  following: string[];
}

/**
 * A finding's identity across validations: rule, cell and message (the message names the
 * values, so two findings of one rule on one cell differ by it).
 */
export function findingKey(issue: Issue): string {
  return `${issue.rule}|${issue.sheet}|${issue.cell}|${issue.message.en}`;
}

/** What the walk keeps of `issue` as the list shows it now; undefined when it is not shown. */
export function resumeAfter(groups: readonly FindingGroup[], issue: Issue): WalkResume | undefined {
  const group = groups.find((candidate) => candidate.issues.includes(issue));
  if (!group) return undefined;
  const order = groups.flatMap((candidate) => candidate.issues);
  const index = order.indexOf(issue);
  return { handled: findingKey(issue), group: group.key, following: order.slice(index + 1).map(findingKey) };
}

/** The index in `order` where the walk goes on: the handled finding if it is back, else the first that followed it; `order.length` past the end. */
function resumeIndex(order: readonly Issue[], resume: WalkResume): number {
  const index = new Map<string, number>();
  order.forEach((issue, at) => { if (!index.has(findingKey(issue))) index.set(findingKey(issue), at); });
  for (const key of [resume.handled, ...resume.following]) {
    const at = index.get(key);
    if (at !== undefined) return at;
  }
  return order.length;
}

/**
 * The walk over the findings in the order the list shows them (its grouping and severity
 * filter). A current finding that is not shown (filtered out, or a waived one) counts as
 * no current finding, so Next starts from the top: the same every time, whatever was hidden —
 * unless the reviewer just fixed or waived a finding (`resume`): then Next goes on to the
 * finding after it, and Previous to the one before.
 *
 * @example walkPlace(groups, undefined) // { position: 0, total: 4, next: groups[0].issues[0] }
 */
export function walkPlace(groups: readonly FindingGroup[], current: Issue | undefined, resume?: WalkResume): WalkPlace {
  const order = groups.flatMap((group) => group.issues);
  const index = current === undefined ? -1 : order.indexOf(current);
  if (index < 0 && resume) {
    const at = resumeIndex(order, resume);
    return { position: 0, total: order.length, resumeAt: at + 1, previous: order[at - 1], next: order[at] };
  }
  return {
    position: index + 1,
    total: order.length,
    previous: index > 0 ? order[index - 1] : undefined,
    next: order[index + 1],
  };
}

/** Where a notice about the handled finding goes in the list: in a group, before a finding (or at the group's end). */
export interface NoticePlace {
  group: string;
  /** The key of the finding the notice comes before; undefined: after the group's last finding. */
  before?: string;
}

/**
 * Where the handled finding was: in its group (if the group is still shown) before the first
 * finding that followed it, or after the finding itself when it is back (an undo); else
 * before the finding the walk goes on to; undefined when the list is empty.
 */
export function noticePlace(groups: readonly FindingGroup[], resume: WalkResume): NoticePlace | undefined {
  const following = new Set(resume.following);
  const own = groups.find((group) => group.key === resume.group);
  if (own) {
    const handledAt = own.issues.findIndex((issue) => findingKey(issue) === resume.handled);
    const after = own.issues.slice(handledAt + 1).find((issue) => following.has(findingKey(issue)));
    return { group: own.key, before: after && findingKey(after) };
  }
  const order = groups.flatMap((group) => group.issues);
  const next = order[resumeIndex(order, resume)];
  if (next) return { group: groups.find((group) => group.issues.includes(next))!.key, before: findingKey(next) };
  const last = groups[groups.length - 1];
  return last && { group: last.key };
}
