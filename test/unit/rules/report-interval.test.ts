import { reportInterval as rule } from '../../../src/core/rules/report-interval';
import { aReport, flat, makeContext } from '../../helpers/context';

describe('report-interval', () => {
  it('fires when more than 45 days pass between consecutive reports', () => {
    const ctx = makeContext({
      reports: [aReport({ reportNo: 1, reportDate: '2019-10-31' }), aReport({ reportNo: 2, reportDate: '2019-12-16' })],
    });
    const findings = rule.check(ctx);
    expect(flat(findings)).toEqual([['Reports', 'C3', 2]]);
    expect(findings[0].cells).toEqual(['C3', 'C2']);
    expect(rule.message.th(findings[0].params)).toBe('รายงานครั้งที่ 2 (16 ธันวาคม 2562) ห่างจากรายงานครั้งที่ 1 (31 ตุลาคม 2562) 46 วัน เกินกว่า 45 วัน');
    expect(rule.message.en(findings[0].params)).toBe('Report 2 (16 Dec 2019) comes 46 days after report 1 (31 Oct 2019), more than 45 days');
  });

  it('orders by report number, not by row, and reads the threshold from the config', () => {
    const ctx = makeContext({
      config: { thresholds: { reportIntervalDays: 30 } },
      reports: [
        aReport({ reportNo: 3, reportDate: '2020-01-15' }),
        aReport({ reportNo: 1, reportDate: '2019-10-31' }),
        aReport({ reportNo: 2, reportDate: '2019-11-30' }),
      ],
    });
    expect(flat(rule.check(ctx))).toEqual([['Reports', 'C2', 3]]);
  });

  it('stays silent at exactly 45 days, and when a later report is dated earlier (report-date-order)', () => {
    const ctx = makeContext({
      reports: [
        aReport({ reportNo: 1, reportDate: '2019-10-31' }),
        aReport({ reportNo: 2, reportDate: '2019-12-15' }),
        aReport({ reportNo: 3, reportDate: '2019-10-01' }),
      ],
    });
    expect(rule.check(ctx)).toEqual([]);
  });
});
