import { formatAmount, formatPercent } from '../format';
import { recordFinding } from './context';
import { claimsProgressWithoutDisbursement } from './progress-without-disbursement';
import { isWholeCumulative, projectOf } from './report-relations';
import { DISBURSEMENT, defineRule, type Finding } from './rule';

interface DisbursementGapParams { progress: number; disbursedPercent: number; amount: number; budget: number }

/**
 * Claimed progress runs far ahead of the share of the budget disbursed
 * (default: more than 50 percentage points; DESIGN §5 `progress-disbursement-gap`).
 * Silent when a without-disbursement rule already reports the report, and when the
 * figure is a running sum missing a blank amount: the share disbursed is then unknown.
 */
export const progressDisbursementGap = defineRule<DisbursementGapParams>({
  id: 'progress-disbursement-gap',
  severity: 'warning',
  fields: ['progress', 'disbursedToDate', 'disbursedInPeriod', 'budget'],
  needs: [DISBURSEMENT, 'budget'],
  check({ reports, projectByCode, config }) {
    const { thresholds } = config;
    const findings: Finding<DisbursementGapParams>[] = [];
    for (const report of reports) {
      const { progress } = report.value;
      const budget = projectOf(report, projectByCode)?.value.budget;
      const amount = report.cumulative?.value;
      if (progress === undefined || amount === undefined || budget === undefined || budget <= 0) continue;
      if (!isWholeCumulative(report) || claimsProgressWithoutDisbursement(report, budget, thresholds)) continue;
      const disbursedPercent = (amount / budget) * 100;
      if (progress - disbursedPercent <= thresholds.progressDisbursementGapPoints) continue;
      findings.push(recordFinding(report, 'progress', { progress, disbursedPercent, amount, budget }, report.cumulative?.cells));
    }
    return findings;
  },
  message: {
    th: (p) => `ความก้าวหน้า${formatPercent(p.progress, 'th')} แต่เบิกจ่ายสะสมเพียง${formatPercent(p.disbursedPercent, 'th')} ของงบประมาณ (${formatAmount(p.amount)} บาท จาก ${formatAmount(p.budget)} บาท)`,
    en: (p) => `Progress is ${formatPercent(p.progress)} but only ${formatPercent(p.disbursedPercent)} of the budget has been disbursed (${formatAmount(p.amount)} of ${formatAmount(p.budget)} baht)`,
  },
  fix: {
    th: () => 'ตรวจสอบว่าบันทึกยอดเบิกจ่ายสะสมครบหรือไม่ หรือแก้ไขความก้าวหน้าให้ตรงกับงานที่ทำจริง',
    en: () => 'Check that all disbursements are recorded, or correct the progress to the work actually done',
  },
});
