/**
 * The sources a coordinator gathers in the pane's Consolidate section (DESIGN §9) and what the
 * pane does with them before running: the mapping preview of every source sheet — each column
 * recognised, guessed or left unknown, as the core's header recognition read it — the user's
 * corrections, and an agency's vocabulary saved as the config file `--config` reads. Pure: the
 * reading itself is consolidation-reading.ts, loaded when the first source is added.
 */
import type { SheetKind, SheetReading } from '../../core/consolidate/read-source';
import type { Field, Grid } from '../../core/model';
import type { SheetOverride } from '../../core/table/read-tables';
import type { Recognition } from '../../core/table/types';
import { tableInfo } from '../../excel/checker';
import type { CheckerSettings, TableInfo } from '../../excel/types';
import { mappingConfigText } from './mapping-config';

/** One sheet of a source (a .txt file's one text has the sheet name ''). */
export interface SourceSheet {
  sheet: string;
  reading: SheetReading;
  /** The sheet's cells, kept where the user may correct its mapping (a sheet of tables, or of none found). */
  grid?: Grid;
  /** The user's corrections: column letter → field (null: not mapped). */
  override?: SheetOverride;
}

/** An uploaded file, or the sheets picked from the open workbook. */
export interface ConsolidationSource {
  id: string;
  /** The file's name (the output's "source file"), or the workbook's label for its own sheets. */
  file: string;
  origin: 'upload' | 'workbook';
  sha256: string;
  /** When it was read (ISO date-time). */
  readAt: string;
  sheets: SourceSheet[];
  /** Why the file could not be read, in the words of the reader (one line, naming the file). */
  error?: string;
}

/** How a column's field was found, as the preview shows it. */
export type ColumnStatus = 'recognised' | 'guessed' | 'unknown' | 'chosen';

/** `columnStatus('synonym', 'budget')` → `recognised`; a column with no field is `unknown`. */
export function columnStatus(recognition: Recognition | undefined, field: Field | undefined): ColumnStatus {
  if (field === undefined) return 'unknown';
  if (recognition === 'user') return 'chosen';
  if (recognition === 'meaning' || recognition === 'data') return 'guessed';
  return 'recognised';
}

/** One source sheet as the preview lists it: its kind, rows found, and each table's columns. */
export interface SheetPreview {
  sheet: string;
  kind: SheetKind;
  projects: number;
  reports: number;
  tables: TableInfo[];
  /** What could not be read, in both languages. */
  problems: { th: string; en: string }[];
}

export function sheetPreview(sheet: SourceSheet): SheetPreview {
  const { reading } = sheet;
  return {
    sheet: sheet.sheet,
    kind: reading.kind,
    projects: reading.records.projects.length,
    reports: reading.records.reports.length,
    tables: reading.tables.map(tableInfo),
    problems: reading.records.problems,
  };
}

/** Project and report rows a source gives in all. */
export function sourceRowCounts(source: ConsolidationSource): { projects: number; reports: number } {
  let projects = 0;
  let reports = 0;
  for (const sheet of source.sheets) {
    projects += sheet.reading.records.projects.length;
    reports += sheet.reading.records.reports.length;
  }
  return { projects, reports };
}

/** The override after the user chose `field` for `column` (null: not mapped). */
export function withColumnChoice(override: SheetOverride | undefined, column: string, field: Field | null): SheetOverride {
  return { ...override, columns: { ...override?.columns, [column]: field } };
}

/**
 * The config file of one agency's vocabulary: the header texts the user mapped by hand in this
 * source, after the vocabulary the workbook's settings already hold — the file
 * `report-checker consolidate --config` and `validate --config` read. Sheets are told apart by
 * name within the one source.
 */
export function vocabularyConfigText(source: ConsolidationSource, settings: CheckerSettings): string {
  const tables = source.sheets.flatMap((sheet) => sheet.reading.tables.map(tableInfo));
  const overrides: CheckerSettings['overrides'] = {};
  for (const sheet of source.sheets) if (sheet.override) overrides[sheet.sheet] = sheet.override;
  return mappingConfigText(tables, { ...settings, overrides });
}

/** `agency-03.xlsx` → `report-checker-config-agency-03.json`: the name the vocabulary is offered under. */
export function vocabularyFileName(file: string): string {
  const base = file.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '').replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^-+|-+$/g, '');
  return `report-checker-config-${base || 'agency'}.json`;
}

/** A source's name among the others: the file name, made unique with ` (2)`… when two files share one. */
export function uniqueSourceName(file: string, sources: readonly ConsolidationSource[]): string {
  const taken = new Set(sources.map((source) => source.file));
  if (!taken.has(file)) return file;
  for (let n = 2; ; n++) {
    const candidate = `${file} (${n})`;
    if (!taken.has(candidate)) return candidate;
  }
}
