import { Button, useEventCallback } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import { useUiText } from '../../language';
import { FINDINGS_PAGE } from './useShownFindings';

export interface ShowMoreFindingsProps {
  /** Findings not drawn yet. */
  hidden: number;
  onShowMore(): void;
}

/** How near the end of the list (below the pane's visible part) the next page is drawn without a click. */
const AHEAD = '600px';

/**
 * The end of a list that draws its findings a page at a time: a button for the next page, which
 * is also pressed for the reviewer once it scrolls near view, so scrolling down never meets an end
 * that is not the list's. Keys and screen readers have the button itself.
 */
export function ShowMoreFindings({ hidden, onShowMore }: ShowMoreFindingsProps) {
  const { text } = useUiText();
  const button = useRef<HTMLButtonElement>(null);
  const showMore = useEventCallback(onShowMore);

  // A new observer for each page: it reports at once whether the button (now further down) is near view.
  useEffect(() => {
    const target = button.current;
    if (!target || typeof IntersectionObserver === 'undefined') return undefined;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) showMore();
    }, { rootMargin: `0px 0px ${AHEAD} 0px` });
    observer.observe(target);
    return () => observer.disconnect();
  }, [hidden, showMore]);

  return (
    <Button ref={button} onClick={onShowMore}>
      {text.showMoreFindings({ count: Math.min(FINDINGS_PAGE, hidden), left: hidden })}
    </Button>
  );
}
