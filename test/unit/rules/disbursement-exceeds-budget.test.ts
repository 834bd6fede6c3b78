import { disbursementExceedsBudget as rule } from '../../../src/core/rules/disbursement-exceeds-budget';
import { aProject, aReport, flat, makeContext, makeTable } from '../../helpers/context';

describe('disbursement-exceeds-budget', () => {
  it('fires when the cumulative disbursement is more than the budget received', () => {
    const ctx = makeContext({ projects: [aProject()], reports: [aReport({ disbursedToDate: 2_000_000 })] });
    const findings = rule.check(ctx);
    expect(flat(findings)).toEqual([['Reports', 'E2', 1]]);
    expect(findings[0].cells).toEqual(['E2']);
    expect(findings[0].value).toBe(2_000_000);
    expect(rule.message.th(findings[0].params)).toBe('เบิกจ่ายสะสม 2,000,000 บาท เกินงบประมาณที่ได้รับ 1,918,000 บาท อยู่ 82,000 บาท');
    expect(rule.message.en(findings[0].params)).toBe('Cumulative disbursement of 2,000,000 baht exceeds the 1,918,000 baht budget received by 82,000 baht');
  });

  it('marks the running sum of period amounts at the report that crosses the budget', () => {
    const table = makeTable('Period', 'reports', ['code', 'reportNo', 'reportDate', 'progress', 'disbursedInPeriod'], [
      { code: '03000000-2457', reportNo: 2, reportDate: '2019-11-30', progress: 20, disbursedInPeriod: 1_000_000 },
      { code: '03000000-2457', reportNo: 1, reportDate: '2019-10-31', progress: 10, disbursedInPeriod: 1_000_000 },
    ]);
    const findings = rule.check(makeContext({ projects: [aProject()], tables: [table] }));
    expect(flat(findings)).toEqual([['Period', 'E2', 2]]);
    expect(findings[0].cells).toEqual(['E2', 'E3']);
  });

  it('fires past a blank period amount: the amounts stated are already over the budget', () => {
    const table = makeTable('Period', 'reports', ['code', 'reportNo', 'reportDate', 'progress', 'disbursedInPeriod'], [
      { code: '03000000-2457', reportNo: 1, reportDate: '2019-10-31', progress: 10, disbursedInPeriod: 1_000_000 },
      { code: '03000000-2457', reportNo: 2, reportDate: '2019-11-30', progress: 20 },
      { code: '03000000-2457', reportNo: 3, reportDate: '2019-12-31', progress: 30, disbursedInPeriod: 1_000_000 },
    ]);
    const findings = rule.check(makeContext({ projects: [aProject()], tables: [table] }));
    expect(flat(findings)).toEqual([['Period', 'E4', 3]]);
    expect(findings[0].cells).toEqual(['E4', 'E2']);
  });

  it('stays silent at exactly the budget, for decimal noise of a running sum, and for unknown projects', () => {
    const table = makeTable('Period', 'reports', ['code', 'reportNo', 'reportDate', 'progress', 'disbursedInPeriod'], [
      { code: '03000000-0001', reportNo: 1, reportDate: '2019-10-31', progress: 10, disbursedInPeriod: 0.1 },
      { code: '03000000-0001', reportNo: 2, reportDate: '2019-11-30', progress: 20, disbursedInPeriod: 0.2 },
    ]);
    const ctx = makeContext({
      projects: [aProject(), aProject({ code: '03000000-0001', budget: 0.3 })],
      reports: [aReport({ disbursedToDate: 1_918_000 }), aReport({ projectCode: '03000000-9999', disbursedToDate: 5_000_000 })],
      tables: [table],
    });
    expect(rule.check(ctx)).toEqual([]);
  });
});
