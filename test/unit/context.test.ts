import { makeContext, aProject, aReport, makeTable } from '../helpers/context';

describe('rule context', () => {
  it('orders reports by report number, not by row', () => {
    const ctx = makeContext({
      projects: [aProject()],
      reports: [aReport({ reportNo: 3 }), aReport({ reportNo: 1 }), aReport({ reportNo: 2 })],
    });
    expect(ctx.reportsByCode.get('03000000-2457')!.map((r) => r.value.reportNo)).toEqual([1, 2, 3]);
    expect(ctx.reportsByCode.get('03000000-2457')!.map((r) => r.row.row)).toEqual([3, 4, 2]);
  });

  it('sums disbursedInPeriod into a cumulative figure when no cumulative column exists', () => {
    const table = makeTable('Reports', 'reports', ['code', 'reportNo', 'reportDate', 'progress', 'disbursedInPeriod'], [
      { code: 'A', reportNo: 2, reportDate: '2019-11-30', progress: 20, disbursedInPeriod: 50 },
      { code: 'A', reportNo: 1, reportDate: '2019-10-31', progress: 10, disbursedInPeriod: 100 },
    ]);
    const ctx = makeContext({ tables: [table] });
    const [first, second] = ctx.reportsByCode.get('A')!;
    expect(first.cumulative).toEqual({ value: 100, cells: ['E3'] });
    expect(second.cumulative).toEqual({ value: 150, cells: ['E2', 'E3'] });
    expect(ctx.hasProjectTable).toBe(false);
  });

  it('takes a table of more than 120,000 rows (records are never spread into one call)', () => {
    const rows = Array.from({ length: 130_000 }, (_, i) => ({ code: 'A', reportNo: i + 1, reportDate: '2019-10-31', progress: 10 }));
    const ctx = makeContext({ tables: [makeTable('Reports', 'reports', ['code', 'reportNo', 'reportDate', 'progress'], rows)] });
    expect(ctx.reports).toHaveLength(130_000);
    expect(ctx.reportsByCode.get('A')!.at(-1)!.value.reportNo).toBe(130_000);
  });
});
