/**
 * Excel.RequestContext: the queue of commands and `sync()`. Syncs run one after
 * another in call order, each asynchronously like a round trip to the host (and,
 * paced, after the syncs of other contexts already waiting: sync.ts).
 */
import type { QueuedOperation, OperationQueue, SimulatedClientObject } from './client-object';
import { SimulatedOfficeError } from './errors';
import { executeSync, type HostState } from './sync';
import { SimulatedWorkbook } from './workbook';

export class SimulatedRequestContext implements OperationQueue {
  readonly workbook: SimulatedWorkbook;
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };
  readonly requestHeaders: Record<string, string> = {};
  private pending: QueuedOperation[] = [];
  private lastSync: Promise<void> = Promise.resolve();
  private finished = false;
  private readonly traces: string[] = [];

  constructor(private readonly host: HostState) {
    this.workbook = new SimulatedWorkbook(this);
  }

  enqueue(operation: QueuedOperation): void {
    this.pending.push(operation);
  }

  assertSameContext(object: SimulatedClientObject, location: string): void {
    if (object.context !== this || this.finished) {
      throw new SimulatedOfficeError('InvalidRequestContext', undefined, location);
    }
  }

  /** `context.load(object, option)` is the same as `object.load(option)`. */
  load(object: SimulatedClientObject, option?: unknown): void {
    object.load(option);
  }

  trace(message: string): void {
    this.traces.push(message);
  }

  get hasPendingOperations(): boolean {
    return this.pending.length > 0;
  }

  get debugInfo(): { pendingStatements: string[] } {
    return { pendingStatements: this.pending.map((operation) => operation.location) };
  }

  sync<T>(passThroughValue?: T): Promise<T> {
    const operations = this.pending;
    this.pending = [];
    const run = this.lastSync.then(async () => {
      await Promise.resolve();
      if (this.finished) throw new SimulatedOfficeError('InvalidRequestContext', undefined, 'RequestContext.sync');
      // Office.js sends nothing when nothing is queued: no round trip to count.
      if (operations.length === 0) return;
      try {
        const paced = executeSync(this.host, operations);
        if (paced) await paced;
      } catch (error) {
        if (error instanceof SimulatedOfficeError) error.traceMessages.push(...this.traces);
        throw error;
      }
    });
    this.lastSync = run.catch(() => undefined);
    return run.then(() => passThroughValue as T);
  }

  /** After Excel.run resolves, objects of this context can no longer be used. */
  finish(): void {
    this.finished = true;
  }
}
