import { addressOnSheet, formatRowEnglish, formatRowThai } from '../format';
import type { ReportRecord } from '../table/types';
import { addressOf } from './context';
import { defineRule, type RuleContext } from './rule';

/**
 * The first report of each (project code, report number) in workbook order,
 * by that key. The later copies are duplicate-report findings.
 */
function firstReportOfEachNumber(reports: readonly ReportRecord[]): Map<string, ReportRecord> {
  const first = new Map<string, ReportRecord>();
  for (const report of reports) {
    const { projectCode, reportNo } = report.value;
    if (projectCode === undefined || reportNo === undefined) continue;
    const key = JSON.stringify([projectCode, reportNo]);
    if (!first.has(key)) first.set(key, report);
  }
  return first;
}

/**
 * Each project's reports by report number with one report per number: the
 * copy first in the workbook stands for a duplicated number, and reports
 * without a readable number are left out. Cross-report rules walk these so a
 * duplicate is reported once, by duplicate-report, not again as a gap or a
 * date out of order.
 */
export function numberedReports({ reports, reportsByCode }: Pick<RuleContext, 'reports' | 'reportsByCode'>): Map<string, ReportRecord[]> {
  const kept = new Set(firstReportOfEachNumber(reports).values());
  const out = new Map<string, ReportRecord[]>();
  for (const [code, list] of reportsByCode) out.set(code, list.filter((report) => kept.has(report)));
  return out;
}

interface DuplicateReportParams {
  code: string;
  reportNo: number;
  firstRow: number;
  /** The first copy's sheet when it is not the marked row's. */
  firstSheet?: string;
}

/**
 * The same (project code, report number) on two rows, in any reports or flat
 * table (DESIGN §5 `duplicate-report`). The later row in the workbook is marked.
 */
export const duplicateReport = defineRule<DuplicateReportParams>({
  id: 'duplicate-report',
  severity: 'error',
  fields: ['code', 'reportNo'],
  check({ reports }) {
    const first = firstReportOfEachNumber(reports);
    return reports.flatMap((report) => {
      const { projectCode: code, reportNo } = report.value;
      if (code === undefined || reportNo === undefined) return [];
      const original = first.get(JSON.stringify([code, reportNo]));
      if (!original || original === report) return [];
      const sheet = report.table.sheet;
      return [{
        sheet,
        cells: [addressOf(report, 'reportNo'), addressOnSheet(sheet, original.table.sheet, addressOf(original, 'reportNo'))],
        project: code,
        report: reportNo,
        field: 'reportNo',
        value: report.row.cells.reportNo?.raw,
        params: {
          code, reportNo, firstRow: original.row.row,
          firstSheet: original.table.sheet === sheet ? undefined : original.table.sheet,
        },
      }];
    });
  },
  message: {
    th: (p) => `รายงานครั้งที่ ${p.reportNo} ของโครงการ ${p.code} ซ้ำกับ${formatRowThai(p.firstRow, p.firstSheet)}`,
    en: (p) => `Report no. ${p.reportNo} of project ${p.code} already appears on ${formatRowEnglish(p.firstRow, p.firstSheet)}`,
  },
  fix: {
    th: () => 'ลบแถวที่ซ้ำ หรือแก้ไขเลขครั้งที่รายงานให้ถูกต้อง',
    en: () => 'Delete the duplicate row, or correct the report number',
  },
});
