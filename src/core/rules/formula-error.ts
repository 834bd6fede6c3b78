import { ALL_FIELDS, type Field } from '../model';
import { cellFinding, failedFor, forEachNoteworthyCell, labelOf, shownValue } from './cells';
import { defineRule, type Finding } from './rule';

interface FormulaErrorParams { field: Field; error: string }

/**
 * A data cell shows an Excel error such as `#REF!` or `#DIV/0!` instead of a
 * value (DESIGN §5 `formula-error`).
 */
export const formulaError = defineRule<FormulaErrorParams>({
  id: 'formula-error',
  severity: 'error',
  fields: ALL_FIELDS,
  check(context) {
    const findings: Finding<FormulaErrorParams>[] = [];
    forEachNoteworthyCell(context, undefined, (cell, row, table) => {
      findings.push(cellFinding({ table, row, cell }, { field: cell.field, error: shownValue(cell.raw).trim() }));
    }, { result: failedFor('formula-error') });
    return findings;
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
