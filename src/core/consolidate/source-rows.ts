import type { CellValue, Field } from '../model';

/**
 * What every consolidation source becomes (DESIGN §9): project rows and report rows, each
 * holding its fields' values exactly as the source holds them — not parsed, so the checker
 * still sees every quirk after import (a CE date among BE ones, `1,918,000.-`, a report text
 * naming another report number) — and where each came from.
 */

/** Where a row came from: the file, the sheet (absent for a .txt file), the 1-based row (a .txt file's line). */
export interface RowSource {
  file: string;
  sheet?: string;
  row: number;
}

/** One project or report row read from a source. A report row holds its project's code under `code`. */
export interface SourceRow {
  source: RowSource;
  /** Raw values by field: a cell's value as read (a date cell's serial), or a piece of text as written. */
  values: Partial<Record<Field, CellValue>>;
  /** Number formats of the cells that had one (a date cell's `d/m/yyyy`); absent: General. */
  numberFormats?: Partial<Record<Field, string>>;
  /** A1 address in the source sheet of each field's cell, where the source is a sheet. */
  cells?: Partial<Record<Field, string>>;
}

/** The rows one source sheet or file gave, with what could not be read, said in both languages. */
export interface SourceRecords {
  projects: SourceRow[];
  reports: SourceRow[];
  problems: { th: string; en: string }[];
}
