import { missingDisbursement as rule } from '../../../src/core/rules/missing-disbursement';
import { aReport, flat, makeContext, makeTable } from '../../helpers/context';
import { contextOfSheets, reportsSheet } from '../../helpers/sheets';

const REPORT_FIELDS = ['code', 'reportNo', 'reportDate', 'progress', 'disbursedInPeriod'] as const;

describe('missing-disbursement', () => {
  it('fires on a report with progress whose cumulative disbursement is blank', () => {
    const ctx = makeContext({ reports: [aReport({ reportNo: 1 }), aReport({ reportNo: 2, progress: 40, disbursedToDate: undefined })] });
    const findings = rule.check(ctx);
    expect(flat(findings)).toEqual([['Reports', 'E3', 2]]);
    expect(findings[0].cells).toEqual(['E3', 'D3']);
    expect(findings[0].field).toBe('disbursedToDate');
    expect(rule.message.th(findings[0].params)).toBe('รายงานครั้งที่ 2 มีความก้าวหน้าร้อยละ 40 แต่ไม่ได้กรอกยอดเบิกจ่ายสะสม');
    expect(rule.message.en(findings[0].params)).toBe('Report 2 states progress of 40% but its cumulative disbursement is blank');
    expect(rule.fix!.th(findings[0].params)).toBe('กรอกยอดเบิกจ่ายสะสม หากยังไม่มีการเบิกจ่ายให้กรอก 0');
  });

  it('reads the in-period column when the table has no cumulative one', () => {
    const table = makeTable('Reports', 'reports', REPORT_FIELDS, [
      { code: 'A', reportNo: 1, reportDate: '2019-10-31', progress: 10, disbursedInPeriod: 100 },
      { code: 'A', reportNo: 2, reportDate: '2019-11-30', progress: 20 },
      { code: 'A', reportNo: 3, reportDate: '2019-12-31', progress: 30 },
    ]);
    const findings = rule.check(makeContext({ tables: [table] }));
    expect(flat(findings)).toEqual([['Reports', 'E3', 2], ['Reports', 'E4', 3]]);
    expect(rule.message.en(findings[0].params)).toBe('Report 2 states progress of 20% but its disbursement for the period is blank');
    expect(rule.fix!.th(findings[0].params)).toBe('กรอกยอดเบิกจ่ายในงวด หากงวดนี้ไม่มีการเบิกจ่ายให้กรอก 0');
  });

  it('checks the cumulative column when the table has both', () => {
    const table = makeTable('Reports', 'reports', [...REPORT_FIELDS, 'disbursedToDate'], [
      { code: 'A', reportNo: 1, reportDate: '2019-10-31', progress: 10, disbursedToDate: 100 },
      { code: 'A', reportNo: 2, reportDate: '2019-11-30', progress: 20, disbursedInPeriod: 50 },
    ]);
    expect(rule.check(makeContext({ tables: [table] })).map((f) => [f.cells[0], f.field])).toEqual([['F3', 'disbursedToDate']]);
  });

  it('names the in-period column for a project that reports per period, in a table with both columns', () => {
    // A consolidated table: project A reports cumulative figures, project B per period.
    const table = makeTable('Reports', 'reports', [...REPORT_FIELDS, 'disbursedToDate'], [
      { code: 'A', reportNo: 1, reportDate: '2019-10-31', progress: 10, disbursedToDate: 100 },
      { code: 'A', reportNo: 2, reportDate: '2019-11-30', progress: 20 },
      { code: 'B', reportNo: 1, reportDate: '2019-10-31', progress: 10, disbursedInPeriod: 100 },
      { code: 'B', reportNo: 2, reportDate: '2019-11-30', progress: 20 },
      { code: 'B', reportNo: 3, reportDate: '2019-12-31', progress: 30, disbursedInPeriod: 50 },
    ]);
    const findings = rule.check(makeContext({ tables: [table] }));
    expect(findings.map((f) => [f.cells[0], f.field])).toEqual([['F3', 'disbursedToDate'], ['E5', 'disbursedInPeriod']]);
    expect(rule.message.en(findings[1].params)).toBe('Report 2 states progress of 20% but its disbursement for the period is blank');
    expect(rule.fix!.en(findings[1].params)).toBe('Fill in the disbursement for the period; enter 0 if nothing was disbursed in it');
  });

  it('stays silent at 0% progress, for a 0 or "-" amount, for an unreadable amount, and without a disbursement column', () => {
    const ctx = contextOfSheets([
      reportsSheet([
        ['03000000-2457', 1, '31/10/2562', 0, null],
        ['03000000-2457', 2, '30/11/2562', 10, 0],
        ['03000000-2457', 3, '31/12/2562', 20, '-'],
        ['03000000-2457', 4, '31/1/2563', 30, 'ยังไม่เบิก'],
        ['03000000-2457', 5, '29/2/2563', null, null],
      ]),
      { sheet: 'No money', rows: [['รหัสโครงการ', 'รายงานครั้งที่', 'วันที่รายงาน', 'ความก้าวหน้า (%)'], ['03000000-2457', 1, '31/10/2562', 50]] },
    ]);
    expect(ctx.tables.map((t) => t.sheet)).toEqual(['Reports', 'No money']);
    expect(rule.check(ctx)).toEqual([]);
  });
});
