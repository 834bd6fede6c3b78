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
 * heading and a button that opens the body, fetched the first time (see LazyBody).
 */
export function LazySection<P extends object>({ text, load, body, keepMounted = false }: LazySectionProps<P>) {
  const section = useSectionStyles();
  const styles = useStyles();
  const headingId = useId('section');
  const contentId = useId('section-content');
  const [open, setOpen] = useState(false);
  const [opened, setOpened] = useState(false);
  const mounted = keepMounted ? opened : open;

  return (
    <section className={section.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={section.heading}>{text.heading}</h2>
      <Button appearance="secondary" aria-expanded={open} aria-controls={contentId} className={styles.toggle} onClick={() => { setOpen((shown) => !shown); setOpened(true); }}>
        {open ? text.close : text.open}
      </Button>
      <div id={contentId} hidden={!open}>
        {mounted && <LazyBody load={load} body={body} loading={text.loading} loadFailed={text.loadFailed} />}
      </div>
    </section>
  );
}

export interface LazyBodyProps<P extends object> {
  /** The body's chunk: fetched when the body is first rendered. */
  load: () => Promise<{ default: ComponentType<P> }>;
  body: P;
  /** Shown while the chunk is on its way; an empty busy placeholder when not given. */
  loading?: string;
  loadFailed: string;
}

/**
 * One lazy component per body, shared by every mount: a body shown again (the mapping panel after
 * each validation) renders at once instead of waiting a turn for a lazy component of its own. A
 * retry makes a new one, since React keeps a failed import's rejection for the component that made it.
 */
const lazyBodies = new WeakMap<object, ComponentType<never>>();

function lazyBody<P extends object>(load: () => Promise<{ default: ComponentType<P> }>, fresh = false): ComponentType<P> {
  let body = lazyBodies.get(load) as ComponentType<P> | undefined;
  if (!body || fresh) {
    body = lazy(load) as unknown as ComponentType<P>;
    lazyBodies.set(load, body as ComponentType<never>);
  }
  return body;
}

/**
 * A part of the pane whose code is fetched when it is first shown. A failed fetch (the network,
 * an add-in updated meanwhile) says so and can be tried again.
 */
export function LazyBody<P extends object>({ load, body, loading, loadFailed }: LazyBodyProps<P>) {
  const { text: ui } = useUiText();
  const section = useSectionStyles();
  const [attempt, setAttempt] = useState(() => ({ number: 0, Body: lazyBody(load) }));
  const retry = () => setAttempt((last) => ({ number: last.number + 1, Body: lazyBody(load, true) }));
  const { Body } = attempt;
  return (
    <LoadFailure key={attempt.number} onRetry={retry} message={loadFailed} retry={ui.retry}>
      <Suspense fallback={loading === undefined ? <div aria-busy="true" /> : <Text role="status" aria-busy="true" className={section.secondaryText}>{loading}</Text>}>
        {createElement(Body, body)}
      </Suspense>
    </LoadFailure>
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
