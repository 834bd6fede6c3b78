import { invalidDate as rule } from '../../../src/core/rules/invalid-date';
import { flat } from '../../helpers/context';
import { contextOfSheets, projectsSheet } from '../../helpers/sheets';

describe('invalid-date', () => {
  it('fires on a date that is unreadable or not on the calendar, quoting it', () => {
    const ctx = contextOfSheets([projectsSheet([
      ['03000000-2457', 'ถนน', 2563, '31/02/2563', 'ไม่ทราบ', 1000],
    ])]);
    const findings = rule.check(ctx);
    expect(flat(findings)).toEqual([['Projects', 'D2', undefined], ['Projects', 'E2', undefined]]);
    expect(findings[0]).toMatchObject({ project: '03000000-2457', field: 'startDate', value: '31/02/2563' });
    expect(rule.message.th(findings[0].params)).toBe('วันเริ่มต้นโครงการ "31/02/2563" ไม่มีวันที่นี้อยู่จริงในปฏิทิน');
    expect(rule.message.en(findings[1].params)).toBe('The end date "ไม่ทราบ" cannot be read as a date');
    expect(rule.fix!.th(findings[0].params)).toBe('กรอกวันที่ในรูปแบบ วัน/เดือน/ปี พ.ศ. เช่น 19/10/2562');
  });

  it('stays silent on a Buddhist-era text date and a real date cell', () => {
    const ctx = contextOfSheets([projectsSheet(
      [['03000000-2457', 'ถนน', 2563, '19/10/2562', 44104, 1000]],
      [['General', 'General', 'General', 'General', '[$-th-TH,107]d mmm yyyy', 'General']],
    )]);
    expect(rule.check(ctx)).toEqual([]);
  });
});
