import type { CellValue } from '../../../src/core/model';
import { unknownColumn as rule } from '../../../src/core/rules/unknown-column';
import { flat } from '../../helpers/context';
import { contextOfSheets } from '../../helpers/sheets';

function contextOf(rows: CellValue[][]) {
  return contextOfSheets([{ sheet: 'Reports', rows }]);
}

describe('unknown-column', () => {
  it('fires on a header that names no field, quoting it', () => {
    const ctx = contextOf([
      ['รหัสโครงการ', 'รายงานครั้งที่', 'วันที่รายงาน', 'ความก้าวหน้า (%)', 'ผู้ตรวจสอบ'],
      ['03000000-2457', 1, '31/10/2562', 10, 'นายสมชาย'],
    ]);
    const findings = rule.check(ctx);
    expect(flat(findings)).toEqual([['Reports', 'E1', undefined]]);
    expect(findings[0].value).toBe('ผู้ตรวจสอบ');
    expect(rule.message.th(findings[0].params)).toBe('ไม่รู้จักหัวคอลัมน์ "ผู้ตรวจสอบ" (คอลัมน์ E) ข้อมูลในคอลัมน์นี้จึงไม่ถูกตรวจสอบ');
    expect(rule.message.en(findings[0].params)).toBe('The header "ผู้ตรวจสอบ" (column E) matches no known field, so the column is not checked');
  });

  it('stays silent on headers known in any spelling, and on empty header cells', () => {
    const ctx = contextOf([
      ['Project Code', 'รายงาน ครั้งที่', null, 'วันที่รายงาน', 'ความก้าวหน้า %', 'เบิกจ่ายสะสม (บาท)'],
      ['03000000-2457', 1, null, '31/10/2562', 10, 200000],
    ]);
    expect(ctx.tables[0].headers.map((h) => h.field)).toEqual(['code', 'reportNo', undefined, 'reportDate', 'progress', 'disbursedToDate']);
    expect(rule.check(ctx)).toEqual([]);
  });

  it('stays silent on row-number and remark columns, however they are spelled', () => {
    const silent = ['ลำดับ', 'ลำดับที่', 'ที่', ' หมายเหตุ ', 'No.', 'no', '#', 'REMARKS', 'Remark', 'Note', 'Notes', 'Seq.', 'Item'];
    const ctx = contextOf([
      [...silent, 'รหัสโครงการ', 'รายงานครั้งที่', 'วันที่รายงาน', 'ความก้าวหน้า (%)'],
      [...silent.map(() => 'x'), '03000000-2457', 1, '31/10/2562', 10],
    ]);
    expect(ctx.tables[0].headers.slice(0, silent.length).map((h) => h.field)).toEqual(silent.map(() => undefined));
    expect(rule.check(ctx)).toEqual([]);
  });

  it('still reports a header that only begins like one of them', () => {
    const ctx = contextOf([
      ['ลำดับที่', 'รหัสโครงการ', 'รายงานครั้งที่', 'วันที่รายงาน', 'ความก้าวหน้า (%)', 'หมายเหตุเพิ่มเติม', 'Remark 2', '##'],
      [1, '03000000-2457', 1, '31/10/2562', 10, 'x', 'x', 'x'],
    ]);
    expect(rule.check(ctx).map((f) => f.value)).toEqual(['หมายเหตุเพิ่มเติม', 'Remark 2', '##']);
  });
});
