import '../model/zod';
import { z } from 'zod';

/**
 * Which sheets this product filled (DESIGN §8: re-filling replaces only
 * sheets this product made). Two records say so, one per writer: the command
 * line's custom XML part (src/xlsx/package/generated-sheets-record.ts) and the
 * task pane's very hidden sheet `ReportChecker.Forms` (src/excel/fill/form-record.ts),
 * whose JSON text is defined here so that the command line reads it too. Each
 * writer reads both records with one rule: an entry counts only while a sheet
 * of its name exists and that sheet's A1 still holds the text recorded; a sheet
 * renamed, or retyped, is the user's.
 */

/** A filled sheet as either record keeps it: its name, what it was filled from, and the text written in its A1 ('' for none). */
export const RecordedSheet = z.object({
  name: z.string(),
  template: z.string(),
  project: z.string(),
  firstCell: z.string(),
});
export type RecordedSheet = z.infer<typeof RecordedSheet>;

/** The task pane's record: a very hidden sheet of this name, its JSON text cut into the cells of column A. */
export const FORMS_RECORD_SHEET = 'ReportChecker.Forms';
const FORMS_RECORD_FORMAT = 'ReportChecker.Forms';

const FormsRecord = z.object({ format: z.literal(FORMS_RECORD_FORMAT), version: z.literal(1), sheets: z.array(RecordedSheet) });

/** The task pane's record as text, to be cut into column A of FORMS_RECORD_SHEET. */
export function formsRecordText(sheets: readonly RecordedSheet[]): string {
  return JSON.stringify({ format: FORMS_RECORD_FORMAT, version: 1, sheets });
}

/**
 * The sheets the task pane's record text lists; none when the text is not that record (empty, not
 * JSON, another shape: someone edited the hidden sheet, or another version wrote it).
 * `parseFormsRecord(formsRecordText([sheet]))` → `[sheet]`.
 */
export function parseFormsRecord(text: string): RecordedSheet[] {
  if (text === '') return [];
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return [];
  }
  const parsed = FormsRecord.safeParse(json);
  return parsed.success ? parsed.data.sheets : [];
}

/** What a record entry was filled from: the key a re-fill matches on. */
export const recordKey = (sheet: Pick<RecordedSheet, 'template' | 'project'>): string => `${sheet.template}\u0000${sheet.project}`;

/**
 * The recorded sheets still this product's, by recordKey: an entry counts when `firstCellOf(name)`
 * (the A1 value of the sheet of exactly that name; undefined when there is none) is the text
 * recorded. `records` go in order of precedence — the reader's own record first — and the first
 * entry that counts for a template and project is kept.
 * `sheetsStillFilled([paneRecord, cliRecord], (name) => a1.get(name))`.
 */
export function sheetsStillFilled(records: readonly (readonly RecordedSheet[])[], firstCellOf: (name: string) => unknown): Map<string, RecordedSheet> {
  const filled = new Map<string, RecordedSheet>();
  const names = new Set<string>();
  for (const entry of records.flat()) {
    const key = recordKey(entry);
    // One sheet is one project's form: a name another entry took already is not taken twice.
    if (filled.has(key) || names.has(entry.name) || firstCellOf(entry.name) !== entry.firstCell) continue;
    filled.set(key, entry);
    names.add(entry.name);
  }
  return filled;
}
