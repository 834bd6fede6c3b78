import { elapsedPercent, onPlanButBehind as rule } from '../../../src/core/rules/on-plan-but-behind';
import { aProject, aReport, flat, makeContext } from '../../helpers/context';

describe('on-plan-but-behind', () => {
  it('fires when marked on plan while progress lags the elapsed period by more than 30 points', () => {
    // 2019-10-01 → 2020-09-30 is 365 days; 2020-03-31 is day 182 → 49.86 % elapsed; 19.85 < 49.86 − 30
    const ctx = makeContext({
      projects: [aProject()],
      reports: [aReport({ reportDate: '2020-03-31', progress: 19.85, onPlan: true })],
    });
    const findings = rule.check(ctx);
    expect(flat(findings)).toEqual([['Reports', 'F2', 1]]);
    expect(findings[0].cells).toEqual(['F2', 'D2']);
    expect(findings[0].field).toBe('onPlan');
    expect(rule.message.th(findings[0].params)).toBe(
      'ระบุว่าเป็นไปตามแผน แต่ความก้าวหน้าเพียงร้อยละ 19.85 ขณะที่ ณ วันที่ 31 มีนาคม 2563 เวลาผ่านไปแล้วประมาณร้อยละ 50 ของระยะเวลาโครงการ (1 ตุลาคม 2562 – 30 กันยายน 2563)',
    );
    expect(rule.message.en(findings[0].params)).toBe(
      `Marked on plan, but progress is only 19.85% while about 50% of the project period (1 Oct 2019 – 30 Sep 2020) had passed by 31 Mar 2020`,
    );
  });

  it('clips the elapsed share to the period and reads the tolerance from the config', () => {
    expect(elapsedPercent('2019-10-01', '2020-09-30', '2019-09-01')).toBe(0);
    expect(elapsedPercent('2019-10-01', '2020-09-30', '2020-12-31')).toBe(100);
    expect(elapsedPercent('2020-09-30', '2019-10-01', '2020-01-01')).toBeUndefined();
    const ctx = makeContext({
      config: { thresholds: { onPlanBehindPoints: 10 } },
      projects: [aProject()],
      reports: [aReport({ reportDate: '2020-12-31', progress: 89, onPlan: true })],
    });
    const findings = rule.check(ctx);
    expect(flat(findings)).toEqual([['Reports', 'F2', 1]]);
    // A whole share is said without "about".
    expect(rule.message.th(findings[0].params)).toContain('เวลาผ่านไปแล้วร้อยละ 100 ของระยะเวลาโครงการ');
    expect(rule.message.en(findings[0].params)).toContain('while 100% of the project period');
  });

  it('stays silent within the tolerance, when not marked on plan, or when the period is reversed', () => {
    const ctx = makeContext({
      projects: [aProject(), aProject({ code: '03000000-0001', startDate: '2020-09-30', endDate: '2019-10-01' })],
      reports: [
        aReport({ reportNo: 1, reportDate: '2020-03-31', progress: 19.9, onPlan: true }),
        aReport({ reportNo: 2, reportDate: '2020-09-30', progress: 10, onPlan: false }),
        aReport({ reportNo: 3, reportDate: '2020-09-30', progress: 10 }),
        aReport({ projectCode: '03000000-0001', reportDate: '2020-09-30', progress: 0, onPlan: true }),
      ],
    });
    expect(rule.check(ctx)).toEqual([]);
  });
});
