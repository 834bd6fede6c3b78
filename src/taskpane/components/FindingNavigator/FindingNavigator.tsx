import { Button, Text } from '@fluentui/react-components';
import type { RefObject } from 'react';
import type { UiText } from '../../i18n';
import { useUiText } from '../../language';
import type { WalkPlace } from './walk-findings';
import { WALK_SHORTCUTS } from './useFindingWalk';
import { useFindingNavigatorStyles } from './FindingNavigator.styles';

export interface FindingNavigatorProps {
  place: WalkPlace;
  busy: boolean;
  onPrevious(): void;
  onNext(): void;
  /** The Next button (focused when a waived finding leaves the list). */
  nextRef?: RefObject<HTMLButtonElement>;
}

/** Where the walk stands, in words: the current finding, where Next goes on after a handled one, or how to start. */
function placeText(place: WalkPlace, text: UiText): string {
  if (place.position > 0) return text.findingPosition({ done: place.position, total: place.total });
  if (place.resumeAt !== undefined) {
    return place.resumeAt > place.total
      ? text.walkResumeEnd({ count: place.total })
      : text.walkResume({ next: place.resumeAt, total: place.total });
  }
  return text.walkStart({ count: place.total });
}

/**
 * Previous / Next over the findings shown, and where the walk stands, read out politely as
 * it changes. At the ends and while busy the buttons stay focusable, so focus is not lost.
 */
export function FindingNavigator({ place, busy, onPrevious, onNext, nextRef }: FindingNavigatorProps) {
  const { text } = useUiText();
  const styles = useFindingNavigatorStyles();
  return (
    <div role="group" aria-label={text.walkFindings} className={styles.root}>
      <Button
        size="small"
        disabledFocusable={busy || !place.previous}
        title={text.previousFindingTitle}
        aria-keyshortcuts={WALK_SHORTCUTS.previous}
        onClick={onPrevious}
      >
        <span aria-hidden="true">‹&nbsp;</span>{text.previousFinding}
      </Button>
      <Button
        ref={nextRef}
        size="small"
        disabledFocusable={busy || !place.next}
        title={text.nextFindingTitle}
        aria-keyshortcuts={WALK_SHORTCUTS.next}
        onClick={onNext}
      >
        {text.nextFinding}<span aria-hidden="true">&nbsp;›</span>
      </Button>
      <Text className={styles.position} aria-live="polite" aria-atomic="true">
        {placeText(place, text)}
      </Text>
    </div>
  );
}
