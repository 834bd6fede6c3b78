/// <reference types="office-js" />
/**
 * The simulated host: `createSimulatedExcel(model)` gives the `Excel` and
 * `Office` globals an add-in expects, over a plain WorkbookModel, with Excel's
 * strict semantics (DESIGN §7): properties throw PropertyNotLoaded until loaded
 * and synced, writes wait for `sync()`, every round trip is counted and
 * measured, and the web's 5 MB payload limit is enforced.
 *
 * ```ts
 * const host = createSimulatedExcel(workbookFromRows([{ name: 'Data', rows: [['a']] }]));
 * await host.Excel.run(async (context) => {
 *   const range = context.workbook.worksheets.getItem('Data').getRange('A1');
 *   range.load('values');
 *   await context.sync();
 * });
 * host.stats.syncCount; // 1
 * ```
 */
import type { HostPlatform } from './batch';
import { SimulatedRequestContext } from './context';
import { EXCEL_ERROR_MESSAGES, NotSimulatedError, SimulatedOfficeError } from './errors';
import type { CellModel, SheetModel, WorkbookModel } from './model';
import { EXCEL_LIMITS, type PayloadLimits } from './payload';
import { DEFAULT_SUPPORTED_SETS, isSetSupported, type SupportedSets } from './requirements';
import { committedCell, emptyStats, SyncQueue, type HostState, type SimulatorStats, type SyncRecord } from './sync';

export interface SimulatedExcelOptions {
  /** Requirement sets the host supports; default `{ ExcelApi: '1.18' }`. `{ ExcelApi: '1.17' }` is a host without notes. */
  supported?: SupportedSets;
  /** `web` (default: the strictest host, with the 5 MB payload limits) or `desktop`. */
  platform?: HostPlatform;
  /** Overrides of Excel's limits, e.g. a small `requestBytes` to test chunking cheaply. */
  limits?: Partial<PayloadLimits>;
  /** The author of notes the add-in adds. */
  userName?: string;
  /** Called after every sync, failed or not, with its record: the demo's grid re-renders from `model` here. */
  onSync?: (record: SyncRecord) => void;
  /**
   * Paces syncs (the demo page, where the simulator shares the page's thread that Excel would leave
   * free): a sync gives the event loop a turn whenever this many milliseconds of its operations have
   * passed, and syncs of all contexts run one after another. Results, errors and limits are the same.
   */
  yieldEveryMs?: number;
  /**
   * Receives the workbook of `Excel.createWorkbook(base64)` (ExcelApi 1.8), which Excel opens
   * in a window of its own. Without it the host has no other window and no `createWorkbook`.
   */
  onCreateWorkbook?: (data: Uint8Array) => void;
}

/** The `Excel` global, as far as the add-in uses it. */
export interface SimulatedExcelNamespace {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  createWorkbook?(base64?: string): Promise<void>;
  readonly ErrorCodes: { readonly [name: string]: string };
  readonly SheetVisibility: { readonly visible: 'Visible'; readonly hidden: 'Hidden'; readonly veryHidden: 'VeryHidden' };
  readonly ClearApplyTo: {
    readonly all: 'All';
    readonly formats: 'Formats';
    readonly contents: 'Contents';
    readonly hyperlinks: 'Hyperlinks';
    readonly removeHyperlinks: 'RemoveHyperlinks';
    readonly resetContents: 'ResetContents';
  };
}

/** The `Office` global, as far as the add-in uses it. */
export interface SimulatedOfficeNamespace {
  readonly context: {
    readonly host: 'Excel';
    readonly platform: 'OfficeOnline' | 'PC';
    readonly requirements: { isSetSupported(name: string, minVersion?: string | number): boolean };
  };
  onReady(callback?: (info: { host: 'Excel'; platform: 'OfficeOnline' | 'PC' }) => void): Promise<{ host: 'Excel'; platform: 'OfficeOnline' | 'PC' }>;
  readonly HostType: { readonly Excel: 'Excel' };
}

export interface SimulatedExcelHost {
  Excel: SimulatedExcelNamespace;
  Office: SimulatedOfficeNamespace;
  /** OfficeExtension.Error is what syncs reject with. */
  OfficeExtension: { Error: typeof SimulatedOfficeError };
  /** Live counters: syncs, bytes each way, cells read. */
  stats: SimulatorStats;
  /** The live workbook: a committed sync replaces the sheets, tables and cells it changed (see model.ts for the one map changed in place). */
  model: WorkbookModel;
  /** A cell of `model` as the last committed sync left it, also in the middle of a paced sync (the demo grid reads through it). */
  committedCell(sheet: SheetModel, address: string): CellModel | undefined;
  /** Runs `work` once no sync is under way, and starts none until it has settled: a consistent read of `model` (the demo's download). */
  outsideSyncs<T>(work: () => T | Promise<T>): Promise<T>;
}

