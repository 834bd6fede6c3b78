import { formatPercent } from '../format';
import { addressesOf, recordFinding } from './context';
import type { ReportRecord, SheetTable } from '../table/types';
import { defineRule, type Finding } from './rule';

interface MissingDisbursementParams {
  /** The column left blank: the one the project reports in (see `blankAmountField`). */
  field: 'disbursedToDate' | 'disbursedInPeriod';
  progress: number;
  reportNo?: number;
}

/** What each language calls the blank amount. */
const AMOUNT_NAME = {
  disbursedToDate: { th: 'ยอดเบิกจ่ายสะสม', en: 'cumulative disbursement' },
  disbursedInPeriod: { th: 'ยอดเบิกจ่ายในงวด', en: 'disbursement for the period' },
} as const;

type AmountField = MissingDisbursementParams['field'];

const isFilled = (cell: ReportRecord['row']['cells'][AmountField]) => cell !== undefined && cell.raw !== null && cell.raw !== '';

/**
 * Which amount column a report of `table` should have filled: the table's only one; with both —
 * a consolidated table of agencies that report either way — the in-period one for a project
 * that reports per period (some in-period cell filled, no cumulative one), else the cumulative one.
 */
function blankAmountField(reports: readonly ReportRecord[]): (report: ReportRecord) => AmountField | undefined {
  const perPeriod = new Map<SheetTable, Set<string>>();
  const cumulative = new Map<SheetTable, Set<string>>();
  for (const report of reports) {
    const { columns } = report.table;
    const code = report.value.projectCode;
    if (columns.disbursedToDate === undefined || columns.disbursedInPeriod === undefined || code === undefined) continue;
    const { cells } = report.row;
    for (const [field, codes] of [['disbursedToDate', cumulative], ['disbursedInPeriod', perPeriod]] as const) {
      if (!isFilled(cells[field])) continue;
      let set = codes.get(report.table);
      if (!set) codes.set(report.table, set = new Set());
      set.add(code);
    }
  }
  return (report) => {
    const { columns } = report.table;
    if (columns.disbursedToDate === undefined) return columns.disbursedInPeriod !== undefined ? 'disbursedInPeriod' : undefined;
    if (columns.disbursedInPeriod === undefined) return 'disbursedToDate';
    const code = report.value.projectCode;
    const reportsPerPeriod = code !== undefined && perPeriod.get(report.table)?.has(code) && !cumulative.get(report.table)?.has(code);
    return reportsPerPeriod ? 'disbursedInPeriod' : 'disbursedToDate';
  };
}

/**
 * A report states progress (> 0 %) but leaves its disbursement blank
 * (DESIGN §5 `missing-disbursement`): the cumulative cell, or the in-period cell when
 * the table has only that column or the project reports per period. The money rules
 * still check later reports, the blank counting as unknown (records.ts). No disbursement
 * column at all is `rules-not-run`'s finding; an amount that cannot be read is `invalid-number`'s.
 */
export const missingDisbursement = defineRule<MissingDisbursementParams>({
  id: 'missing-disbursement',
  severity: 'warning',
  fields: ['progress', 'disbursedToDate', 'disbursedInPeriod'],
  needs: ['progress'],
  check({ reports }) {
    const findings: Finding<MissingDisbursementParams>[] = [];
    const fieldOf = blankAmountField(reports);
    for (const report of reports) {
      const { progress, reportNo } = report.value;
      // Known already: a consolidated table's project that reports per period has its running sum.
      if (progress === undefined || progress <= 0 || report.cumulative !== undefined) continue;
      const field = fieldOf(report);
      const cell = field && report.row.cells[field];
      if (!field || !cell || cell.result.ok || cell.result.reason !== 'empty') continue;
      const params: MissingDisbursementParams = reportNo === undefined ? { field, progress } : { field, progress, reportNo };
      findings.push(recordFinding(report, field, params, addressesOf(report, ['progress'])));
    }
    return findings;
  },
  message: {
    th: (p) => `${p.reportNo === undefined ? '' : `รายงานครั้งที่ ${p.reportNo} `}มีความก้าวหน้า${formatPercent(p.progress, 'th')} แต่ไม่ได้กรอก${AMOUNT_NAME[p.field].th}`,
    en: (p) => `${p.reportNo === undefined ? 'The report' : `Report ${p.reportNo}`} states progress of ${formatPercent(p.progress)} but its ${AMOUNT_NAME[p.field].en} is blank`,
  },
  fix: {
    th: (p) => (p.field === 'disbursedToDate'
      ? 'กรอกยอดเบิกจ่ายสะสม หากยังไม่มีการเบิกจ่ายให้กรอก 0'
      : 'กรอกยอดเบิกจ่ายในงวด หากงวดนี้ไม่มีการเบิกจ่ายให้กรอก 0'),
    en: (p) => (p.field === 'disbursedToDate'
      ? 'Fill in the cumulative disbursement; enter 0 if nothing has been disbursed yet'
      : 'Fill in the disbursement for the period; enter 0 if nothing was disbursed in it'),
  },
});
