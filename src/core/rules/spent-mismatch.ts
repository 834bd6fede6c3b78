import { addressOnSheet, formatAmount } from '../format';
import { addressOf } from './context';
import { numberedReports } from './duplicate-report';
import { latestCumulative } from './report-relations';
import { DISBURSEMENT, defineRule } from './rule';

interface MismatchParams {
  code: string;
  spent: number;
  cumulative: number;
  reportNo: number;
}

/**
 * A project's "budget spent" differs from the cumulative disbursement of its
 * latest report (the highest report number with a cumulative figure) by more
 * than `spentMismatchTolerance` baht (DESIGN §5 `spent-mismatch`). Every
 * project row with a spent figure is checked, flat rows included; silent when
 * that figure is a running sum missing a blank amount (no total to compare with).
 */
export const spentMismatch = defineRule<MismatchParams>({
  id: 'spent-mismatch',
  severity: 'warning',
  fields: ['spent', 'disbursedToDate', 'disbursedInPeriod', 'reportNo'],
  needs: [DISBURSEMENT],
  check(context) {
    const tolerance = context.config.thresholds.spentMismatchTolerance;
    const reportsByNumber = numberedReports(context);
    return context.projects.flatMap((project) => {
      const { code, spent } = project.value;
      if (code === undefined || spent === undefined) return [];
      const latest = latestCumulative(reportsByNumber.get(code) ?? []);
      if (!latest || Math.abs(spent - latest.value) <= tolerance) return [];
      const sheet = project.table.sheet;
      return [{
        sheet,
        cells: [addressOf(project, 'spent'), ...latest.cells.map((cell) => addressOnSheet(sheet, latest.report.table.sheet, cell))],
        project: code,
        report: latest.report.value.reportNo,
        field: 'spent',
        value: project.row.cells.spent?.raw,
        params: { code, spent, cumulative: latest.value, reportNo: latest.report.value.reportNo as number },
      }];
    });
  },
  message: {
    th: (p) => `งบประมาณที่ใช้ไป ${formatAmount(p.spent)} บาท ไม่ตรงกับยอดเบิกจ่ายสะสม ${formatAmount(p.cumulative)} บาท `
      + `ของรายงานครั้งที่ ${p.reportNo} (ต่างกัน ${formatAmount(Math.abs(p.spent - p.cumulative))} บาท)`,
    en: (p) => `Budget spent (${formatAmount(p.spent)} baht) differs from the cumulative disbursement of report no. ${p.reportNo} `
      + `(${formatAmount(p.cumulative)} baht) by ${formatAmount(Math.abs(p.spent - p.cumulative))} baht`,
  },
  fix: {
    th: () => 'ปรับงบประมาณที่ใช้ไปให้ตรงกับยอดเบิกจ่ายสะสมของรายงานครั้งล่าสุด หรือตรวจสอบยอดเบิกจ่ายในรายงาน',
    en: () => 'Bring the budget spent in line with the latest report\'s cumulative disbursement, or check the disbursements reported',
  },
});
