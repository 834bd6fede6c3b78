/**
 * Where the add-in keeps its state in the workbook (DESIGN §8; decided: one
 * very hidden sheet, not Workbook.settings, which does not survive .xlsx round
 * trips outside Office).
 *
 * Layout of `ReportChecker.State`:
 * - A1: the header, JSON text: which column holds each section and how many rows.
 * - Each section is JSON text cut into chunks of ≤ 8,000 characters, one per
 *   cell down its column (a cell holds at most 32,767). Settings live in B or C,
 *   the saved originals ("marks") in D or E, the log of applied quick fixes in F
 *   or G: a section is written into the column not in use, and only then does the
 *   header point to it, so a write that fails halfway leaves the previous copy intact.
 *   A header without a section (a workbook from before the section existed) reads
 *   as that section empty.
 * - Every cell is formatted as Text ('@') before its value is written, so a
 *   chunk that happens to start with `=` never becomes a formula.
 */
import '../core/model/zod';
import { z } from 'zod';

export const STATE_SHEET = 'ReportChecker.State';

export const STATE_HEADER_CELL = 'A1';

export const STATE_FORMAT = 'ReportChecker.State';

/** Characters per chunk cell: small enough that a read of the first rows stays far below 5 MB. */
export const STATE_CHUNK_CHARACTERS = 8_000;

/** Rows of the state sheet read with the first look at the workbook; longer sections are read after. */
export const STATE_WINDOW_ROWS = 16;

export const STATE_WINDOW = `A1:G${STATE_WINDOW_ROWS}`;

export type StateSection = 'settings' | 'marks' | 'fixes';

/** The two columns each section alternates between. */
export const SECTION_COLUMNS: Record<StateSection, readonly [string, string]> = {
  settings: ['B', 'C'],
  marks: ['D', 'E'],
  fixes: ['F', 'G'],
};

const COLUMN_INDEX: Record<string, number> = { A: 0, B: 1, C: 2, D: 3, E: 4, F: 5, G: 6 };

/** 0-based index of a state column within STATE_WINDOW. */
export function stateColumnIndex(column: string): number {
  return COLUMN_INDEX[column];
}

const SectionPointer = z.object({ column: z.enum(['B', 'C', 'D', 'E', 'F', 'G']), rows: z.number().int().min(0) });
export type SectionPointer = z.infer<typeof SectionPointer>;

export const StateHeader = z.object({
  format: z.literal(STATE_FORMAT),
  version: z.literal(1),
  settings: SectionPointer.optional(),
  marks: SectionPointer.optional(),
  fixes: SectionPointer.optional(),
});
export type StateHeader = z.infer<typeof StateHeader>;

export function emptyHeader(): StateHeader {
  return { format: STATE_FORMAT, version: 1 };
}

/**
 * JSON text the add-in stored, read with `schema`; undefined when the text is missing,
 * not JSON, or not of that shape (someone edited the hidden sheet, or another version wrote it).
 */
export function parseStoredJson<S extends z.ZodType>(text: unknown, schema: S): z.infer<S> | undefined {
  if (typeof text !== 'string' || text === '') return undefined;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return undefined;
  }
  const parsed = schema.safeParse(json);
  return parsed.success ? parsed.data : undefined;
}

/** The header in A1, or an empty one when A1 holds nothing the add-in wrote. */
export function parseHeader(text: unknown): StateHeader {
  return parseStoredJson(text, StateHeader) ?? emptyHeader();
}

/** `chunkText('abcdef', 4)` → `['abcd', 'ef']`; never cuts a surrogate pair. */
export function chunkText(text: string, size = STATE_CHUNK_CHARACTERS): string[] {
  const chunks: string[] = [];
  for (let start = 0; start < text.length; ) {
    let end = Math.min(text.length, start + size);
    if (end < text.length && /[\ud800-\udbff]/.test(text[end - 1])) end--;
    chunks.push(text.slice(start, end));
    start = end;
  }
  return chunks;
}
