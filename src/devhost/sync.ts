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
 */
import { BatchExecution } from './batch';
import type { QueuedOperation } from './client-object';
import { SimulatedOfficeError } from './errors';
import type { WorkbookModel } from './model';
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

/** Runs one sync's operations; throws the error the sync rejects with. */
export function executeSync(host: HostState, operations: readonly QueuedOperation[]): void {
  try {
    runOperations(host, operations);
  } finally {
    const record = host.stats.syncs[host.stats.syncs.length - 1];
    if (record) host.onSync?.(record);
  }
}

function runOperations(host: HostState, operations: readonly QueuedOperation[]): void {
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
