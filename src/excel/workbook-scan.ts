/// <reference types="office-js" />
/**
 * The first look at a workbook, in two syncs whatever its size: the sheets and
 * the Excel tables (1), then every sheet's used range by values, every table's
 * extent, the marker cell where the add-in's Issues sheet carries its mark, and
 * the first rows of the add-in's state sheet (2). Everything else builds on this.
 */
import type { CellRect } from './addresses';
import { STATE_SHEET, STATE_WINDOW } from './state-layout';

/** Where the add-in's Issues sheet carries the marker that proves it is the add-in's (right of its 8 columns): a label… */
export const ISSUES_MARKER_CELL = 'J1';
/** …and, beside it, the moment it was written, a date-time cell. */
export const ISSUES_STAMP_CELL = 'K1';
const ISSUES_MARKER_RANGE = `${ISSUES_MARKER_CELL}:${ISSUES_STAMP_CELL}`;

const SECONDS_PER_DAY = 86_400;

/**
 * The marker as the add-in records and compares it: the label, and the stamp's serial in whole
 * seconds (Excel keeps 15 significant digits of a serial, so the fraction itself is not compared).
 * An Issues sheet of the earlier version has one text cell, label and ISO time together, and no stamp:
 * its marker is that text, as it was recorded then.
 *
 * @example issuesMarkerText('Checked by Project Report Checker', 46360.5) // 'Checked by Project Report Checker · 4005504000'
 */
export function issuesMarkerText(label: unknown, stamp: unknown): string {
  const text = label === null || label === undefined ? '' : String(label);
  return typeof stamp === 'number' ? `${text} · ${Math.round(stamp * SECONDS_PER_DAY)}` : text;
}

export type SheetVisibility = 'Visible' | 'Hidden' | 'VeryHidden';

/** An Excel table (ListObject) with a header row, by 0-based sheet rows and columns. */
export interface ScannedTable {
  name: string;
  headerRow: number;
  /** Last data row (a totals row is not data); the header row itself when the table has no data rows. */
  lastRow: number;
  firstCol: number;
  lastCol: number;
}

export interface ScannedSheet {
  name: string;
  visibility: SheetVisibility;
  /** Used range by values; undefined on a blank sheet (and on very hidden sheets, which are not measured). */
  used?: CellRect;
  tables: ScannedTable[];
  /** The marker in ISSUES_MARKER_CELL and ISSUES_STAMP_CELL, as issuesMarkerText reads it ('' when empty). */
  markerText: string;
}

export interface WorkbookScan {
  /** In tab order, very hidden ones included. */
  sheets: ScannedSheet[];
  /** STATE_WINDOW's values on the state sheet; undefined when the workbook has no state sheet. */
  stateWindow?: unknown[][];
}

/** `scan.sheets` by name, ignoring case as Excel does. */
export function findSheet(scan: WorkbookScan, name: string): ScannedSheet | undefined {
  const wanted = name.toLocaleUpperCase();
  return scan.sheets.find((sheet) => sheet.name.toLocaleUpperCase() === wanted);
}

function rectOf(range: Excel.Range): CellRect {
  return { row: range.rowIndex, col: range.columnIndex, rowCount: range.rowCount, colCount: range.columnCount };
}

export async function scanWorkbook(context: Excel.RequestContext): Promise<WorkbookScan> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name,items/visibility');
  const tables = context.workbook.tables;
  tables.load('items/name,items/showHeaders');
  await context.sync();

  const measured = worksheets.items.map((worksheet) => {
    if (worksheet.visibility === 'VeryHidden') return undefined;
    const used = worksheet.getUsedRangeOrNullObject(true).load('rowIndex,columnIndex,rowCount,columnCount');
    const marker = worksheet.getRange(ISSUES_MARKER_RANGE).load('values');
    return { used, marker };
  });
  const tableParts = tables.items
    .filter((table) => table.showHeaders)
    .map((table) => ({
      name: table.name,
      sheet: table.worksheet.load('name'),
      header: table.getHeaderRowRange().load('rowIndex,columnIndex,columnCount'),
      body: table.getDataBodyRange().load('rowIndex,rowCount'),
    }));
  const stateSheet = worksheets.items.find((worksheet) => worksheet.name === STATE_SHEET);
  const stateWindow = stateSheet?.getRange(STATE_WINDOW).load('values');
  await context.sync();

  const sheets: ScannedSheet[] = worksheets.items.map((worksheet, index) => {
    const parts = measured[index];
    return {
      name: worksheet.name,
      visibility: worksheet.visibility as SheetVisibility,
      used: parts && !parts.used.isNullObject ? rectOf(parts.used) : undefined,
      tables: [],
      markerText: parts ? issuesMarkerText(parts.marker.values[0][0], parts.marker.values[0][1]) : '',
    };
  });
  for (const part of tableParts) {
    const sheet = findSheet({ sheets }, part.sheet.name);
    if (!sheet) continue;
    const headerRow = part.header.rowIndex;
    sheet.tables.push({
      name: part.name,
      headerRow,
      lastRow: Math.max(headerRow, part.body.rowIndex + part.body.rowCount - 1),
      firstCol: part.header.columnIndex,
      lastCol: part.header.columnIndex + part.header.columnCount - 1,
    });
  }
  return { sheets, stateWindow: stateWindow?.values };
}
