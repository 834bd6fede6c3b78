/**
 * Opening a workbook in the demo without holding the page: the reading (ExcelJS, seconds for a
 * large file) runs in a Web Worker — workbook-reader.worker.ts, a webpack entry of its own whose
 * file the page names in `<meta name="workbook-reader">` — and its messages (workbook-reading.ts)
 * are put together here as they arrive, each a short task of the page. Where there is no Worker
 * (jest's jsdom), the same reading runs on this thread and sends the same messages.
 */
import { parseCellKey } from '../devhost/address';
import { cloneWorkbook, type WorkbookModel } from '../devhost/model';
import { fillingEmptyCells, noteCellChange } from '../devhost/sheet-cells';
import { onFirstUse } from '../excel/on-first-use';
import type { ReaderMessage, ReaderRequest, ReadMessage, ReadRequest } from './workbook-reading';

export type { ReadRequest } from './workbook-reading';

export interface OpenedWorkbook {
  /** The file's bytes (the sample's as built). */
  data: Uint8Array;
  /** The workbook for the simulated host. */
  model: WorkbookModel;
  /**
   * The workbook as read, for the download to tell what changed: its own sheets and cell maps,
   * sharing the cell objects with `model` — a sync replaces a cell, never edits it (devhost/model.ts).
   */
  opened: WorkbookModel;
}

/** The reader stopped without a word (its script did not load, or it crashed): the file may be fine. */
export class WorkbookReaderStopped extends Error {
  constructor() {
    super('The workbook reader stopped');
    this.name = 'WorkbookReaderStopped';
  }
}

/** An error's text as the page shows it under "Could not open …". */
export function errorDetail(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The reading on this thread, where the page has no Worker. */
const readingInThread = onFirstUse(() => import(/* webpackChunkName: "workbook-reading" */ './workbook-reading'));

/** The worker's script as the built page names it; undefined without Worker or outside the built page. */
function readerScript(): string | undefined {
  if (typeof Worker === 'undefined' || typeof document === 'undefined') return undefined;
  return document.querySelector<HTMLMetaElement>('meta[name="workbook-reader"]')?.content || undefined;
}

/** Puts the reader's messages together: the workbook, then its cells into it and into the copy as read. */
class WorkbookAssembly {
  private data: Uint8Array | undefined;
  private model: WorkbookModel | undefined;
  private opened: WorkbookModel | undefined;

  /** The workbook once `done` has come; throws the reason of `failed`. */
  receive(message: ReadMessage): OpenedWorkbook | undefined {
    switch (message.kind) {
      case 'workbook':
        this.data = message.data;
        this.model = message.workbook;
        // Cheap: the cells are not there yet.
        this.opened = cloneWorkbook(message.workbook);
        // The host's used ranges follow the cells as they come, instead of a scan of every cell at its first request.
        for (const sheet of this.model.sheets) fillingEmptyCells(sheet.cells);
        return undefined;
      case 'cells': {
        const cells = this.model!.sheets[message.sheet].cells;
        const openedCells = this.opened!.sheets[message.sheet].cells;
        for (const [address, cell] of message.cells) {
          const { row, col } = parseCellKey(address);
          noteCellChange(cells, row, col, cells[address], cell);
          cells[address] = cell;
          openedCells[address] = cell;
        }
        return undefined;
      }
      case 'done':
        return { data: this.data!, model: this.model!, opened: this.opened! };
      case 'failed':
        throw new Error(message.detail);
    }
  }
}

/** Where the reader's messages go: the assembly of the request they answer. */
type Receiver = (message: ReadMessage) => void;

/**
 * The page's one reader worker, started with the first workbook opened (the sample, as the page
 * starts) and kept: a new one would load ExcelJS again. Requests are told apart by id. When the
 * worker fails, every request waiting on it is told, and the next opening starts a new one.
 */
class ReaderWorker {
  private readonly worker: Worker;
  private readonly waiting = new Map<number, { receive: Receiver; stopped(): void }>();
  private nextId = 1;

  constructor(script: string, private readonly onStopped: () => void) {
    this.worker = new Worker(script);
    this.worker.onmessage = ({ data: { id, ...message } }: MessageEvent<ReaderMessage>) => this.waiting.get(id)?.receive(message);
    this.worker.onerror = () => this.stop();
    this.worker.onmessageerror = () => this.stop();
  }

  /** Sends `request`; its messages go to `receive` (or `stopped` is called) until the function returned is called. */
  read(request: ReadRequest, receive: Receiver, stopped: () => void): () => void {
    const id = this.nextId++;
    this.waiting.set(id, { receive, stopped });
    this.worker.postMessage({ ...request, id } satisfies ReaderRequest);
    return () => {
      this.waiting.delete(id);
    };
  }

  private stop(): void {
    this.worker.terminate();
    this.onStopped();
    for (const { stopped } of this.waiting.values()) stopped();
    this.waiting.clear();
  }
}

let reader: ReaderWorker | undefined;

/** The reader worker, started now if there is none; undefined where the page has no Worker. */
function readerWorker(): ReaderWorker | undefined {
  const script = readerScript();
  if (script === undefined) return undefined;
  return (reader ??= new ReaderWorker(script, () => (reader = undefined)));
}

/**
 * Reads the sample or a file into a workbook for the simulated host, off the page's thread where
 * the page has a Worker. Rejects with the reader's reason when the file cannot be read, and with
 * WorkbookReaderStopped when the worker itself fails.
 */
export function openWorkbook(request: ReadRequest): Promise<OpenedWorkbook> {
  return new Promise<OpenedWorkbook>((resolve, reject) => {
    const assembly = new WorkbookAssembly();
    // Where the reader is a worker: stops routing its messages here.
    let finished: () => void = () => undefined;
    const receive = (message: ReadMessage) => {
      try {
        const workbook = assembly.receive(message);
        if (!workbook) return;
        finished();
        resolve(workbook);
      } catch (error) {
        finished();
        reject(error);
      }
    };
    const worker = readerWorker();
    if (worker) finished = worker.read(request, receive, () => reject(new WorkbookReaderStopped()));
    else readingInThread().then(({ readWorkbookInPieces }) => readWorkbookInPieces(request, receive)).catch(reject);
  });
}
