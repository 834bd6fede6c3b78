import { spentMismatch as rule } from '../../../src/core/rules/spent-mismatch';
import { aProject, aReport, flat, makeContext, makeTable } from '../../helpers/context';

describe('spent-mismatch', () => {
  it('compares spent with the highest-numbered report, whatever the row order', () => {
    const ctx = makeContext({
      projects: [aProject({ spent: 500_000 })],
      reports: [
        aReport({ reportNo: 3, reportDate: '2019-12-31', disbursedToDate: 600_000 }),
        aReport({ reportNo: 1, reportDate: '2019-10-31', disbursedToDate: 200_000 }),
        aReport({ reportNo: 2, reportDate: '2019-11-30', disbursedToDate: 500_000 }),
      ],
    });
    const findings = rule.check(ctx);
    expect(flat(findings)).toEqual([['Projects', 'G2', 3]]);
    expect(findings[0].cells).toEqual(['G2', 'Reports!E2']);
    expect(rule.message.th(findings[0].params)).toBe(
      'งบประมาณที่ใช้ไป 500,000 บาท ไม่ตรงกับยอดเบิกจ่ายสะสม 600,000 บาท ของรายงานครั้งที่ 3 (ต่างกัน 100,000 บาท)',
    );
    expect(rule.message.en(findings[0].params)).toBe(
      'Budget spent (500,000 baht) differs from the cumulative disbursement of report no. 3 (600,000 baht) by 100,000 baht',
    );
  });

  it('lists every cell of a running sum when only in-period disbursements exist', () => {
    const reports = makeTable('Reports', 'reports', ['code', 'reportNo', 'reportDate', 'progress', 'disbursedInPeriod'], [
      { code: '03000000-2457', reportNo: 2, reportDate: '2019-11-30', progress: 20, disbursedInPeriod: 300_000 },
      { code: '03000000-2457', reportNo: 1, reportDate: '2019-10-31', progress: 10, disbursedInPeriod: 200_000 },
    ]);
    const findings = rule.check(makeContext({ projects: [aProject({ spent: 200_000 })], tables: [reports] }));
    expect(findings[0].cells).toEqual(['G2', 'Reports!E2', 'Reports!E3']);
    expect(findings[0].params.cumulative).toBe(500_000);
  });

  it('compares with a running sum only when no period amount is missing from it', () => {
    const reports = (amounts: (number | undefined)[]) => makeTable('Reports', 'reports', ['code', 'reportNo', 'reportDate', 'progress', 'disbursedInPeriod'],
      amounts.map((amount, i) => ({ code: '03000000-2457', reportNo: i + 1, reportDate: '2019-10-31', progress: 10 * (i + 1), disbursedInPeriod: amount })));
    const check = (amounts: (number | undefined)[]) => rule.check(makeContext({ projects: [aProject({ spent: 600_000 })], tables: [reports(amounts)] }));
    // Report 2's amount is blank: 200,000 + 100,000 is no total to hold 600,000 against.
    expect(check([200_000, undefined, 100_000])).toEqual([]);
    // The latest report's own amount is blank: the whole sum before it stands, as a cumulative column's would.
    expect(check([200_000, 100_000, undefined]).map((f) => [f.report, f.params.cumulative])).toEqual([[2, 300_000]]);
  });

  it('skips a latest report without a cumulative figure and stays silent within the tolerance', () => {
    const ctx = makeContext({
      projects: [aProject({ spent: 499_000 }), aProject({ code: '03000000-0001', spent: 1 })],
      reports: [
        aReport({ reportNo: 1, disbursedToDate: 200_000 }),
        aReport({ reportNo: 2, disbursedToDate: 500_000 }),
        aReport({ reportNo: 3, disbursedToDate: undefined }),
      ],
      config: { thresholds: { spentMismatchTolerance: 1_000 } },
    });
    expect(rule.check(ctx)).toEqual([]);
  });
});
