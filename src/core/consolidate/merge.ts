import { FIELD_KIND, PROJECT_FIELDS, REPORT_FIELDS, type CellValue, type Field } from '../model';
import { parserOf } from '../parse';
import { thaiToArabicDigits } from '../parse/thai-digits';
import type { ParsedDate } from '../parse/result';
import { runWhole, type Stepwise } from '../stepwise';
import type { RowSource, SourceRecords, SourceRow } from './source-rows';

/**
 * Sources merged into one table of projects and one of reports (DESIGN §9). A project code seen
 * in several rows — of one source or of many — becomes one row: the fullest of them (most fields
 * filled, the first among equals), kept exactly as its source holds it, so its source stays its
 * own; fields on which the rows disagree are conflicts, listed with every value and where it came
 * from — never overwritten in silence. A report seen twice (same project and number) is kept once
 * and listed as a conflict too, whether its copies agree or not: a coordinator must know that two
 * agencies sent the same report. Rows without a readable code or report number are kept as they
 * are, unmerged: the checker then says what is missing.
 */

export interface ConflictValue {
  value: CellValue;
  numberFormat?: string;
  /** Every row that holds this value, the first of them first. */
  sources: RowSource[];
  /** The A1 address of the value's cell in the first of them, where a sheet. */
  cell?: string;
}

export interface Conflict {
  kind: 'project-field' | 'duplicate-report';
  /** The project code as the kept row writes it. */
  code: string;
  reportNo?: number;
  /** The field whose values differ; absent for a duplicate report whose copies agree. */
  field?: Field;
  /** The distinct values of the field, the kept row's first; one value when a duplicate report's copies agree. */
  values: ConflictValue[];
  /** duplicate-report: every copy of the report, the kept one first. */
  copies?: RowSource[];
}

export interface MergedRecords {
  projects: SourceRow[];
  reports: SourceRow[];
  conflicts: Conflict[];
}

/** A code as a key: Thai digits as Arabic, no spaces, upper case — `๐๓000000 - 2441` and `03000000-2441` are one project. */
export function codeKey(value: CellValue | undefined): string | undefined {
  if (value === null || value === undefined || typeof value === 'boolean') return undefined;
  const key = thaiToArabicDigits(String(value)).replace(/[\s\u200b]+/g, '').toUpperCase();
  return key === '' ? undefined : key;
}

function isBlank(value: CellValue | undefined): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/** What a value means for comparing: its field's parse when it reads, else its text, spaced and digited alike. */
function meaning(field: Field, value: CellValue, numberFormat: string | undefined): string {
  const result = parserOf(FIELD_KIND[field])(value, numberFormat ?? 'General');
  if (result.ok) {
    const parsed = result.value;
    if (typeof parsed === 'number') return `n:${Math.round(parsed * 100) / 100}`;
    if (typeof parsed === 'object' && parsed !== null && 'iso' in parsed) return `d:${(parsed as ParsedDate).iso}`;
    if (typeof parsed === 'string') return `t:${thaiToArabicDigits(parsed).replace(/\s+/g, ' ').trim()}`;
    return `v:${String(parsed)}`;
  }
  return `r:${thaiToArabicDigits(String(value)).replace(/\s+/g, ' ').trim()}`;
}

function filledCount(row: SourceRow): number {
  let count = 0;
  for (const value of Object.values(row.values)) if (!isBlank(value)) count++;
  return count;
}

/** The fullest row of a group: most fields filled, the first among equals. */
function fullest(rows: readonly SourceRow[]): SourceRow {
  let best = rows[0];
  let bestCount = filledCount(best);
  for (const row of rows.slice(1)) {
    const count = filledCount(row);
    if (count > bestCount) { best = row; bestCount = count; }
  }
  return best;
}

/** The distinct values of `field` among rows, the kept row's first; blanks are no value. */
function distinctValues(field: Field, kept: SourceRow, rows: readonly SourceRow[]): ConflictValue[] {
  const byMeaning = new Map<string, ConflictValue>();
  for (const row of [kept, ...rows.filter((r) => r !== kept)]) {
    const value = row.values[field];
    if (value === undefined || isBlank(value)) continue;
    const numberFormat = row.numberFormats?.[field];
    const key = meaning(field, value, numberFormat);
    const seen = byMeaning.get(key);
    if (seen) seen.sources.push(row.source);
    else byMeaning.set(key, { value, ...(numberFormat ? { numberFormat } : {}), sources: [row.source], ...(row.cells?.[field] ? { cell: row.cells[field] } : {}) });
  }
  return [...byMeaning.values()];
}

