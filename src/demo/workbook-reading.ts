/**
 * The demo's reading of a workbook file, meant for a Web Worker (workbook-reader.worker.ts): the
 * sample built, or a file's bytes read into the simulated host's model (`workbookModelFromXlsx`,
 * ExcelJS), then handed over in messages: the workbook without its cells first, then its cells a
 * few thousand at a time, then `done`. A message is one task on the page that receives it, so no
 * single one holds the page's thread for long, however large the workbook (workbook-opening.ts
 * puts them together). A file that cannot be read is a `failed` message with the reason.
 */
import type { CellModel, WorkbookModel } from '../devhost/model';
import { workbookModelFromXlsx } from '../xlsx/host-workbook';
import { buildSampleWorkbook } from '../xlsx/sample';
import { errorDetail } from './workbook-opening';

/** What to read: the sample workbook (built first), or a file's bytes. */
export type ReadRequest = { fileName: string; sample: true } | { fileName: string; sample: false; data: Uint8Array };

/** A request as sent to the reader: `id` tells its answer from another's. */
export type ReaderRequest = ReadRequest & { id: number };

/** What the reader sends back, in order: `workbook`, every `cells`, `done` — or `failed` instead. */
export type ReadMessage =
  /** The file's bytes (the sample's as built) and the workbook with every sheet's cells still empty. */
  | { kind: 'workbook'; data: Uint8Array; workbook: WorkbookModel }
  /** Cells of the sheet at `sheet` (its index in `workbook.sheets`), as `[address, cell]`. */
  | { kind: 'cells'; sheet: number; cells: Array<[string, CellModel]> }
  | { kind: 'done' }
  /** The file could not be read: the reason, as the page shows it. */
  | { kind: 'failed'; detail: string };

/** A message as the reader sends it: with the `id` of the request it answers. */
export type ReaderMessage = ReadMessage & { id: number };

/** Cells per message: each message's copy and the page's putting it in place take a few milliseconds. */
export const CELLS_PER_MESSAGE = 5000;

/** Reads what `request` names and sends it to `post` in messages, ending with `done` or `failed`; never rejects. */
export async function readWorkbookInPieces(request: ReadRequest, post: (message: ReadMessage) => void): Promise<void> {
  let model: WorkbookModel;
  let data: Uint8Array;
  try {
    data = request.sample ? await buildSampleWorkbook() : request.data;
    model = await workbookModelFromXlsx(data, request.fileName);
  } catch (error) {
    post({ kind: 'failed', detail: errorDetail(error) });
    return;
  }
  post({ kind: 'workbook', data, workbook: { ...model, sheets: model.sheets.map((sheet) => ({ ...sheet, cells: {} })) } });
  model.sheets.forEach((sheet, index) => {
    const cells = Object.entries(sheet.cells);
    for (let start = 0; start < cells.length; start += CELLS_PER_MESSAGE) {
      post({ kind: 'cells', sheet: index, cells: cells.slice(start, start + CELLS_PER_MESSAGE) });
    }
  });
  post({ kind: 'done' });
}

/** The worker's global scope, as far as the reader uses it (the project's types describe a page, not a worker). */
export interface ReaderScope {
  onmessage: ((event: MessageEvent<ReaderRequest>) => void) | null;
  postMessage(message: ReaderMessage): void;
}

/** Answers every request the worker receives, each message with the request's id: `serveReader(self)` in the worker. */
export function serveReader(scope: ReaderScope): void {
  scope.onmessage = ({ data: { id, ...request } }) => {
    void readWorkbookInPieces(request, (message) => scope.postMessage({ ...message, id }));
  };
}
