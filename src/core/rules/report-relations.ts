import { addressOnSheet } from '../format';
import type { FieldCell, ProjectRecord, ReportRecord } from '../table/types';
import type { RuleContext } from './rule';

/**
 * How a report relates to its project and to the report before it — the
 * shared walk of the cross-row report rules (DESIGN §5 "Reports"). Order is
 * always by report number (`RuleContext.reportsByCode`), never by sheet row.
 */

/** A report, a value read from it, and the report before it with the same value read. */
export interface ReportPair<T> {
  current: ReportRecord;
  previous: ReportRecord;
  reportNo: number;
  previousReportNo: number;
  value: T;
  previousValue: T;
}

/**
 * Each report paired with the nearest earlier report — by report number,
 * strictly smaller — whose `read` value is known, when the two values pass `when`
 * (a rule's test: only the pairs it reports are made, of the ~100,000 a large workbook has).
 * Reports without a number or a value are skipped: an unreadable cell is its own
 * finding, and the next readable one is still compared with the last readable one before it.
 *
 * `reportPairs(ctx.reportsByCode, (r) => r.value.progress, (value, previous) => value < previous)`
 * → pairs whose progress went down.
 */
export function reportPairs<T>(
  reportsByCode: RuleContext['reportsByCode'],
  read: (report: ReportRecord) => T | undefined,
  when: (value: T, previousValue: T) => boolean,
): ReportPair<T>[] {
  const pairs: ReportPair<T>[] = [];
  for (const reports of reportsByCode.values()) {
    // Reports sharing a number (duplicate-report) are each compared with the last smaller number.
    let last: { report: ReportRecord; reportNo: number; value: T } | undefined;
    let lastOfSmallerNumber: typeof last;
    let lastNumber: number | undefined;
    for (const current of reports) {
      const number = current.value.reportNo;
      const value = read(current);
      if (number === undefined || value === undefined) continue;
      if (number !== lastNumber) {
        lastOfSmallerNumber = last;
        lastNumber = number;
      }
      if (lastOfSmallerNumber && when(value, lastOfSmallerNumber.value)) {
        const previous = lastOfSmallerNumber;
        pairs.push({
          current, previous: previous.report, reportNo: number, previousReportNo: previous.reportNo,
          value, previousValue: previous.value,
        });
      }
      last = { report: current, reportNo: number, value };
    }
  }
  return pairs;
}

/** The project record a report belongs to, when its code is known. */
export function projectOf(report: ReportRecord, projectByCode: RuleContext['projectByCode']): ProjectRecord | undefined {
  const code = report.value.projectCode;
  return code === undefined ? undefined : projectByCode.get(code);
}

/**
 * True when a report's cumulative disbursement is the whole total: read from its own cell, or
 * a running sum that no blank or unreadable earlier amount is missing from.
 */
export function isWholeCumulative(report: ReportRecord): boolean {
  return report.cumulative !== undefined && (report.cumulative.unknownReports?.length ?? 0) === 0;
}

/**
 * The cumulative disbursement of a project's latest report that has one (the highest number;
 * `reports` in report-number order), when it is the whole total (isWholeCumulative); a later
 * report's figure that leaves amounts out is no total, and an earlier one is out of date.
 */
export function latestCumulative(reports: readonly ReportRecord[]): { report: ReportRecord; value: number; cells: string[] } | undefined {
  for (let i = reports.length - 1; i >= 0; i--) {
    const report = reports[i];
    if (!report.cumulative) continue;
    return isWholeCumulative(report) ? { report, value: report.cumulative.value, cells: report.cumulative.cells } : undefined;
  }
  return undefined;
}

/**
 * The cell the cumulative disbursement was read from first: the disbursedToDate
 * cell, or this report's disbursedInPeriod cell when the figure is a running sum.
 */
export function cumulativeCell(report: ReportRecord): FieldCell | undefined {
  const address = report.cumulative?.cells[0];
  if (address === undefined) return undefined;
  const { disbursedToDate, disbursedInPeriod } = report.row.cells;
  if (disbursedToDate?.address === address) return disbursedToDate;
  return disbursedInPeriod?.address === address ? disbursedInPeriod : undefined;
}

/**
 * `[address]` of a cell of the pair's previous report as a finding on the current
 * report's sheet lists it — sheet-qualified when the two sit on different sheets — or `[]`.
 */
export function previousCellAddress(pair: ReportPair<unknown>, cell: FieldCell | undefined): string[] {
  return cell ? [addressOnSheet(pair.current.table.sheet, pair.previous.table.sheet, cell.address)] : [];
}
