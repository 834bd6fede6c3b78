import {
  DEFAULT_CONFIG, FIELD_KIND, PROJECT_FIELDS, REPORT_FIELDS, RuleConfig,
  type CellValue, type Field, type Project, type ProgressReport, type RuleConfigInput,
} from '../../src/core/model';
import { parsed } from '../../src/core/parse/result';
import { buildRuleContext } from '../../src/core/rules/context';
import type { RuleContext } from '../../src/core/rules/rule';
import type { FieldCell, HeaderCell, SheetTable, TableRole, TableRow } from '../../src/core/table/types';

/** A column letter from a 0-based index: 0 → A, 26 → AA. */
function columnLetter(index: number): string {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

type Row = Partial<Record<Field, unknown>>;

/**
 * A table as the table module would map it, built from already-typed values
 * (dates as ISO strings). Rows start at sheet row 2 under a header in row 1.
 * Columns are the given fields, or every field used by any row.
 */
export function makeTable(sheet: string, role: TableRole, fields: readonly Field[], rows: Row[]): SheetTable {
  const headers: HeaderCell[] = fields.map((field, i) => ({
    column: columnLetter(i), address: `${columnLetter(i)}1`, text: field, field,
  }));
  const columns: Partial<Record<Field, string>> = {};
  headers.forEach((h) => { if (h.field) columns[h.field] = h.column; });
  const tableRows: TableRow[] = rows.map((values, index) => {
    const row = index + 2;
    const cells: Partial<Record<Field, FieldCell>> = {};
    const raw: CellValue[] = [];
    headers.forEach((h) => {
      const field = h.field as Field;
      const value = values[field];
      const rawValue = (value === undefined ? null : value) as CellValue;
      raw.push(rawValue);
      const address = `${h.column}${row}`;
      const result = value === undefined || value === null
        ? { ok: false as const, reason: 'empty' as const, notes: [] }
        : parsed(FIELD_KIND[field] === 'date' ? { iso: value, form: 'date-cell' } : value);
      cells[field] = { field, address, raw: rawValue, numberFormat: 'General', result };
    });
    return { row, values: raw, cells, blank: raw.every((v) => v === null) };
  });
  return { sheet, role, headerRow: 1, headers, columns, rows: tableRows };
}

const projectToRow = (p: Partial<Project>): Row => ({ ...p });
const reportToRow = (r: Partial<ProgressReport>): Row => {
  const { projectCode, ...rest } = r;
  return { code: projectCode, ...rest };
};

function usedFields(all: readonly Field[], rows: Row[], required: readonly Field[]): Field[] {
  return all.filter((f) => required.includes(f) || rows.some((r) => r[f] !== undefined));
}

export interface ContextInput {
  projects?: Partial<Project>[];
  reports?: Partial<ProgressReport>[];
  config?: RuleConfigInput;
  /** Extra tables (e.g. a flat table, a second projects sheet). */
  tables?: SheetTable[];
}

/**
 * The rule context for a normalized workbook: sheet `Projects` (code, name,
 * fiscal year, …) and sheet `Reports` (code, report no., …), each holding only
 * the columns used by its rows plus the required ones.
 */
export function makeContext(input: ContextInput): RuleContext {
  const tables: SheetTable[] = [];
  if (input.projects) {
    const rows = input.projects.map(projectToRow);
    tables.push(makeTable('Projects', 'projects', usedFields(PROJECT_FIELDS, rows, ['code']), rows));
  }
  if (input.reports) {
    const rows = input.reports.map(reportToRow);
    tables.push(makeTable('Reports', 'reports', usedFields(REPORT_FIELDS, rows, ['code', 'reportNo']), rows));
  }
  tables.push(...(input.tables ?? []));
  return buildRuleContext(tables, input.config ? RuleConfig.parse(input.config) : DEFAULT_CONFIG);
}

/** A clean FY2563 project to start tests from. */
export function aProject(overrides: Partial<Project> = {}): Partial<Project> {
  return {
    code: '03000000-2457', name: 'โครงการปรับปรุงถนนซอยวัดใหม่', fiscalYear: 2563,
    startDate: '2019-10-01', endDate: '2020-09-30', budget: 1_918_000, ...overrides,
  };
}

/** A report of the default project. */
export function aReport(overrides: Partial<ProgressReport> = {}): Partial<ProgressReport> {
  return { projectCode: '03000000-2457', reportNo: 1, reportDate: '2019-10-31', progress: 10, disbursedToDate: 200_000, ...overrides };
}

/** Flattens findings to `[sheet, cell, project?, report?]` rows for compact assertions (STYLE: Frictionless). */
export function flat(findings: { sheet: string; cells: string[]; report?: number }[]): [string, string, number | undefined][] {
  return findings.map((f) => [f.sheet, f.cells[0], f.report]);
}
