import { formulaError as rule } from '../../../src/core/rules/formula-error';
import { flat } from '../../helpers/context';
import { contextOfSheets, reportsSheet } from '../../helpers/sheets';

describe('formula-error', () => {
  it('fires on an Excel error shown in a data cell, naming the error and the field', () => {
    const ctx = contextOfSheets([reportsSheet([
      ['03000000-2457', 1, '31/10/2562', '#REF!', 200000],
      ['03000000-2457', 2, '30/11/2562', 20, '#DIV/0!'],
    ])]);
    const findings = rule.check(ctx);
    expect(flat(findings)).toEqual([['Reports', 'D2', 1], ['Reports', 'E3', 2]]);
    expect(findings[0]).toMatchObject({ project: '03000000-2457', field: 'progress', value: '#REF!' });
    expect(rule.message.th(findings[0].params)).toBe('ช่องความก้าวหน้า (%) แสดงข้อผิดพลาดของสูตร #REF! แทนค่าข้อมูล');
    expect(rule.message.en(findings[1].params)).toBe('The disbursed to date cell shows the formula error #DIV/0! instead of a value');
  });

  it('stays silent on text that merely mentions an error, and on an error name without its mark (an unreadable percent instead)', () => {
    const ctx = contextOfSheets([{
      sheet: 'Reports',
      rows: [
        ['รหัสโครงการ', 'รายงานครั้งที่', 'วันที่รายงาน', 'ความก้าวหน้า (%)', 'ขั้นตอนการดำเนินงาน'],
        ['03000000-2457', 1, '31/10/2562', 10, 'แก้สูตร #REF! ในงวดก่อนแล้ว'],
        ['03000000-2457', 2, '30/11/2562', '#REF', 'ส่งมอบงานงวดที่ 1'],
      ],
    }]);
    expect(rule.check(ctx)).toEqual([]);
  });
});
