import type { Field } from '../model';
import { thaiToArabicDigits } from '../parse/thai-digits';
import type { FieldCell, SheetTable } from '../table/types';
import { cellFinding, fieldsOfKind, forEachNoteworthyCell, labelOf, noted, numberToTypeIn } from './cells';
import { defineRule, type Finding } from './rule';

interface ThaiDigitsParams { field: Field; value: string; arabic: string }

const NUMBER_FIELDS = new Set<Field>(fieldsOfKind('amount', 'percent', 'count', 'year'));

/**
 * The quick fix's new value: a number where the cell holds a readable number in a
 * workbook (one click gives Excel a number it can add up, not Arabic-digit text that
 * `number-as-text` would flag next); otherwise the text in Arabic digits.
 */
function replacementOf(cell: FieldCell, table: SheetTable, arabic: string): string | number {
  const { result } = cell;
  if (!table.untyped && NUMBER_FIELDS.has(cell.field) && result.ok && typeof result.value === 'number') {
    return numberToTypeIn(cell, result.value);
  }
  return arabic;
}

/**
 * A number, date or code written in Thai digits (`๑๙/๑๐/๒๕๖๒`): read correctly
 * here, but Excel cannot match, calculate or sort it as it does Arabic digits (DESIGN §5 `thai-digits`).
 * The advice is textual, so a cell that is unreadable for another reason still gets it.
 */
export const thaiDigits = defineRule<ThaiDigitsParams>({
  id: 'thai-digits',
  severity: 'info',
  fields: fieldsOfKind('code', 'year', 'date', 'amount', 'percent', 'count', 'yesno'),
  check(context) {
    const findings: Finding<ThaiDigitsParams>[] = [];
    forEachNoteworthyCell(context, undefined, (cell, row, table) => {
      if (typeof cell.raw !== 'string') return;
      const arabic = thaiToArabicDigits(cell.raw);
      findings.push(cellFinding({ table, row, cell }, { field: cell.field, value: cell.raw, arabic }, replacementOf(cell, table, arabic)));
    }, { result: noted('thai-digits') });
    return findings;
  },
  message: {
    th: (p) => `${labelOf(p.field, 'th')} "${p.value}" เขียนด้วยเลขไทย`,
    en: (p) => `The ${labelOf(p.field, 'en')} "${p.value}" is written in Thai digits`,
  },
  fix: {
    th: (p) => `เปลี่ยนเป็นเลขอารบิก เพื่อให้ Excel ค้นหา คำนวณ และเรียงลำดับได้ถูกต้อง: ${p.arabic}`,
    en: (p) => `Write it in Arabic digits so Excel can match, calculate and sort it: ${p.arabic}`,
  },
});
