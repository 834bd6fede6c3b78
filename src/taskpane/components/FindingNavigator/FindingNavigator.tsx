import { Button, Text } from '@fluentui/react-components';
import { useUiText } from '../../language';
import type { WalkPlace } from './walk-findings';
import { WALK_SHORTCUTS } from './useFindingWalk';
import { useFindingNavigatorStyles } from './FindingNavigator.styles';

export interface FindingNavigatorProps {
  place: WalkPlace;
  busy: boolean;
  onPrevious(): void;
  onNext(): void;
}

/**
 * Previous / Next over the findings shown, and where the walk stands, read out politely as
 * it changes. At the ends and while busy the buttons stay focusable, so focus is not lost.
 */
export function FindingNavigator({ place, busy, onPrevious, onNext }: FindingNavigatorProps) {
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
        size="small"
        disabledFocusable={busy || !place.next}
        title={text.nextFindingTitle}
        aria-keyshortcuts={WALK_SHORTCUTS.next}
        onClick={onNext}
      >
        {text.nextFinding}<span aria-hidden="true">&nbsp;›</span>
      </Button>
      <Text className={styles.position} aria-live="polite" aria-atomic="true">
        {place.position > 0
          ? text.findingPosition({ done: place.position, total: place.total })
          : text.walkStart({ count: place.total })}
      </Text>
    </div>
  );
}
