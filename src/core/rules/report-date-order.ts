import { formatDateEnglish, formatDateThai } from '../format';
import type { IsoDate } from '../model';
import { addressOf } from './context';
import { numberedReports } from './duplicate-report';
import { previousCellAddress, reportPairs } from './report-relations';
import { defineRule } from './rule';

interface DateOrderParams {
  reportNo: number;
  date: IsoDate;
  previousNo: number;
  previousDate: IsoDate;
}

/**
 * A report dated earlier than the report before it by number (DESIGN §5
 * `report-date-order`). Reports are walked by report number, never row order,
 * one per number (a duplicated number is duplicate-report's finding); a report
 * without a readable date is passed over, so the next one is compared with the
 * last dated report before it.
 */
export const reportDateOrder = defineRule<DateOrderParams>({
  id: 'report-date-order',
  severity: 'error',
  fields: ['code', 'reportNo', 'reportDate'],
  needs: ['reportNo'],
  check(context) {
    const earlier = (date: IsoDate, previousDate: IsoDate) => date < previousDate;
    return reportPairs(numberedReports(context), (report) => report.value.reportDate, earlier).map((pair) => {
      const { current, previous } = pair;
      return {
        sheet: current.table.sheet,
        cells: [addressOf(current, 'reportDate'), ...previousCellAddress(pair, previous.row.cells.reportDate)],
        project: current.value.projectCode,
        report: pair.reportNo,
        field: 'reportDate' as const,
        value: current.row.cells.reportDate?.raw,
        params: {
          reportNo: pair.reportNo, date: pair.value, previousNo: pair.previousReportNo, previousDate: pair.previousValue,
        },
      };
    });
  },
  message: {
    th: (p) => `รายงานครั้งที่ ${p.reportNo} ลงวันที่ ${formatDateThai(p.date)} ก่อนวันที่ของรายงานครั้งที่ ${p.previousNo} `
      + `(${formatDateThai(p.previousDate)})`,
    en: (p) => `Report no. ${p.reportNo} is dated ${formatDateEnglish(p.date)}, before report no. ${p.previousNo} `
      + `(${formatDateEnglish(p.previousDate)})`,
  },
  fix: {
    th: () => 'ตรวจสอบวันที่รายงานและเลขครั้งที่รายงาน (ปี พ.ศ. หรือเดือนอาจพิมพ์ผิด)',
    en: () => 'Check the report date and the report number (the year or month may be mistyped)',
  },
});
