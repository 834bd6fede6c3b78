import { addressOnSheet, formatDateEnglish, formatDateThai } from '../format';
import type { IsoDate } from '../model';
import { daysBetween } from '../parse/calendar';
import type { ProjectRecord, ReportRecord } from '../table/types';
import { addressOf } from './context';
import { defineRule, type Finding } from './rule';

type OutsidePeriodParams =
  | { code: string; reportNo?: number; date: IsoDate; when: 'before-start'; start: IsoDate }
  | { code: string; reportNo?: number; date: IsoDate; when: 'after-end'; end: IsoDate; daysAfter: number; allowedDays: number };

function reportName(reportNo: number | undefined, lang: 'th' | 'en'): string {
  if (lang === 'th') return reportNo === undefined ? 'รายงาน' : `รายงานครั้งที่ ${reportNo}`;
  return reportNo === undefined ? 'The report' : `Report no. ${reportNo}`;
}

/** The finding on a report's date, with the project's date it passes as the second cell. */
function outsideFinding(
  report: ReportRecord, project: ProjectRecord, boundField: 'startDate' | 'endDate', params: OutsidePeriodParams,
): Finding<OutsidePeriodParams> {
  const sheet = report.table.sheet;
  return {
    sheet,
    cells: [addressOf(report, 'reportDate'), addressOnSheet(sheet, project.table.sheet, addressOf(project, boundField))],
    project: params.code,
    report: params.reportNo,
    field: 'reportDate',
    value: report.row.cells.reportDate?.raw,
    params,
  };
}

/**
 * A report dated before its project starts, or more than
 * `reportAfterEndDays` days after it ends (DESIGN §5 `report-outside-period`).
 * A project whose start is after its end is date-order's finding; its period
 * means nothing, so its reports are not measured against it.
 */
export const reportOutsidePeriod = defineRule<OutsidePeriodParams>({
  id: 'report-outside-period',
  severity: 'warning',
  fields: ['code', 'reportDate', 'startDate', 'endDate'],
  needs: [['startDate', 'endDate']],
  check({ reports, projectByCode, config }) {
    const allowedDays = config.thresholds.reportAfterEndDays;
    const findings: Finding<OutsidePeriodParams>[] = [];
    for (const report of reports) {
      const { projectCode: code, reportNo, reportDate: date } = report.value;
      const project = code === undefined ? undefined : projectByCode.get(code);
      if (code === undefined || date === undefined || !project) continue;
      const { startDate: start, endDate: end } = project.value;
      if (start !== undefined && end !== undefined && start > end) continue;
      if (start !== undefined && date < start) {
        findings.push(outsideFinding(report, project, 'startDate', { code, reportNo, date, when: 'before-start', start }));
        continue;
      }
      const daysAfter = end === undefined ? 0 : daysBetween(end, date);
      if (end !== undefined && daysAfter > allowedDays) {
        findings.push(outsideFinding(report, project, 'endDate', { code, reportNo, date, when: 'after-end', end, daysAfter, allowedDays }));
      }
    }
    return findings;
  },
  message: {
    th: (p) => p.when === 'before-start'
      ? `${reportName(p.reportNo, 'th')} ลงวันที่ ${formatDateThai(p.date)} ก่อนวันเริ่มต้นโครงการ (${formatDateThai(p.start)})`
      : `${reportName(p.reportNo, 'th')} ลงวันที่ ${formatDateThai(p.date)} หลังวันสิ้นสุดโครงการ (${formatDateThai(p.end)}) `
        + `ถึง ${p.daysAfter} วัน (กำหนดไว้ไม่เกิน ${p.allowedDays} วัน)`,
    en: (p) => p.when === 'before-start'
      ? `${reportName(p.reportNo, 'en')} is dated ${formatDateEnglish(p.date)}, before the project starts (${formatDateEnglish(p.start)})`
      : `${reportName(p.reportNo, 'en')} is dated ${formatDateEnglish(p.date)}, ${p.daysAfter} days after the project ends `
        + `(${formatDateEnglish(p.end)}); at most ${p.allowedDays} days are expected`,
  },
  fix: {
    th: (p) => p.when === 'before-start'
      ? 'ตรวจสอบวันที่รายงานและวันเริ่มต้นโครงการ (ปี พ.ศ. หรือ ค.ศ. อาจพิมพ์ผิด)'
      : 'ตรวจสอบวันที่รายงานและวันสิ้นสุดโครงการ หากขยายระยะเวลาโครงการ ให้แก้ไขวันสิ้นสุดโครงการ',
    en: (p) => p.when === 'before-start'
      ? 'Check the report date and the start date (a BE or CE year may be mistyped)'
      : 'Check the report date and the end date; if the project was extended, update its end date',
  },
});
