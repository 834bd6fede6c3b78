/// <reference types="office-js" />
/**
 * Every user sheet as a core Grid (DESIGN §7: "read (chunked, few syncs)"):
 * values and number formats of the used range, plus the Excel tables on it,
 * read in row blocks packed into as few syncs as stay under the payload budget.
 *
 * The bytes a cell costs are not known before it is read; the first sync
 * assumes a generous 100 bytes a cell, later ones what the data so far cost
 * (with a margin), and a block that still comes back too large is halved.
 */
import type { CellValue, Grid, GridTable } from '../core/model';
import { rectAddress, unionRect, type CellRect } from './addresses';
import { jsonByteLength } from '../core/byte-length';
import { readInBatches } from './sync-budget';

/** Estimated response bytes per read sync: the brief's ≤ 4 MB, with the estimate's own margin on top. */
const READ_BUDGET_BYTES = 4_000_000;
import type { ScannedSheet, WorkbookScan } from './workbook-scan';

/** Cells per row block: small enough to pack finely, far below the 5,000,000-cell read limit. */
export const BLOCK_CELLS = 20_000;

/** Assumed bytes per cell (value and number format) before any data was seen. */
const INITIAL_BYTES_PER_CELL = 100;
/** Never assume fewer bytes a cell than this (`["",` plus `"General",`). */
const MINIMUM_BYTES_PER_CELL = 16;
const ESTIMATE_MARGIN = 1.25;

export interface ReadOptions {
  /** Sheets not to read (the add-in's own Issues sheet), by exact name. */
  exclude?: ReadonlySet<string>;
  /** Told after each sync: cells read so far of the total. */
  onProgress?: (done: number, total: number) => void;
  /** Awaited after each sync, once its cells are in the grids: the pane gives the page a turn (and stops there when cancelled). */
  turn?: () => Promise<void>;
  /** Awaited between blocks while queueing and taking in a sync's: the pane gives the page a turn when a slice of work has passed. */
  pause?: () => Promise<void>;
}

interface BlockJob {
  grid: Grid;
  /** The grid's rectangle on the sheet. */
  rect: CellRect;
  /** First row of the block within the grid, and its height. */
  offset: number;
  rowCount: number;
}

interface BlockData {
  values: unknown[][];
  numberFormats: unknown[][];
}

/** The rectangle to read: the used range, grown to cover every table on the sheet. */
function gridRect(sheet: ScannedSheet): CellRect | undefined {
  return sheet.tables.reduce<CellRect | undefined>(
    (rect, table) =>
      unionRect(rect, { row: table.headerRow, col: table.firstCol, rowCount: table.lastRow - table.headerRow + 1, colCount: table.lastCol - table.firstCol + 1 }),
    sheet.used,
  );
}

function emptyGrid(sheet: string): Grid {
  return { sheet, origin: { row: 0, col: 0 }, values: [], numberFormats: [] };
}

function gridTables(sheet: ScannedSheet, rect: CellRect): GridTable[] {
  return sheet.tables.map((table) => ({
    name: table.name,
    headerRow: table.headerRow - rect.row,
    lastRow: table.lastRow - rect.row,
    firstCol: table.firstCol - rect.col,
    lastCol: table.lastCol - rect.col,
  }));
}

function cellValue(value: unknown): CellValue {
  if (value === '' || value === undefined || value === null) return null;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string') return value;
  return String(value);
}

/** The user sheets to read: visible and hidden ones, not very hidden ones (the add-in's state) nor `exclude`. */
export function userSheets(scan: WorkbookScan, exclude: ReadonlySet<string> = new Set()): ScannedSheet[] {
  return scan.sheets.filter((sheet) => sheet.visibility !== 'VeryHidden' && !exclude.has(sheet.name));
}

/** `await readGrids(context, scan)` → one Grid per user sheet, in tab order (an empty sheet gives an empty grid). */
export async function readGrids(context: Excel.RequestContext, scan: WorkbookScan, options: ReadOptions = {}): Promise<Grid[]> {
  const grids: Grid[] = [];
  const jobs: BlockJob[] = [];
  for (const sheet of userSheets(scan, options.exclude)) {
    const rect = gridRect(sheet);
    if (!rect) {
      grids.push(emptyGrid(sheet.name));
      continue;
    }
    const grid: Grid = {
      sheet: sheet.name,
      origin: { row: rect.row, col: rect.col },
      values: new Array<CellValue[]>(rect.rowCount),
      numberFormats: new Array<string[]>(rect.rowCount),
    };
    if (sheet.tables.length > 0) grid.tables = gridTables(sheet, rect);
    grids.push(grid);
    const rowsPerBlock = Math.max(1, Math.floor(BLOCK_CELLS / rect.colCount));
    for (let offset = 0; offset < rect.rowCount; offset += rowsPerBlock) {
      jobs.push({ grid, rect, offset, rowCount: Math.min(rowsPerBlock, rect.rowCount - offset) });
    }
  }

  const total = jobs.reduce((sum, job) => sum + job.rowCount * job.rect.colCount, 0);
  let done = 0;
  let bytesPerCell = INITIAL_BYTES_PER_CELL;
  let heaviestSeen = 0;
  const worksheets = context.workbook.worksheets;
  await readInBatches<BlockJob, BlockData>(context, jobs, {
    responseBytes: (job) => job.rowCount * job.rect.colCount * bytesPerCell,
    queue: (job) => {
      const address = rectAddress({ row: job.rect.row + job.offset, col: job.rect.col, rowCount: job.rowCount, colCount: job.rect.colCount });
      const range = worksheets.getItem(job.grid.sheet).getRange(address).load('values,numberFormat');
      return () => ({ values: range.values, numberFormats: range.numberFormat });
    },
    split: (job) => {
      if (job.rowCount < 2) return undefined;
      const half = Math.ceil(job.rowCount / 2);
      return [
        { ...job, rowCount: half },
        { ...job, offset: job.offset + half, rowCount: job.rowCount - half },
      ];
    },
    received: async (results) => {
      let cells = 0;
      let bytes = 0;
      for (const { job, result } of results) {
        if (options.pause) await options.pause();
        for (let r = 0; r < job.rowCount; r++) {
          job.grid.values[job.offset + r] = result.values[r].map(cellValue);
          job.grid.numberFormats[job.offset + r] = result.numberFormats[r].map((format) => String(format ?? 'General'));
        }
        cells += job.rowCount * job.rect.colCount;
        bytes += jsonByteLength(result.values) + jsonByteLength(result.numberFormats);
      }
      heaviestSeen = Math.max(heaviestSeen, bytes / Math.max(1, cells));
      bytesPerCell = Math.max(MINIMUM_BYTES_PER_CELL, heaviestSeen * ESTIMATE_MARGIN);
      done += cells;
      options.onProgress?.(done, total);
    },
    turn: options.turn,
    pause: options.pause,
  }, READ_BUDGET_BYTES);
  return grids;
}
