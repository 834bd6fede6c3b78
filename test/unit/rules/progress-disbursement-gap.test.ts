import { progressDisbursementGap as rule } from '../../../src/core/rules/progress-disbursement-gap';
import { aProject, aReport, flat, makeContext } from '../../helpers/context';

describe('progress-disbursement-gap', () => {
  it('fires when progress runs more than 50 points ahead of the share disbursed', () => {
    // 191,800 of 1,918,000 = 10 %; 60.01 − 10 > 50
    const ctx = makeContext({ projects: [aProject()], reports: [aReport({ progress: 60.01, disbursedToDate: 191_800 })] });
    const findings = rule.check(ctx);
    expect(flat(findings)).toEqual([['Reports', 'D2', 1]]);
    expect(findings[0].cells).toEqual(['D2', 'E2']);
    expect(rule.message.th(findings[0].params)).toBe('ความก้าวหน้า 60.01% แต่เบิกจ่ายสะสมเพียง 10% ของงบประมาณ (191,800 บาท จาก 1,918,000 บาท)');
    expect(rule.message.en(findings[0].params)).toBe('Progress is 60.01% but only 10% of the budget has been disbursed (191,800 of 1,918,000 baht)');
  });

  it('takes over when nothing is disbursed but progress is below the without-disbursement threshold', () => {
    const ctx = makeContext({
      config: { thresholds: { progressWithoutDisbursementPercent: 80 } },
      projects: [aProject()],
      reports: [aReport({ progress: 70, disbursedToDate: 0 })],
    });
    expect(flat(rule.check(ctx))).toEqual([['Reports', 'D2', 1]]);
  });

  it('stays silent at exactly 50 points, and when a without-disbursement rule covers the report', () => {
    const ctx = makeContext({
      projects: [aProject()],
      reports: [
        aReport({ reportNo: 1, progress: 60, disbursedToDate: 191_800 }),
        aReport({ reportNo: 2, progress: 60, disbursedToDate: 0 }),
        aReport({ reportNo: 3, progress: 100, disbursedToDate: 0 }),
      ],
    });
    expect(rule.check(ctx)).toEqual([]);
  });
});
