/// <reference types="office-js" />
import type { Grid, Issue } from '../../src/core/model';
import { createSimulatedExcel, snapshotCells, workbookFromRows, type SimulatedExcelHost, type SimulatedExcelOptions, type WorkbookModel } from '../../src/devhost';
import type { ExcelHost } from '../../src/excel/host';
import { STATE_SHEET } from '../../src/excel/state-layout';
import { readWorkbook } from '../../src/xlsx/read';
import { buildSampleWorkbook } from '../../src/xlsx/sample';

/** A simulated workbook holding the grids' cells where they were (origin kept). */
export function modelFromGrids(grids: readonly Grid[]): WorkbookModel {
  return workbookFromRows(
    grids.map((grid) => ({
      name: grid.sheet,
      rows: [...Array.from({ length: grid.origin.row }, () => []), ...grid.values.map((row) => [...Array(grid.origin.col).fill(null), ...row])],
      numberFormats: [
        ...Array.from({ length: grid.origin.row }, () => []),
        ...grid.numberFormats.map((row) => [...Array(grid.origin.col).fill(undefined), ...row]),
      ],
    })),
  );
}

let sampleGrids: Grid[] | undefined;

/** The sample workbook of `report-checker sample`, as a simulated workbook (values and number formats). */
export async function sampleModel(): Promise<WorkbookModel> {
  sampleGrids ??= await readWorkbook(await buildSampleWorkbook(), 'sample.xlsx');
  return modelFromGrids(sampleGrids);
}

/** The cells of one sheet of the model, by address. */
export function cellsOf(model: WorkbookModel, sheet: string): WorkbookModel['sheets'][number]['cells'] {
  const found = model.sheets.find((candidate) => candidate.name === sheet);
  if (!found) throw new Error(`no sheet ${sheet}`);
  return found.cells;
}

/** Every user sheet's cells (the add-in's very hidden state sheet left out). */
export function userCells(model: WorkbookModel): ReturnType<typeof snapshotCells> {
  const snapshot = snapshotCells(model);
  delete snapshot[STATE_SHEET];
  return snapshot;
}

/** The largest request and response of any sync so far. */
export function largestPayload(host: SimulatedExcelHost): { request: number; response: number } {
  return {
    request: Math.max(0, ...host.stats.syncs.map((sync) => sync.requestBytes)),
    response: Math.max(0, ...host.stats.syncs.map((sync) => sync.responseBytes)),
  };
}

/** Syncs made while `work` runs. */
export async function syncsDuring<T>(host: SimulatedExcelHost, work: () => Promise<T>): Promise<{ result: T; syncs: number }> {
  const before = host.stats.syncCount;
  const result = await work();
  return { result, syncs: host.stats.syncCount - before };
}

export function simulated(model: WorkbookModel, options?: SimulatedExcelOptions): SimulatedExcelHost {
  return createSimulatedExcel(model, options);
}

/**
 * The host, except that its `failAt`-th sync (counted over every Excel.run)
 * fails after its operations ran, the way a batch fails halfway in Excel: a
 * failing operation is appended, so everything queued before it is applied.
 */
export function failingHost(host: SimulatedExcelHost, failAt: number): ExcelHost & { failed: () => boolean } {
  let syncs = 0;
  let failed = false;
  return {
    Office: host.Office,
    failed: () => failed,
    Excel: {
      run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) =>
        host.Excel.run((context) => {
          const sync = context.sync.bind(context);
          (context as { sync: typeof context.sync }).sync = <R>(value?: R) => {
            syncs++;
            if (syncs === failAt) {
              failed = true;
              context.workbook.worksheets.getItem('No such sheet, to make this sync fail').load('name');
            }
            return sync(value) as Promise<R>;
          };
          return batch(context);
        }),
    },
  };
}

let serial = 0;

/** A finding for marking tests: only what marking reads is real. */
export function anIssue(sheet: string, cell: string, overrides: Partial<Issue> = {}): Issue {
  serial++;
  return {
    rule: 'required-value',
    severity: 'error',
    sheet,
    cell,
    cells: [cell],
    message: { th: `ค่าว่างในเซลล์ ${cell} (${serial})`, en: `Empty cell ${cell} (${serial})` },
    fix: { th: 'กรอกค่า', en: 'Fill it in' },
    ...overrides,
  };
}
