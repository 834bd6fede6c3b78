import { progressDisbursementGap as rule } from '../../../src/core/rules/progress-disbursement-gap';
import { aProject, aReport, flat, makeContext, makeTable } from '../../helpers/context';

describe('progress-disbursement-gap', () => {
  it('fires when progress runs more than 50 points ahead of the share disbursed', () => {
    // 191,800 of 1,918,000 = 10 %; 60.01 − 10 > 50
    const ctx = makeContext({ projects: [aProject()], reports: [aReport({ progress: 60.01, disbursedToDate: 191_800 })] });
    const findings = rule.check(ctx);
    expect(flat(findings)).toEqual([['Reports', 'D2', 1]]);
    expect(findings[0].cells).toEqual(['D2', 'E2']);
    expect(rule.message.th(findings[0].params)).toBe('ความก้าวหน้าร้อยละ 60.01 แต่เบิกจ่ายสะสมเพียงร้อยละ 10 ของงบประมาณ (191,800 บาท จาก 1,918,000 บาท)');
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

  it('judges a running sum only when no period amount before it is blank', () => {
    const table = (second: number | undefined) => makeTable('Reports', 'reports', ['code', 'reportNo', 'reportDate', 'progress', 'disbursedInPeriod'], [
      { code: '03000000-2457', reportNo: 1, reportDate: '2019-10-31', progress: 10, disbursedInPeriod: 10_000 },
      { code: '03000000-2457', reportNo: 2, reportDate: '2019-11-30', progress: 40, disbursedInPeriod: second },
      { code: '03000000-2457', reportNo: 3, reportDate: '2019-12-31', progress: 80, disbursedInPeriod: 0 },
    ]);
    // 10,000 of 1,918,000 is about 0.5 %: 80 % progress is far ahead — unless report 2's blank hides the money.
    expect(flat(rule.check(makeContext({ projects: [aProject()], tables: [table(0)] })))).toEqual([['Reports', 'D4', 3]]);
    expect(rule.check(makeContext({ projects: [aProject()], tables: [table(undefined)] }))).toEqual([]);
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
