import { mixedDateFormat as rule } from '../../../src/core/rules/mixed-date-format';
import { flat } from '../../helpers/context';
import { contextOfSheets, projectsSheet, reportsSheet } from '../../helpers/sheets';

const report = (no: number, date: string | number) => ['03000000-2457', no, date, no * 10, 1000 * no];

describe('mixed-date-format', () => {
  it('fires once per column that mixes Buddhist-era and Common-era text dates, on the fewer ones', () => {
    const ctx = contextOfSheets([reportsSheet([
      report(1, '31/10/2562'), report(2, '2019-11-30'), report(3, '31/12/2562'), report(4, '2020-01-31'), report(5, '29/2/2563'),
    ])]);
    const findings = rule.check(ctx);
    expect(flat(findings)).toEqual([['Reports', 'C3', undefined]]);
    expect(findings[0].cells).toEqual(['C3', 'C5']);
    expect(findings[0].field).toBe('reportDate');
    expect(rule.message.th(findings[0].params)).toBe('คอลัมน์วันที่รายงาน ใช้รูปแบบวันที่ปนกัน: แบบ พ.ศ. 3 ช่อง และแบบ ค.ศ. 2 ช่อง');
    expect(rule.message.en(findings[0].params)).toBe('The report date column mixes date forms: 3 text dates in the Buddhist era and 2 text dates in the Common era');
    expect(rule.fix!.th(findings[0].params)).toBe('ใช้รูปแบบวันที่เดียวกันทั้งคอลัมน์ คือแบบ พ.ศ. เหมือนช่องส่วนใหญ่');
  });

  it('fires when real date cells and text dates share a column', () => {
    const dateFormat = ['General', 'General', 'd/m/yyyy'];
    const ctx = contextOfSheets([reportsSheet(
      [report(1, 43769), report(2, 43799), report(3, '31/12/2562')],
      [dateFormat, dateFormat, []],
    )]);
    const findings = rule.check(ctx);
    expect(findings.map((f) => f.cells)).toEqual([['C4']]);
    expect(rule.message.en(findings[0].params)).toBe('The report date column mixes date forms: 2 date cells and 1 text date in the Buddhist era');
  });

  it('offers one text date among date cells as a date cell in their number format: the quick fix', () => {
    const thaiDate = '[$-th-TH,107]d/m/yyyy';
    const formats = [['General', 'General', thaiDate], ['General', 'General', thaiDate], ['General', 'General', 'General'], ['General', 'General', 'd/m/yyyy']];
    const ctx = contextOfSheets([reportsSheet(
      [report(1, 43769), report(2, 43799), report(3, '19/10/2562'), report(4, 43861)],
      formats,
    )]);
    const [finding] = rule.check(ctx);
    expect(finding.cells).toEqual(['C4']);
    expect(finding.value).toBe('19/10/2562');
    // 19 Oct 2019 (2562 BE) as Excel's serial, shown like most of the column's date cells.
    expect(finding.replacement).toBe(43757);
    expect(finding.replacementFormat).toBe(thaiDate);
    expect(rule.fix!.th(finding.params)).toBe('แก้เป็นวันที่ 19 ตุลาคม 2562 ในรูปแบบวันที่ของ Excel เหมือนช่องอื่น ๆ ในคอลัมน์');
    expect(rule.fix!.en(finding.params)).toBe('Enter it as a date cell (19 Oct 2019), like the other cells of the column');
  });

  it('offers one Common-era text date among Buddhist-era ones as Buddhist-era text', () => {
    const ctx = contextOfSheets([reportsSheet([report(1, '31/10/2562'), report(2, '2019-11-30'), report(3, '31/12/2562')])]);
    const [finding] = rule.check(ctx);
    expect(finding.cells).toEqual(['C3']);
    expect([finding.replacement, finding.replacementFormat]).toEqual(['30/11/2562', undefined]);
    expect(rule.message.th(finding.params)).toBe('คอลัมน์วันที่รายงาน ใช้รูปแบบวันที่ปนกัน: แบบ พ.ศ. 2 ช่อง และแบบ ค.ศ. 1 ช่อง');
    expect(rule.fix!.th(finding.params)).toBe('แก้เป็น 30/11/2562 (แบบ พ.ศ.) เหมือนช่องอื่น ๆ ในคอลัมน์');
    expect(rule.fix!.en(finding.params)).toBe('Change it to 30/11/2562 (Buddhist era), like the other cells of the column');
  });

  it('gives advice only when several cells differ, or the usual form is Common-era text', () => {
    const several = contextOfSheets([reportsSheet([
      report(1, '31/10/2562'), report(2, '2019-11-30'), report(3, '31/12/2562'), report(4, '2020-01-31'), report(5, '29/2/2563'),
    ])]);
    expect(rule.check(several).map((f) => f.replacement)).toEqual([undefined]);
    const commonEra = contextOfSheets([reportsSheet([report(1, '2019-10-31'), report(2, '30/11/2562'), report(3, '2019-12-31')])]);
    const [finding] = rule.check(commonEra);
    expect(finding.cells).toEqual(['C3']);
    expect(finding.replacement).toBeUndefined();
    expect(rule.fix!.th(finding.params)).toBe('ใช้รูปแบบวันที่เดียวกันทั้งคอลัมน์ คือแบบ ค.ศ. เหมือนช่องส่วนใหญ่');
  });

  it('stays silent when a column keeps one form, even if another column uses a different one', () => {
    const dateCell = ['General', 'General', 'General', 'd/m/yyyy'];
    const ctx = contextOfSheets([
      projectsSheet([
        ['03000000-2457', 'ถนน', 2563, 43739, '30/9/2563', 1000],
        ['03000000-2458', 'คลอง', 2563, 43770, '31/8/2563', 1000],
      ], [dateCell, dateCell]),
      reportsSheet([report(1, '31/10/2562'), report(2, '30/11/2562'), report(3, 'ไม่ทราบ')]),
    ]);
    expect(rule.check(ctx)).toEqual([]);
  });
});
