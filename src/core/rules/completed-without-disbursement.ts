import { formatAmount, formatPercent } from '../format';
import { recordFinding } from './context';
import { defineRule, type Finding } from './rule';

interface CompletedParams { progress: number; budget: number }

/**
 * A report claims 100 % progress while nothing has been disbursed and the
 * project has a budget (DESIGN §5 `completed-without-disbursement`).
 */
export const completedWithoutDisbursement = defineRule<CompletedParams>({
  id: 'completed-without-disbursement',
  severity: 'error',
  fields: ['progress', 'disbursedToDate', 'disbursedInPeriod', 'budget'],
  check({ reports, projectByCode }) {
    const findings: Finding<CompletedParams>[] = [];
    for (const report of reports) {
      const { progress, projectCode } = report.value;
      const project = projectCode === undefined ? undefined : projectByCode.get(projectCode);
      const budget = project?.value.budget;
      if (progress === undefined || progress < 100 || report.cumulative?.value !== 0 || !budget || budget <= 0) continue;
      findings.push(recordFinding(report, 'progress', { progress, budget }, report.cumulative.cells));
    }
    return findings;
  },
  message: {
    th: (p) => `ความก้าวหน้า ${formatPercent(p.progress)} แต่เบิกจ่ายสะสม 0 บาท จากงบประมาณ ${formatAmount(p.budget)} บาท`,
    en: (p) => `Progress is ${formatPercent(p.progress)} but cumulative disbursement is 0 baht of a ${formatAmount(p.budget)} baht budget`,
  },
  fix: {
    th: () => 'ตรวจสอบยอดเบิกจ่ายสะสม หรือแก้ไขความก้าวหน้าให้ตรงกับงานที่ทำจริง',
    en: () => 'Check the cumulative disbursement, or correct the progress to the work actually done',
  },
});

