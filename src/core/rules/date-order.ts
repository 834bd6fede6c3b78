import { formatDateEnglish, formatDateThai } from '../format';
import type { IsoDate } from '../model';
import { addressOf, recordFinding } from './context';
import { defineRule } from './rule';

/**
 * A project starts after it ends (DESIGN §5 `date-order`). Every project row
 * is checked, flat rows included: each holds its own copy of the dates.
 */
export const dateOrder = defineRule<{ start: IsoDate; end: IsoDate }>({
  id: 'date-order',
  severity: 'error',
  fields: ['startDate', 'endDate'],
  check({ projects }) {
    return projects.flatMap((project) => {
      const { startDate: start, endDate: end } = project.value;
      if (start === undefined || end === undefined || start <= end) return [];
      return [recordFinding(project, 'startDate', { start, end }, [addressOf(project, 'endDate')])];
    });
  },
  message: {
    th: (p) => `วันเริ่มต้นโครงการ (${formatDateThai(p.start)}) อยู่หลังวันสิ้นสุดโครงการ (${formatDateThai(p.end)})`,
    en: (p) => `The start date (${formatDateEnglish(p.start)}) is after the end date (${formatDateEnglish(p.end)})`,
  },
  fix: {
    th: () => 'ตรวจสอบว่าใส่วันเริ่มต้นกับวันสิ้นสุดสลับกัน หรือพิมพ์ปีผิดหรือไม่',
    en: () => 'Check whether the start and end dates are swapped or a year is mistyped',
  },
});
