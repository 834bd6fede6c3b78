import type { Field, Project, ProgressReport } from '../model';
import type { ParsedDate } from '../parse/result';
import type { FieldCell, ProjectRecord, ReportRecord, SheetTable, TableRow } from './types';

const PROJECT_RECORD_FIELDS = [
  'code', 'name', 'fiscalYear', 'startDate', 'endDate', 'budget', 'spent', 'returned',
  'agency', 'owner', 'coordinator', 'strategy', 'rationale', 'objectives', 'targets',
] as const satisfies readonly (keyof Project)[];

const REPORT_RECORD_FIELDS = [
  'reportNo', 'reportDate', 'stage', 'progress', 'disbursedToDate', 'disbursedInPeriod', 'onPlan', 'onTarget',
] as const satisfies readonly (keyof ProgressReport)[];

/** A cell's parsed value in record form: dates become their ISO string; failures are absent. */
function valueOf(cell: FieldCell | undefined): unknown {
  if (!cell || !cell.result.ok) return undefined;
  const value = cell.result.value;
  if (value !== null && typeof value === 'object' && 'iso' in value) return (value as ParsedDate).iso;
  return value;
}

function pick<T>(row: TableRow, fields: readonly string[]): Partial<T> {
  const out: Record<string, unknown> = {};
  for (const field of fields) {
    const value = valueOf(row.cells[field as Field]);
    if (value !== undefined) out[field] = value;
  }
  return out as Partial<T>;
}

/** The project rows of a projects or flat table, with their parsed values. */
export function projectRecords(table: SheetTable): ProjectRecord[] {
  const records: ProjectRecord[] = [];
  for (const row of table.rows) if (!row.blank) records.push({ table, row, value: pick<Project>(row, PROJECT_RECORD_FIELDS) });
  return records;
}

/**
 * The report rows of a reports or flat table. The cumulative disbursement is
 * the disbursedToDate cell, or — when the table has only disbursedInPeriod —
 * the running sum per project in report-number order (DESIGN §3).
 */
export function reportRecords(table: SheetTable): ReportRecord[] {
  const hasCumulative = table.columns.disbursedToDate !== undefined;
  const hasPeriod = table.columns.disbursedInPeriod !== undefined;
  const records: ReportRecord[] = [];
  for (const row of table.rows) {
    if (row.blank) continue;
    const value = pick<ProgressReport>(row, REPORT_RECORD_FIELDS);
    const code = valueOf(row.cells.code);
    if (typeof code === 'string') value.projectCode = code;
    const amount = value.disbursedToDate;
    const cell = row.cells.disbursedToDate;
    // Made whole rather than given `cumulative` afterwards, which costs every record a second block.
    records.push(hasCumulative && amount !== undefined && cell
      ? { table, row, value, cumulative: { value: amount, cells: [cell.address] } }
      : { table, row, value });
  }
  if (!hasCumulative && hasPeriod) {
    const byCode = new Map<string, ReportRecord[]>();
    for (const record of records) {
      const code = record.value.projectCode;
      if (code === undefined) continue;
      const list = byCode.get(code) ?? [];
      list.push(record);
      byCode.set(code, list);
    }
    for (const list of byCode.values()) {
      list.sort((a, b) => (a.value.reportNo ?? Infinity) - (b.value.reportNo ?? Infinity) || a.row.row - b.row.row);
      let sum = 0;
      const cells: string[] = [];
      let readable = true;
      for (const record of list) {
        const amount = record.value.disbursedInPeriod;
        const cell = record.row.cells.disbursedInPeriod;
        if (amount === undefined) readable = false;
        if (!readable) continue;
        sum += amount ?? 0;
        if (cell) cells.push(cell.address);
        record.cumulative = { value: sum, cells: [...cells].reverse() };
      }
    }
  }
  return records;
}
