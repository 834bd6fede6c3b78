import type { Field, RuleConfig } from '../model';
import type { FieldCell, ProjectRecord, ReportRecord, SheetTable, TableRow } from '../table/types';
import { projectRecords, reportRecords } from '../table/records';
import type { AnyRule, Finding, RuleContext } from './rule';

/** Builds what rules read from the mapped tables of a workbook; `rules` are those that will run over it. */
export function buildRuleContext(tables: SheetTable[], config: RuleConfig, rules: readonly AnyRule[] = []): RuleContext {
  const projects: ProjectRecord[] = [];
  const reports: ReportRecord[] = [];
  // Appended one by one: spreading a table's records into push overflows the stack past ~120,000 rows.
  for (const table of tables) {
    if (table.role === 'projects' || table.role === 'flat') for (const record of projectRecords(table)) projects.push(record);
    if (table.role === 'reports' || table.role === 'flat') for (const record of reportRecords(table)) reports.push(record);
  }
  const projectByCode = new Map<string, ProjectRecord>();
  for (const record of projects) {
    const code = record.value.code;
    if (code !== undefined && !projectByCode.has(code)) projectByCode.set(code, record);
  }
  const reportsByCode = new Map<string, ReportRecord[]>();
  // A project's reports mostly sit together: the list of the code before is looked up only when the code changes.
  let lastCode: string | undefined;
  let lastList: ReportRecord[] = [];
  for (const record of reports) {
    const code = record.value.projectCode;
    if (code === undefined) continue;
    if (code !== lastCode) {
      lastCode = code;
      let list = reportsByCode.get(code);
      if (!list) reportsByCode.set(code, (list = []));
      lastList = list;
    }
    lastList.push(record);
  }
  // Reports are mostly listed in number order already; a stable sort of a sorted list changes nothing.
  for (const list of reportsByCode.values()) if (!isSorted(list, compareReports)) list.sort(compareReports);
  return {
    config, tables, rules, projects, reports, projectByCode, reportsByCode, omitted: [],
    hasProjectTable: tables.some((t) => t.role === 'projects' || t.role === 'flat'),
  };
}

function isSorted<T>(list: readonly T[], compare: (a: T, b: T) => number): boolean {
  for (let i = 1; i < list.length; i++) if (compare(list[i - 1], list[i]) > 0) return false;
  return true;
}

function compareReports(a: ReportRecord, b: ReportRecord): number {
  const na = a.value.reportNo ?? Number.POSITIVE_INFINITY;
  const nb = b.value.reportNo ?? Number.POSITIVE_INFINITY;
  if (na !== nb) return na < nb ? -1 : 1;
  if (a.table.sheet !== b.table.sheet) return a.table.sheet < b.table.sheet ? -1 : 1;
  return a.row.row - b.row.row;
}

/** The cell of `field` in a row, if the column exists. */
export function cellOf(row: TableRow, field: Field): FieldCell | undefined {
  return row.cells[field];
}

/**
 * The address to mark for `field` in a row: its own cell, else the row's first
 * table cell (the column is missing, yet the finding still needs a place).
 */
export function addressOf(record: { table: SheetTable; row: TableRow }, field: Field): string {
  const cell = record.row.cells[field];
  return cell ? cell.address : rowAddress(record.table, record.row);
}

/** The addresses of several fields of a row, those with a column only, in the order given. */
export function addressesOf(record: { table: SheetTable; row: TableRow }, fields: readonly Field[]): string[] {
  const out: string[] = [];
  for (const field of fields) {
    const cell = record.row.cells[field];
    if (cell && !out.includes(cell.address)) out.push(cell.address);
  }
  return out;
}

export type { RuleConfig };

/**
 * The address of a row's first table cell — where a finding about a whole row
 * is marked (blank-row, duplicate-row): `rowAddress(table, row)` → `A7`.
 */
export function rowAddress(table: SheetTable, row: TableRow): string {
  return `${table.headers[0]?.column ?? 'A'}${row.row}`;
}

/**
 * A finding marked on `field` of a project or report row, labelled with the row's
 * project code (and report number); `others` are the further cells involved.
 * `recordFinding(project, 'spent', { spent, budget }, [addressOf(project, 'budget')])`.
 */
export function recordFinding<P>(record: ProjectRecord | ReportRecord, field: Field, params: P, others: readonly string[] = []): Finding<P> {
  // Looked up once: a read table's cell is made each time it is asked for (read-cell.ts).
  const cell = record.row.cells[field];
  const marked = cell ? cell.address : rowAddress(record.table, record.row);
  // A project row carries `code`; a report row `projectCode` and `reportNo`.
  const value: { code?: string; projectCode?: string; reportNo?: number } = record.value;
  const project = value.code ?? value.projectCode;
  return {
    sheet: record.table.sheet,
    cells: [marked, ...others.filter((address) => address !== marked)],
    ...(project !== undefined ? { project } : {}),
    ...(value.reportNo !== undefined ? { report: value.reportNo } : {}),
    field,
    value: cell?.raw,
    params,
  };
}
