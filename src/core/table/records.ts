import type { Project, ProgressReport } from '../model';
import type { ParseResult, ParsedDate } from '../parse/result';
import { cellResult } from './read-cell';
import type { FieldCell, ProjectRecord, ReportRecord, SheetTable, TableRow } from './types';

/** A cell's parsed value in record form: dates become their ISO string; failures are absent. */
function valueOf(result: ParseResult<unknown> | undefined): unknown {
  if (!result || !result.ok) return undefined;
  const value = result.value;
  if (value !== null && typeof value === 'object' && 'iso' in value) return (value as ParsedDate).iso;
  return value;
}

/*
 * The values of a row, field by field in Project's and ProgressReport's order, each present
 * only when read. Spelled out rather than looped over a list of field names: read and written
 * by name, the records of a 100,000-row sheet take half the time (a loop makes every read and
 * write of a cell a generic one). Read as results (cellResult): no FieldCell is made for them.
 */

/** The project fields, in Project's order: a row's results of them are compared with the row above's. */
const PROJECT_FIELDS = [
  'code', 'name', 'fiscalYear', 'startDate', 'endDate', 'budget', 'spent', 'returned', 'agency', 'owner', 'coordinator',
  'strategy', 'rationale', 'objectives', 'targets',
] as const satisfies readonly (keyof Project)[];

function projectValue(results: readonly (ParseResult<unknown> | undefined)[]): Partial<Project> {
  const value: Partial<Project> = {};
  let read: unknown;
  if ((read = valueOf(results[0])) !== undefined) value.code = read as string;
  if ((read = valueOf(results[1])) !== undefined) value.name = read as string;
  if ((read = valueOf(results[2])) !== undefined) value.fiscalYear = read as number;
  if ((read = valueOf(results[3])) !== undefined) value.startDate = read as string;
  if ((read = valueOf(results[4])) !== undefined) value.endDate = read as string;
  if ((read = valueOf(results[5])) !== undefined) value.budget = read as number;
  if ((read = valueOf(results[6])) !== undefined) value.spent = read as number;
  if ((read = valueOf(results[7])) !== undefined) value.returned = read as number;
  if ((read = valueOf(results[8])) !== undefined) value.agency = read as string;
  if ((read = valueOf(results[9])) !== undefined) value.owner = read as string;
  if ((read = valueOf(results[10])) !== undefined) value.coordinator = read as string;
  if ((read = valueOf(results[11])) !== undefined) value.strategy = read as string;
  if ((read = valueOf(results[12])) !== undefined) value.rationale = read as string;
  if ((read = valueOf(results[13])) !== undefined) value.objectives = read as string;
  if ((read = valueOf(results[14])) !== undefined) value.targets = read as string;
  return value;
}

/**
 * What a report row's values are made as: an object of a class of its own rather than `{}`. V8
 * gives a class's objects room inside them for the fields its first objects were given, where `{}`
 * has room for four and keeps any more in a second block: 300,000 report values of eight fields
 * took some 14 MB more. Its objects are plain data all the same — no methods, fields read and
 * written by name, in JSON as `{}` would be.
 */
class ReportValue {}

/** A report row's values; its project code is `projectCode`, added last. */
function reportValue(cells: TableRow['cells']): Partial<ProgressReport> {
  const value: Partial<ProgressReport> = new ReportValue();
  let read: unknown;
  if ((read = valueOf(cellResult(cells, 'reportNo'))) !== undefined) value.reportNo = read as number;
  if ((read = valueOf(cellResult(cells, 'reportDate'))) !== undefined) value.reportDate = read as string;
  if ((read = valueOf(cellResult(cells, 'stage'))) !== undefined) value.stage = read as string;
  if ((read = valueOf(cellResult(cells, 'progress'))) !== undefined) value.progress = read as number;
  if ((read = valueOf(cellResult(cells, 'disbursedToDate'))) !== undefined) value.disbursedToDate = read as number;
  if ((read = valueOf(cellResult(cells, 'disbursedInPeriod'))) !== undefined) value.disbursedInPeriod = read as number;
  if ((read = valueOf(cellResult(cells, 'onPlan'))) !== undefined) value.onPlan = read as boolean;
  if ((read = valueOf(cellResult(cells, 'onTarget'))) !== undefined) value.onTarget = read as boolean;
  // Only a text code names a project (a report's code cell is read as text).
  if (typeof (read = valueOf(cellResult(cells, 'code'))) === 'string') value.projectCode = read;
  return value;
}

/**
 * The project rows of a projects or flat table, with their parsed values. A row whose project
 * cells read exactly as the row above's — a flat table repeats its project on each of its reports,
 * and a column's parser gives a repeated cell the very same result — shares that row's value,
 * frozen: 300,000 report rows would otherwise hold 300,000 copies of some 30,000 projects.
 */
