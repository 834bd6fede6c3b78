import { strayWhitespace as rule } from '../../../src/core/rules/stray-whitespace';
import { flat } from '../../helpers/context';
import { contextOfSheets, projectsSheet } from '../../helpers/sheets';

describe('stray-whitespace', () => {
  it('fires on leading, trailing and invisible spaces in any field, offering the cleaned text', () => {
    const ctx = contextOfSheets([projectsSheet([
      ['03000000-2457\u200B', '  x', 2563, '1/10/2562\u00A0', '30/9/2563', 1000],
    ])]);
    const findings = rule.check(ctx);
    expect(flat(findings)).toEqual([['Projects', 'A2', undefined], ['Projects', 'B2', undefined], ['Projects', 'D2', undefined]]);
    expect(findings.map((f) => f.replacement)).toEqual(['03000000-2457', 'x', '1/10/2562']);
    expect(findings[1].value).toBe('  x');
    expect(rule.message.th(findings[1].params)).toBe('ชื่อโครงการ "x" มีช่องว่างส่วนเกินหรืออักขระที่มองไม่เห็นปนอยู่');
    expect(rule.fix!.en(findings[0].params)).toBe('Remove them, leaving "03000000-2457"');
  });

  it('stays silent on clean text, inner spaces, and a cell of spaces only', () => {
    const ctx = contextOfSheets([projectsSheet([
      ['03000000-2457', 'x', 2563, '1/10/2562', '30/9/2563', 1000],
      ['03000000-2458', 'ปรับปรุง ถนน', 2563, '1/10/2562', '30/9/2563', '   '],
    ])]);
    expect(rule.check(ctx)).toEqual([]);
  });
});
