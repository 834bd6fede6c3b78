import { useCallback, useRef, useState } from 'react';

export interface ExclusiveRun {
  /** A task is running. */
  busy: boolean;
  /** The last task's failure, until the next task starts or it is set again. */
  error: unknown;
  setError(error: unknown): void;
  /** Runs `task` unless one is running already (a second click is ignored); its failure lands in `error`. */
  run(task: () => Promise<void>): Promise<void>;
}

/**
 * One task of a pane section at a time, its failure kept for the section to show. `onStart` runs
 * before each task and `onEnd` after it, failed or not (e.g. to take a progress bar away).
 */
export function useExclusiveRun(hooks: { onStart?: () => void; onEnd?: () => void } = {}): ExclusiveRun {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const busyRef = useRef(false);
  const hooksRef = useRef(hooks);
  hooksRef.current = hooks;

  const run = useCallback(async (task: () => Promise<void>): Promise<void> => {
    if (busyRef.current) return;
    busyRef.current = true;
    setBusy(true);
    setError(undefined);
    hooksRef.current.onStart?.();
    try {
      await task();
    } catch (failure) {
      setError(failure);
    } finally {
      busyRef.current = false;
      setBusy(false);
      hooksRef.current.onEnd?.();
    }
  }, []);

  return { busy, error, setError, run };
}