export function projectRecords(table: SheetTable): ProjectRecord[] {
  const records: ProjectRecord[] = [];
  let above: (ParseResult<unknown> | undefined)[] | undefined;
  let results: (ParseResult<unknown> | undefined)[] = [];
  let shared: Partial<Project> | undefined;
  for (const row of table.rows) {
    if (row.blank) continue;
    let same = above !== undefined;
    for (let f = 0; f < PROJECT_FIELDS.length; f++) {
      const result = cellResult(row.cells, PROJECT_FIELDS[f]);
      results[f] = result;
      if (same && result !== above![f]) same = false;
    }
    if (same && shared) {
      Object.freeze(shared);
      records.push({ table, row, value: shared });
      continue;
    }
    shared = projectValue(results);
    records.push({ table, row, value: shared });
    // This row's results become the ones compared with; the array of the row above is reused.
    const spare = above ?? [];
    above = results;
    results = spare;
  }
  return records;
}

/**
 * A cumulative disbursement read from the report's own disbursedToDate cell. Its one address is
 * made when asked for (a new list each time), not kept per report: most reports of a large sheet
 * have one, and no rule asks for the address of more than a few.
 */
class CellCumulative {
  readonly value: number;
  readonly #row: TableRow;

  constructor(value: number, row: TableRow) {
    this.value = value;
    this.#row = row;
  }

  get cells(): string[] {
    return [(this.#row.cells.disbursedToDate as FieldCell).address];
  }

  /** What JSON or a log shows: the plain object this stands for. */
  toJSON(): { value: number; cells: string[] } {
    return { value: this.value, cells: this.cells };
  }
}

/** Shared by every running sum that no blank amount precedes; never modified. */
const NO_UNKNOWN_REPORTS: readonly number[] = Object.freeze([]);

/**
 * The report rows of a reports or flat table. The cumulative disbursement is
 * the disbursedToDate cell, or — when the table has only disbursedInPeriod, or a project has
 * no disbursedToDate cell filled — the running sum per project in report-number order (DESIGN §3). A blank or
 * unreadable amount leaves that report's figure unknown; later reports sum the
 * amounts that were read and list the reports left out (`unknownReports`).
 */
export function reportRecords(table: SheetTable): ReportRecord[] {
  const hasCumulative = table.columns.disbursedToDate !== undefined;
  const hasPeriod = table.columns.disbursedInPeriod !== undefined;
  const records: ReportRecord[] = [];
  for (const row of table.rows) {
    if (row.blank) continue;
    const value = reportValue(row.cells);
    const amount = value.disbursedToDate;
    // Made whole rather than given `cumulative` afterwards, which costs every record a second block.
    // An amount read means its cell is there.
    records.push(hasCumulative && amount !== undefined
      ? { table, row, value, cumulative: new CellCumulative(amount, row) }
      : { table, row, value });
  }
  if (!hasCumulative && hasPeriod) addRunningSums(records);
  // Both columns, as a consolidated table of agencies that report either way has: a project
  // whose cumulative cells are all blank is summed from its per-period amounts.
  else if (hasCumulative && hasPeriod) addRunningSums(records.filter(withoutCumulative(records)));
  return records;
}

/** Selects the reports of projects that have no cumulative cell filled — only per-period amounts. */
function withoutCumulative(records: readonly ReportRecord[]): (record: ReportRecord) => boolean {
  const withCumulative = new Set<string>();
  for (const record of records) {
    const raw = record.row.cells.disbursedToDate?.raw;
    if (record.value.projectCode !== undefined && raw !== undefined && raw !== null && raw !== '') withCumulative.add(record.value.projectCode);
  }
  return (record) => record.value.projectCode !== undefined && !withCumulative.has(record.value.projectCode);
}

/**
 * Gives each report the sum of its project's in-period amounts up to it, in report-number
 * order. Reports without a readable number have no place in that order and get no sum.
 */
function addRunningSums(records: ReportRecord[]): void {
  const byCode = new Map<string, ReportRecord[]>();
  for (const record of records) {
    const code = record.value.projectCode;
    if (code === undefined || record.value.reportNo === undefined) continue;
    const list = byCode.get(code) ?? [];
    list.push(record);
    byCode.set(code, list);
  }
  for (const list of byCode.values()) {
    list.sort((a, b) => (a.value.reportNo as number) - (b.value.reportNo as number) || a.row.row - b.row.row);
    let sum = 0;
    let knownCount = 0;
    const cells: string[] = [];
    let unknownReports = NO_UNKNOWN_REPORTS;
    for (const record of list) {
      const amount = record.value.disbursedInPeriod;
      const cell = record.row.cells.disbursedInPeriod;
      if (amount === undefined) {
        // A new list, not a push: the reports before this one keep theirs.
        unknownReports = [...unknownReports, record.value.reportNo as number];
        continue;
      }
      sum += amount;
      knownCount += 1;
      if (cell) cells.push(cell.address);
      record.cumulative = { value: sum, cells: [...cells].reverse(), knownCount, unknownReports };
    }
  }
}
