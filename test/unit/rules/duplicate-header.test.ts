import type { CellValue } from '../../../src/core/model';
import { duplicateHeader as rule } from '../../../src/core/rules/duplicate-header';
import { flat } from '../../helpers/context';
import { contextOfSheets } from '../../helpers/sheets';

function contextOf(rows: CellValue[][]) {
  return contextOfSheets([{ sheet: 'Projects', rows }]);
}

describe('duplicate-header', () => {
  it('marks the later of two columns of one field, and of two equal unknown headers', () => {
    const ctx = contextOf([
      ['รหัสโครงการ', 'ชื่อโครงการ', 'งบประมาณ (บาท)', 'หมายเหตุ', 'งบประมาณที่ได้รับ', 'หมาย เหตุ'],
      ['03000000-2457', 'ปรับปรุงถนน', 1918000, '', 1918000, ''],
    ]);
    const findings = rule.check(ctx);
    expect(flat(findings)).toEqual([['Projects', 'E1', undefined], ['Projects', 'F1', undefined]]);
    expect(findings.map((f) => f.cells)).toEqual([['E1', 'C1'], ['F1', 'D1']]);
    expect(findings[0].field).toBe('budget');
    expect(rule.message.th(findings[0].params)).toBe(
      'คอลัมน์ E ("งบประมาณที่ได้รับ") เป็นคอลัมน์ "งบประมาณที่ได้รับ" ซ้ำกับคอลัมน์ C ("งบประมาณ (บาท)") ระบบจะอ่านเฉพาะคอลัมน์ C',
    );
    expect(rule.message.en(findings[0].params)).toBe(
      'Column E ("งบประมาณที่ได้รับ") is a second "budget received" column after column C ("งบประมาณ (บาท)"); only column C is read',
    );
    expect(rule.message.th(findings[1].params)).toBe('หัวคอลัมน์ "หมาย เหตุ" ในคอลัมน์ F ซ้ำกับหัวคอลัมน์ของคอลัมน์ D');
  });

  it('compares a third copy with the first', () => {
    const ctx = contextOf([['รหัสโครงการ', 'ชื่อโครงการ', 'รหัส', 'Code']]);
    expect(rule.check(ctx).map((f) => f.cells)).toEqual([['C1', 'A1'], ['D1', 'A1']]);
  });

  it('stays silent on distinct fields, distinct unknown headers and empty header cells', () => {
    const ctx = contextOf([
      ['รหัสโครงการ', null, 'ชื่อโครงการ', 'วันเริ่มต้น', 'วันสิ้นสุด', null, 'หมายเหตุ', 'หมายเหตุ 2'],
      ['03000000-2457', null, 'ปรับปรุงถนน', '1/10/2562', '30/9/2563', null, '', ''],
    ]);
    expect(ctx.tables[0].headers).toHaveLength(8);
    expect(rule.check(ctx)).toEqual([]);
  });
});
