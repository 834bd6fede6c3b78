import type { CellValue, Field, IsoDate, ProgressReport, Project } from '../model';
import { formatDateThai } from '../format';
import { bahtText } from '../output/baht-text';
import type { PlaceholderName } from './placeholders';

/**
 * The value each placeholder stands for, for one project and its reports: typed (a number, a date
 * from its year, month and day, a text) for a cell that is the placeholder alone, and as text for a
 * placeholder inside a longer text (`formatPlaceholderValue`). A value the data did not parse is
 * the cell as written; a value the data lacks is empty.
 */

/** A value for a template cell. Numbers say how they read in a text; dates carry their ISO day, never a Date at local midnight. */
export type PlaceholderValue =
  | { kind: 'empty' }
  | { kind: 'text'; text: string }
  | { kind: 'number'; number: number; style: 'amount' | 'percent' | 'whole' }
  | { kind: 'date'; iso: IsoDate };

/** What the values are read from: parsed values, and the cells as written for values that did not parse (a ProjectRecord / ReportRecord). */
export interface TemplateRecord<T> {
  value: Partial<T>;
  row?: { cells: Partial<Record<Field, { raw: CellValue }>> };
}

/** A report with, when the sheet has only per-report amounts, the running sum (ReportRecord.cumulative). */
export type TemplateReport = TemplateRecord<ProgressReport> & { cumulative?: { value: number } };

export const ON_PLAN_TEXT = { yes: 'เป็นไปตามแผน', no: 'ไม่เป็นไปตามแผน' } as const;
export const ON_TARGET_TEXT = { yes: 'เป็นไปตามเป้าหมาย', no: 'ไม่เป็นไปตามเป้าหมาย' } as const;

const EMPTY: PlaceholderValue = { kind: 'empty' };

/** The cell as written, for a field whose value did not parse; empty when the cell is blank. */
function asWritten(record: TemplateRecord<unknown> | undefined, field: Field): PlaceholderValue {
  const raw = record?.row?.cells[field]?.raw;
  if (raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '')) return EMPTY;
  return { kind: 'text', text: String(raw) };
}

function fieldValue<T>(record: TemplateRecord<T> | undefined, field: keyof T & Field): PlaceholderValue {
  const value: unknown = record?.value[field];
  if (value === undefined || value === null) return asWritten(record, field);
  if (typeof value === 'number') return { kind: 'number', number: value, style: field === 'fiscalYear' || field === 'reportNo' ? 'whole' : field === 'progress' ? 'percent' : 'amount' };
  if (typeof value === 'boolean') return { kind: 'text', text: String(value) };
  if (field === 'startDate' || field === 'endDate' || field === 'reportDate') return { kind: 'date', iso: value as IsoDate };
  return { kind: 'text', text: String(value) };
}

function yesNo(record: TemplateRecord<ProgressReport>, field: 'onPlan' | 'onTarget'): PlaceholderValue {
  const value = record.value[field];
  if (value === undefined) return asWritten(record, field);
  const words = field === 'onPlan' ? ON_PLAN_TEXT : ON_TARGET_TEXT;
  return { kind: 'text', text: value ? words.yes : words.no };
}

/** A report's cumulative disbursement: its own figure, else the running sum of per-report amounts. */
function cumulative(report: TemplateReport): number | undefined {
  return report.value.disbursedToDate ?? report.cumulative?.value;
}

/** The values of one report's placeholders. */
export function reportValue(report: TemplateReport, name: PlaceholderName): PlaceholderValue {
  switch (name) {
    case 'reportNo': case 'reportDate': case 'stage': case 'progress': case 'disbursedInPeriod':
      return fieldValue(report, name);
    case 'disbursedToDate': {
      const amount = cumulative(report);
      return amount === undefined ? asWritten(report, name) : { kind: 'number', number: amount, style: 'amount' };
    }
    case 'onPlan': case 'onTarget':
      return yesNo(report, name);
    default:
      return EMPTY;
  }
}

/** The last of the reports (in report-number order) that has a value for `pick`. */
function latest(reports: readonly TemplateReport[], pick: (report: TemplateReport) => number | undefined): number | undefined {
  for (let i = reports.length - 1; i >= 0; i--) {
    const value = pick(reports[i]);
    if (value !== undefined) return value;
  }
  return undefined;
}

/**
 * The value of a project placeholder. `today` is the filling day (the caller's calendar day).
 * `disbursedPercent` is the latest cumulative disbursement, else the project's spent, over the
 * budget; empty without a budget above 0.
 */
export function projectValue(project: TemplateRecord<Project>, reports: readonly TemplateReport[], today: IsoDate, name: PlaceholderName): PlaceholderValue {
  const { value } = project;
  switch (name) {
    case 'code': case 'name': case 'fiscalYear': case 'startDate': case 'endDate': case 'budget': case 'spent': case 'returned':
    case 'agency': case 'owner': case 'coordinator': case 'strategy': case 'rationale': case 'objectives': case 'targets':
      return fieldValue(project, name);
    case 'budgetText': {
      const words = value.budget === undefined ? undefined : bahtText(value.budget);
      return words === undefined ? EMPTY : { kind: 'text', text: words };
    }
    case 'fiscalYearText':
      return value.fiscalYear === undefined ? EMPTY : { kind: 'text', text: `ปีงบประมาณ พ.ศ. ${value.fiscalYear}` };
    case 'latestProgress': {
      const progress = latest(reports, (report) => report.value.progress);
      return progress === undefined ? EMPTY : { kind: 'number', number: progress, style: 'percent' };
    }
    case 'disbursedPercent': {
      const disbursed = latest(reports, cumulative) ?? value.spent;
      if (disbursed === undefined || value.budget === undefined || !(value.budget > 0)) return EMPTY;
      return { kind: 'number', number: Math.round((disbursed / value.budget) * 10_000) / 100, style: 'percent' };
    }
    case 'today':
      return { kind: 'date', iso: today };
    default:
      return EMPTY;
  }
}

const wholeAmount = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const satangAmount = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const percentNumber = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2, useGrouping: false });

/**
 * A value as it reads inside a longer text: dates as Thai long dates, amounts with thousands
 * separators (satang only when there are some), percents to two decimals at most, years and
 * report numbers as they are. `formatPlaceholderValue({ kind: 'number', number: 1918000, style: 'amount' })` → `1,918,000`.
 */
export function formatPlaceholderValue(value: PlaceholderValue): string {
  switch (value.kind) {
    case 'empty': return '';
    case 'text': return value.text;
    case 'date': return formatDateThai(value.iso);
    case 'number':
      if (value.style === 'whole') return String(value.number);
      if (value.style === 'percent') return percentNumber.format(value.number);
      return Number.isInteger(value.number) ? wholeAmount.format(value.number) : satangAmount.format(value.number);
  }
}

/** The values of one fill: the project's placeholders, and those of report `copy` (0-based, in report-number order). */
export interface TemplateValues {
  project: (name: PlaceholderName) => PlaceholderValue;
  report: (copy: number, name: PlaceholderName) => PlaceholderValue;
  reportCount: number;
}

/** The values a template is filled with for `project` and its `reports` on day `today`. */
export function templateValues(project: TemplateRecord<Project>, reports: readonly TemplateReport[], today: IsoDate): TemplateValues {
  return {
    project: (name) => projectValue(project, reports, today, name),
    report: (copy, name) => reportValue(reports[copy], name),
    reportCount: reports.length,
  };
}
