import { formatDateEnglish, formatDateThai } from '../format';
import type { IsoDate } from '../model';
import { daysBetween } from '../parse/calendar';
import { addressOf } from './context';
import { previousCellAddress, reportPairs } from './report-relations';
import { defineRule } from './rule';

/**
 * More than the configured number of days (default 45) passed between two
 * consecutive reports of a project, by report number (DESIGN §5 `report-interval`).
 * A later report dated earlier is report-date-order's finding, not this one.
 */
export const reportInterval = defineRule<{
  reportNo: number; date: IsoDate; previousReportNo: number; previousDate: IsoDate; days: number; maxDays: number;
}>({
  id: 'report-interval',
  severity: 'info',
  fields: ['reportNo', 'reportDate'],
  needs: ['reportNo'],
  check({ reportsByCode, config }) {
    const maxDays = config.thresholds.reportIntervalDays;
    const tooFarApart = (date: IsoDate, previousDate: IsoDate) => daysBetween(previousDate, date) > maxDays;
    return reportPairs(reportsByCode, (report) => report.value.reportDate, tooFarApart).map((pair) => {
      const days = daysBetween(pair.previousValue, pair.value);
      return {
        sheet: pair.current.table.sheet,
        cells: [addressOf(pair.current, 'reportDate'), ...previousCellAddress(pair, pair.previous.row.cells.reportDate)],
        project: pair.current.value.projectCode,
        report: pair.reportNo,
        field: 'reportDate' as const,
        value: pair.current.row.cells.reportDate?.raw,
        params: {
          reportNo: pair.reportNo,
          date: pair.value,
          previousReportNo: pair.previousReportNo,
          previousDate: pair.previousValue,
          days,
          maxDays,
        },
      };
    });
  },
  message: {
    th: (p) => `รายงานครั้งที่ ${p.reportNo} (${formatDateThai(p.date)}) ห่างจากรายงานครั้งที่ ${p.previousReportNo} (${formatDateThai(p.previousDate)}) ${p.days} วัน เกินกว่า ${p.maxDays} วัน`,
    en: (p) => `Report ${p.reportNo} (${formatDateEnglish(p.date)}) comes ${p.days} days after report ${p.previousReportNo} (${formatDateEnglish(p.previousDate)}), more than ${p.maxDays} days`,
  },
  fix: {
    th: (p) => `ตรวจสอบวันที่รายงานของทั้งสองครั้ง หากถูกต้อง ควรรายงานความก้าวหน้าทุก ${p.maxDays} วันเป็นอย่างน้อย`,
    en: (p) => `Check both report dates; if they are right, report progress at least every ${p.maxDays} days`,
  },
});
