import { duplicateProject as rule } from '../../../src/core/rules/duplicate-project';
import { aProject, aReport, flat, makeContext, makeTable } from '../../helpers/context';

describe('duplicate-project', () => {
  it('marks the later row of a code that appears twice in the projects table', () => {
    const ctx = makeContext({ projects: [aProject(), aProject({ code: '03000000-0001' }), aProject({ name: 'อีกชื่อหนึ่ง' })] });
    const findings = rule.check(ctx);
    expect(flat(findings)).toEqual([['Projects', 'A4', undefined]]);
    expect(findings[0].cells).toEqual(['A4', 'A2']);
    expect(rule.message.th(findings[0].params)).toBe('รหัสโครงการ 03000000-2457 ซ้ำกับแถวที่ 2');
    expect(rule.message.en(findings[0].params)).toBe('Project code 03000000-2457 already appears on row 2');
  });

  it('names the sheet of the first row when the duplicate is on another projects sheet', () => {
    const second = makeTable('Projects B', 'projects', ['code', 'name'], [{ code: '03000000-2457', name: 'x' }]);
    const findings = rule.check(makeContext({ projects: [aProject()], tables: [second] }));
    expect(flat(findings)).toEqual([['Projects B', 'A2', undefined]]);
    expect(findings[0].cells).toEqual(['A2', 'Projects!A2']);
    expect(rule.message.th(findings[0].params)).toBe('รหัสโครงการ 03000000-2457 ซ้ำกับแถวที่ 2 ของชีต Projects');
  });

  it('stays silent for distinct codes and for a flat table that repeats a code per report', () => {
    const project = aProject();
    const flatTable = makeTable('Flat', 'flat', ['code', 'name', 'reportNo', 'reportDate', 'progress'], [
      { code: project.code, name: project.name, reportNo: 1, reportDate: '2019-10-31', progress: 10 },
      { code: project.code, name: project.name, reportNo: 2, reportDate: '2019-11-30', progress: 20 },
    ]);
    const ctx = makeContext({
      projects: [project, aProject({ code: '03000000-0001' })],
      reports: [aReport()],
      tables: [flatTable],
    });
    expect(rule.check(ctx)).toEqual([]);
  });
});
