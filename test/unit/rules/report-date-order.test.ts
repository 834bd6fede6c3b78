import { reportDateOrder as rule } from '../../../src/core/rules/report-date-order';
import { aReport, flat, makeContext } from '../../helpers/context';

describe('report-date-order', () => {
  it('marks a later report number dated before the previous report, by number not row order', () => {
    const ctx = makeContext({
      reports: [
        aReport({ reportNo: 3, reportDate: '2020-01-15' }),
        aReport({ reportNo: 1, reportDate: '2019-12-01' }),
        aReport({ reportNo: 2, reportDate: '2020-02-01' }),
      ],
    });
    const findings = rule.check(ctx);
    expect(flat(findings)).toEqual([['Reports', 'C2', 3]]);
    expect(findings[0].cells).toEqual(['C2', 'C4']);
    expect(rule.message.th(findings[0].params)).toBe(
      'รายงานครั้งที่ 3 ลงวันที่ 15 มกราคม 2563 ก่อนวันที่ของรายงานครั้งที่ 2 (1 กุมภาพันธ์ 2563)',
    );
    expect(rule.message.en(findings[0].params)).toBe('Report no. 3 is dated 15 Jan 2020, before report no. 2 (1 Feb 2020)');
  });

  it('compares across an undated report with the last dated one', () => {
    const ctx = makeContext({
      reports: [
        aReport({ reportNo: 1, reportDate: '2020-02-01' }),
        aReport({ reportNo: 2, reportDate: undefined }),
        aReport({ reportNo: 3, reportDate: '2020-01-15' }),
      ],
    });
    expect(flat(rule.check(ctx))).toEqual([['Reports', 'C4', 3]]);
  });

  it('stays silent for rows out of order but dates in number order, same-day reports, and a duplicated number', () => {
    const ctx = makeContext({
      reports: [
        aReport({ reportNo: 2, reportDate: '2019-11-30' }),
        aReport({ reportNo: 1, reportDate: '2019-10-31' }),
        // a second copy of report 2 with an early date is duplicate-report's finding, not this rule's
        aReport({ reportNo: 2, reportDate: '2019-10-01' }),
        aReport({ reportNo: 3, reportDate: '2019-11-30' }),
      ],
    });
    expect(rule.check(ctx)).toEqual([]);
  });
});
