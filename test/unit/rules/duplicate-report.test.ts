import { duplicateReport as rule, numberedReports } from '../../../src/core/rules/duplicate-report';
import { aProject, aReport, flat, makeContext, makeTable } from '../../helpers/context';

describe('duplicate-report', () => {
  it('marks the later row of a (code, report no.) that appears twice', () => {
    const ctx = makeContext({
      projects: [aProject()],
      reports: [aReport({ reportNo: 2 }), aReport({ reportNo: 1 }), aReport({ reportNo: 2, progress: 30 })],
    });
    const findings = rule.check(ctx);
    expect(flat(findings)).toEqual([['Reports', 'B4', 2]]);
    expect(findings[0].cells).toEqual(['B4', 'B2']);
    expect(rule.message.th(findings[0].params)).toBe('รายงานครั้งที่ 2 ของโครงการ 03000000-2457 ซ้ำกับแถวที่ 2');
    expect(rule.message.en(findings[0].params)).toBe('Report no. 2 of project 03000000-2457 already appears on row 2');
  });

  it('finds a duplicate on another sheet and names that sheet', () => {
    const more = makeTable('Reports 2', 'reports', ['code', 'reportNo', 'reportDate', 'progress'], [
      { code: '03000000-2457', reportNo: 1, reportDate: '2019-10-31', progress: 10 },
    ]);
    const findings = rule.check(makeContext({ projects: [aProject()], reports: [aReport()], tables: [more] }));
    expect(findings[0].cells).toEqual(['B2', 'Reports!B2']);
    expect(rule.message.en(findings[0].params)).toBe('Report no. 1 of project 03000000-2457 already appears on row 2 of sheet Reports');
  });

  it('stays silent for the same number in different projects, or distinct numbers', () => {
    const ctx = makeContext({
      projects: [aProject(), aProject({ code: '03000000-0001' })],
      reports: [aReport(), aReport({ reportNo: 2 }), aReport({ projectCode: '03000000-0001' })],
    });
    expect(rule.check(ctx)).toEqual([]);
  });

  it('numberedReports keeps one report per number, the first in the workbook, in number order', () => {
    const ctx = makeContext({
      reports: [aReport({ reportNo: 2 }), aReport({ reportNo: 1 }), aReport({ reportNo: 2, progress: 30 }), aReport({ reportNo: undefined })],
    });
    const rows = numberedReports(ctx).get('03000000-2457')?.map((r) => r.row.row);
    expect(rows).toEqual([3, 2]);
  });
});
