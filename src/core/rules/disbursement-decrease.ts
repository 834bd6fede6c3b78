import { formatAmount } from '../format';
import { previousCellAddress, cumulativeCell, reportPairs } from './report-relations';
import { defineRule } from './rule';

/**
 * A report's cumulative disbursement is lower than the previous report's —
 * money disbursed is not taken back (DESIGN §5 `disbursement-decrease`).
 * "Previous" is by report number, not by row.
 */
export const disbursementDecrease = defineRule<{
  reportNo: number; amount: number; previousReportNo: number; previousAmount: number;
}>({
  id: 'disbursement-decrease',
  severity: 'error',
  fields: ['reportNo', 'disbursedToDate', 'disbursedInPeriod'],
  needs: ['reportNo'],
  check({ reportsByCode }) {
    return reportPairs(reportsByCode, (report) => report.cumulative?.value, (value, previousValue) => value < previousValue)
      .flatMap((pair) => {
        const cell = cumulativeCell(pair.current);
        if (!cell) return [];
        return [{
          sheet: pair.current.table.sheet,
          cells: [cell.address, ...previousCellAddress(pair, cumulativeCell(pair.previous))],
          project: pair.current.value.projectCode,
          report: pair.reportNo,
          field: cell.field,
          value: cell.raw,
          params: {
            reportNo: pair.reportNo,
            amount: pair.value,
            previousReportNo: pair.previousReportNo,
            previousAmount: pair.previousValue,
          },
        }];
      });
  },
  message: {
    th: (p) => `เบิกจ่ายสะสมของรายงานครั้งที่ ${p.reportNo} (${formatAmount(p.amount)} บาท) น้อยกว่ารายงานครั้งที่ ${p.previousReportNo} (${formatAmount(p.previousAmount)} บาท)`,
    en: (p) => `Cumulative disbursement in report ${p.reportNo} (${formatAmount(p.amount)} baht) is lower than in report ${p.previousReportNo} (${formatAmount(p.previousAmount)} baht)`,
  },
  fix: {
    th: () => 'ยอดเบิกจ่ายสะสมไม่ควรลดลง ตรวจสอบว่ากรอกยอดสะสม (ไม่ใช่ยอดเฉพาะงวด) ของทั้งสองครั้งถูกต้อง',
    en: () => 'Cumulative disbursement should not go down: check that both reports hold the running total, not the amount of the period',
  },
});
