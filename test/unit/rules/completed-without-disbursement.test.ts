import { completedWithoutDisbursement as rule } from '../../../src/core/rules/completed-without-disbursement';
import { aProject, aReport, flat, makeContext } from '../../helpers/context';

describe('completed-without-disbursement', () => {
  it('fires on 100% progress with 0 baht disbursed of a budget', () => {
    const ctx = makeContext({ projects: [aProject()], reports: [aReport({ progress: 100, disbursedToDate: 0 })] });
    const findings = rule.check(ctx);
    expect(flat(findings)).toEqual([['Reports', 'D2', 1]]);
    expect(findings[0].cells).toEqual(['D2', 'E2']);
    expect(rule.message.th(findings[0].params)).toBe('ความก้าวหน้า 100% แต่เบิกจ่ายสะสม 0 บาท จากงบประมาณ 1,918,000 บาท');
  });

  it('stays silent when something was disbursed, or progress is below 100, or there is no budget', () => {
    const ctx = makeContext({
      projects: [aProject(), aProject({ code: '03000000-0001', budget: 0 })],
      reports: [
        aReport({ progress: 100, disbursedToDate: 1 }),
        aReport({ reportNo: 2, progress: 99.9, disbursedToDate: 0 }),
        aReport({ projectCode: '03000000-0001', progress: 100, disbursedToDate: 0 }),
      ],
    });
    expect(rule.check(ctx)).toEqual([]);
  });
});
