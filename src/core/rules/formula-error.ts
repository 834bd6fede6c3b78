import { ALL_FIELDS, type Field } from '../model';
import { cellFinding, everyCell, labelOf, shownValue } from './cells';
import { defineRule } from './rule';

/**
 * A data cell shows an Excel error such as `#REF!` or `#DIV/0!` instead of a
 * value (DESIGN §5 `formula-error`).
 */
export const formulaError = defineRule<{ field: Field; error: string }>({
  id: 'formula-error',
  severity: 'error',
  fields: ALL_FIELDS,
  check({ tables }) {
    return everyCell(tables)
      .filter(({ cell }) => !cell.result.ok && cell.result.reason === 'formula-error')
      .map((located) => cellFinding(located, { field: located.cell.field, error: shownValue(located.cell.raw).trim() }));
  },
  message: {
    th: (p) => `ช่อง${labelOf(p.field, 'th')} แสดงข้อผิดพลาดของสูตร ${p.error} แทนค่าข้อมูล`,
    en: (p) => `The ${labelOf(p.field, 'en')} cell shows the formula error ${p.error} instead of a value`,
  },
  fix: {
    th: () => 'แก้สูตรหรือเซลล์ที่สูตรอ้างถึง หรือพิมพ์ค่าที่ถูกต้องลงไปแทน',
    en: () => 'Correct the formula or the cells it refers to, or type the correct value in',
  },
});
