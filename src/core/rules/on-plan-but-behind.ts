import { formatDateEnglish, formatDateThai, formatPercent } from '../format';
import type { IsoDate } from '../model';
import { daysBetween } from '../parse/calendar';
import { addressesOf, recordFinding } from './context';
import { projectOf } from './report-relations';
import { defineRule, type Finding } from './rule';

/**
 * The share (0–100) of a project's period that has passed on a date, clipped
 * to the period: `elapsedPercent('2019-10-01', '2020-09-30', '2020-04-01')` → about 50.
 * Undefined when the period is empty or reversed (date-order's finding).
 */
export function elapsedPercent(start: IsoDate, end: IsoDate, on: IsoDate): number | undefined {
  const length = daysBetween(start, end);
  if (length <= 0) return undefined;
  return Math.min(100, Math.max(0, (daysBetween(start, on) / length) * 100));
}

/**
 * The elapsed share in whole percent, as a person would say it of a calendar: `ประมาณร้อยละ 39`,
 * `about 39%` (not 38.63 %); an exact whole number without "about".
 */
function elapsedShown(elapsed: number, language: 'th' | 'en'): string {
  const whole = Math.round(elapsed);
  const about = whole === elapsed ? '' : language === 'th' ? 'ประมาณ' : 'about ';
  return `${about}${formatPercent(whole, language)}`;
}

interface BehindParams { progress: number; elapsed: number; start: IsoDate; end: IsoDate; reportDate: IsoDate }

/**
 * A report is marked on plan while its progress lags the elapsed share of the
 * project period by more than the tolerance (default 30 points;
 * DESIGN §5 `on-plan-but-behind`).
 */
export const onPlanButBehind = defineRule<BehindParams>({
  id: 'on-plan-but-behind',
  severity: 'warning',
  fields: ['onPlan', 'progress', 'reportDate', 'startDate', 'endDate'],
  needs: ['progress', 'reportDate', 'startDate', 'endDate'],
  check({ reports, projectByCode, config }) {
    const tolerance = config.thresholds.onPlanBehindPoints;
    const findings: Finding<BehindParams>[] = [];
    for (const report of reports) {
      const { onPlan, progress, reportDate } = report.value;
      const project = projectOf(report, projectByCode)?.value;
      if (onPlan !== true || progress === undefined || reportDate === undefined) continue;
      if (project?.startDate === undefined || project.endDate === undefined) continue;
      const elapsed = elapsedPercent(project.startDate, project.endDate, reportDate);
      if (elapsed === undefined || progress >= elapsed - tolerance) continue;
      findings.push(recordFinding(report, 'onPlan', { progress, elapsed, start: project.startDate, end: project.endDate, reportDate }, addressesOf(report, ['progress'])));
    }
    return findings;
  },
  message: {
    th: (p) => `ระบุว่าเป็นไปตามแผน แต่ความก้าวหน้าเพียง${formatPercent(p.progress, 'th')} ขณะที่ ณ วันที่ ${formatDateThai(p.reportDate)} เวลาผ่านไปแล้ว${elapsedShown(p.elapsed, 'th')} ของระยะเวลาโครงการ (${formatDateThai(p.start)} – ${formatDateThai(p.end)})`,
    en: (p) => `Marked on plan, but progress is only ${formatPercent(p.progress)} while ${elapsedShown(p.elapsed, 'en')} of the project period (${formatDateEnglish(p.start)} – ${formatDateEnglish(p.end)}) had passed by ${formatDateEnglish(p.reportDate)}`,
  },
  fix: {
    th: () => 'ตรวจสอบว่างานเป็นไปตามแผนจริงหรือไม่ หากล่าช้ากว่าแผน ให้ระบุว่า "ไม่เป็นไปตามแผน"',
    en: () => 'Check whether the work really is on plan; if it is behind, mark it "not on plan"',
  },
});
