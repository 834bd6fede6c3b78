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
    expect(first.cumulative).toEqual({ value: 100, cells: ['E3'], knownCount: 1, unknownReports: [] });
    expect(second.cumulative).toEqual({ value: 150, cells: ['E2', 'E3'], knownCount: 2, unknownReports: [] });
    expect(ctx.hasProjectTable).toBe(false);
  });

  it('carries the running sum past a blank amount, which leaves only that report unknown', () => {
    const table = makeTable('Reports', 'reports', ['code', 'reportNo', 'reportDate', 'progress', 'disbursedInPeriod'], [
      { code: 'A', reportNo: 1, reportDate: '2019-10-31', progress: 10, disbursedInPeriod: 100 },
      { code: 'A', reportNo: 2, reportDate: '2019-11-30', progress: 20 },
      { code: 'A', reportNo: 3, reportDate: '2019-12-31', progress: 30, disbursedInPeriod: 50 },
      { code: 'A', reportNo: 4, reportDate: '2020-01-31', progress: 40 },
      { code: 'A', reportNo: 5, reportDate: '2020-02-29', progress: 50, disbursedInPeriod: 0 },
      { code: 'A', reportDate: '2020-03-31', progress: 60, disbursedInPeriod: 70 },
    ]);
    const reports = makeContext({ tables: [table] }).reportsByCode.get('A')!;
    expect(reports.map((r) => r.cumulative)).toEqual([
      { value: 100, cells: ['E2'], knownCount: 1, unknownReports: [] },
      undefined,
      { value: 150, cells: ['E4', 'E2'], knownCount: 2, unknownReports: [2] },
      undefined,
      { value: 150, cells: ['E6', 'E4', 'E2'], knownCount: 3, unknownReports: [2, 4] },
      // A report without a number has no place in the order, so no sum.
      undefined,
    ]);
  });

  it('sums per-period amounts for a project without a cumulative cell when the table has both columns (a consolidated table)', () => {
    const table = makeTable('Reports', 'reports', ['code', 'reportNo', 'reportDate', 'progress', 'disbursedToDate', 'disbursedInPeriod'], [
      { code: 'A', reportNo: 1, reportDate: '2019-10-31', progress: 10, disbursedToDate: 100 },
      { code: 'A', reportNo: 2, reportDate: '2019-11-30', progress: 20, disbursedToDate: 300 },
      { code: 'B', reportNo: 1, reportDate: '2019-10-31', progress: 10, disbursedInPeriod: 40 },
      { code: 'B', reportNo: 2, reportDate: '2019-11-30', progress: 20, disbursedInPeriod: 60 },
    ]);
    const ctx = makeContext({ tables: [table] });
    expect(ctx.reportsByCode.get('A')!.map((r) => r.cumulative?.value)).toEqual([100, 300]);
    expect(ctx.reportsByCode.get('B')!.map((r) => r.cumulative)).toEqual([
      { value: 40, cells: ['F4'], knownCount: 1, unknownReports: [] },
      { value: 100, cells: ['F5', 'F4'], knownCount: 2, unknownReports: [] },
    ]);
  });

  it('keeps a cumulative column as read: no running sum, nothing unknown', () => {
    const ctx = makeContext({ reports: [aReport({ reportNo: 1, disbursedToDate: 100 }), aReport({ reportNo: 2, disbursedToDate: undefined })] });
    const [read, blank] = ctx.reportsByCode.get('03000000-2457')!.map((r) => r.cumulative);
    // Read field by field: a figure read from its cell names its address only when asked (records.ts).
    expect(read && { value: read.value, cells: read.cells, knownCount: read.knownCount, unknownReports: read.unknownReports }).toEqual({ value: 100, cells: ['E2'] });
    expect(JSON.parse(JSON.stringify(read))).toEqual({ value: 100, cells: ['E2'] });
    expect(blank).toBeUndefined();
  });

  it('takes a table of more than 120,000 rows (records are never spread into one call)', () => {
    const rows = Array.from({ length: 130_000 }, (_, i) => ({ code: 'A', reportNo: i + 1, reportDate: '2019-10-31', progress: 10 }));
    const ctx = makeContext({ tables: [makeTable('Reports', 'reports', ['code', 'reportNo', 'reportDate', 'progress'], rows)] });
    expect(ctx.reports).toHaveLength(130_000);
    expect(ctx.reportsByCode.get('A')!.at(-1)!.value.reportNo).toBe(130_000);
  });
});
