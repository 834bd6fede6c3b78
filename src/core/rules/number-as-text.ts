import { formatAmount } from '../format';
import { FIELD_KIND, type Field } from '../model';
import { cellFinding, fieldsOfKind, forEachNoteworthyCell, labelOf, noted, numberToTypeIn, shownValue } from './cells';
import { defineRule, type Finding } from './rule';

const NUMBER_FIELDS = fieldsOfKind('amount', 'percent', 'count', 'year');

interface NumberAsTextParams { field: Field; value: string; number: number }

/**
 * A number typed or pasted as text (`1,918,000 บาท`, `'60`): readable here,
 * but Excel's SUM skips it (DESIGN §5 `number-as-text`). Not reported for a CSV,
 * where every cell is text by nature.
 */
export const numberAsText = defineRule<NumberAsTextParams>({
  id: 'number-as-text',
  severity: 'info',
  fields: NUMBER_FIELDS,
  check(context) {
    const findings: Finding<NumberAsTextParams>[] = [];
    forEachNoteworthyCell(context, NUMBER_FIELDS, (cell, row, table) => {
      const { result } = cell;
      if (!result.ok || typeof result.value !== 'number') return;
      const number = numberToTypeIn(cell, result.value);
      findings.push(cellFinding({ table, row, cell }, { field: cell.field, value: shownValue(cell.raw), number }, number));
    }, { table: (table) => !table.untyped, result: noted('number-as-text') });
    return findings;
  },
  message: {
    th: (p) => `${labelOf(p.field, 'th')} "${p.value}" เป็นตัวเลขที่บันทึกเป็นข้อความ ซึ่งฟังก์ชัน SUM ของ Excel จะข้ามไม่นำมารวม`,
    en: (p) => `The ${labelOf(p.field, 'en')} "${p.value}" is a number stored as text, which Excel's SUM leaves out`,
  },
  fix: {
    th: (p) => `แปลงเป็นตัวเลข ${shownNumber(p)}`,
    en: (p) => `Convert it to the number ${shownNumber(p)}`,
  },
});

function shownNumber(p: { field: Field; number: number }): string {
  return FIELD_KIND[p.field] === 'amount' ? formatAmount(p.number) : String(p.number);
}
