import { formatAmount, formatPercent } from '../format';
import type { Thresholds } from '../model';
import type { ReportRecord } from '../table/types';
import { recordFinding } from './context';
import { projectOf } from './report-relations';
import { defineRule, type Finding } from './rule';

/**
 * True when one of the without-disbursement rules reports this report: nothing
 * disbursed of a budget while progress reaches the threshold (below 100 % here,
 * at 100 % completed-without-disbursement). progress-disbursement-gap defers to them.
 */
export function claimsProgressWithoutDisbursement(report: ReportRecord, budget: number | undefined, thresholds: Thresholds): boolean {
  const progress = report.value.progress;
  if (progress === undefined || report.cumulative?.value !== 0 || budget === undefined || budget <= 0) return false;
  return progress >= Math.min(thresholds.progressWithoutDisbursementPercent, 100);
}

interface WithoutParams { progress: number; budget: number }

/**
 * A report claims substantial progress (default ≥ 25 %, below 100 %) while
 * nothing has been disbursed of the project's budget
 * (DESIGN §5 `progress-without-disbursement`; 100 % is completed-without-disbursement's).
 */
export const progressWithoutDisbursement = defineRule<WithoutParams>({
  id: 'progress-without-disbursement',
  severity: 'warning',
  fields: ['progress', 'disbursedToDate', 'disbursedInPeriod', 'budget'],
  check({ reports, projectByCode, config }) {
    const findings: Finding<WithoutParams>[] = [];
    for (const report of reports) {
      const { progress, projectCode } = report.value;
      const budget = projectOf(report, projectByCode)?.value.budget;
      if (progress === undefined || progress >= 100 || budget === undefined) continue;
      if (!report.cumulative || !claimsProgressWithoutDisbursement(report, budget, config.thresholds)) continue;
      findings.push(recordFinding(report, 'progress', { progress, budget }, report.cumulative.cells));
    }
    return findings;
  },
  message: {
    th: (p) => `ความก้าวหน้า ${formatPercent(p.progress)} แต่ยังไม่มีการเบิกจ่าย (เบิกจ่ายสะสม 0 บาท จากงบประมาณ ${formatAmount(p.budget)} บาท)`,
    en: (p) => `Progress is ${formatPercent(p.progress)} but nothing has been disbursed (0 baht of a ${formatAmount(p.budget)} baht budget)`,
  },
  fix: {
    th: () => 'ตรวจสอบว่าบันทึกยอดเบิกจ่ายสะสมครบหรือไม่ หรือแก้ไขความก้าวหน้าให้ตรงกับงานที่ทำจริง',
    en: () => 'Check that the disbursements are recorded, or correct the progress to the work actually done',
  },
});
