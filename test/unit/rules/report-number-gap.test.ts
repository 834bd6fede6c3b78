import { reportNumberGap as rule } from '../../../src/core/rules/report-number-gap';
import { aProject, aReport, flat, makeContext } from '../../helpers/context';

describe('report-number-gap', () => {
  it('marks the report after a gap in number order, whatever the row order', () => {
    const ctx = makeContext({
      projects: [aProject()],
      reports: [aReport({ reportNo: 4 }), aReport({ reportNo: 1 }), aReport({ reportNo: 2 })],
    });
    const findings = rule.check(ctx);
    expect(flat(findings)).toEqual([['Reports', 'B2', 4]]);
    expect(findings[0].cells).toEqual(['B2', 'B4']);
    expect(rule.message.th(findings[0].params)).toBe('ไม่พบรายงานครั้งที่ 3 ของโครงการ 03000000-2457 ก่อนรายงานครั้งที่ 4');
    expect(rule.message.en(findings[0].params)).toBe('Project 03000000-2457 has no report no. 3 before report no. 4');
  });

  it('reports missing leading numbers and names a run of missing numbers', () => {
    const ctx = makeContext({ reports: [aReport({ reportNo: 3 }), aReport({ reportNo: 7 })] });
    const findings = rule.check(ctx);
    expect(flat(findings)).toEqual([['Reports', 'B2', 3], ['Reports', 'B3', 7]]);
    expect(findings[0].cells).toEqual(['B2']);
    expect(rule.message.th(findings[0].params)).toBe('ไม่พบรายงานครั้งที่ 1 และ 2 ของโครงการ 03000000-2457 ก่อนรายงานครั้งที่ 3');
    expect(rule.message.en(findings[1].params)).toBe('Project 03000000-2457 has no report nos. 4–6 before report no. 7');
  });

  it('stays silent for consecutive numbers, even when one is duplicated', () => {
    const ctx = makeContext({
      reports: [aReport({ reportNo: 1 }), aReport({ reportNo: 2 }), aReport({ reportNo: 2 }), aReport({ reportNo: 3 })],
    });
    expect(rule.check(ctx)).toEqual([]);
  });
});
