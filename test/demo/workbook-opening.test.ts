/**
 * Opening a workbook in the demo through its reader worker (src/demo/workbook-opening.ts): the
 * worker's side (`serveReader`, all that src/demo/workbook-reader.worker.ts runs) runs in a stand-in
 * Worker on this thread, each message copied with structuredClone and delivered on a later task, as
 * a browser does. The
 * workbook arrives in pieces and is put together as read; a file that cannot be read is refused
 * with the reader's reason; a worker that fails is reported as such and replaced.
 */
import { snapshotCells, workbookFromRows } from '../../src/devhost';
import { usedRect } from '../../src/devhost/sheet-cells';
import { DemoSession } from '../../src/demo/demo-session';
import { openWorkbook, WorkbookReaderStopped } from '../../src/demo/workbook-opening';
import { CELLS_PER_MESSAGE, serveReader, type ReaderScope } from '../../src/demo/workbook-reading';
import { workbookModelFromXlsx, workbookModelToXlsx } from '../../src/xlsx/host-workbook';

const READER_SCRIPT = 'workbook-reader.0123abcd.js';

/** A Worker running the reader in this thread: messages copied and delivered on a later task. */
class ScriptWorker {
  /** The workers started since the test began. */
  static started: ScriptWorker[] = [];
  /** A request for a file of this name makes the worker fail instead of answering. */
  static failOn: string | undefined;
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: (() => void) | null = null;
  onmessageerror: (() => void) | null = null;
  terminated = false;
  /** Messages the worker sent to the page. */
  readonly sent: unknown[] = [];
  private readonly scope: ReaderScope;

  constructor(readonly script: string) {
    ScriptWorker.started.push(this);
    this.scope = {
      onmessage: null,
      postMessage: (message) => {
        const data = structuredClone(message);
        this.sent.push(data);
        setTimeout(() => {
          if (!this.terminated) this.onmessage?.({ data });
        }, 0);
      },
    };
    serveReader(this.scope);
  }

  postMessage(request: { fileName: string }): void {
    const data = structuredClone(request);
    setTimeout(() => (data.fileName === ScriptWorker.failOn ? this.fail() : this.scope.onmessage?.({ data } as MessageEvent)), 0);
  }

  terminate(): void {
    this.terminated = true;
  }

  /** The worker fails as a script that did not load or threw outside its handler does. */
  fail(): void {
    this.onerror?.();
  }
}

const global = globalThis as { Worker?: unknown; document?: unknown };

beforeAll(() => {
  global.Worker = ScriptWorker;
  // The built page names the worker's script in a meta tag.
  global.document = {
    querySelector: (selector: string) => (selector === 'meta[name="workbook-reader"]' ? { content: READER_SCRIPT } : null),
  };
});

afterAll(() => {
  delete global.Worker;
  delete global.document;
});

beforeEach(() => {
  ScriptWorker.started = [];
  ScriptWorker.failOn = 'lost.xlsx';
});

/** A workbook of `rows` rows of two cells, as .xlsx bytes. */
function workbookOf(rows: number, label: string): Promise<Uint8Array> {
  return workbookModelToXlsx(workbookFromRows([
    { name: 'Start', rows: [[label]] },
    { name: 'Data', rows: Array.from({ length: rows }, (_, row) => [`${label}-${row + 1}`, row + 1]) },
  ]));
}

const fileRequest = (data: Uint8Array, fileName: string) => ({ fileName, sample: false as const, data });

