import { addressOnSheet, formatRowEnglish, formatRowThai } from '../format';
import type { ReportRecord, SheetTable } from '../table/types';
import { addressOf } from './context';
import { defineRule, type Finding, type RuleContext } from './rule';

/** How a context's reports share their numbers, worked out once for the four rules that ask. */
interface ReportNumbering {
  /** Per project code, one report per number in number order: the first in the workbook of each. */
  numbered: Map<string, ReportRecord[]>;
  /** Each later copy of a (project code, report number) → the first in the workbook. */
  originalOf: Map<ReportRecord, ReportRecord>;
}

const numberingOf = new WeakMap<RuleContext['reportsByCode'], ReportNumbering>();

/**
 * Whether `a` comes before `b` in the workbook: tables in the order of `reports` (which
 * lists each table's reports together), then rows top to bottom.
 */
function workbookOrder(reports: readonly ReportRecord[]): (a: ReportRecord, b: ReportRecord) => boolean {
  let tableOrder: Map<SheetTable, number> | undefined;
  const orderOf = (table: SheetTable) => {
    if (!tableOrder) {
      tableOrder = new Map();
      for (const report of reports) if (!tableOrder.has(report.table)) tableOrder.set(report.table, tableOrder.size);
    }
    return tableOrder.get(table) ?? Number.POSITIVE_INFINITY;
  };
  return (a, b) => (a.table === b.table ? a.row.row < b.row.row : orderOf(a.table) < orderOf(b.table));
}

/**
 * The first report of each (project code, report number) in workbook order, and the later
 * copies. Each code's list is in number order, so the copies of a number stand together;
 * only they need the workbook order (report numbers are whole numbers, as parseCount reads them).
 */
function reportNumbering({ reports, reportsByCode }: Pick<RuleContext, 'reports' | 'reportsByCode'>): ReportNumbering {
  const known = numberingOf.get(reportsByCode);
  if (known) return known;
  const comesBefore = workbookOrder(reports);
  const numbering: ReportNumbering = { numbered: new Map(), originalOf: new Map() };
  for (const [code, list] of reportsByCode) {
    const kept: ReportRecord[] = [];
    for (let start = 0, end = 1; start < list.length; start = end, end = start + 1) {
      const reportNo = list[start].value.reportNo;
      while (end < list.length && list[end].value.reportNo === reportNo) end++;
      if (reportNo === undefined) continue;
      let first = list[start];
      if (end - start > 1) {
        for (let i = start + 1; i < end; i++) if (comesBefore(list[i], first)) first = list[i];
        for (let i = start; i < end; i++) if (list[i] !== first) numbering.originalOf.set(list[i], first);
      }
      kept.push(first);
    }
    numbering.numbered.set(code, kept);
  }
  numberingOf.set(reportsByCode, numbering);
  return numbering;
}

/**
 * Each project's reports by report number with one report per number: the
 * copy first in the workbook stands for a duplicated number, and reports
 * without a readable number are left out. Cross-report rules walk these so a
 * duplicate is reported once, by duplicate-report, not again as a gap or a
 * date out of order. Made once per context; callers must not modify it.
 */
export function numberedReports(context: Pick<RuleContext, 'reports' | 'reportsByCode'>): Map<string, ReportRecord[]> {
  return reportNumbering(context).numbered;
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
  needs: ['code'],
  check(context) {
    const { originalOf } = reportNumbering(context);
    const findings: Finding<DuplicateReportParams>[] = [];
    for (const report of context.reports) {
      const { projectCode: code, reportNo } = report.value;
      const original = originalOf.get(report);
      if (code === undefined || reportNo === undefined || !original) continue;
      const sheet = report.table.sheet;
      findings.push({
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
      });
    }
    return findings;
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
