import { progressWithoutDisbursement as rule } from '../../../src/core/rules/progress-without-disbursement';
import { aProject, aReport, flat, makeContext } from '../../helpers/context';

describe('progress-without-disbursement', () => {
  it('fires on 25% progress with 0 baht disbursed of a budget', () => {
    const ctx = makeContext({ projects: [aProject()], reports: [aReport({ progress: 25, disbursedToDate: 0 })] });
    const findings = rule.check(ctx);
    expect(flat(findings)).toEqual([['Reports', 'D2', 1]]);
    expect(findings[0].cells).toEqual(['D2', 'E2']);
    expect(rule.message.th(findings[0].params)).toBe('ความก้าวหน้า 25% แต่ยังไม่มีการเบิกจ่าย (เบิกจ่ายสะสม 0 บาท จากงบประมาณ 1,918,000 บาท)');
    expect(rule.message.en(findings[0].params)).toBe('Progress is 25% but nothing has been disbursed (0 baht of a 1,918,000 baht budget)');
  });

  it('reads the threshold from the config', () => {
    const ctx = makeContext({
      config: { thresholds: { progressWithoutDisbursementPercent: 10 } },
      projects: [aProject()],
      reports: [aReport({ progress: 10, disbursedToDate: 0 })],
    });
    expect(flat(rule.check(ctx))).toEqual([['Reports', 'D2', 1]]);
  });

  it('stays silent below the threshold, at 100% (completed-without-disbursement), with money disbursed, or without a budget', () => {
    const ctx = makeContext({
      projects: [aProject(), aProject({ code: '03000000-0001', budget: 0 })],
      reports: [
        aReport({ reportNo: 1, progress: 24.99, disbursedToDate: 0 }),
        aReport({ reportNo: 2, progress: 100, disbursedToDate: 0 }),
        aReport({ reportNo: 3, progress: 50, disbursedToDate: 1 }),
        aReport({ reportNo: 4, progress: 50, disbursedToDate: undefined }),
        aReport({ projectCode: '03000000-0001', progress: 50, disbursedToDate: 0 }),
        aReport({ projectCode: '03000000-9999', progress: 50, disbursedToDate: 0 }),
      ],
    });
    expect(rule.check(ctx)).toEqual([]);
  });
});
