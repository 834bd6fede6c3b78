import { disbursementDecrease as rule } from '../../../src/core/rules/disbursement-decrease';
import { makeTable, aReport, flat, makeContext } from '../../helpers/context';

describe('disbursement-decrease', () => {
  it('fires when the cumulative disbursement goes down', () => {
    const ctx = makeContext({
      reports: [aReport({ reportNo: 1, disbursedToDate: 500_000 }), aReport({ reportNo: 2, disbursedToDate: 300_000 })],
    });
    const findings = rule.check(ctx);
    expect(flat(findings)).toEqual([['Reports', 'E3', 2]]);
    expect(findings[0].cells).toEqual(['E3', 'E2']);
    expect(findings[0].field).toBe('disbursedToDate');
    expect(rule.message.th(findings[0].params)).toBe('เบิกจ่ายสะสมของรายงานครั้งที่ 2 (300,000 บาท) น้อยกว่ารายงานครั้งที่ 1 (500,000 บาท)');
    expect(rule.message.en(findings[0].params)).toBe('Cumulative disbursement in report 2 (300,000 baht) is lower than in report 1 (500,000 baht)');
  });

  it('orders by report number, not by row', () => {
    const ctx = makeContext({
      reports: [
        aReport({ reportNo: 2, disbursedToDate: 300_000 }),
        aReport({ reportNo: 1, disbursedToDate: 100_000 }),
        aReport({ reportNo: 3, disbursedToDate: 200_000 }),
      ],
    });
    expect(flat(rule.check(ctx))).toEqual([['Reports', 'E4', 3]]);
  });

  it('marks the period cell when the cumulative figure is a running sum of period amounts', () => {
    const table = makeTable('Period', 'reports', ['code', 'reportNo', 'reportDate', 'progress', 'disbursedInPeriod'], [
      { code: '03000000-2457', reportNo: 1, reportDate: '2019-10-31', progress: 10, disbursedInPeriod: 100_000 },
      { code: '03000000-2457', reportNo: 2, reportDate: '2019-11-30', progress: 20, disbursedInPeriod: -40_000 },
    ]);
    const findings = rule.check(makeContext({ tables: [table] }));
    expect(flat(findings)).toEqual([['Period', 'E3', 2]]);
    expect(findings[0].field).toBe('disbursedInPeriod');
    expect(findings[0].params).toMatchObject({ amount: 60_000, previousAmount: 100_000 });
  });

  it('sees no decrease across a blank period amount: the sum goes on over the amounts stated', () => {
    const table = makeTable('Period', 'reports', ['code', 'reportNo', 'reportDate', 'progress', 'disbursedInPeriod'], [
      { code: '03000000-2457', reportNo: 1, reportDate: '2019-10-31', progress: 10, disbursedInPeriod: 100_000 },
      { code: '03000000-2457', reportNo: 2, reportDate: '2019-11-30', progress: 20 },
      { code: '03000000-2457', reportNo: 3, reportDate: '2019-12-31', progress: 30, disbursedInPeriod: 50_000 },
      { code: '03000000-2457', reportNo: 4, reportDate: '2020-01-31', progress: 40, disbursedInPeriod: -200_000 },
    ]);
    // 100,000 → (unknown) → 150,000 → -50,000: only the real fall is reported.
    const findings = rule.check(makeContext({ tables: [table] }));
    expect(flat(findings)).toEqual([['Period', 'E5', 4]]);
    expect(findings[0].params).toMatchObject({ amount: -50_000, previousReportNo: 3, previousAmount: 150_000 });
  });

  it('stays silent when the cumulative figure stays the same or rises', () => {
    const ctx = makeContext({
      reports: [
        aReport({ reportNo: 1, disbursedToDate: 0 }),
        aReport({ reportNo: 2, disbursedToDate: 0 }),
        aReport({ reportNo: 3, disbursedToDate: 0.01 }),
        aReport({ projectCode: '03000000-0001', reportNo: 4, disbursedToDate: 0 }),
      ],
    });
    expect(rule.check(ctx)).toEqual([]);
  });
});
