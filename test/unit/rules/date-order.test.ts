import { dateOrder as rule } from '../../../src/core/rules/date-order';
import { aProject, flat, makeContext } from '../../helpers/context';

describe('date-order', () => {
  it('marks the start date of a project that starts after it ends', () => {
    const ctx = makeContext({ projects: [aProject({ startDate: '2020-10-01', endDate: '2020-03-31' })] });
    const findings = rule.check(ctx);
    expect(flat(findings)).toEqual([['Projects', 'D2', undefined]]);
    expect(findings[0].cells).toEqual(['D2', 'E2']);
    expect(rule.message.th(findings[0].params)).toBe('วันเริ่มต้นโครงการ (1 ตุลาคม 2563) อยู่หลังวันสิ้นสุดโครงการ (31 มีนาคม 2563)');
    expect(rule.message.en(findings[0].params)).toBe('The start date (1 Oct 2020) is after the end date (31 Mar 2020)');
  });

  it('stays silent for a one-day project, ordered dates, or a missing date', () => {
    const ctx = makeContext({
      projects: [
        aProject({ startDate: '2020-03-31', endDate: '2020-03-31' }),
        aProject({ code: '03000000-0001' }),
        aProject({ code: '03000000-0002', startDate: '2020-10-01', endDate: undefined }),
      ],
    });
    expect(rule.check(ctx)).toEqual([]);
  });
});
