import { Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, Text, useId } from '@fluentui/react-components';
import { Component, createElement, lazy, Suspense, useState, type ComponentType, type ReactNode } from 'react';
import { useUiText } from '../../language';
import { useSectionStyles } from '../section.styles';

export interface LazySectionText {
  heading: string;
  /** The toggle's label while the body is shut, and while it is open. */
  open: string;
  close: string;
  loading: string;
  loadFailed: string;
}

export interface LazySectionProps<P extends object> {
  text: LazySectionText;
  /** The body's chunk: fetched the first time the section is opened. */
  load: () => Promise<{ default: ComponentType<P> }>;
  /** What the body is given. */
  body: P;
  /** Keeps the body mounted, hidden, once opened: closing does not drop what the user gathered in it. */
  keepMounted?: boolean;
}

const useStyles = makeStyles({
  toggle: { alignSelf: 'flex-start' },
});

/**
 * A section of the pane whose body is code of its own (the overview's charts, consolidation): a
 * heading and a button that opens the body, fetched the first time. A failed fetch (the network,
 * an add-in updated meanwhile) says so and can be tried again.
 */
export function LazySection<P extends object>({ text, load, body, keepMounted = false }: LazySectionProps<P>) {
  const { text: ui } = useUiText();
  const section = useSectionStyles();
  const styles = useStyles();
  const headingId = useId('section');
  const contentId = useId('section-content');
  const [open, setOpen] = useState(false);
  const [opened, setOpened] = useState(false);
  // A new lazy component per attempt: React keeps a failed import's rejection for the component that made it.
  const [attempt, setAttempt] = useState(() => ({ number: 0, Body: lazy(load) }));
  const retry = () => setAttempt((last) => ({ number: last.number + 1, Body: lazy(load) }));
  const { Body } = attempt;
  const mounted = keepMounted ? opened : open;

  return (
    <section className={section.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={section.heading}>{text.heading}</h2>
      <Button appearance="secondary" aria-expanded={open} aria-controls={contentId} className={styles.toggle} onClick={() => { setOpen((shown) => !shown); setOpened(true); }}>
        {open ? text.close : text.open}
      </Button>
      <div id={contentId} hidden={!open}>
        {mounted && (
          <LoadFailure key={attempt.number} onRetry={retry} message={text.loadFailed} retry={ui.retry}>
            <Suspense fallback={<Text role="status" className={section.secondaryText}>{text.loading}</Text>}>
              {createElement(Body as unknown as ComponentType<P>, body)}
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

/** Catches a failed fetch of the body's chunk: says so, with Try again. */
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
