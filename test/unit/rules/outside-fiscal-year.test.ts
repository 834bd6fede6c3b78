import { outsideFiscalYear as rule } from '../../../src/core/rules/outside-fiscal-year';
import { aProject, flat, makeContext } from '../../helpers/context';

describe('outside-fiscal-year', () => {
  it('marks each date outside 1 Oct 2562 – 30 Sep 2563 for FY2563', () => {
    const ctx = makeContext({ projects: [aProject({ startDate: '2019-09-30', endDate: '2020-10-01' })] });
    const findings = rule.check(ctx);
    expect(flat(findings)).toEqual([['Projects', 'D2', undefined], ['Projects', 'E2', undefined]]);
    expect(findings[0].cells).toEqual(['D2', 'C2']);
    expect(findings.map((f) => f.field)).toEqual(['startDate', 'endDate']);
    expect(rule.message.th(findings[1].params)).toBe(
      'วันสิ้นสุดโครงการ 1 ตุลาคม 2563 อยู่นอกปีงบประมาณ พ.ศ. 2563 (1 ตุลาคม 2562 – 30 กันยายน 2563)',
    );
    expect(rule.message.en(findings[0].params)).toMatch(/^The start date 30 Sep\w* 2019 is outside fiscal year 2563 BE \(1 Oct 2019 – 30 Sep\w* 2020\)$/);
  });

  it('stays silent on the fiscal year’s first and last days, and for an out-of-range fiscal year', () => {
    const ctx = makeContext({
      projects: [
        aProject({ startDate: '2019-10-01', endDate: '2020-09-30' }),
        aProject({ code: '03000000-0001', fiscalYear: 25630, startDate: '2019-01-01' }),
      ],
    });
    expect(rule.check(ctx)).toEqual([]);
  });
});
