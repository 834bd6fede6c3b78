import { invalidNumber as rule } from '../../../src/core/rules/invalid-number';
import { flat } from '../../helpers/context';
import { contextOfSheets, projectsSheet, reportsSheet } from '../../helpers/sheets';

describe('invalid-number', () => {
  it('fires on an amount, report number or fiscal year that is not a number of its kind', () => {
    const ctx = contextOfSheets([
      projectsSheet([['03000000-2457', 'ถนน', 'ปีหน้า', '1/10/2562', '30/9/2563', 'หนึ่งล้านบาท']]),
      reportsSheet([['03000000-2457', 1.5, '31/10/2562', 'ครึ่งหนึ่ง', 0]]),
    ]);
    const findings = rule.check(ctx);
    expect(flat(findings)).toEqual([['Projects', 'C2', undefined], ['Projects', 'F2', undefined], ['Reports', 'B2', undefined], ['Reports', 'D2', undefined]]);
    expect(findings.map((f) => f.field)).toEqual(['fiscalYear', 'budget', 'reportNo', 'progress']);
    expect(rule.message.th(findings[1].params)).toBe('งบประมาณที่ได้รับ "หนึ่งล้านบาท" ไม่ใช่จำนวนเงินที่อ่านได้');
    expect(rule.message.en(findings[2].params)).toBe('The report no. "1.5" is not a whole number');
    expect(rule.fix!.th(findings[3].params)).toBe('กรอกเป็นตัวเลข 0–100 เช่น 60');
  });

  it('fires once on a progress column of plain numbers all at most 1, marking each fraction', () => {
    const ctx = contextOfSheets([reportsSheet([
      ['03000000-2457', 1, '31/10/2562', 0, 0],
      ['03000000-2457', 2, '30/11/2562', 0.6, 1000],
      ['03000000-2457', 3, '31/12/2562', 1, 2000],
    ])]);
    const findings = rule.check(ctx);
    expect(flat(findings)).toEqual([['Reports', 'D3', undefined]]);
    expect(findings[0].cells).toEqual(['D3', 'D4']);
    expect(rule.message.th(findings[0].params)).toBe(
      'คอลัมน์ความก้าวหน้า (%) มีค่าไม่เกิน 1 ทุกช่อง (2 ช่อง) และไม่ได้จัดรูปแบบเป็นเปอร์เซ็นต์ จึงไม่แน่ชัดว่า 0.6 หมายถึงร้อยละ 60 หรือร้อยละ 0.6');
    expect(rule.fix!.en(findings[0].params)).toBe('If 0.6 means 60%, format the column as percent (%); if not, check the values on the 0–100 scale');
  });

  it('stays silent on readable numbers, a percent-formatted column, and a column already on the 0–100 scale', () => {
    const ctx = contextOfSheets([
      projectsSheet([['03000000-2457', 'ถนน', 'พ.ศ. 2563', '1/10/2562', '30/9/2563', '1,918,000.- บาท']]),
      reportsSheet([
        ['03000000-2457', 1, '31/10/2562', 0.5, 0],
        ['03000000-2457', 2, '30/11/2562', 40, 1000],
        ['03000000-2457', 'ครั้งที่ 3', '31/12/2562', '60 %', 2000],
      ]),
      { sheet: 'Formatted', rows: [['รหัสโครงการ', 'รายงานครั้งที่', 'วันที่รายงาน', 'ความก้าวหน้า'], ['03000000-2457', 1, '31/10/2562', 0.6]], formats: [[], ['General', 'General', 'General', '0%']] },
    ]);
    expect(rule.check(ctx)).toEqual([]);
  });
});
