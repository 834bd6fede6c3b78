import type { Field } from '../model';
import { cellFinding, failedFor, fieldsOfKind, forEachNoteworthyCell, labelOf, shownValue } from './cells';
import { defineRule, type Finding } from './rule';

const DATE_FIELDS = fieldsOfKind('date');

interface InvalidDateParams { field: Field; value: string; impossible: boolean }

/**
 * A date cell cannot be read as a date, or names a day the calendar does not
 * have such as 31/02/2563 (DESIGN §5 `invalid-date`).
 */
export const invalidDate = defineRule<InvalidDateParams>({
  id: 'invalid-date',
  severity: 'error',
  fields: DATE_FIELDS,
  check(context) {
    const findings: Finding<InvalidDateParams>[] = [];
    forEachNoteworthyCell(context, DATE_FIELDS, (cell, row, table) => {
      const impossible = !cell.result.ok && cell.result.reason === 'impossible-date';
      findings.push(cellFinding({ table, row, cell }, { field: cell.field, value: shownValue(cell.raw), impossible }));
    }, { result: failedFor('not-a-date', 'impossible-date') });
    return findings;
  },
  message: {
    th: (p) => p.impossible
      ? `${labelOf(p.field, 'th')} "${p.value}" ไม่มีวันที่นี้อยู่จริงในปฏิทิน`
      : `${labelOf(p.field, 'th')} "${p.value}" อ่านเป็นวันที่ไม่ได้`,
    en: (p) => p.impossible
      ? `The ${labelOf(p.field, 'en')} "${p.value}" is not a real calendar date`
      : `The ${labelOf(p.field, 'en')} "${p.value}" cannot be read as a date`,
  },
  fix: {
    th: () => 'กรอกวันที่ในรูปแบบ วัน/เดือน/ปี พ.ศ. เช่น 19/10/2562',
    en: () => 'Enter the date as day/month/year in the Buddhist era (d/m/yyyy), e.g. 19/10/2562',
  },
});
