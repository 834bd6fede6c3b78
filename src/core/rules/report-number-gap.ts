import { addressOnSheet } from '../format';
import type { ReportRecord } from '../table/types';
import { addressOf } from './context';
import { numberedReports } from './duplicate-report';
import { defineRule, type Finding } from './rule';

interface GapParams {
  code: string;
  reportNo: number;
  /** The missing numbers, a run from..to (consecutive numbers leave no room for two runs). */
  missingFrom: number;
  missingTo: number;
}

function missingThai(p: GapParams): string {
  if (p.missingFrom === p.missingTo) return `${p.missingFrom}`;
  if (p.missingTo === p.missingFrom + 1) return `${p.missingFrom} และ ${p.missingTo}`;
  return `${p.missingFrom}–${p.missingTo}`;
}

function missingEnglish(p: GapParams): string {
  if (p.missingFrom === p.missingTo) return `no. ${p.missingFrom}`;
  if (p.missingTo === p.missingFrom + 1) return `nos. ${p.missingFrom} and ${p.missingTo}`;
  return `nos. ${p.missingFrom}–${p.missingTo}`;
}

/**
 * A project's report numbers skip (1, 2, 4: report 3 is missing), or do not
 * start at 1 (DESIGN §5 `report-number-gap`). Numbers are taken in number
 * order, one report per number, so a duplicated number makes no gap.
 */
export const reportNumberGap = defineRule<GapParams>({
  id: 'report-number-gap',
  severity: 'warning',
  fields: ['code', 'reportNo'],
  needs: ['code'],
  check(context) {
    const findings: Finding<GapParams>[] = [];
    for (const [code, reports] of numberedReports(context)) {
      let previous: ReportRecord | undefined;
      for (const report of reports) {
        const reportNo = report.value.reportNo as number;
        const before = previous;
        if (!Number.isInteger(reportNo)) continue;
        previous = report;
        const expected = before ? (before.value.reportNo as number) + 1 : 1;
        if (reportNo <= expected) continue;
        const sheet = report.table.sheet;
        const beforeCell = before ? [addressOnSheet(sheet, before.table.sheet, addressOf(before, 'reportNo'))] : [];
        findings.push({
          sheet,
          cells: [addressOf(report, 'reportNo'), ...beforeCell],
          project: code,
          report: reportNo,
          field: 'reportNo',
          value: report.row.cells.reportNo?.raw,
          params: { code, reportNo, missingFrom: expected, missingTo: reportNo - 1 },
        });
      }
    }
    return findings;
  },
  message: {
    th: (p) => `ไม่พบรายงานครั้งที่ ${missingThai(p)} ของโครงการ ${p.code} ก่อนรายงานครั้งที่ ${p.reportNo}`,
    en: (p) => `Project ${p.code} has no report ${missingEnglish(p)} before report no. ${p.reportNo}`,
  },
  fix: {
    th: () => 'เพิ่มรายงานที่ขาด หรือแก้ไขเลขครั้งที่รายงานให้เรียงต่อเนื่องกัน',
    en: () => 'Add the missing reports, or renumber the reports consecutively',
  },
});
