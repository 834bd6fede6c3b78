/// <reference types="office-js" />
/**
 * How the adapter keeps every `context.sync()` under Excel on the web's 5 MB
 * request and response limits (DESIGN §7) while making as few syncs as it can:
 * operations are queued until the next one would push the sync's estimated
 * size past a budget well below the limit, and only then is it sent.
 *
 * Estimates are deliberately generous (every operation is charged a fixed
 * overhead for its object path on top of its arguments). A read whose answer
 * still comes back too large is side-effect free, so it is split and retried.
 */
import { isPayloadTooLarge } from './errors';
import type { PageTurns } from './page-turns';

/** Per sync, for the estimate of the request and of the response: 60 % of Excel on the web's 5 MB. */
export const SYNC_BUDGET_BYTES = 3_000_000;

/** What one queued operation costs beyond its arguments (object path, ids, method name): a generous guess. */
export const OPERATION_OVERHEAD_BYTES = 300;


/**
 * Writes queued under a byte budget: `await writes.reserve(bytes)` before
 * queueing an operation sends what is already queued if the new one would not
 * fit. `flush()` sends the rest.
 */
export class WriteQueue {
  private pendingBytes = 0;
  /** Syncs this queue has sent. */
  syncs = 0;

  constructor(
    private readonly context: Excel.RequestContext,
    /** Told before each sync this queue sends (the caller notes that writes have begun). */
    private readonly beforeSync: () => void = () => undefined,
    private readonly budget = SYNC_BUDGET_BYTES,
    /** The task pane's clock of turns: the page gets one after each sync this queue sends and every slice of queueing. */
    private readonly turns?: PageTurns,
  ) {}

  /** Makes room for an operation whose arguments take about `bytes`. */
  async reserve(bytes: number): Promise<void> {
    const cost = bytes + OPERATION_OVERHEAD_BYTES;
    if (this.pendingBytes > 0 && this.pendingBytes + cost > this.budget) await this.flush();
    else if (this.turns) await this.turns.giveIfDue();
    this.pendingBytes += cost;
  }

  async flush(): Promise<void> {
    if (this.pendingBytes === 0) return;
    this.pendingBytes = 0;
    this.beforeSync();
    this.syncs++;
    await this.context.sync();
    if (this.turns) await this.turns.give();
  }
}

/** How to read a list of jobs in few syncs. */
export interface ReadPlan<J, R> {
  /** Estimated response bytes of one job, asked when the job is packed (so estimates may improve as data arrives). */
  responseBytes(job: J): number;
  /** Estimated request bytes of one job beyond the per-operation overhead; 0 when small. */
  requestBytes?(job: J): number;
  /** Queues the job's loads; returns how to read its result once the sync is done. */
  queue(job: J): () => R;
  /** Smaller jobs covering the same ground, for a job too large on its own; undefined when it cannot be split. */
  split?(job: J): J[] | undefined;
  /** Told after each successful sync, with what it brought (and awaited, when it takes turns of its own). */
  received?(results: ReadonlyArray<{ job: J; result: R }>): void | Promise<void>;
  /** Awaited after each batch was received: the task pane gives the page a turn of its thread there (page-turns.ts). */
  turn?(): Promise<void>;
  /** Awaited between the jobs queued for a sync: the task pane gives the page a turn there when a slice of work has passed. */
  pause?(): Promise<void>;
}

/**
 * Reads every job, packing as many into each sync as the budget allows. When
 * Excel still answers "too large", the batch is halved (a lone job is split)
 * and retried. Results come back in job order; a split job yields one result per piece.
 */
export async function readInBatches<J, R>(
  context: Excel.RequestContext,
  jobs: readonly J[],
  plan: ReadPlan<J, R>,
  budget = SYNC_BUDGET_BYTES,
): Promise<Array<{ job: J; result: R }>> {
  const waiting = [...jobs];
  const results: Array<{ job: J; result: R }> = [];
  let maxJobs = Infinity;
  while (waiting.length > 0) {
    const batch: J[] = [];
    let response = 0;
    let request = 0;
    while (waiting.length > 0 && batch.length < maxJobs) {
      const job = waiting[0];
      const nextResponse = response + plan.responseBytes(job);
      const nextRequest = request + (plan.requestBytes?.(job) ?? 0) + OPERATION_OVERHEAD_BYTES;
      if (batch.length > 0 && (nextResponse > budget || nextRequest > budget)) break;
      batch.push(waiting.shift() as J);
      response = nextResponse;
      request = nextRequest;
    }
    const readers: Array<() => R> = [];
    for (const job of batch) {
      readers.push(plan.queue(job));
      if (plan.pause) await plan.pause();
    }
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per budget-sized batch of many jobs: this loop is the batching, keeping each request under Excel's payload limit
      await context.sync();
    } catch (error) {
      if (!isPayloadTooLarge(error)) throw error;
      if (batch.length > 1) {
        maxJobs = Math.ceil(batch.length / 2);
        waiting.unshift(...batch);
        continue;
      }
      const pieces = plan.split?.(batch[0]);
      if (!pieces || pieces.length < 2) throw error;
      waiting.unshift(...pieces);
      continue;
    }
    // Grow back after a success, so one heavy batch does not slow the rest for good.
    maxJobs = maxJobs === Infinity ? Infinity : maxJobs * 2;
    const received = batch.map((job, index) => ({ job, result: readers[index]() }));
    results.push(...received);
    await plan.received?.(received);
    if (plan.turn) await plan.turn();
  }
  return results;
}
