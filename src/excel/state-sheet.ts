/// <reference types="office-js" />
/**
 * Reading and writing the very hidden `ReportChecker.State` sheet (layout in
 * state-layout.ts): the settings, the saved originals of marked cells and the
 * log of applied quick fixes.
 */
import { decodeFixLog, encodeFixLog } from './fix-log';
import { decodeMarks, emptyMarks, encodeMarks, type MarksState } from './saved-marks';
import { decodeSettings, defaultSettings, encodeSettings } from './settings';
import {
  chunkText,
  emptyHeader,
  parseHeader,
  SECTION_COLUMNS,
  STATE_CHUNK_CHARACTERS,
  STATE_HEADER_CELL,
  STATE_SHEET,
  STATE_WINDOW_ROWS,
  stateColumnIndex,
  type StateHeader,
  type StateSection,
} from './state-layout';
import { jsonByteLength } from '../core/byte-length';
import { readInBatches, type WriteQueue } from './sync-budget';
import type { AppliedFix, CheckerSettings } from './types';
import type { WorkbookScan } from './workbook-scan';

/** Where the state stands in the workbook; writes update it. */
export interface StateHandle {
  sheetExists: boolean;
  header: StateHeader;
}

export interface StoredState {
  handle: StateHandle;
  settings: CheckerSettings;
  marks: MarksState;
  /** Applied quick fixes, newest first. */
  fixes: AppliedFix[];
}

/** Chunk cells written per operation: ~400 KB of Thai at most. */
const WRITE_BLOCK_ROWS = 16;

/** Worst case bytes of one chunk cell in a response (3 bytes a Thai character, escaping included). */
const CHUNK_RESPONSE_BYTES = STATE_CHUNK_CHARACTERS * 3;

interface RowsJob {
  column: string;
  /** 1-based. */
  firstRow: number;
  rowCount: number;
}

const SECTIONS: readonly StateSection[] = ['settings', 'marks', 'fixes'];

/**
 * Every section's text: from the rows the scan already read, and the rest of all
 * sections together in as few syncs as fit (none when every section fits the window).
 */
async function readSectionTexts(
  context: Excel.RequestContext,
  window: unknown[][],
  header: StateHeader,
): Promise<Record<StateSection, string | undefined>> {
  const chunks = new Map<StateSection, string[]>();
  const jobs: Array<RowsJob & { section: StateSection }> = [];
  for (const section of SECTIONS) {
    const pointer = header[section];
    if (!pointer || pointer.rows === 0) continue;
    const columnIndex = stateColumnIndex(pointer.column);
    const first: string[] = [];
    for (let row = 0; row < Math.min(pointer.rows, STATE_WINDOW_ROWS); row++) first.push(String(window[row]?.[columnIndex] ?? ''));
    chunks.set(section, first);
    for (let start = STATE_WINDOW_ROWS + 1; start <= pointer.rows; start += STATE_WINDOW_ROWS) {
      jobs.push({ section, column: pointer.column, firstRow: start, rowCount: Math.min(STATE_WINDOW_ROWS, pointer.rows - start + 1) });
    }
  }
  if (jobs.length > 0) {
    const sheet = context.workbook.worksheets.getItem(STATE_SHEET);
    const rest = await readInBatches(context, jobs, {
      responseBytes: (job) => job.rowCount * CHUNK_RESPONSE_BYTES,
      queue: (job) => {
        const range = sheet.getRange(`${job.column}${job.firstRow}:${job.column}${job.firstRow + job.rowCount - 1}`).load('values');
        return () => range.values.map((row) => String(row[0] ?? ''));
      },
    });
    // Results come back in job order, and each section's jobs were queued top to bottom.
    for (const { job, result } of rest) chunks.get(job.section)?.push(...result);
  }
  const text = (section: StateSection) => chunks.get(section)?.join('');
  return { settings: text('settings'), marks: text('marks'), fixes: text('fixes') };
}

/**
 * The stored settings, marks and fix log (defaults when the workbook has no
 * state sheet yet). Only the scan's `stateWindow` is read from `scan`.
 */
export async function readState(context: Excel.RequestContext, scan: Pick<WorkbookScan, 'stateWindow'>): Promise<StoredState> {
  const window = scan.stateWindow;
  if (!window) return { handle: { sheetExists: false, header: emptyHeader() }, settings: defaultSettings(), marks: emptyMarks(), fixes: [] };
  const header = parseHeader(window[0]?.[0]);
  const texts = await readSectionTexts(context, window, header);
  return {
    handle: { sheetExists: true, header },
    settings: decodeSettings(texts.settings),
    marks: decodeMarks(texts.marks),
    fixes: decodeFixLog(texts.fixes),
  };
}

/**
 * Queues the section's new text into its spare column, then points the header
 * at it (the header is the last write, so a failure before it keeps the old copy).
 * Creates the very hidden sheet on first need.
 */
export async function writeStateSection(
  context: Excel.RequestContext,
  writes: WriteQueue,
  handle: StateHandle,
  section: StateSection,
  text: string,
): Promise<void> {
  const worksheets = context.workbook.worksheets;
  if (!handle.sheetExists) {
    await writes.reserve(jsonByteLength(STATE_SHEET) * 2);
    const created = worksheets.add(STATE_SHEET);
    created.visibility = 'VeryHidden';
    handle.sheetExists = true;
  }
  const sheet = worksheets.getItem(STATE_SHEET);
  const [first, second] = SECTION_COLUMNS[section];
  const column = handle.header[section]?.column === first ? second : first;
  await writes.reserve(0);
  sheet.getRange(`${column}:${column}`).clear('Contents');
  const chunks = text === '' ? [] : chunkText(text);
  for (let start = 0; start < chunks.length; start += WRITE_BLOCK_ROWS) {
    const block = chunks.slice(start, start + WRITE_BLOCK_ROWS);
    const range = sheet.getRange(`${column}${start + 1}:${column}${start + block.length}`);
    await writes.reserve(jsonByteLength(block) + block.length * 8);
    range.numberFormat = block.map(() => ['@']);
    range.values = block.map((chunk) => [chunk]);
  }
  const header: StateHeader = { ...handle.header, [section]: { column, rows: chunks.length } };
  const headerText = JSON.stringify(header);
  const headerRange = sheet.getRange(STATE_HEADER_CELL);
  await writes.reserve(jsonByteLength(headerText));
  headerRange.numberFormat = [['@']];
  headerRange.values = [[headerText]];
  handle.header = header;
}

export function writeSettings(context: Excel.RequestContext, writes: WriteQueue, handle: StateHandle, settings: CheckerSettings): Promise<void> {
  return writeStateSection(context, writes, handle, 'settings', encodeSettings(settings));
}

export function writeMarks(context: Excel.RequestContext, writes: WriteQueue, handle: StateHandle, marks: MarksState): Promise<void> {
  const empty = marks.cells.length === 0 && !marks.issuesSheet;
  return writeStateSection(context, writes, handle, 'marks', empty ? '' : encodeMarks(marks));
}

export function writeFixLog(context: Excel.RequestContext, writes: WriteQueue, handle: StateHandle, fixes: readonly AppliedFix[]): Promise<void> {
  return writeStateSection(context, writes, handle, 'fixes', fixes.length === 0 ? '' : encodeFixLog(fixes));
}
