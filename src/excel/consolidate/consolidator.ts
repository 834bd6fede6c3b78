/// <reference types="office-js" />
/**
 * The WorkbookConsolidator of types.ts over Office.js: listing and reading the sheets a
 * coordinator picks as sources (as validation reads them), finding the consolidation written
 * before, and writing a new one. The writer is fetched the first time it is needed, so the pane
 * that never consolidates never loads it.
 */
import type { Grid } from '../../core/model';
import { toCheckerError, unsupportedError, type FailureOutcome } from '../errors';
import { supportsExcelApi, type ExcelHost } from '../host';
import { readGrids, userSheets } from '../read';
import { scanWorkbook } from '../workbook-scan';
import { readEarlierConsolidation } from './output-record';
import type { WorkbookConsolidator } from './types';

/** Tables, freeze panes (1.7), setCategoryNames (1.7): what writing needs. */
export const CONSOLIDATION_API_VERSION = '1.7';

/** Runs work one operation at a time with the checker's other operations, its failures worded for the user. */
export type Exclusive = <T>(work: () => Promise<T>, outcome: FailureOutcome | (() => FailureOutcome)) => Promise<T>;

/** Used where no checker queue is at hand (tests): each call on its own, failures still worded. */
export const standalone: Exclusive = (work, outcome) =>
  work().catch((error: unknown) => {
    throw toCheckerError(error, typeof outcome === 'function' ? outcome() : outcome);
  });

const loadWriter = () => import(/* webpackChunkName: "consolidate-write" */ './write-output');

export function createWorkbookConsolidator(host: ExcelHost, exclusive: Exclusive = standalone): WorkbookConsolidator {
  return {
    listSheets: () =>
      exclusive(() => host.Excel.run(async (context) => {
        const scan = await scanWorkbook(context);
        const earlier = await readEarlierConsolidation(context, scan);
        const own = new Set((earlier?.sheets ?? []).map((sheet) => sheet.name.toLocaleUpperCase()));
        return userSheets(scan)
          .filter((sheet) => !own.has(sheet.name.toLocaleUpperCase()))
          .map((sheet) => ({
            name: sheet.name,
            rows: sheet.used ? sheet.used.row + sheet.used.rowCount : 0,
            columns: sheet.used ? sheet.used.col + sheet.used.colCount : 0,
            hidden: sheet.visibility !== 'Visible',
          }));
      }), 'unchanged'),

    readSheets: (names) =>
      exclusive(() => host.Excel.run(async (context): Promise<Grid[]> => {
        const scan = await scanWorkbook(context);
        const wanted = new Set(names.map((name) => name.toLocaleUpperCase()));
        const exclude = new Set(scan.sheets.filter((sheet) => !wanted.has(sheet.name.toLocaleUpperCase())).map((sheet) => sheet.name));
        return readGrids(context, scan, { exclude });
      }), 'unchanged'),

    earlier: () =>
      exclusive(() => host.Excel.run(async (context) => readEarlierConsolidation(context, await scanWorkbook(context))), 'unchanged'),

    write: (result, options) => {
      let writing = false;
      return exclusive(async () => {
        if (!supportsExcelApi(host, CONSOLIDATION_API_VERSION)) throw unsupportedError(CONSOLIDATION_API_VERSION, undefined, 'unchanged');
        const { writeConsolidation } = await loadWriter();
        return host.Excel.run((context) => writeConsolidation(context, result, { ...options, onFirstWrite: () => (writing = true) }));
      }, () => (writing ? 'partial' : 'unchanged'));
    },
  };
}
