import { useEffect, useRef, type KeyboardEvent, type RefObject } from 'react';
import type { Issue } from '../../../core/model';
import type { FindingGroup } from '../FindingsPanel/group-findings';
import { walkPlace, type WalkPlace } from './walk-findings';

/**
 * The walk's keys, as `aria-keyshortcuts` names them. Alt+↑/↓ do nothing in Edge, Safari or
 * Chrome outside a drop-down, and keys typed in the pane never reach Excel's grid.
 */
export const WALK_SHORTCUTS = { previous: 'Alt+ArrowUp', next: 'Alt+ArrowDown' } as const;

export interface FindingWalk {
  place: WalkPlace;
  /** The findings section: its keys move the walk, and the current card is scrolled into view within it. */
  sectionRef: RefObject<HTMLElement>;
  goPrevious(): void;
  goNext(): void;
  onKeyDown(event: KeyboardEvent<HTMLElement>): void;
}

/**
 * Walks the findings shown, one cell at a time (DESIGN §1: the reviewer walks the issue list
 * cell by cell): Previous and Next select through `onSelect`, as a click on a card does.
 */
export function useFindingWalk(
  groups: readonly FindingGroup[],
  selected: Issue | undefined,
  busy: boolean,
  onSelect: (issue: Issue) => void,
): FindingWalk {
  const sectionRef = useRef<HTMLElement>(null);
  const place = walkPlace(groups, selected);

  const goTo = (issue: Issue | undefined) => {
    if (issue && !busy) onSelect(issue);
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

  useEffect(() => {
    if (!selected) return;
    const card = sectionRef.current?.querySelector('[aria-current="true"]')?.closest('li');
    // jsdom has no scrollIntoView; 'nearest' leaves a card that is already in view where it is.
    if (card && typeof card.scrollIntoView === 'function') card.scrollIntoView({ block: 'nearest' });
  }, [selected]);

  return { place, sectionRef, goPrevious, goNext, onKeyDown };
}
