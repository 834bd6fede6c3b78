/// <reference types="office-js" />
/**
 * How the add-in knows its own consolidation sheets again (DESIGN §8: generated sheets never
 * overwrite a user's sheet): a very hidden sheet holding, as JSON text in column A, the names of
 * the sheets the last run wrote, their tables, and the run's record of its sources (for "what
 * changed since"). A recorded sheet counts as the add-in's only while it still looks like what
 * was written — the Projects and Reports sheets hold the recorded table, the others a
 * consolidation title in A1 — so a user's sheet given that name later is never taken for one.
 */
import type { RunRecord } from '../../core/consolidate/changes';
import { CONSOLIDATION_SHEET_TITLES } from '../../core/consolidate/report-sheets';
import type { WriteQueue } from '../sync-budget';
import { findSheet, type WorkbookScan } from '../workbook-scan';
import type { EarlierConsolidation, OutputKind, OwnSheet } from './types';

export const CONSOLIDATION_RECORD_SHEET = 'ReportCheckerConsolidation';

/** A cell holds at most 32,767 characters; the JSON is cut into pieces well under that. */
const PIECE_CHARACTERS = 30_000;

interface StoredRecord {
  version: 1;
  sheets: OwnSheet[];
  record?: RunRecord;
}

const KINDS: readonly OutputKind[] = ['projects', 'reports', 'conflicts', 'summary', 'changes'];

function parseStored(text: string): StoredRecord | undefined {
  try {
    const parsed = JSON.parse(text) as Partial<StoredRecord>;
    if (parsed.version !== 1 || !Array.isArray(parsed.sheets)) return undefined;
    const sheets = parsed.sheets.filter((sheet): sheet is OwnSheet =>
      typeof sheet === 'object' && sheet !== null && typeof sheet.name === 'string' && KINDS.includes(sheet.kind)
      && (sheet.table === undefined || typeof sheet.table === 'string'));
    const record = parsed.record && parsed.record.version === 1 && Array.isArray(parsed.record.files) && Array.isArray(parsed.record.rows) ? parsed.record : undefined;
    return { version: 1, sheets, ...(record ? { record } : {}) };
  } catch {
    return undefined;
  }
}

/**
 * The names of the sheets a record's text (column A of its sheet, joined) says the add-in wrote;
 * none when the text is no such record. For a workbook read as a file, which has no Office.js.
 */
export function recordedSheetNames(text: string): string[] {
  return parseStored(text)?.sheets.map((sheet) => sheet.name) ?? [];
}

/**
 * The earlier consolidation's sheets that are still the add-in's, and its record, in the scanned
 * workbook: two syncs at most. Undefined when the workbook holds none.
 */
export async function readEarlierConsolidation(context: Excel.RequestContext, scan: WorkbookScan): Promise<EarlierConsolidation | undefined> {
  if (!findSheet(scan, CONSOLIDATION_RECORD_SHEET)) return undefined;
  const used = context.workbook.worksheets.getItem(CONSOLIDATION_RECORD_SHEET).getUsedRangeOrNullObject(true).load('values');
  await context.sync();
  if (used.isNullObject) return undefined;
  const stored = parseStored(used.values.map((row) => (typeof row[0] === 'string' ? row[0] : '')).join(''));
  if (!stored) return undefined;

  const present = stored.sheets.flatMap((own): { own: OwnSheet; title?: Excel.Range }[] => {
    const sheet = findSheet(scan, own.name);
    if (!sheet || sheet.visibility === 'VeryHidden') return [];
    if (own.kind === 'projects' || own.kind === 'reports') {
      const holdsTable = own.table !== undefined && sheet.tables.some((table) => table.name.toLocaleUpperCase() === own.table!.toLocaleUpperCase());
      return holdsTable ? [{ own: { ...own, name: sheet.name } }] : [];
    }
    return [{ own: { ...own, name: sheet.name }, title: context.workbook.worksheets.getItem(sheet.name).getRange('A1').load('values') }];
  });
  if (present.some((entry) => entry.title)) await context.sync();
  const sheets = present
    .filter(({ title }) => {
      if (!title) return true;
      const a1 = title.values[0][0];
      return typeof a1 === 'string' && CONSOLIDATION_SHEET_TITLES.has(a1);
    })
    .map(({ own }) => own);
  return { sheets, ...(stored.record ? { record: stored.record } : {}) };
}

/**
 * Queues the record of this run in the very hidden sheet (made once, then rewritten): the sheets
 * written and the run's record. Column A as Text, so the JSON is never read as a formula.
 */
export async function writeConsolidationRecord(
  context: Excel.RequestContext, writes: WriteQueue, sheets: readonly OwnSheet[], record: RunRecord, exists: boolean,
): Promise<void> {
  const text = JSON.stringify({ version: 1, sheets: [...sheets], record } satisfies StoredRecord);
  const pieces: string[][] = [];
  for (let start = 0; start < text.length; start += PIECE_CHARACTERS) pieces.push([text.slice(start, start + PIECE_CHARACTERS)]);
  const worksheets = context.workbook.worksheets;
  await writes.reserve(100);
  const sheet = exists ? worksheets.getItem(CONSOLIDATION_RECORD_SHEET) : worksheets.add(CONSOLIDATION_RECORD_SHEET);
  if (exists) sheet.getRange('A:A').clear('Contents');
  else sheet.visibility = 'VeryHidden';
  // Pieces go in blocks that each fit one sync's budget.
  const PIECES_PER_BLOCK = 50;
  for (let first = 0; first < pieces.length; first += PIECES_PER_BLOCK) {
    const block = pieces.slice(first, first + PIECES_PER_BLOCK);
    await writes.reserve(block.reduce((sum, [piece]) => sum + piece.length * 3 + 8, 0));
    const range = sheet.getRange(`A${first + 1}:A${first + block.length}`);
    range.numberFormat = block.map(() => ['@']);
    range.values = block;
  }
}
