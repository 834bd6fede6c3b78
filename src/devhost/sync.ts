/**
 * What happens at `context.sync()`: the queued operations travel as one
 * request, run in order against a working copy, and come back as one response.
 *
 * - Request or response over the payload limit (Excel on the web): the whole
 *   batch is refused and nothing of it applies (RequestPayloadSizeLimitExceeded /
 *   ResponsePayloadSizeLimitExceeded, both in Excel.ErrorCodes).
 * - An operation that fails stops the batch there: the operations before it
 *   stay applied (Excel does not roll a batch back; OfficeExtension.Error's
 *   traceMessages "executed before the error occurred"), the failing one applies
 *   nothing, and no loaded value is delivered.
 * - An API newer than the host's requirement sets fails with ApiNotFound.
 *
 * Paced (`yieldEveryMs`, for the demo page): Excel runs a sync in its own process while the page
 * is free; the simulator runs it on the page's thread, so a paced sync gives the event loop a turn
 * whenever that many milliseconds of its operations have passed. Nothing else changes: the same
 * operations in the same order, the same results, errors and limits, the promise settling at the
 * end. Syncs then wait for one another (from any Excel.run), so they never interleave, and while
 * one is under way the model's committed cells stay readable (`committedCell`).
 */
import { BatchExecution } from './batch';
import type { QueuedOperation } from './client-object';
import { SimulatedOfficeError } from './errors';
import type { CellModel, SheetModel, WorkbookModel } from './model';
import { jsonByteLength } from './payload';
import { isSetSupported } from './requirements';
import type { HostSettings } from './batch';

/** One round trip, as the stats record it. */
export interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
  cellsRead: number;
  operationCount: number;
  /** The error code when the sync failed. */
  failedWith?: string;
}

export interface SimulatorStats {
  syncCount: number;
  syncs: SyncRecord[];
  requestBytes: number;
  responseBytes: number;
  cellsRead: number;
}

export function emptyStats(): SimulatorStats {
  return { syncCount: 0, syncs: [], requestBytes: 0, responseBytes: 0, cellsRead: 0 };
}

export interface HostState {
  /** The live workbook; a committed sync replaces its fields. */
  model: WorkbookModel;
  settings: HostSettings;
  stats: SimulatorStats;
  /** Told after every sync, failed or not (the demo grid re-renders from the model). */
  onSync?: (record: SyncRecord) => void;
  /** Milliseconds of a sync's operations between two turns of the event loop; undefined: a sync runs in one piece. */
  yieldEveryMs?: number;
  /** The syncs and `outsideSyncs` work waiting or under way, one after another. */
  queue: SyncQueue;
  /** The batch of the sync under way, between its turns. */
  running?: BatchExecution;
}

/** One thing at a time: each job starts when the one before it has settled. */
export class SyncQueue {
  private last: Promise<unknown> = Promise.resolve();
  private pending = 0;

  /** Whether nothing is waiting or under way: a job may then run at once. */
  get idle(): boolean {
    return this.pending === 0;
  }

  run<T>(job: () => T | Promise<T>): Promise<T> {
    this.pending++;
    const done = this.last.then(job).finally(() => this.pending--);
    this.last = done.catch(() => undefined);
    return done;
  }
}

/** A turn of the event loop: timers, input and painting that were waiting run before the sync goes on. */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function checkRequirement(operation: QueuedOperation, settings: HostSettings): void {
  const requirement = operation.requires;
  if (!requirement || isSetSupported(settings.supported, requirement.set, requirement.version)) return;
  throw new SimulatedOfficeError(
    'ApiNotFound',
    `The method or property ${operation.location} is part of the ${requirement.set} ${requirement.version} requirement set, which is not available in your version of Excel.`,
    operation.location,
  );
}

/**
 * Runs one sync's operations; throws (or, paced, rejects with) the error the sync rejects with.
 * Unpaced and with nothing queued, it runs at once and returns nothing, as it always has.
 */
export function executeSync(host: HostState, operations: readonly QueuedOperation[]): Promise<void> | void {
  if (host.yieldEveryMs === undefined && host.queue.idle) {
    try {
      const steps = runOperations(host, operations, () => false);
      while (!steps.next().done);
    } finally {
      syncDone(host);
    }
    return undefined;
  }
  return host.queue.run(() => executePaced(host, operations, host.yieldEveryMs ?? Infinity));
}

/** Runs the operations, giving the event loop a turn whenever `sliceMs` of them have passed. */
async function executePaced(host: HostState, operations: readonly QueuedOperation[], sliceMs: number): Promise<void> {
  let sliceStart = Date.now();
  try {
    const steps = runOperations(host, operations, () => Date.now() - sliceStart >= sliceMs);
    for (let step = steps.next(); !step.done; step = steps.next()) {
      await nextTurn();
      sliceStart = Date.now();
    }
  } finally {
    host.running = undefined;
    syncDone(host);
  }
}

function syncDone(host: HostState): void {
  const record = host.stats.syncs[host.stats.syncs.length - 1];
  if (record) host.onSync?.(record);
}

/** The cell at `address` of `sheet` as the last committed sync left it, also while a paced sync is under way. */
export function committedCell(host: HostState, sheet: SheetModel, address: string): CellModel | undefined {
  return host.running ? host.running.committedCell(sheet.cells, address) : sheet.cells[address];
}

/**
 * The sync itself, stopping (`yield`) after any operation when `due()` says so: the caller gives the
 * event loop a turn there, or goes straight on. Everything else happens as the operations run.
 */
function* runOperations(host: HostState, operations: readonly QueuedOperation[], due: () => boolean): Generator<void, void, void> {
  const { settings, stats } = host;
  const record: SyncRecord = {
    requestBytes: jsonByteLength(operations.map((operation) => operation.request)),
    responseBytes: 0,
    cellsRead: 0,
    operationCount: operations.length,
  };
  stats.syncCount++;
  stats.syncs.push(record);
  stats.requestBytes += record.requestBytes;
  const web = settings.platform === 'web';
  const fail = (error: SimulatedOfficeError): never => {
    record.failedWith = error.code;
    throw error;
  };

  if (web && record.requestBytes > settings.limits.requestBytes) fail(new SimulatedOfficeError('RequestPayloadSizeLimitExceeded'));

  const batch = new BatchExecution(host.model, settings);
  let failure: unknown;
  for (const operation of operations) {
    try {
      checkRequirement(operation, settings);
      operation.execute(batch);
    } catch (error) {
      failure = error;
      break;
    }
    if (due()) {
      host.running = batch;
      yield;
    }
  }
  record.responseBytes = batch.responseBytes;
  record.cellsRead = batch.cellsRead;
  stats.responseBytes += batch.responseBytes;
  stats.cellsRead += batch.cellsRead;

  if (failure === undefined && web && batch.responseBytes > settings.limits.responseBytes) {
    batch.discard();
    fail(new SimulatedOfficeError('ResponsePayloadSizeLimitExceeded'));
  }
  if (failure !== undefined && !(failure instanceof SimulatedOfficeError)) {
    // A simulator gap or a programming error, not Excel's behaviour: change nothing.
    batch.discard();
    record.failedWith = (failure as { code?: string }).code ?? 'Error';
    throw failure;
  }
  batch.commit();
  if (failure instanceof SimulatedOfficeError) fail(failure);
  batch.deliverResults();
}
