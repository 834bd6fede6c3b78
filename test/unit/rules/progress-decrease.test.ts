import { progressDecrease as rule } from '../../../src/core/rules/progress-decrease';
import { aProject, aReport, flat, makeContext, makeTable } from '../../helpers/context';

describe('progress-decrease', () => {
  it('fires when progress goes down from one report to the next', () => {
    const ctx = makeContext({
      projects: [aProject()],
      reports: [aReport({ reportNo: 1, progress: 60 }), aReport({ reportNo: 2, reportDate: '2019-11-30', progress: 40 })],
    });
    const findings = rule.check(ctx);
    expect(flat(findings)).toEqual([['Reports', 'D3', 2]]);
    expect(findings[0].cells).toEqual(['D3', 'D2']);
    expect(findings[0].field).toBe('progress');
    expect(rule.message.th(findings[0].params)).toBe('ความก้าวหน้าของรายงานครั้งที่ 2 (ร้อยละ 40) ต่ำกว่ารายงานครั้งที่ 1 (ร้อยละ 60)');
    expect(rule.message.en(findings[0].params)).toBe('Progress in report 2 (40%) is lower than in report 1 (60%)');
  });

  it('orders by report number, not by row: rows 3, 1, 2 with progress 50, 10, 60 flag report 3', () => {
    const ctx = makeContext({
      reports: [
        aReport({ reportNo: 3, progress: 50 }),
        aReport({ reportNo: 1, progress: 10 }),
        aReport({ reportNo: 2, progress: 60 }),
      ],
    });
    const findings = rule.check(ctx);
    expect(flat(findings)).toEqual([['Reports', 'D2', 3]]);
    expect(findings[0].cells).toEqual(['D2', 'D4']);
  });

  it('compares with the last report whose progress is readable, and keeps projects apart', () => {
    const ctx = makeContext({
      reports: [
        aReport({ reportNo: 1, progress: 60 }),
        aReport({ reportNo: 2, progress: undefined }),
        aReport({ reportNo: 3, progress: 40 }),
        aReport({ projectCode: '03000000-0001', reportNo: 1, progress: 5 }),
      ],
    });
    const findings = rule.check(ctx);
    expect(flat(findings)).toEqual([['Reports', 'D4', 3]]);
    expect(findings[0].params).toMatchObject({ previousReportNo: 1, previousProgress: 60 });
  });

  it('names the previous report\'s cell with its sheet when it sits on another sheet', () => {
    const earlier = makeTable('Earlier', 'reports', ['code', 'reportNo', 'reportDate', 'progress'], [
      { code: '03000000-2457', reportNo: 1, reportDate: '2019-10-31', progress: 60 },
    ]);
    const ctx = makeContext({ reports: [aReport({ reportNo: 2, progress: 40 })], tables: [earlier] });
    const findings = rule.check(ctx);
    expect(flat(findings)).toEqual([['Reports', 'D2', 2]]);
    expect(findings[0].cells).toEqual(['D2', 'Earlier!D2']);
  });

  it('stays silent when progress stays the same or rises, and for other projects in between', () => {
    const ctx = makeContext({
      reports: [
        aReport({ reportNo: 1, progress: 60 }),
        aReport({ projectCode: '03000000-0001', reportNo: 1, progress: 10 }),
        aReport({ reportNo: 2, progress: 60 }),
        aReport({ reportNo: 3, progress: 60.01 }),
      ],
    });
    expect(rule.check(ctx)).toEqual([]);
  });
});
