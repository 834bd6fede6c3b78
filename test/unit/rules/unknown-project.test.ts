import { unknownProject as rule } from '../../../src/core/rules/unknown-project';
import { aProject, aReport, flat, makeContext } from '../../helpers/context';

describe('unknown-project', () => {
  it('marks the code of a report whose project is not in the projects table', () => {
    const ctx = makeContext({ projects: [aProject()], reports: [aReport(), aReport({ projectCode: '03000000-9999' })] });
    const findings = rule.check(ctx);
    expect(flat(findings)).toEqual([['Reports', 'A3', 1]]);
    expect(findings[0].cells).toEqual(['A3']);
    expect(rule.message.th(findings[0].params)).toBe('ไม่พบโครงการรหัส 03000000-9999 ในตารางโครงการ');
    expect(rule.message.en(findings[0].params)).toBe('No project with code 03000000-9999 in the projects table');
  });

  it('stays silent for known codes, and when the workbook has no projects table at all', () => {
    expect(rule.check(makeContext({ projects: [aProject()], reports: [aReport(), aReport({ reportNo: 2 })] }))).toEqual([]);
    expect(rule.check(makeContext({ reports: [aReport({ projectCode: '03000000-9999' })] }))).toEqual([]);
  });
});
