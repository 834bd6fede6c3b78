import { Button, MessageBar, MessageBarActions, MessageBarBody, Text, useId } from '@fluentui/react-components';
import { Component, lazy, Suspense, useState, type ReactNode } from 'react';
import type { Issue } from '../../../core/model';
import type { OverviewPoint } from '../../../core/output/overview-points';
import { useUiText } from '../../language';
import { useSectionStyles } from '../section.styles';
import { useOverviewSectionStyles } from './OverviewSection.styles';

export interface OverviewSectionProps {
  points: readonly OverviewPoint[];
  issues: readonly Issue[];
  picked?: string;
  onPick(point: OverviewPoint): void;
}

/** The charts, in a chunk of their own: fetched the first time the overview is opened. */
const loadCharts = () => import(/* webpackChunkName: "overview" */ './OverviewCharts');

/**
 * The reviewer's overview (DESIGN §1): a button that opens the charts of every project's
 * progress against its disbursement and of the findings per rule. The charts load on demand;
 * a failed load says so and can be tried again.
 */
export function OverviewSection({ points, issues, picked, onPick }: OverviewSectionProps) {
  const { text } = useUiText();
  const section = useSectionStyles();
  const styles = useOverviewSectionStyles();
  const headingId = useId('overview');
  const contentId = useId('overview-content');
  const [open, setOpen] = useState(false);
  // A new lazy component per attempt: React keeps a failed import's rejection for the component that made it.
  const [attempt, setAttempt] = useState(() => ({ number: 0, Charts: lazy(loadCharts) }));
  const retry = () => setAttempt((last) => ({ number: last.number + 1, Charts: lazy(loadCharts) }));
  const { Charts } = attempt;

  return (
    <section className={section.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={section.heading}>{text.overviewHeading}</h2>
      <Button appearance="secondary" aria-expanded={open} aria-controls={contentId} className={styles.toggle} onClick={() => setOpen((shown) => !shown)}>
        {open ? text.hideOverview : text.showOverview}
      </Button>
      <div id={contentId}>
        {open && (
          <LoadFailure key={attempt.number} onRetry={retry} message={text.overviewLoadFailed} retry={text.retry}>
            <Suspense fallback={<Text role="status" className={section.secondaryText}>{text.overviewLoading}</Text>}>
              <Charts points={points} issues={issues} picked={picked} onPick={onPick} />
            </Suspense>
          </LoadFailure>
        )}
      </div>
    </section>
  );
}

interface LoadFailureProps {
  children: ReactNode;
  message: string;
  retry: string;
  onRetry(): void;
}

/** Catches a failed load of the charts' chunk (the network, an add-in updated meanwhile): says so, with Try again. */
class LoadFailure extends Component<LoadFailureProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>{this.props.message}</MessageBarBody>
        <MessageBarActions>
          <Button size="small" onClick={this.props.onRetry}>{this.props.retry}</Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
}