/** Rows with the same key, the first seen first; a row without a key is a group of its own. */
interface RowGroup {
  key?: string;
  rows: SourceRow[];
}

/**
 * Each file's rows grouped by `key` across all files: for every file, the groups first seen in it,
 * in the order they were first seen; a later file's row with a key seen before joins that group.
 */
function groupByKey(files: readonly (readonly SourceRow[])[], key: (row: SourceRow) => string | undefined): RowGroup[][] {
  const byKey = new Map<string, RowGroup>();
  return files.map((rows) => {
    const firstSeen: RowGroup[] = [];
    for (const row of rows) {
      const k = key(row);
      const group = k === undefined ? undefined : byKey.get(k);
      if (group) { group.rows.push(row); continue; }
      const fresh: RowGroup = k === undefined ? { rows: [row] } : { key: k, rows: [row] };
      firstSeen.push(fresh);
      if (k !== undefined) byKey.set(k, fresh);
    }
    return firstSeen;
  });
}

/** A group as one row: its fullest; `merged` hears of each group of more than one row, the kept row first. */
function keptRow(group: RowGroup, merged: (kept: SourceRow, rows: readonly SourceRow[], key: string) => void): SourceRow {
  const kept = fullest(group.rows);
  if (group.rows.length > 1) merged(kept, group.rows, group.key!);
  return kept;
}

function reportKey(row: SourceRow): string | undefined {
  const code = codeKey(row.values.code);
  if (code === undefined || isBlank(row.values.reportNo)) return undefined;
  const number = parserOf('count')(row.values.reportNo ?? null, row.numberFormats?.reportNo ?? 'General');
  return number.ok ? `${code}#${number.value as number}` : undefined;
}

/**
 * The sources merged, a file at a time: yields the number of files done after each (a group is
 * merged with the file it was first seen in), so a caller may stop between files. Each file is
 * given as its sources (sheets); the result is the same as `mergeSources` of them all.
 */
export function* mergeInSteps(files: readonly (readonly SourceRecords[])[]): Stepwise<number, MergedRecords> {
  const projectGroups = groupByKey(files.map((file) => file.flatMap((s) => s.projects)), (row) => codeKey(row.values.code));
  const reportGroups = groupByKey(files.map((file) => file.flatMap((s) => s.reports)), reportKey);
  const projects: SourceRow[] = [];
  const reports: SourceRow[] = [];
  // The projects' conflicts before the reports', whichever file they are in.
  const projectConflicts: Conflict[] = [];
  const reportConflicts: Conflict[] = [];
  const projectMerged = (kept: SourceRow, rows: readonly SourceRow[]) => {
    for (const field of PROJECT_FIELDS) {
      const values = distinctValues(field, kept, rows);
      if (values.length > 1) projectConflicts.push({ kind: 'project-field', code: String(kept.values.code), field, values });
    }
  };
  const reportMerged = (kept: SourceRow, rows: readonly SourceRow[], key: string) => {
    const code = String(kept.values.code);
    const reportNo = Number(key.slice(key.lastIndexOf('#') + 1));
    const copies = [kept.source, ...rows.filter((r) => r !== kept).map((r) => r.source)];
    const differing = REPORT_FIELDS.map((field) => ({ field, values: distinctValues(field, kept, rows) }))
      .filter((candidate) => candidate.values.length > 1);
    if (differing.length === 0) {
      reportConflicts.push({ kind: 'duplicate-report', code, reportNo, values: [{ value: kept.values.reportNo ?? reportNo, sources: copies }], copies });
    }
    for (const { field, values } of differing) reportConflicts.push({ kind: 'duplicate-report', code, reportNo, field, values, copies });
  };
  for (let file = 0; file < files.length; file++) {
    for (const group of projectGroups[file]) projects.push(keptRow(group, projectMerged));
    for (const group of reportGroups[file]) reports.push(keptRow(group, reportMerged));
    yield file + 1;
  }
  return { projects, reports, conflicts: [...projectConflicts, ...reportConflicts] };
}

/** The sources merged in one go: `mergeSources([works, drainage])`. */
export function mergeSources(sources: readonly SourceRecords[]): MergedRecords {
  return runWhole(mergeInSteps([sources]));
}
