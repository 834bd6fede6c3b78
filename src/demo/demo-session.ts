/**
 * The demo page's state, outside React (STYLE: the React layer only
 * subscribes): which workbook is open in the simulated host, its revision
 * (bumped after every sync, so the grid redraws what the add-in wrote), the
 * page's language, and what went wrong last. Clicks in the grid go through
 * the simulated Excel API like a user's clicks in Excel would.
 */
import { createSimulatedExcel, type SimulatedExcelHost } from '../devhost';
import type { WorkbookModel } from '../devhost/model';
import { onFirstUse } from '../excel/on-first-use';
import { SLICE_MS } from '../excel/page-turns';
import type { Checker, Language } from '../excel/types';
import type { UnexpressibleChange } from '../xlsx/model-changes';
import { createDemoChecker } from './demo-checker';
import { errorDetail, openWorkbook, WorkbookReaderStopped, type OpenedWorkbook, type ReadRequest } from './workbook-opening';

export const SAMPLE_FILE_NAME = 'bma-projects-2563.xlsx';

/** Writing the download: ExcelJS and the package code, fetched when a workbook is first downloaded. (Opening one reads it in a Web Worker: workbook-opening.ts.) */
const workbookFiles = onFirstUse(() => import(/* webpackChunkName: "workbook-files" */ './workbook-files'));

export interface OpenWorkbook {
  /** New for every workbook opened: the task pane is mounted afresh for each. */
  id: number;
  fileName: string;
  host: SimulatedExcelHost;
  checker: Checker;
  /**
   * The file as opened, and the model as read from it: the download is this
   * package with only what changed in the model since applied to it. (A CSV
   * file is refused when opened, so every workbook here has a package.)
   */
  source: { data: Uint8Array; opened: WorkbookModel };
}

export type DemoProblem =
  | { kind: 'open'; fileName: string; detail: string }
  /** The reader of workbook files (a Web Worker) stopped before it said anything about the file. */
  | { kind: 'reader-stopped'; fileName: string }
  | { kind: 'download'; detail: string }
  /** The download was written from the model alone, for this reason: the file's own layout is not in it. */
  | { kind: 'download-fallback'; change: UnexpressibleChange };

/** The workbook being opened: the sample, or a file the user picked. */
export interface Opening {
  fileName: string;
  sample: boolean;
}

export interface DemoState {
  /** Set from the moment a workbook is asked for (its file code may still be on its way) until it is open or refused. */
  opening?: Opening;
  workbook?: OpenWorkbook;
  /** Counts the host's syncs: a new value means the model may have changed. */
  revision: number;
  language: Language;
  problem?: DemoProblem;
}

/** How the page hands a finished file to the user (a Blob download in the browser). */
export type SaveFile = (bytes: Uint8Array, fileName: string) => void;

/**
 * `bma-projects-2563.xlsx` → `bma-projects-2563-checked.xlsx`. A macro-enabled
 * workbook kept as it was (its macros with it) keeps its `.xlsm`: Excel refuses
 * an .xlsx that holds macros.
 */
export function checkedFileName(fileName: string, keptPackage = false): string {
  const base = fileName.replace(/\.(xlsx|xlsm|xls|csv)$/i, '');
  const extension = keptPackage && /\.xlsm$/i.test(fileName) ? 'xlsm' : 'xlsx';
  return `${base || 'workbook'}-checked.${extension}`;
}

export class DemoSession {
  private state: DemoState;
  private readonly listeners = new Set<() => void>();
  private nextId = 1;

