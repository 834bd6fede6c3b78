import { useEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import type { Issue } from '../../../core/model';
import type { FindingGroup } from '../FindingsPanel/group-findings';
import { resumeAfter, walkPlace, type WalkPlace, type WalkResume } from './walk-findings';

/**
 * The walk's keys, as `aria-keyshortcuts` names them. Alt+↑/↓ do nothing in Edge, Safari or
 * Chrome outside a drop-down, and keys typed in the pane never reach Excel's grid.
 */
export const WALK_SHORTCUTS = { previous: 'Alt+ArrowUp', next: 'Alt+ArrowDown' } as const;

export interface FindingWalk {
  place: WalkPlace;
  /** Where the walk goes on after a fixed or waived finding, while no finding shown is the current one. */
  resume?: WalkResume;
  /** The findings section: its keys move the walk, and the current card is scrolled into view within it. */
  sectionRef: RefObject<HTMLElement>;
  /** The Next button, which takes the focus when a waived finding leaves the list. */
  nextRef: RefObject<HTMLButtonElement>;
  goPrevious(): void;
  goNext(): void;
  onKeyDown(event: KeyboardEvent<HTMLElement>): void;
  /** The reviewer fixed or waived `issue`: the walk goes on after it; `focusNext` moves the focus to Next once it is gone. */
  handled(issue: Issue, options?: { focusNext?: boolean }): void;
  /** The list's order changed (grouping, filter): the place kept after a handled finding no longer applies. */
  forget(): void;
}

/**
 * Walks the findings shown, one cell at a time (DESIGN §1: the reviewer walks the issue list
 * cell by cell): Previous and Next select through `onSelect`, as a click on a card does.
 * Fixing or waiving a finding keeps the walk's place: Next goes on to the finding after it.
 */
export function useFindingWalk(
  groups: readonly FindingGroup[],
  selected: Issue | undefined,
  busy: boolean,
  onSelect: (issue: Issue) => void,
): FindingWalk {
  const sectionRef = useRef<HTMLElement>(null);
  const nextRef = useRef<HTMLButtonElement>(null);
  const [resume, setResume] = useState<WalkResume>();
  const focusNextWhenGone = useRef<Issue>();
  const place = walkPlace(groups, selected, resume);

  const goTo = (issue: Issue | undefined) => {
    if (issue && !busy) {
      setResume(undefined);
      onSelect(issue);
    }
  };
  const goPrevious = () => goTo(place.previous);
  const goNext = () => goTo(place.next);

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return;
    // The waive dialog is portalled out of the section, yet React still bubbles its keys here.
    if (!event.currentTarget.contains(event.target as Node)) return;
    event.preventDefault();
    if (event.key === 'ArrowUp') goPrevious(); else goNext();
  };

  const handled = (issue: Issue, options: { focusNext?: boolean } = {}) => {
    setResume(resumeAfter(groups, issue));
    if (options.focusNext) focusNextWhenGone.current = issue;
  };
  const forget = () => setResume(undefined);

  // Waived, the finding's card (which held the focus) leaves the list: Next takes the focus, so the walk goes on from the keyboard.
  useEffect(() => {
    const waived = focusNextWhenGone.current;
    if (!waived || groups.some((group) => group.issues.includes(waived))) return;
    focusNextWhenGone.current = undefined;
    nextRef.current?.focus();
  }, [groups]);

  useEffect(() => {
    if (!selected) return;
    const card = sectionRef.current?.querySelector('[aria-current="true"]')?.closest('li');
    // jsdom has no scrollIntoView; 'nearest' leaves a card that is already in view where it is.
    if (card && typeof card.scrollIntoView === 'function') card.scrollIntoView({ block: 'nearest' });
  }, [selected]);

  return { place, resume, sectionRef, nextRef, goPrevious, goNext, onKeyDown, handled, forget };
}
