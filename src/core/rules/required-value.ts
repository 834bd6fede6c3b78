import { REQUIRED_PROJECT_FIELDS, REQUIRED_REPORT_FIELDS, type Field } from '../model';
import type { TableRole } from '../table/types';
import { cellFinding, forEachNoteworthyCell, labelOf } from './cells';
import { defineRule, type Finding } from './rule';

/** The fields a row of a table must fill, by the table's role (DESIGN §3, marked *). */
export function requiredFieldsOf(role: TableRole): readonly Field[] {
  if (role === 'projects') return REQUIRED_PROJECT_FIELDS;
  if (role === 'reports') return REQUIRED_REPORT_FIELDS;
  return [...new Set<Field>([...REQUIRED_PROJECT_FIELDS, ...REQUIRED_REPORT_FIELDS])];
}

/**
 * A required cell of a filled row is empty (DESIGN §5 `required-value`). A
 * required column that is missing altogether is `missing-column` instead.
 */
export const requiredValue = defineRule<{ field: Field }>({
  id: 'required-value',
  severity: 'error',
  fields: requiredFieldsOf('flat'),
  check(context) {
    const findings: Finding<{ field: Field }>[] = [];
    forEachNoteworthyCell(context, undefined, (cell, row, table) => {
      if (cell.result.ok || cell.result.reason !== 'empty' || !requiredFieldsOf(table.role).includes(cell.field)) return;
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
