import { ALL_FIELDS, type Field } from '../model';
import { cleanText } from '../parse/text';
import { cellFinding, forEachNoteworthyCell, labelOf, noted } from './cells';
import { defineRule, type Finding } from './rule';

interface StrayWhitespaceParams { field: Field; cleaned: string }

/**
 * Leading or trailing spaces, non-breaking spaces or zero-width characters in
 * a cell (DESIGN §5 `stray-whitespace`): invisible, yet they make equal codes
 * and names differ in Excel's lookups and filters. A cell of spaces only reads as
 * empty (no note), so it is not reported here.
 */
export const strayWhitespace = defineRule<StrayWhitespaceParams>({
  id: 'stray-whitespace',
  severity: 'info',
  fields: ALL_FIELDS,
  check(context) {
    const findings: Finding<StrayWhitespaceParams>[] = [];
    forEachNoteworthyCell(context, undefined, (cell, row, table) => {
      if (typeof cell.raw !== 'string') return;
      const cleaned = cleanText(cell.raw).text;
      findings.push(cellFinding({ table, row, cell }, { field: cell.field, cleaned }, cleaned));
    }, { result: noted('stray-whitespace') });
    return findings;
  },
  message: {
    th: (p) => `${labelOf(p.field, 'th')} "${p.cleaned}" มีช่องว่างส่วนเกินหรืออักขระที่มองไม่เห็นปนอยู่`,
    en: (p) => `The ${labelOf(p.field, 'en')} "${p.cleaned}" has stray spaces or invisible characters`,
  },
  fix: {
    th: (p) => `ลบช่องว่างส่วนเกินออกให้เหลือ "${p.cleaned}"`,
    en: (p) => `Remove them, leaving "${p.cleaned}"`,
  },
});