const ERROR_CODES = Object.fromEntries(
  Object.keys(EXCEL_ERROR_MESSAGES).map((code) => [code.charAt(0).toLowerCase() + code.slice(1), code]),
);

/** The ZIP signature every .xlsx package begins with. */
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

/**
 * Excel.createWorkbook(base64): refused as Excel refuses it — ApiNotFound below ExcelApi 1.8,
 * InvalidArgument for text that is not base64 of a package, on the web the request limit for a
 * workbook too large to send — else the bytes go to `open`. Without an argument Excel opens a blank workbook.
 */
function createWorkbookIn(host: HostState, open: (data: Uint8Array) => void): (base64?: string) => Promise<void> {
  return async (base64) => {
    if (!isSetSupported(host.settings.supported, 'ExcelApi', '1.8')) throw new SimulatedOfficeError('ApiNotFound', undefined, 'Excel.createWorkbook');
    if (base64 === undefined) {
      open(new Uint8Array());
      return;
    }
    if (typeof base64 !== 'string' || base64.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(base64)) {
      throw new SimulatedOfficeError('InvalidArgument', undefined, 'Excel.createWorkbook');
    }
    if (host.settings.platform === 'web' && base64.length > host.settings.limits.requestBytes) throw new SimulatedOfficeError('RequestPayloadSizeLimitExceeded', undefined, 'Excel.createWorkbook');
    const binary = atob(base64);
    const data = Uint8Array.from(binary, (character) => character.charCodeAt(0));
    if (!ZIP_SIGNATURE.every((byte, index) => data[index] === byte)) throw new SimulatedOfficeError('InvalidArgument', undefined, 'Excel.createWorkbook');
    open(data);
  };
}

export function createSimulatedExcel(model: WorkbookModel, options: SimulatedExcelOptions = {}): SimulatedExcelHost {
  const host: HostState = {
    model,
    stats: emptyStats(),
    onSync: options.onSync,
    yieldEveryMs: options.yieldEveryMs,
    queue: new SyncQueue(),
    settings: {
      limits: { ...EXCEL_LIMITS, ...options.limits },
      platform: options.platform ?? 'web',
      supported: options.supported ?? DEFAULT_SUPPORTED_SETS,
      userName: options.userName ?? 'Simulated User',
    },
  };
  const platform: 'OfficeOnline' | 'PC' = host.settings.platform === 'web' ? 'OfficeOnline' : 'PC';

  const Excel: SimulatedExcelNamespace = {
    async run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
      if (typeof batch !== 'function') throw new NotSimulatedError('Excel.run with objects or options');
      const context = new SimulatedRequestContext(host);
      try {
        const pending = batch(context as unknown as Excel.RequestContext);
        if (!pending || typeof (pending as { then?: unknown }).then !== 'function') {
          throw new SimulatedOfficeError('RunMustReturnPromise', undefined, 'Excel.run');
        }
        const result = await pending;
        // Excel.run sends whatever is still queued when the batch function resolves.
        if (context.hasPendingOperations) await context.sync();
        return result;
      } finally {
        context.finish();
      }
    },
    ...(options.onCreateWorkbook ? { createWorkbook: createWorkbookIn(host, options.onCreateWorkbook) } : {}),
    ErrorCodes: ERROR_CODES,
    SheetVisibility: { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' },
    ClearApplyTo: {
      all: 'All',
      formats: 'Formats',
      contents: 'Contents',
      hyperlinks: 'Hyperlinks',
      removeHyperlinks: 'RemoveHyperlinks',
      resetContents: 'ResetContents',
    },
  };

  const Office: SimulatedOfficeNamespace = {
    context: {
      host: 'Excel',
      platform,
      requirements: {
        isSetSupported: (name, minVersion) => isSetSupported(host.settings.supported, name, minVersion),
      },
    },
    async onReady(callback?: (info: { host: 'Excel'; platform: 'OfficeOnline' | 'PC' }) => void) {
      const info = { host: 'Excel' as const, platform };
      callback?.(info);
      return info;
    },
    HostType: { Excel: 'Excel' },
  };

  return {
    Excel,
    Office,
    OfficeExtension: { Error: SimulatedOfficeError },
    stats: host.stats,
    model,
    committedCell: (sheet, address) => committedCell(host, sheet, address),
    outsideSyncs: (work) => host.queue.run(work),
  };
}
