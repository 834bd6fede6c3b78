import type { CellValue } from '../../../src/core/model';
import { duplicateRow as rule } from '../../../src/core/rules/duplicate-row';
import { flat } from '../../helpers/context';
import { contextOfSheets, reportsSheet } from '../../helpers/sheets';

describe('duplicate-row', () => {
  it('marks a row identical to an earlier one, pointing back at it', () => {
    const ctx = contextOfSheets([reportsSheet([
      ['03000000-2457', 1, '31/10/2562', 10, 200000],
      ['03000000-2457', 2, '30/11/2562', 20, 400000],
      ['03000000-2457', 1, '31/10/2562', 10, 200000],
    ])]);
    const findings = rule.check(ctx);
    expect(flat(findings)).toEqual([['Reports', 'A4', undefined]]);
    expect(findings[0].cells).toEqual(['A4', 'A2']);
    expect(findings[0].project).toBe('03000000-2457');
    expect(rule.message.th(findings[0].params)).toBe('แถวที่ 4 ซ้ำกับแถวที่ 2 ทุกช่อง');
    expect(rule.message.en(findings[0].params)).toBe('Row 4 is identical to row 2');
  });

  it('stays silent when one cell differs (even only as text vs number), on blank rows, and across tables', () => {
    const rows: CellValue[][] = [
      ['03000000-2457', 1, '31/10/2562', 10, 200000],
      [],
      ['03000000-2457', 1, '31/10/2562', 10, '200000'],
      [],
      ['03000000-2457', 2, '31/10/2562', 10, 200000],
    ];
    const ctx = contextOfSheets([reportsSheet(rows), { ...reportsSheet(rows.slice(0, 1)), sheet: 'Reports (2)' }]);
    expect(ctx.tables[0].rows.filter((r) => r.blank)).toHaveLength(2);
    expect(rule.check(ctx)).toEqual([]);
  });

  it('points each repeat at the earliest equal row, also among rows whose values hash alike', () => {
    // Texts are hashed by their length and eight characters at each end: these two hash alike.
    const one = 'โครงการก-ตัวอย่าง-1-กลาง-ตัวอย่าง';
    const two = 'โครงการก-ตัวอย่าง-2-กลาง-ตัวอย่าง';
    const ctx = contextOfSheets([reportsSheet([
      ['03000000-2457', 1, one],
      ['03000000-2457', 1, two],
      ['03000000-2457', 1, two],
      ['03000000-2457', 1, one],
      ['03000000-2457', 1, two],
      ['03000000-2457', 1, one, 10],
    ])]);
    expect(rule.check(ctx).map((f) => f.cells)).toEqual([['A4', 'A3'], ['A5', 'A2'], ['A6', 'A3']]);
  });
});
