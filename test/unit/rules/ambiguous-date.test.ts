import { ambiguousDate as rule } from '../../../src/core/rules/ambiguous-date';
import { flat } from '../../helpers/context';
import { contextOfSheets, projectsSheet } from '../../helpers/sheets';

describe('ambiguous-date', () => {
  it('fires on two-digit years, offering the full Buddhist-era year as a quick fix', () => {
    const ctx = contextOfSheets([projectsSheet([
      ['03000000-2457', 'ถนน', '63', '25 พ.ค. 63', '30/9/2563', 1000],
    ])]);
    const findings = rule.check(ctx);
    expect(flat(findings)).toEqual([['Projects', 'C2', undefined], ['Projects', 'D2', undefined]]);
    expect(findings.map((f) => f.replacement)).toEqual([2563, '25/5/2563']);
    const date = findings[1].params;
    expect(rule.message.th(date)).toBe('วันเริ่มต้นโครงการ "25 พ.ค. 63" เขียนปีเป็นเลขสองหลัก จึงอ่านเป็น 25 พฤษภาคม 2563 ซึ่งอาจไม่ใช่ปีที่ตั้งใจ');
    expect(rule.message.en(date)).toBe('The start date "25 พ.ค. 63" has a two-digit year and was read as 25 May 2020 (25/5/2563), which may not be the year meant');
    expect(rule.fix!.th(date)).toBe('กรอกปี พ.ศ. ให้ครบสี่หลัก: 25/5/2563');
    expect(rule.fix!.th(findings[0].params)).toBe('กรอกปีงบประมาณเป็น พ.ศ. สี่หลัก: 2563');
  });

  it('fires on a year that fits neither era, with advice but no guessed replacement', () => {
    const ctx = contextOfSheets([projectsSheet([
      ['03000000-2457', 'ถนน', 2563, '1/10/2350', '30/9/2563', 1000],
    ])]);
    const findings = rule.check(ctx);
    expect(flat(findings)).toEqual([['Projects', 'D2', undefined]]);
    expect(findings[0].replacement).toBeUndefined();
    expect(findings[0].params.doubt).toBe('implausible-year');
    expect(rule.fix!.en(findings[0].params)).toBe('Check the year and enter the date as d/m/yyyy in the Buddhist era, e.g. 19/10/2562');
  });

  it('stays silent on four-digit years, Buddhist or Common era', () => {
    const ctx = contextOfSheets([projectsSheet([
      ['03000000-2457', 'ถนน', 2563, '25 พ.ค. 2563', '2020-9-30', 1000],
      ['03000000-2458', 'คลอง', '2563', '1/10/2562', '30/9/2020', 1000],
    ])]);
    expect(rule.check(ctx)).toEqual([]);
  });
});
