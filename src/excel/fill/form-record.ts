/// <reference types="office-js" />
/**
 * Which sheets the add-in filled (DESIGN §8: re-filling replaces only sheets
 * this product made), kept in the workbook so it holds after saving and
 * reopening: for each form its sheet name, the template and project it was
 * filled from, and the text written in its A1. As the command line's record
 * says (src/xlsx/package/generated-sheets-record.ts), a sheet is still the
 * product's only while it has the recorded name and its A1 still holds what
 * was written there; a sheet renamed, or retyped, is the user's.
 *
 * The record lives in a very hidden sheet of its own, `ReportChecker.Forms`,
 * beside the state sheet: JSON text in column A (its format in
 * src/core/template/filled-sheets.ts, which the command line reads too), cut
 * into cells of 8,000 characters, every cell formatted as Text before it is written.
 */
import { jsonByteLength } from '../../core/byte-length';
import { FORMS_RECORD_SHEET, formsRecordText, parseFormsRecord, type RecordedSheet } from '../../core/template/filled-sheets';
import { chunkText } from '../state-layout';
import type { WriteQueue } from '../sync-budget';

export const FORMS_SHEET = FORMS_RECORD_SHEET;

export type FilledSheet = RecordedSheet;

/** The record as stored, read after the sync that follows queueFormsRecordRead. */
export interface FormsRecordRead {
  exists: boolean;
  sheets(): FilledSheet[];
}

/** Queues the read of the record when its sheet `exists` (the workbook scan says); its sheets are read after the next sync. */
export function queueFormsRecordRead(context: Excel.RequestContext, exists: boolean): FormsRecordRead {
  if (!exists) return { exists, sheets: () => [] };
  const used = context.workbook.worksheets.getItem(FORMS_SHEET).getUsedRangeOrNullObject(true).load('values');
  return {
    exists,
    sheets: () => {
      if (used.isNullObject) return [];
      return parseFormsRecord(used.values.map((row) => String(row[0] ?? '')).join(''));
    },
  };
}

/** Rows of record text written per operation (~400 KB of Thai at most). */
const WRITE_BLOCK_ROWS = 16;

/** Queues the record's new text, creating its very hidden sheet on first need. */
export async function writeFormsRecord(context: Excel.RequestContext, writes: WriteQueue, sheets: readonly FilledSheet[], exists: boolean): Promise<void> {
  const worksheets = context.workbook.worksheets;
  await writes.reserve(jsonByteLength(FORMS_SHEET) * 2);
  if (!exists) {
    const created = worksheets.add(FORMS_SHEET);
    created.visibility = 'VeryHidden' as Excel.SheetVisibility;
  }
  const sheet = worksheets.getItem(FORMS_SHEET);
  sheet.getRange('A:A').clear('Contents' as Excel.ClearApplyTo);
  const chunks = chunkText(formsRecordText(sheets));
  for (let start = 0; start < chunks.length; start += WRITE_BLOCK_ROWS) {
    const block = chunks.slice(start, start + WRITE_BLOCK_ROWS);
    await writes.reserve(jsonByteLength(block) + block.length * 8);
    const range = sheet.getRange(`A${start + 1}:A${start + block.length}`);
    range.numberFormat = block.map(() => ['@']);
    range.values = block.map((chunk) => [chunk]);
  }
}
