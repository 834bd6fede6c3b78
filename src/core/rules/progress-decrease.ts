import { formatPercent } from '../format';
import { addressOf } from './context';
import { previousCellAddress, reportPairs } from './report-relations';
import { defineRule } from './rule';

/**
 * A report's progress is lower than the previous report's — progress is
 * cumulative, so it never goes back (DESIGN §5 `progress-decrease`).
 * "Previous" is by report number, not by row.
 */
export const progressDecrease = defineRule<{
  reportNo: number; progress: number; previousReportNo: number; previousProgress: number;
}>({
  id: 'progress-decrease',
  severity: 'error',
  fields: ['reportNo', 'progress'],
  needs: ['reportNo'],
  check({ reportsByCode }) {
    return reportPairs(reportsByCode, (report) => report.value.progress, (value, previousValue) => value < previousValue)
      .map((pair) => ({
        sheet: pair.current.table.sheet,
        cells: [addressOf(pair.current, 'progress'), ...previousCellAddress(pair, pair.previous.row.cells.progress)],
        project: pair.current.value.projectCode,
        report: pair.reportNo,
        field: 'progress' as const,
        value: pair.current.row.cells.progress?.raw,
        params: {
          reportNo: pair.reportNo,
          progress: pair.value,
          previousReportNo: pair.previousReportNo,
          previousProgress: pair.previousValue,
        },
      }));
  },
  message: {
    th: (p) => `ความก้าวหน้าของรายงานครั้งที่ ${p.reportNo} (${formatPercent(p.progress, 'th')}) ต่ำกว่ารายงานครั้งที่ ${p.previousReportNo} (${formatPercent(p.previousProgress, 'th')})`,
    en: (p) => `Progress in report ${p.reportNo} (${formatPercent(p.progress)}) is lower than in report ${p.previousReportNo} (${formatPercent(p.previousProgress)})`,
  },
  fix: {
    th: () => 'ความก้าวหน้าเป็นค่าสะสม จึงไม่ควรลดลง ตรวจสอบตัวเลขของทั้งสองครั้ง หรือเลขครั้งที่ของรายงาน',
    en: () => 'Progress is cumulative and should not go down: check both figures, or the report numbers',
  },
});
