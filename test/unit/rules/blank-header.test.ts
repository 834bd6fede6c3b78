import type { CellValue } from '../../../src/core/model';
import { blankHeader as rule } from '../../../src/core/rules/blank-header';
import { flat } from '../../helpers/context';
import { contextOfSheets } from '../../helpers/sheets';

function contextOf(rows: CellValue[][]) {
  return contextOfSheets([{ sheet: 'Projects', rows }]);
}

describe('blank-header', () => {
  it('fires on an empty header cell over a column that holds data', () => {
    const ctx = contextOf([
      ['รายการโครงการ'],
      ['รหัสโครงการ', 'ชื่อโครงการ', null, 'งบประมาณ'],
      ['03000000-2457', 'ปรับปรุงถนน', null, 1918000],
      ['03000000-2458', 'ขุดลอกคลอง', 'สำนักการโยธา', 500000],
      ['03000000-2459', 'ปลูกต้นไม้', 'สำนักสิ่งแวดล้อม', 300000],
    ]);
    const findings = rule.check(ctx);
    expect(flat(findings)).toEqual([['Projects', 'C2', undefined]]);
    expect(findings[0].cells).toEqual(['C2', 'C4']);
    expect(rule.message.th(findings[0].params)).toBe('คอลัมน์ C ไม่มีหัวคอลัมน์ แต่มีข้อมูลอยู่ 2 แถว ข้อมูลในคอลัมน์นี้จึงไม่ถูกตรวจสอบ');
    expect(rule.message.en(findings[0].params)).toBe('Column C has no header but holds data in 2 rows; that data is not checked');
  });

  it('stays silent on an empty spacer column and on data beyond the last header', () => {
    const ctx = contextOf([
      ['รหัสโครงการ', 'ชื่อโครงการ', null, 'งบประมาณ', null],
      ['03000000-2457', 'ปรับปรุงถนน', '  ', 1918000, 'โน้ตนอกตาราง'],
      ['03000000-2458', 'ขุดลอกคลอง', null, 500000, 'โน้ตนอกตาราง'],
    ]);
    expect(ctx.tables[0].headers.map((h) => h.column)).toEqual(['A', 'B', 'C', 'D']);
    expect(rule.check(ctx)).toEqual([]);
  });
});
