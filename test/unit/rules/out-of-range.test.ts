import { outOfRange as rule } from '../../../src/core/rules/out-of-range';
import { flat } from '../../helpers/context';
import { contextOfSheets, projectsSheet, reportsSheet } from '../../helpers/sheets';

describe('out-of-range', () => {
  it('fires on progress over 100, a negative amount, a fiscal year out of bounds and report number 0', () => {
    const ctx = contextOfSheets([
      projectsSheet([['03000000-2457', 'ถนน', 3000, '1/10/2562', '30/9/2563', '(1,000)']]),
      reportsSheet([['03000000-2457', 0, '31/10/2562', 120, 0]]),
    ]);
    const findings = rule.check(ctx);
    expect(flat(findings)).toEqual([['Projects', 'C2', undefined], ['Projects', 'F2', undefined], ['Reports', 'B2', 0], ['Reports', 'D2', 0]]);
    const [year, budget, reportNo, progress] = findings.map((f) => f.params);
    expect(rule.message.th(year)).toBe('ปีงบประมาณ 3000 อยู่นอกช่วงที่กำหนด 2400–2700');
    expect(rule.message.th(budget)).toBe('งบประมาณที่ได้รับ -1,000 บาท ต้องไม่น้อยกว่า 0 บาท');
    expect(rule.message.en(reportNo)).toBe('The report no. 0 is below the allowed minimum of 1');
    expect(rule.message.en(progress)).toBe('The progress (%) 120% is outside the allowed range 0%–100%');
    expect(rule.message.th(progress)).toBe('ความก้าวหน้า ร้อยละ 120 อยู่นอกช่วงที่กำหนด ร้อยละ 0–100');
  });

  it('takes the fiscal-year bounds from the config', () => {
    const ctx = contextOfSheets([projectsSheet([['03000000-2457', 'ถนน', 2575, '1/10/2562', '30/9/2563', 1000]])], { thresholds: { maxFiscalYear: 2570 } });
    expect(rule.check(ctx).map((f) => f.params)).toEqual([{ field: 'fiscalYear', value: 2575, min: 2400, max: 2570 }]);
  });

  it('stays silent on values at the edges of their ranges', () => {
    const ctx = contextOfSheets([
      projectsSheet([['03000000-2457', 'ถนน', 2563, '1/10/2562', '30/9/2563', 0], ['03000000-2458', 'คลอง', 2020, '1/10/2562', '30/9/2563', '-']]),
      reportsSheet([['03000000-2457', 1, '31/10/2562', 100, 0], ['03000000-2457', 2, '30/11/2562', 0, 0]]),
    ]);
    expect(rule.check(ctx)).toEqual([]);
  });
});
