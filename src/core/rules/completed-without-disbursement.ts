import { recordFinding } from './context';
import {
  withoutDisbursementFix, withoutDisbursementMessage, withoutDisbursementParams, type WithoutDisbursementParams,
} from './progress-without-disbursement';
import { projectOf } from './report-relations';
import { DISBURSEMENT, defineRule, type Finding } from './rule';

/**
 * A report claims 100 % progress while nothing has been disbursed and the
 * project has a budget (DESIGN §5 `completed-without-disbursement`). Worded as
 * progress-without-disbursement: amounts not stated, or a budget returned whole, are said.
 */
export const completedWithoutDisbursement = defineRule<WithoutDisbursementParams>({
  id: 'completed-without-disbursement',
  severity: 'error',
  fields: ['progress', 'disbursedToDate', 'disbursedInPeriod', 'budget'],
  needs: [DISBURSEMENT, 'budget'],
  check({ reports, projectByCode }) {
    const findings: Finding<WithoutDisbursementParams>[] = [];
    for (const report of reports) {
      const { progress } = report.value;
      const project = projectOf(report, projectByCode);
      const budget = project?.value.budget;
      if (progress === undefined || progress < 100 || report.cumulative?.value !== 0 || !budget || budget <= 0) continue;
      findings.push(recordFinding(report, 'progress', withoutDisbursementParams(report, project), report.cumulative.cells));
    }
    return findings;
  },
  message: withoutDisbursementMessage,
  fix: withoutDisbursementFix({
    th: 'ตรวจสอบยอดเบิกจ่ายสะสม หรือแก้ไขความก้าวหน้าให้ตรงกับงานที่ทำจริง',
    en: 'Check the cumulative disbursement, or correct the progress to the work actually done',
  }),
});

