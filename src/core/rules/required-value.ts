import { REQUIRED_FIELDS, type Field } from '../model';
import { cellFinding, forEachNoteworthyCell, labelOf } from './cells';
import { defineRule, type Finding } from './rule';

/**
 * A required cell of a filled row is empty (DESIGN §5 `required-value`). A
 * required column that is missing altogether is `missing-column` instead.
 */
export const requiredValue = defineRule<{ field: Field }>({
  id: 'required-value',
  severity: 'error',
  fields: REQUIRED_FIELDS.flat,
  check(context) {
    const findings: Finding<{ field: Field }>[] = [];
    forEachNoteworthyCell(context, undefined, (cell, row, table) => {
      if (cell.result.ok || cell.result.reason !== 'empty' || !REQUIRED_FIELDS[table.role].includes(cell.field)) return;
      findings.push(cellFinding({ table, row, cell }, { field: cell.field }));
    });
    return findings;
  },
  message: {
    th: (p) => `ยังไม่ได้กรอก${labelOf(p.field, 'th')} ซึ่งเป็นข้อมูลที่ต้องกรอก`,
    en: (p) => `The ${labelOf(p.field, 'en')} is required but empty`,
  },
  fix: {
    th: (p) => `กรอก${labelOf(p.field, 'th')}`,
    en: (p) => `Fill in the ${labelOf(p.field, 'en')}`,
  },
});
