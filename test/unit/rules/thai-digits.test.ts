import { thaiDigits as rule } from '../../../src/core/rules/thai-digits';
import { flat } from '../../helpers/context';
import { contextOfSheets, reportsSheet } from '../../helpers/sheets';

describe('thai-digits', () => {
  it('fires on Thai digits in a code, number or date cell, offering the text in Arabic digits', () => {
    const ctx = contextOfSheets([reportsSheet([['๐๓๐๐๐๐๐๐-๒๔๕๗', 1, '๑๙/๑๐/๒๕๖๒', '๖๐ %', 200000]])]);
    const findings = rule.check(ctx);
    expect(flat(findings)).toEqual([['Reports', 'A2', 1], ['Reports', 'C2', 1], ['Reports', 'D2', 1]]);
    expect(findings.map((f) => f.replacement)).toEqual(['03000000-2457', '19/10/2562', '60 %']);
    expect(findings[0].project).toBe('03000000-2457');
    expect(rule.message.th(findings[1].params)).toBe('วันที่รายงาน "๑๙/๑๐/๒๕๖๒" เขียนด้วยเลขไทย');
    expect(rule.fix!.en(findings[1].params)).toBe('Write it in Arabic digits so Excel can match, calculate and sort it: 19/10/2562');
  });

  it('stays silent on Arabic digits and on Thai digits in free text', () => {
    const ctx = contextOfSheets([{
      sheet: 'Reports',
      rows: [
        ['รหัสโครงการ', 'รายงานครั้งที่', 'วันที่รายงาน', 'ความก้าวหน้า (%)', 'ขั้นตอนการดำเนินงาน'],
        ['03000000-2457', 1, '19/10/2562', 60, 'ส่งมอบงานงวดที่ ๒ แล้ว'],
      ],
    }]);
    expect(rule.check(ctx)).toEqual([]);
  });
});
