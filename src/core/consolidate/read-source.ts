import type { CellValue, Field, Grid } from '../model';
import { readTables, type HeaderVocabulary, type SheetOverride } from '../table/read-tables';
import type { SheetTable } from '../table/types';
import { readFormOrPrintout } from './form-sheet';
import type { SourceRecords, SourceRow } from './source-rows';
import { tableSourceRecords } from './table-source';

/**
 * How one sheet of a source is read for consolidation, decided per sheet: a sheet laid out as
 * the standard form (labels with values beside them), the printed form's text pasted into a sheet,
 * or tables under headers — mapped by the sheet's own headers, the agency's vocabulary and the
 * user's corrections, as validation maps them.
 */

export type SheetKind = 'form' | 'printed-form' | 'table' | 'none';

export interface SheetReading {
  sheet: string;
  kind: SheetKind;
  records: SourceRecords;
  /** The tables read, when the sheet holds tables: what was recognised, guessed or left unknown. */
  tables: SheetTable[];
}

/** A plain number as a CSV or a printout writes one: digits, a sign, one decimal point — no separators, no units. */
const PLAIN_NUMBER = /^-?\d+(?:\.\d+)?$/;

/**
 * The rows of a source without cell types — a CSV, a printout — as the consolidated sheet holds
 * them: `2563` there is a number as much as text, and Excel opening a CSV reads it as one, so a
 * plain number becomes a number; everything else (`1,918,000.-`, `19/10/2562`, `๒๕๖๓`) stays the
 * text it was, for the checker to see — as text in a workbook it is, where SUM leaves it out. A
 * code is never made a number (its leading zeros).
 */
export function withPlainNumbers(records: SourceRecords): SourceRecords {
  const typed = (row: SourceRow): SourceRow => {
    let values: SourceRow['values'] | undefined;
    for (const [field, value] of Object.entries(row.values) as [Field, CellValue][]) {
      if (field === 'code' || typeof value !== 'string' || !PLAIN_NUMBER.test(value.trim())) continue;
      values ??= { ...row.values };
      values[field] = Number(value.trim());
    }
    return values ? { ...row, values } : row;
  };
  return { ...records, projects: records.projects.map(typed), reports: records.reports.map(typed) };
}

export function readSourceSheet(grid: Grid, file: string, vocabulary: HeaderVocabulary, override?: SheetOverride): SheetReading {
  const reading = readSheet(grid, file, vocabulary, override);
  return grid.untyped ? { ...reading, records: withPlainNumbers(reading.records) } : reading;
}

function readSheet(grid: Grid, file: string, vocabulary: HeaderVocabulary, override?: SheetOverride): SheetReading {
  const empty: SourceRecords = { projects: [], reports: [], problems: [] };
  if (override === undefined) {
    // One look at the sheet's first rows tells the typed form, the pasted printout and a table apart.
    const form = readFormOrPrintout(grid, file);
    if (form) return { sheet: grid.sheet, kind: form.kind, records: form.records, tables: [] };
  }
  const tables = readTables(grid, override, vocabulary);
  if (tables.length === 0) return { sheet: grid.sheet, kind: 'none', records: empty, tables };
  return { sheet: grid.sheet, kind: 'table', records: tableSourceRecords(tables, file), tables };
}
