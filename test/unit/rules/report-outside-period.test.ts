import { reportOutsidePeriod as rule } from '../../../src/core/rules/report-outside-period';
import { aProject, aReport, flat, makeContext } from '../../helpers/context';

describe('report-outside-period', () => {
  it('marks a report dated before the project starts', () => {
    const ctx = makeContext({ projects: [aProject()], reports: [aReport({ reportDate: '2019-09-30' })] });
    const findings = rule.check(ctx);
    expect(flat(findings)).toEqual([['Reports', 'C2', 1]]);
    expect(findings[0].cells).toEqual(['C2', 'Projects!D2']);
    expect(rule.message.th(findings[0].params)).toBe('รายงานครั้งที่ 1 ลงวันที่ 30 กันยายน 2562 ก่อนวันเริ่มต้นโครงการ (1 ตุลาคม 2562)');
  });

  it('marks a report more than reportAfterEndDays after the end', () => {
    const ctx = makeContext({
      projects: [aProject({ endDate: '2020-03-31' })],
      reports: [aReport({ reportNo: 9, reportDate: '2020-07-01' })],
    });
    const findings = rule.check(ctx);
    expect(flat(findings)).toEqual([['Reports', 'C2', 9]]);
    expect(findings[0].cells).toEqual(['C2', 'Projects!E2']);
    expect(rule.message.th(findings[0].params)).toBe(
      'รายงานครั้งที่ 9 ลงวันที่ 1 กรกฎาคม 2563 หลังวันสิ้นสุดโครงการ (31 มีนาคม 2563) ถึง 92 วัน (กำหนดไว้ไม่เกิน 90 วัน)',
    );
    expect(rule.message.en(findings[0].params)).toBe(
      'Report no. 9 is dated 1 Jul 2020, 92 days after the project ends (31 Mar 2020); at most 90 days are expected',
    );
  });

  it('stays silent on the start day, exactly at the limit, under a raised limit, and for reversed project dates', () => {
    const ctx = makeContext({
      projects: [
        aProject({ endDate: '2020-03-31' }),
        aProject({ code: '03000000-0001', startDate: '2020-10-01', endDate: '2020-03-31' }),
      ],
      reports: [
        aReport({ reportDate: '2019-10-01' }),
        aReport({ reportNo: 2, reportDate: '2020-06-29' }), // 90 days after 31 Mar 2020
        aReport({ projectCode: '03000000-0001', reportDate: '2019-01-01' }),
      ],
    });
    expect(rule.check(ctx)).toEqual([]);
    const raised = makeContext({
      projects: [aProject({ endDate: '2020-03-31' })],
      reports: [aReport({ reportDate: '2020-07-01' })],
      config: { thresholds: { reportAfterEndDays: 120 } },
    });
    expect(rule.check(raised)).toEqual([]);
  });
});
