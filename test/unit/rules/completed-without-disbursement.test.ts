import { completedWithoutDisbursement as rule } from '../../../src/core/rules/completed-without-disbursement';
import { aProject, aReport, flat, makeContext, makeTable } from '../../helpers/context';

describe('completed-without-disbursement', () => {
  it('fires on 100% progress with 0 baht disbursed of a budget', () => {
    const ctx = makeContext({ projects: [aProject()], reports: [aReport({ progress: 100, disbursedToDate: 0 })] });
    const findings = rule.check(ctx);
    expect(flat(findings)).toEqual([['Reports', 'D2', 1]]);
    expect(findings[0].cells).toEqual(['D2', 'E2']);
    expect(rule.message.th(findings[0].params)).toBe('ความก้าวหน้าร้อยละ 100 แต่ยังไม่มีการเบิกจ่าย (เบิกจ่ายสะสม 0 บาท จากงบประมาณ 1,918,000 บาท)');
    expect(rule.fix!.en(findings[0].params)).toBe('Check the cumulative disbursement, or correct the progress to the work actually done');
  });

  it('fires after a blank in-period amount when the one amount stated is 0', () => {
    const reports = makeTable('Reports', 'reports', ['code', 'reportNo', 'reportDate', 'progress', 'disbursedInPeriod'], [
      { code: '03000000-2457', reportNo: 1, reportDate: '2019-10-31', progress: 50 },
      { code: '03000000-2457', reportNo: 2, reportDate: '2019-11-30', progress: 100, disbursedInPeriod: 0 },
    ]);
    const [finding] = rule.check(makeContext({ projects: [aProject()], tables: [reports] }));
    expect(finding.report).toBe(2);
    expect(rule.message.en(finding.params)).toBe(
      'Progress is 100% but nothing has been disbursed in the one report that states an amount (0 baht of a 1,918,000 baht budget); report 1 states none',
    );
  });

  it('says so when the whole budget was returned, and advises explaining how the work was done', () => {
    const ctx = makeContext({ projects: [aProject({ returned: 1_918_000 })], reports: [aReport({ progress: 100, disbursedToDate: 0 })] });
    const [finding] = rule.check(ctx);
    expect(rule.message.th(finding.params)).toBe(
      'ความก้าวหน้าร้อยละ 100 แต่ไม่มีการเบิกจ่าย และส่งคืนงบประมาณทั้งหมดแล้ว (ส่งคืน 1,918,000 บาท จากงบประมาณ 1,918,000 บาท)',
    );
    expect(rule.fix!.en(finding.params)).toBe(
      'Record the returned budget in the report and explain how the work was done without it, e.g. from another budget or with outside support',
    );
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