  constructor(language: Language, private readonly saveFile: SaveFile) {
    this.state = { revision: 0, language };
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getState = (): DemoState => this.state;

  /** The live workbook model (for the page's tests: `window.reportCheckerDemo.model()`). */
  model(): WorkbookModel | undefined {
    return this.state.workbook?.host.model;
  }

  private update(change: Partial<DemoState>): void {
    this.state = { ...this.state, ...change };
    for (const listener of this.listeners) listener();
  }

  setLanguage = (language: Language): void => {
    if (language !== this.state.language) this.update({ language });
  };

  dismissProblem = (): void => this.update({ problem: undefined });

  private install({ model, opened, data }: OpenedWorkbook, fileName: string): void {
    const source = { data, opened };
    const host = createSimulatedExcel(model, {
      userName: 'Demo',
      // The simulator shares the page's thread, which Excel would leave free during a sync: a long sync gives the page turns.
      yieldEveryMs: SLICE_MS,
      onSync: () => {
        // A late sync of a workbook already replaced must not redraw the new one.
        if (this.state.workbook?.host === host) this.update({ revision: this.state.revision + 1 });
      },
    });
    const checker = createDemoChecker(host, { currentLanguage: () => this.state.language, onLanguage: this.setLanguage });
    this.update({ opening: undefined, problem: undefined, workbook: { id: this.nextId++, fileName, host, checker, source }, revision: this.state.revision + 1 });
  }

  private async load(opening: Opening, request: () => Promise<ReadRequest>): Promise<void> {
    const { fileName } = opening;
    this.update({ opening, problem: undefined });
    try {
      this.install(await openWorkbook(await request()), fileName);
    } catch (error) {
      const problem: DemoProblem = error instanceof WorkbookReaderStopped
        ? { kind: 'reader-stopped', fileName }
        : { kind: 'open', fileName, detail: errorDetail(error) };
      this.update({ opening: undefined, problem });
    }
  }

  /** The sample workbook of `report-checker sample`, with its planted findings. */
  loadSample = (): Promise<void> =>
    this.load({ fileName: SAMPLE_FILE_NAME, sample: true }, async () => ({ fileName: SAMPLE_FILE_NAME, sample: true }));

  /** A workbook the user picked; a file that cannot be read leaves the open workbook as it was. */
  openFile = (file: File): Promise<void> =>
    this.load({ fileName: file.name, sample: false }, async () => ({ fileName: file.name, sample: false, data: new Uint8Array(await file.arrayBuffer()) }));

  /**
   * The workbook as it is now — marks, notes, Issues sheet, the add-in's state
   * sheet, applied fixes — as a workbook file: the opened file with those changes
   * applied. When they cannot be applied to it, the file is written from the
   * model alone and the page says what is missing and why.
   */
  download = async (): Promise<void> => {
    const workbook = this.state.workbook;
    if (!workbook) return;
    try {
      const { changedWorkbook } = await workbookFiles();
      // Not in the middle of a sync: a paced one gives the page turns with its batch half applied.
      const { bytes, fallback } = await workbook.host.outsideSyncs(() => changedWorkbook(workbook.source, workbook.host.model));
      this.saveFile(bytes, checkedFileName(workbook.fileName, !fallback));
      if (fallback) this.update({ problem: { kind: 'download-fallback', change: fallback } });
      else if (this.state.problem && this.state.problem.kind !== 'open' && this.state.problem.kind !== 'reader-stopped') this.update({ problem: undefined });
    } catch (error) {
      this.update({ problem: { kind: 'download', detail: errorDetail(error) } });
    }
  };

  /** A click on a sheet tab: Worksheet.activate, as in Excel. */
  activateSheet = (sheetName: string): Promise<void> =>
    this.run((context) => context.workbook.worksheets.getItem(sheetName).activate());

  /** A click on a cell: Range.select (which activates its sheet). */
  selectCell = (sheetName: string, address: string): Promise<void> =>
    this.run((context) => context.workbook.worksheets.getItem(sheetName).getRange(address).select());

  private async run(action: (context: Excel.RequestContext) => void): Promise<void> {
    const workbook = this.state.workbook;
    if (!workbook) return;
    try {
      await workbook.host.Excel.run(async (context) => {
        action(context);
        await context.sync();
      });
    } catch {
      // A hidden or vanished sheet cannot be selected; the grid keeps showing what the model holds.
    }
  }
}
