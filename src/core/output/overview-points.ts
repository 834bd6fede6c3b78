/**
 * The reviewer's overview of a validated workbook (DESIGN §1 reviewer, §5): each project's
 * latest progress against the share of its budget disbursed, with its worst finding, and the
 * findings counted per rule (findings-per-rule.ts). Pure: computed from the tables validation
 * mapped and the findings it kept, so the host is asked for nothing more.
 */
import { DEFAULT_CONFIG, type Issue, type Severity } from '../model';
import { buildRuleContext } from '../rules/context';
import { latestCumulative } from '../rules/report-relations';
import type { ReportRecord, SheetTable } from '../table/types';

/**
 * Why a project has no place on the chart: no report yet, no budget above zero to take a share
 * of, no report with a readable progress, or no cumulative disbursement that is the whole total
 * (no amount stated, or the latest running sum leaves a blank amount out).
 */
export type NotPlottedReason = 'no-report' | 'no-budget' | 'no-progress' | 'no-disbursement';

/** One project of the overview; plotted when `reason` is absent (then progress, disbursed and disbursedPercent are all there). */
export interface OverviewPoint {
  code: string;
  name?: string;
  /** The project's row: its sheet, 1-based row, and the row's range across the table (`A7:I7`) for selecting it. */
  sheet: string;
  row: number;
  range: string;
  budget?: number;
  /** The latest report's progress (%), and that report's number. */
  progress?: number;
  progressReport?: number;
  /** The cumulative disbursement (baht) of the latest report that states a whole one, and that report's number. */
  disbursed?: number;
  disbursedReport?: number;
  /** `disbursed` as a percent of `budget`. */
  disbursedPercent?: number;
  /** The most severe finding on the project's rows or reports (waived ones left out); absent when none. */
  worst?: Severity;
  reason?: NotPlottedReason;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** The more severe of two severities (`a` may be none yet). */
export function worse(a: Severity | undefined, b: Severity): Severity {
  return a === undefined || SEVERITY_RANK[b] < SEVERITY_RANK[a] ? b : a;
}

/** The most severe finding per project code. */
function worstByProject(issues: readonly Issue[]): Map<string, Severity> {
  const worst = new Map<string, Severity>();
  for (const issue of issues) {
    if (issue.project !== undefined) worst.set(issue.project, worse(worst.get(issue.project), issue.severity));
  }
  return worst;
}

/** The last report, by number, with a readable progress (`reports` in report-number order; unnumbered ones have no place). */
function latestProgress(reports: readonly ReportRecord[]): ReportRecord | undefined {
  for (let i = reports.length - 1; i >= 0; i--) {
    const report = reports[i];
    if (report.value.reportNo !== undefined && report.value.progress !== undefined) return report;
  }
  return undefined;
}

/** `A7:I7`: a table row from the table's first column to its last. */
function rowRange(table: SheetTable, row: number): string {
  const first = table.headers[0]?.column ?? 'A';
  const last = table.headers[table.headers.length - 1]?.column ?? first;
  return `${first}${row}:${last}${row}`;
}

/**
 * Every project of the workbook (the first row of each code, in workbook order) with its latest
 * progress, disbursement and worst finding. A project is placed only on figures the workbook
 * states: without a report, a budget above zero, a progress or a whole cumulative disbursement
 * it carries the reason instead, and is listed, not plotted.
 *
 * @example overviewPoints(validateWorkbook(grids).tables, issues)
 * // [{ code: '03000000-2457', progress: 100, disbursed: 0, disbursedPercent: 0, worst: 'error', … }]
 */
export function overviewPoints(tables: readonly SheetTable[], issues: readonly Issue[]): OverviewPoint[] {
  const { projectByCode, reportsByCode } = buildRuleContext([...tables], DEFAULT_CONFIG);
  const worst = worstByProject(issues);
  const points: OverviewPoint[] = [];
  for (const [code, project] of projectByCode) {
    const point: OverviewPoint = { code, sheet: project.table.sheet, row: project.row.row, range: rowRange(project.table, project.row.row) };
    const name = project.value.name?.trim();
    if (name) point.name = name;
    const { budget } = project.value;
    if (budget !== undefined) point.budget = budget;
    const all = reportsByCode.get(code) ?? [];
    // A report without a readable number has no place in the order (its own finding says so).
    const reports = all.filter((report) => report.value.reportNo !== undefined);
    const progress = latestProgress(reports);
    if (progress) {
      point.progress = progress.value.progress;
      point.progressReport = progress.value.reportNo;
    }
    const cumulative = latestCumulative(reports);
    if (cumulative) {
      point.disbursed = cumulative.value;
      point.disbursedReport = cumulative.report.value.reportNo;
    }
    const hasBudget = budget !== undefined && budget > 0;
    if (hasBudget && cumulative) point.disbursedPercent = (cumulative.value / budget) * 100;
    const severity = worst.get(code);
    if (severity) point.worst = severity;
    const reason: NotPlottedReason | undefined = all.length === 0 ? 'no-report'
      : !hasBudget ? 'no-budget'
        : !progress ? 'no-progress'
          : !cumulative ? 'no-disbursement'
            : undefined;
    if (reason) point.reason = reason;
    points.push(point);
  }
  return points;
}

/** Whether a point has its place on the chart (both coordinates stated by the workbook). */
export function isPlotted(point: OverviewPoint): point is OverviewPoint & { progress: number; disbursedPercent: number } {
  return point.reason === undefined;
}
