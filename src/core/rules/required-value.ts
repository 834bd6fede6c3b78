import { REQUIRED_FIELDS, type Field } from '../model';
import { cellFinding, failedFor, forEachNoteworthyCell, labelOf } from './cells';
import { defineRule, type Finding } from './rule';

/** How a message names a missing value where the column label would read oddly (`ความก้าวหน้า (%)`). */
const MISSING_NAME: Partial<Record<Field, { th: string; en: string }>> = {
  progress: { th: 'ร้อยละความก้าวหน้า', en: 'progress percentage' },
};

function nameOf(field: Field, language: 'th' | 'en'): string {
  return MISSING_NAME[field]?.[language] ?? labelOf(field, language);
}

interface RequiredValueParams {
  field: Field;
  /** The row's report number, when the row is a report and its number was read. */
  reportNo?: number;
}

/**
 * A required cell of a filled row is empty (DESIGN §5 `required-value`). A
 * required column that is missing altogether is `missing-column` instead.
 * On a report row the message names the report, as an officer would.
 */
export const requiredValue = defineRule<RequiredValueParams>({
  id: 'required-value',
  severity: 'error',
  fields: REQUIRED_FIELDS.flat,
  check(context) {
    const findings: Finding<RequiredValueParams>[] = [];
    forEachNoteworthyCell(context, undefined, (cell, row, table) => {
      if (!REQUIRED_FIELDS[table.role].includes(cell.field)) return;
      const reportNo = row.cells.reportNo?.result;
      const params: RequiredValueParams = reportNo?.ok && typeof reportNo.value === 'number'
        ? { field: cell.field, reportNo: reportNo.value }
        : { field: cell.field };
      findings.push(cellFinding({ table, row, cell }, params));
    }, { result: failedFor('empty') });
    return findings;
  },
  message: {
    th: (p) => (p.reportNo === undefined
      ? `ยังไม่ได้กรอก${nameOf(p.field, 'th')} ซึ่งเป็นข้อมูลที่ต้องกรอก`
      : `รายงานครั้งที่ ${p.reportNo} ยังไม่ได้กรอก${nameOf(p.field, 'th')}`),
    en: (p) => (p.reportNo === undefined
      ? `The ${nameOf(p.field, 'en')} is required but empty`
      : `Report ${p.reportNo} has no ${nameOf(p.field, 'en')}`),
  },
  fix: {
    th: (p) => `กรอก${nameOf(p.field, 'th')}${p.reportNo === undefined ? '' : `ของรายงานครั้งที่ ${p.reportNo}`}`,
    en: (p) => `Fill in the ${nameOf(p.field, 'en')}${p.reportNo === undefined ? '' : ` of report ${p.reportNo}`}`,
  },
});
