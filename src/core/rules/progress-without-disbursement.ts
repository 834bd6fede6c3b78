import { formatAmount, formatPercent, formatReports } from '../format';
import type { Thresholds } from '../model';
import type { ProjectRecord, ReportRecord } from '../table/types';
import { recordFinding } from './context';
import { projectOf } from './report-relations';
import { DISBURSEMENT, defineRule, type Finding } from './rule';

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

/** What both without-disbursement rules name. */
export interface WithoutDisbursementParams {
  progress: number;
  budget: number;
  /**
   * When the figure is a running sum that leaves blank amounts out: how many reports
   * stated an amount (all 0), and which stated none.
   */
  knownCount?: number;
  unknownReports?: readonly number[];
  /** The budget returned, when it is the whole budget: the work was done without the money. */
  returned?: number;
}

/** The params of a report the without-disbursement rules report (its cumulative figure is 0). */
export function withoutDisbursementParams(report: ReportRecord, project: ProjectRecord | undefined): WithoutDisbursementParams {
  const params: WithoutDisbursementParams = { progress: report.value.progress as number, budget: project?.value.budget as number };
  const unknownReports = report.cumulative?.unknownReports;
  if (unknownReports && unknownReports.length > 0) {
    params.knownCount = report.cumulative?.knownCount;
    params.unknownReports = unknownReports;
  }
  const returned = project?.value.returned;
  // In satang, as every budget comparison.
  if (returned !== undefined && Math.round(returned * 100) >= Math.round(params.budget * 100)) params.returned = returned;
  return params;
}

/**
 * What was (not) disbursed, as both rules word it after "but": nothing of the budget, nothing in
 * the reports that state an amount (naming those that state none), and a budget returned whole.
 */
function nothingDisbursed(p: WithoutDisbursementParams, language: 'th' | 'en'): string {
  const unknown = p.unknownReports && p.unknownReports.length > 0 ? p.unknownReports : undefined;
  const known = p.knownCount ?? 0;
  const budget = formatAmount(p.budget);
  if (language === 'th') {
    const none = unknown ? `ไม่มีการเบิกจ่ายในรายงาน ${known} ครั้งที่กรอกยอดเบิกจ่าย` : p.returned === undefined ? 'ยังไม่มีการเบิกจ่าย' : 'ไม่มีการเบิกจ่าย';
    const amounts = p.returned === undefined
      ? `(${unknown ? 'รวม' : 'เบิกจ่ายสะสม'} 0 บาท จากงบประมาณ ${budget} บาท)`
      : `และส่งคืนงบประมาณทั้งหมดแล้ว (ส่งคืน ${formatAmount(p.returned)} บาท จากงบประมาณ ${budget} บาท)`;
    return `${none} ${amounts}${unknown ? ` ส่วน${formatReports(unknown, 'th')} ไม่ได้กรอกยอดเบิกจ่าย` : ''}`;
  }
  const none = unknown
    ? `nothing has been disbursed in ${known === 1 ? 'the one report that states an amount' : `the ${known} reports that state an amount`}`
    : 'nothing has been disbursed';
  const amounts = p.returned === undefined
    ? `(0 baht of a ${budget} baht budget)`
    : `and the whole budget was returned (${formatAmount(p.returned)} baht returned of a ${budget} baht budget)`;
  return `${none} ${amounts}${unknown ? `; ${formatReports(unknown, 'en')} ${unknown.length === 1 ? 'states' : 'state'} none` : ''}`;
}

/** The message of both without-disbursement rules: the progress claimed, then nothingDisbursed. */
export const withoutDisbursementMessage = {
  th: (p: WithoutDisbursementParams) => `ความก้าวหน้า${formatPercent(p.progress, 'th')} แต่${nothingDisbursed(p, 'th')}`,
  en: (p: WithoutDisbursementParams) => `Progress is ${formatPercent(p.progress)} but ${nothingDisbursed(p, 'en')}`,
};

/**
 * The advice of both rules, around each rule's own check: fill in the amounts not stated first;
 * with the whole budget returned, nothing is missing but the explanation.
 */
export function withoutDisbursementFix(check: { th: string; en: string }): { th(p: WithoutDisbursementParams): string; en(p: WithoutDisbursementParams): string } {
  return {
    th: (p) => {
      if (p.returned !== undefined) return 'ระบุการส่งคืนงบประมาณไว้ในรายงาน และชี้แจงว่าดำเนินงานได้โดยไม่ใช้งบประมาณนี้อย่างไร เช่น ใช้งบประมาณจากแหล่งอื่นหรือได้รับการสนับสนุน';
      return p.unknownReports?.length ? `กรอกยอดเบิกจ่ายของ${formatReports(p.unknownReports, 'th')} แล้ว${check.th}` : check.th;
    },
    en: (p) => {
      if (p.returned !== undefined) return 'Record the returned budget in the report and explain how the work was done without it, e.g. from another budget or with outside support';
      return p.unknownReports?.length ? `Fill in the disbursement of ${formatReports(p.unknownReports, 'en')}, then ${check.en[0].toLowerCase()}${check.en.slice(1)}` : check.en;
    },
  };
}

/**
 * A report claims substantial progress (default ≥ 25 %, below 100 %) while
 * nothing has been disbursed of the project's budget
 * (DESIGN §5 `progress-without-disbursement`; 100 % is completed-without-disbursement's).
 * With in-period amounts, "nothing" is every amount stated; the message names the reports
 * that state none. A budget returned whole is said, with its own advice.
 */
export const progressWithoutDisbursement = defineRule<WithoutDisbursementParams>({
  id: 'progress-without-disbursement',
  severity: 'warning',
  fields: ['progress', 'disbursedToDate', 'disbursedInPeriod', 'budget'],
  needs: [DISBURSEMENT, 'budget'],
  check({ reports, projectByCode, config }) {
    const findings: Finding<WithoutDisbursementParams>[] = [];
    for (const report of reports) {
      const { progress } = report.value;
      const project = projectOf(report, projectByCode);
      const budget = project?.value.budget;
      if (progress === undefined || progress >= 100 || budget === undefined) continue;
      if (!report.cumulative || !claimsProgressWithoutDisbursement(report, budget, config.thresholds)) continue;
      findings.push(recordFinding(report, 'progress', withoutDisbursementParams(report, project), report.cumulative.cells));
    }
    return findings;
  },
  message: withoutDisbursementMessage,
  fix: withoutDisbursementFix({
    th: 'ตรวจสอบว่าบันทึกยอดเบิกจ่ายสะสมครบหรือไม่ หรือแก้ไขความก้าวหน้าให้ตรงกับงานที่ทำจริง',
    en: 'Check that the disbursements are recorded, or correct the progress to the work actually done',
  }),
});
