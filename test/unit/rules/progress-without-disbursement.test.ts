import { progressWithoutDisbursement as rule } from '../../../src/core/rules/progress-without-disbursement';
import { aProject, aReport, flat, makeContext, makeTable } from '../../helpers/context';

/** A reports sheet of in-period amounts only: one row per report of the default project. */
function inPeriodReports(rows: { reportNo: number; progress: number; amount?: number }[]) {
  return makeTable('Reports', 'reports', ['code', 'reportNo', 'reportDate', 'progress', 'disbursedInPeriod'], rows.map((r) => ({
    code: '03000000-2457', reportNo: r.reportNo, reportDate: '2019-10-31', progress: r.progress, disbursedInPeriod: r.amount,
  })));
}

describe('progress-without-disbursement', () => {
  it('fires on 25% progress with 0 baht disbursed of a budget', () => {
    const ctx = makeContext({ projects: [aProject()], reports: [aReport({ progress: 25, disbursedToDate: 0 })] });
    const findings = rule.check(ctx);
    expect(flat(findings)).toEqual([['Reports', 'D2', 1]]);
    expect(findings[0].cells).toEqual(['D2', 'E2']);
    expect(rule.message.th(findings[0].params)).toBe('ความก้าวหน้าร้อยละ 25 แต่ยังไม่มีการเบิกจ่าย (เบิกจ่ายสะสม 0 บาท จากงบประมาณ 1,918,000 บาท)');
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

  it('still fires after blank in-period amounts when every amount stated is 0, naming the reports that state none', () => {
    const rows = [1, 2, 3, 4, 5, 6, 7, 8, 9].map((reportNo) => ({ reportNo, progress: reportNo * 5, amount: reportNo === 4 || reportNo === 8 ? undefined : 0 }));
    const findings = rule.check(makeContext({ projects: [aProject()], tables: [inPeriodReports(rows)] }));
    // Reports 5 (25 %), 6, 7 and 9; 8 has no figure of its own (missing-disbursement's finding).
    expect(findings.map((f) => f.report)).toEqual([5, 6, 7, 9]);
    const last = findings[3];
    expect(last.params).toMatchObject({ progress: 45, knownCount: 7, unknownReports: [4, 8] });
    expect(rule.message.th(last.params)).toBe(
      'ความก้าวหน้าร้อยละ 45 แต่ไม่มีการเบิกจ่ายในรายงาน 7 ครั้งที่กรอกยอดเบิกจ่าย (รวม 0 บาท จากงบประมาณ 1,918,000 บาท) ส่วนรายงานครั้งที่ 4 และ 8 ไม่ได้กรอกยอดเบิกจ่าย',
    );
    expect(rule.message.en(last.params)).toBe(
      'Progress is 45% but nothing has been disbursed in the 7 reports that state an amount (0 baht of a 1,918,000 baht budget); reports 4 and 8 state none',
    );
    expect(rule.fix!.th(last.params)).toBe('กรอกยอดเบิกจ่ายของรายงานครั้งที่ 4 และ 8 แล้วตรวจสอบว่าบันทึกยอดเบิกจ่ายสะสมครบหรือไม่ หรือแก้ไขความก้าวหน้าให้ตรงกับงานที่ทำจริง');
    expect(rule.fix!.en(last.params)).toBe(
      'Fill in the disbursement of reports 4 and 8, then check that the disbursements are recorded, or correct the progress to the work actually done',
    );
  });

  it('stays silent after a blank amount when an amount stated is not 0', () => {
    const rows = [{ reportNo: 1, progress: 10, amount: 5_000 }, { reportNo: 2, progress: 20 }, { reportNo: 3, progress: 30, amount: 0 }];
    expect(rule.check(makeContext({ projects: [aProject()], tables: [inPeriodReports(rows)] }))).toEqual([]);
  });

  it('says so when the whole budget was returned, with advice to record it and explain the work', () => {
    const ctx = makeContext({ projects: [aProject({ returned: 1_918_000 })], reports: [aReport({ progress: 60, disbursedToDate: 0 })] });
    const [finding] = rule.check(ctx);
    expect(finding.params).toEqual({ progress: 60, budget: 1_918_000, returned: 1_918_000 });
    expect(rule.message.th(finding.params)).toBe(
      'ความก้าวหน้าร้อยละ 60 แต่ไม่มีการเบิกจ่าย และส่งคืนงบประมาณทั้งหมดแล้ว (ส่งคืน 1,918,000 บาท จากงบประมาณ 1,918,000 บาท)',
    );
    expect(rule.message.en(finding.params)).toBe(
      'Progress is 60% but nothing has been disbursed and the whole budget was returned (1,918,000 baht returned of a 1,918,000 baht budget)',
    );
    expect(rule.fix!.th(finding.params)).toBe(
      'ระบุการส่งคืนงบประมาณไว้ในรายงาน และชี้แจงว่าดำเนินงานได้โดยไม่ใช้งบประมาณนี้อย่างไร เช่น ใช้งบประมาณจากแหล่งอื่นหรือได้รับการสนับสนุน',
    );
  });

  it('does not speak of a returned budget when only part of it was returned', () => {
    const ctx = makeContext({ projects: [aProject({ returned: 1_917_999.99 })], reports: [aReport({ progress: 60, disbursedToDate: 0 })] });
    const [finding] = rule.check(ctx);
    expect(finding.params).toEqual({ progress: 60, budget: 1_918_000 });
    expect(rule.fix!.en(finding.params)).toBe('Check that the disbursements are recorded, or correct the progress to the work actually done');
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
