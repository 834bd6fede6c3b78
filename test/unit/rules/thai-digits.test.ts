import { thaiDigits as rule } from '../../../src/core/rules/thai-digits';
import { flat } from '../../helpers/context';
import { DEFAULT_CONFIG } from '../../../src/core/model';
import { buildRuleContext } from '../../../src/core/rules/context';
import { readTables } from '../../../src/core/table/read-tables';
import { makeGrid } from '../../helpers/grid';
import { contextOfSheets, REPORT_HEADER, reportsSheet } from '../../helpers/sheets';

describe('thai-digits', () => {
  it('fires on Thai digits in a code, number or date cell: codes and dates get Arabic-digit text, numbers a number', () => {
    const ctx = contextOfSheets([reportsSheet([['๐๓๐๐๐๐๐๐-๒๔๕๗', 1, '๑๙/๑๐/๒๕๖๒', '๖๐ %', '๑๒๐,๐๐๐']])]);
    const findings = rule.check(ctx);
    expect(flat(findings)).toEqual([['Reports', 'A2', 1], ['Reports', 'C2', 1], ['Reports', 'D2', 1], ['Reports', 'E2', 1]]);
    expect(findings.map((f) => f.replacement)).toEqual(['03000000-2457', '19/10/2562', 60, 120000]);
    expect(findings[0].project).toBe('03000000-2457');
    expect(rule.message.th(findings[1].params)).toBe('วันที่รายงาน "๑๙/๑๐/๒๕๖๒" เขียนด้วยเลขไทย');
    expect(rule.fix!.en(findings[1].params)).toBe('Write it in Arabic digits so Excel can match, calculate and sort it: 19/10/2562');
  });

  it('types a percent into a percent-formatted cell as Excel stores it (0.6 shows as 60 %)', () => {
    const ctx = contextOfSheets([reportsSheet([['03000000-2457', 1, '19/10/2562', '๖๐', 0]], [['General', 'General', 'General', '0%']])]);
    expect(rule.check(ctx).map((f) => f.replacement)).toEqual([0.6]);
  });

  it('keeps the Arabic-digit text as the fix where the number cannot be read, or in a CSV', () => {
    const unreadable = contextOfSheets([reportsSheet([['03000000-2457', 1, '19/10/2562', '๖๐ ถึง ๗๐', 0]])]);
    expect(rule.check(unreadable).map((f) => f.replacement)).toEqual(['60 ถึง 70']);
    const grid = makeGrid('Reports', [REPORT_HEADER, ['03000000-2457', '1', '19/10/2562', '60', '๑๒๐,๐๐๐']]);
    const csv = buildRuleContext(readTables({ ...grid, untyped: true }), DEFAULT_CONFIG);
    expect(rule.check(csv).map((f) => f.replacement)).toEqual(['120,000']);
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
