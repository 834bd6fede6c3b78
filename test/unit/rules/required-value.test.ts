import { requiredValue as rule } from '../../../src/core/rules/required-value';
import { flat } from '../../helpers/context';
import { contextOfSheets, projectsSheet, reportsSheet } from '../../helpers/sheets';

describe('required-value', () => {
  it('fires on each empty required cell of a filled row, per the table role', () => {
    const ctx = contextOfSheets([
      projectsSheet([['03000000-2457', '', 2563, '1/10/2562', '30/9/2563', null]]),
      reportsSheet([['03000000-2457', 1, '   ', 10, null]]),
    ]);
    const findings = rule.check(ctx);
    expect(flat(findings)).toEqual([['Projects', 'B2', undefined], ['Projects', 'F2', undefined], ['Reports', 'C2', 1]]);
    expect(findings.map((f) => f.field)).toEqual(['name', 'budget', 'reportDate']);
    expect(rule.message.th(findings[0].params)).toBe('ยังไม่ได้กรอกชื่อโครงการ ซึ่งเป็นข้อมูลที่ต้องกรอก');
    expect(rule.message.en(findings[0].params)).toBe('The project name is required but empty');
    expect(rule.message.th(findings[2].params)).toBe('รายงานครั้งที่ 1 ยังไม่ได้กรอกวันที่รายงาน');
    expect(rule.message.en(findings[2].params)).toBe('Report 1 has no report date');
  });

  it('names the report whose progress is empty, as an officer would', () => {
    const ctx = contextOfSheets([reportsSheet([['03000000-2457', 4, '31/1/2563', null, 500000]])]);
    const [finding] = rule.check(ctx);
    expect([finding.cells[0], finding.report]).toEqual(['D2', 4]);
    expect(rule.message.th(finding.params)).toBe('รายงานครั้งที่ 4 ยังไม่ได้กรอกร้อยละความก้าวหน้า');
    expect(rule.message.en(finding.params)).toBe('Report 4 has no progress percentage');
    expect(rule.fix!.th(finding.params)).toBe('กรอกร้อยละความก้าวหน้าของรายงานครั้งที่ 4');
    expect(rule.fix!.en(finding.params)).toBe('Fill in the progress percentage of report 4');
  });

  it('does not name a report whose number cannot be read', () => {
    const ctx = contextOfSheets([reportsSheet([['03000000-2457', 'สี่', '31/1/2563', null, 500000]])]);
    const progress = rule.check(ctx).find((f) => f.field === 'progress')!;
    expect(progress.params).toEqual({ field: 'progress' });
    expect(rule.message.th(progress.params)).toBe('ยังไม่ได้กรอกร้อยละความก้าวหน้า ซึ่งเป็นข้อมูลที่ต้องกรอก');
  });

  it('asks a flat table for both the project and the report fields', () => {
    const ctx = contextOfSheets([{
      sheet: 'Flat',
      rows: [
        ['รหัสโครงการ', 'ชื่อโครงการ', 'งบประมาณ', 'รายงานครั้งที่', 'ความก้าวหน้า (%)'],
        ['03000000-2457', null, 1000, 1, null],
      ],
    }]);
    expect(rule.check(ctx).map((f) => [f.cells[0], f.field])).toEqual([['B2', 'name'], ['E2', 'progress']]);
  });

  it('stays silent on empty optional cells, on blank rows inside the table, and on project fields of a reports table', () => {
    const ctx = contextOfSheets([
      reportsSheet([
        ['03000000-2457', 1, '31/10/2562', 10, null],
        [null, null, null, null, null],
        ['03000000-2457', 2, '30/11/2562', 20, null],
      ]),
      {
        sheet: 'Reports with budget',
        rows: [['รหัสโครงการ', 'รายงานครั้งที่', 'วันที่รายงาน', 'ความก้าวหน้า (%)', 'งบประมาณ'], ['03000000-2457', 1, '31/10/2562', 10, null]],
      },
    ]);
    expect(ctx.tables.map((t) => t.role)).toEqual(['reports', 'reports']);
    expect(rule.check(ctx)).toEqual([]);
  });
});