describe('opening a workbook through the reader worker', () => {
  it('reads it in the worker and puts its pieces together as read; the worker is kept for the next file', async () => {
    const bytes = await workbookOf(6000, 'big');
    const opened = await openWorkbook(fileRequest(bytes, 'big.xlsx'));
    const direct = await workbookModelFromXlsx(bytes, 'big.xlsx');

    expect(ScriptWorker.started).toHaveLength(1);
    const [worker] = ScriptWorker.started;
    expect(worker.script).toBe(READER_SCRIPT);
    // 12,001 cells: the Data sheet's arrive in three messages, none over the limit.
    const cellMessages = worker.sent.filter((message) => (message as { kind: string }).kind === 'cells') as Array<{ sheet: number; cells: unknown[] }>;
    expect(cellMessages.map((message) => [message.sheet, message.cells.length])).toEqual([[0, 1], [1, CELLS_PER_MESSAGE], [1, CELLS_PER_MESSAGE], [1, 12_000 - 2 * CELLS_PER_MESSAGE]]);

    expect(snapshotCells(opened.model)).toEqual(snapshotCells(direct));
    expect({ ...opened.model, sheets: opened.model.sheets.map(({ cells: _, ...sheet }) => sheet) })
      .toEqual({ ...direct, sheets: direct.sheets.map(({ cells: _, ...sheet }) => sheet) });
    expect(Array.from(opened.data)).toEqual(Array.from(bytes));
    // The used ranges the host knows from the cells as they came are those a scan of every cell finds.
    for (const valuesOnly of [false, true]) {
      expect(opened.model.sheets.map((sheet) => usedRect(sheet, valuesOnly))).toEqual(direct.sheets.map((sheet) => usedRect(sheet, valuesOnly)));
    }
    expect(usedRect(opened.model.sheets[1], false)).toEqual({ row: 0, col: 0, rowCount: 6000, colCount: 2 });
    // The copy as read is a workbook of its own: a sheet's cell map changed in place leaves it as read.
    expect(opened.opened).toEqual(opened.model);
    opened.model.sheets[1].cells.A1 = { value: 'changed' };
    expect(opened.opened.sheets[1].cells.A1).toEqual({ value: 'big-1' });

    await openWorkbook(fileRequest(await workbookOf(3, 'small'), 'small.xlsx'));
    expect(ScriptWorker.started).toHaveLength(1);
    expect(worker.terminated).toBe(false);
  });

  it('gives each of two files opened at once its own workbook', async () => {
    const [first, second] = await Promise.all([workbookOf(40, 'first'), workbookOf(7000, 'second')]);
    const [a, b] = await Promise.all([openWorkbook(fileRequest(first, 'first.xlsx')), openWorkbook(fileRequest(second, 'second.xlsx'))]);
    expect(snapshotCells(a.model)).toEqual(snapshotCells(await workbookModelFromXlsx(first)));
    expect(snapshotCells(b.model)).toEqual(snapshotCells(await workbookModelFromXlsx(second)));
  });

  it('refuses a file that cannot be read with the reason the reader gives', async () => {
    const bytes = new TextEncoder().encode('not a zip');
    const reason = await workbookModelFromXlsx(bytes, 'notes.xlsx').then(() => 'read', (error: Error) => error.message);
    expect(reason).toMatch(/notes\.xlsx/);
    await expect(openWorkbook(fileRequest(bytes, 'notes.xlsx'))).rejects.toThrow(reason);
  });

  it('says the reader stopped when the worker fails, and starts a new one for the next file', async () => {
    const bytes = await workbookOf(3, 'after');
    const waiting = openWorkbook(fileRequest(bytes, 'waiting.xlsx'));
    const lost = openWorkbook(fileRequest(bytes, 'lost.xlsx'));
    // The page's worker (started here, or kept from an earlier test) fails on the second request: both were waiting on it.
    await expect(lost).rejects.toBeInstanceOf(WorkbookReaderStopped);
    await expect(waiting).rejects.toBeInstanceOf(WorkbookReaderStopped);
    const failed = ScriptWorker.started.length;

    const opened = await openWorkbook(fileRequest(bytes, 'after.xlsx'));
    expect(ScriptWorker.started).toHaveLength(failed + 1);
    expect(ScriptWorker.started.slice(0, failed).every((worker) => worker.terminated)).toBe(true);
    expect(opened.model.sheets[0].cells.A1).toEqual({ value: 'after' });
  });
});

describe('the demo session with the reader worker', () => {
  it('says the reader stopped, naming the file, and keeps the open workbook', async () => {
    const session = new DemoSession('en', () => undefined);
    await session.openFile(new File([await workbookOf(3, 'kept') as BlobPart], 'kept.xlsx'));
    expect(session.getState().workbook?.fileName).toBe('kept.xlsx');
    await session.openFile(new File([await workbookOf(3, 'lost') as BlobPart], 'lost.xlsx'));
    expect(session.getState()).toMatchObject({ problem: { kind: 'reader-stopped', fileName: 'lost.xlsx' }, workbook: { fileName: 'kept.xlsx' } });
    expect(session.getState().opening).toBeUndefined();
  });
});
