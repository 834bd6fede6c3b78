/**
 * The task pane has one thread: while the add-in works on it, nothing paints and no click is
 * answered. Long work therefore gives the page a turn of its event loop every slice of work and
 * after each sync, so its progress bar paints and it stays responsive (as fill/fill-forms.ts does).
 */
import type { Stepwise } from '../core/stepwise';

/** Milliseconds of work between two turns given back to the page, so it paints and answers. */
export const SLICE_MS = 40;

/** A turn of the page's event loop: what is pending (a progress bar to paint, a click) runs before the work goes on. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * The clock of one piece of work: when it last gave the page a turn. With a `signal`, a turn
 * given after it was aborted ends the work there: `give` rejects with the signal's reason.
 */
export class PageTurns {
  private lastTurn = Date.now();

  constructor(private readonly signal?: AbortSignal) {}

  /** Whether a slice of work has passed since the last turn. */
  due(): boolean {
    return Date.now() - this.lastTurn >= SLICE_MS;
  }

  /** Gives the page a turn now (a Cancel click is answered in it). */
  async give(): Promise<void> {
    await nextTask();
    this.lastTurn = Date.now();
    this.stopIfAborted();
  }

  /** Rejects with the signal's reason once it is aborted: the caller stops before doing more. */
  stopIfAborted(): void {
    // Not signal.throwIfAborted(): older Office webviews lack it.
    if (this.signal?.aborted) throw this.signal.reason ?? new DOMException('The operation was aborted.', 'AbortError');
  }

  /** Gives the page a turn if a slice of work has passed since the last. */
  async giveIfDue(): Promise<void> {
    if (this.due()) await this.give();
  }
}

/**
 * Runs stepwise work (src/core/stepwise.ts) to its end: each step is told to `onStep`, and the
 * page is given a turn after the first (so it paints the work's start at once) and then wherever
 * a slice of work has passed since the last. A step is as long as the work makes it; between two
 * steps nothing holds the thread. `turns`: the clock of a longer piece of work this is part of.
 */
export async function runInTurns<S, T>(steps: Stepwise<S, T>, onStep?: (step: S) => void, turns = new PageTurns()): Promise<T> {
  for (let first = true; ; first = false) {
    const next = steps.next();
    if (next.done) return next.value;
    onStep?.(next.value);
    if (first) await turns.give();
    else await turns.giveIfDue();
  }
}
