import { formatAmount } from '../format';
import { cumulativeCell, projectOf } from './report-relations';
import { defineRule, type Finding } from './rule';

interface ExceedsParams { amount: number; budget: number; excess: number }

/**
 * A report's cumulative disbursement is more than the project's budget
 * received (DESIGN §5 `disbursement-exceeds-budget`).
 */
export const disbursementExceedsBudget = defineRule<ExceedsParams>({
  id: 'disbursement-exceeds-budget',
  severity: 'error',
  fields: ['disbursedToDate', 'disbursedInPeriod', 'budget'],
  needs: ['budget'],
  check({ reports, projectByCode }) {
    const findings: Finding<ExceedsParams>[] = [];
    for (const report of reports) {
      const amount = report.cumulative?.value;
      const budget = projectOf(report, projectByCode)?.value.budget;
      if (amount === undefined || budget === undefined || !report.cumulative) continue;
      // Compared in satang: a running sum of decimal amounts may carry float noise.
      if (Math.round(amount * 100) <= Math.round(budget * 100)) continue;
      const cell = cumulativeCell(report);
      if (!cell) continue;
      findings.push({
        sheet: report.table.sheet,
        cells: report.cumulative.cells,
        project: report.value.projectCode,
        report: report.value.reportNo,
        field: cell.field,
        value: cell.raw,
        params: { amount, budget, excess: amount - budget },
      });
    }
    return findings;
  },
  message: {
    th: (p) => `เบิกจ่ายสะสม ${formatAmount(p.amount)} บาท เกินงบประมาณที่ได้รับ ${formatAmount(p.budget)} บาท อยู่ ${formatAmount(p.excess)} บาท`,
    en: (p) => `Cumulative disbursement of ${formatAmount(p.amount)} baht exceeds the ${formatAmount(p.budget)} baht budget received by ${formatAmount(p.excess)} baht`,
  },
  fix: {
    th: () => 'ตรวจสอบยอดเบิกจ่ายสะสม หรือแก้ไขงบประมาณที่ได้รับ หากได้รับจัดสรรเพิ่มเติม',
    en: () => 'Check the cumulative disbursement, or update the budget received if more was allocated',
  },
});
