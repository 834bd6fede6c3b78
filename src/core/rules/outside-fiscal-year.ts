import { FIELD_LABEL, type IsoDate } from '../model';
import { formatDateEnglish, formatDateThai } from '../format';
import { fiscalYearPeriod } from '../parse/calendar';
import { addressesOf, recordFinding } from './context';
import { defineRule, type Finding } from './rule';

const CHECKED_DATES = ['startDate', 'endDate'] as const;

interface OutsideParams {
  field: (typeof CHECKED_DATES)[number];
  date: IsoDate;
  fiscalYear: number;
  periodStart: IsoDate;
  periodEnd: IsoDate;
}

/**
 * A project's start or end date falls outside its fiscal year, 1 October
 * (N−1) to 30 September (N) (DESIGN §4, §5 `outside-fiscal-year`); one finding
 * per offending date. A fiscal year out of range is out-of-range's finding, so
 * its dates are not measured against it.
 */
export const outsideFiscalYear = defineRule<OutsideParams>({
  id: 'outside-fiscal-year',
  severity: 'warning',
  fields: ['fiscalYear', ...CHECKED_DATES],
  needs: ['fiscalYear'],
  check({ projects, config }) {
    const { minFiscalYear, maxFiscalYear } = config.thresholds;
    const findings: Finding<OutsideParams>[] = [];
    // A flat table repeats its project on every report row: each year's period worked out once.
    const periods = new Map<number, { start: IsoDate; end: IsoDate }>();
    for (const project of projects) {
      const fiscalYear = project.value.fiscalYear;
      if (fiscalYear === undefined || fiscalYear < minFiscalYear || fiscalYear > maxFiscalYear) continue;
      let period = periods.get(fiscalYear);
      if (!period) periods.set(fiscalYear, (period = fiscalYearPeriod(fiscalYear)));
      const { start: periodStart, end: periodEnd } = period;
      for (const field of CHECKED_DATES) {
        const date = project.value[field];
        if (date === undefined || (date >= periodStart && date <= periodEnd)) continue;
        findings.push(recordFinding(project, field, { field, date, fiscalYear, periodStart, periodEnd }, addressesOf(project, ['fiscalYear'])));
      }
    }
    return findings;
  },
  message: {
    th: (p) => `${FIELD_LABEL[p.field].th} ${formatDateThai(p.date)} อยู่นอกปีงบประมาณ พ.ศ. ${p.fiscalYear} `
      + `(${formatDateThai(p.periodStart)} – ${formatDateThai(p.periodEnd)})`,
    en: (p) => `The ${FIELD_LABEL[p.field].en} ${formatDateEnglish(p.date)} is outside fiscal year ${p.fiscalYear} BE `
      + `(${formatDateEnglish(p.periodStart)} – ${formatDateEnglish(p.periodEnd)})`,
  },
  fix: {
    th: () => 'ตรวจสอบปีงบประมาณและวันที่ (อาจใส่ปี พ.ศ. กับ ค.ศ. สลับกัน) หากเป็นโครงการต่อเนื่องข้ามปีงบประมาณ ให้ยกเว้นรายการนี้พร้อมระบุเหตุผล',
    en: () => 'Check the fiscal year and the date (BE and CE years may be mixed up); for a project that runs across fiscal years, waive this finding with a reason',
  },
});
