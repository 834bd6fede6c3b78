import type { Issue } from '../../../src/core/model';
import { findingsPerRule } from '../../../src/core/output/findings-per-rule';
import { isPlotted, overviewPoints, type OverviewPoint } from '../../../src/core/output/overview-points';
import { validateWorkbook } from '../../../src/core/validate';
import { readWorkbook } from '../../../src/xlsx/read';
import { buildSampleWorkbook } from '../../../src/xlsx/sample';
import { aProject, aReport, makeContext, makeTable } from '../../helpers/context';

const CODE = '03000000-2457';

/** The overview of a normalized workbook built from typed rows (sheets Projects and Reports). */
function overviewOf(input: Parameters<typeof makeContext>[0], issues: Issue[] = []): OverviewPoint[] {
  return overviewPoints(makeContext(input).tables, issues);
}

/** A finding of `severity` on a project, as the rules label them. */
function finding(project: string | undefined, severity: Issue['severity'], rule: Issue['rule'] = 'report-interval'): Issue {
  return {
    rule, severity, sheet: 'Reports', cell: 'A2', cells: ['A2'], message: { th: 'ข้อความ', en: 'message' },
    ...(project === undefined ? {} : { project }),
  };
}

/** A point's place (or reason) in one line: `code progress→disbursed% worst` or `code reason`. */
function placed(point: OverviewPoint): string {
  if (!isPlotted(point)) return `${point.code} ${point.reason}`;
  return `${point.code} ${point.progress}→${Math.round(point.disbursedPercent * 100) / 100}% ${point.worst ?? 'none'}`;
}

describe('overviewPoints on the sample workbook', () => {
  let points: OverviewPoint[];
  let issues: Issue[];
  beforeAll(async () => {
    const result = validateWorkbook(await readWorkbook(await buildSampleWorkbook(), 'sample.xlsx'));
    issues = result.issues;
    points = overviewPoints(result.tables, issues);
  });

  it('has every project of the projects sheet, once, in sheet order, with its row selectable across the table', () => {
    expect(points).toHaveLength(20);
    expect(points.map((point) => point.row)).toEqual(Array.from({ length: 20 }, (_, index) => index + 3));
    expect(points[0]).toMatchObject({
      code: '03000000-2441', sheet: 'โครงการ', row: 3, range: 'A3:I3',
      name: 'โครงการปรับปรุงผิวจราจรแอสฟัลต์ติกคอนกรีต ถนนเพชรเกษม ช่วงแยกท่าพระถึงคลองภาษีเจริญ', budget: 12_500_000,
    });
  });

  it('plots the project the core reports as complete without disbursement at 100 % across and 0 % up, with its error', () => {
    const flagged = new Set(issues.filter((issue) => issue.rule === 'completed-without-disbursement').map((issue) => issue.project));
    const point = points.find((candidate) => flagged.has(candidate.code));
    expect(point).toMatchObject({ code: '03000000-2451', progress: 100, progressReport: 3, disbursed: 0, disbursedReport: 3, disbursedPercent: 0, worst: 'error' });
    expect(point?.reason).toBeUndefined();
  });

  it('takes the latest report: its progress and cumulative disbursement as a share of the budget', () => {
    expect(placed(points.find((point) => point.code === '03000000-2457')!)).toBe('03000000-2457 80→60% none');
    expect(points.find((point) => point.code === '03000000-2441')).toMatchObject({ progress: 77, progressReport: 9, disbursed: 7_125_000, disbursedReport: 9 });
  });

  it('lists the project with no report yet, not plotted, with its finding', () => {
    expect(points.filter((point) => !isPlotted(point)).map(placed)).toEqual(['03000000-2455 no-report']);
    expect(points.find((point) => point.code === '03000000-2455')?.worst).toBe('error');
  });

  it('colours each project by its worst finding: errors before warnings before info', () => {
    for (const point of points) {
      const severities = new Set(issues.filter((issue) => issue.project === point.code).map((issue) => issue.severity));
      const worst = severities.has('error') ? 'error' : severities.has('warning') ? 'warning' : severities.has('info') ? 'info' : undefined;
      expect([point.code, point.worst]).toEqual([point.code, worst]);
    }
  });
});

describe('overviewPoints: what is not plotted, and why', () => {
  it('does not plot a project without a budget, or with a budget of 0', () => {
    const points = overviewOf({
      projects: [aProject({ budget: undefined }), aProject({ code: '03000000-2458', budget: 0 })],
      reports: [aReport({ progress: 40, disbursedToDate: 0 }), aReport({ projectCode: '03000000-2458', progress: 40, disbursedToDate: 0 })],
    });
    expect(points.map(placed)).toEqual([`${CODE} no-budget`, '03000000-2458 no-budget']);
    // The figures the workbook states are kept for the table; only the share has no base.
    expect(points[0]).toMatchObject({ progress: 40, disbursed: 0 });
    expect(points[0].disbursedPercent).toBeUndefined();
  });

  it('does not plot a project without a report, nor one whose reports carry no readable progress', () => {
    const points = overviewOf({
      projects: [aProject(), aProject({ code: '03000000-2458' })],
      reports: [aReport({ projectCode: '03000000-2458', progress: undefined, disbursedToDate: 100_000 })],
    });
    expect(points.map(placed)).toEqual([`${CODE} no-report`, '03000000-2458 no-progress']);
  });

  it('does not plot a project whose cumulative disbursement is missing', () => {
    const points = overviewOf({ projects: [aProject()], reports: [aReport({ progress: 60, disbursedToDate: undefined })] });
    expect(points.map(placed)).toEqual([`${CODE} no-disbursement`]);
    expect(points[0].progress).toBe(60);
  });

  it('does not plot a running sum that leaves a blank amount out (it is a floor, not the total)', () => {
    const reports = makeTable('Reports', 'reports', ['code', 'reportNo', 'reportDate', 'progress', 'disbursedInPeriod'], [
      { code: CODE, reportNo: 1, reportDate: '2019-10-31', progress: 20, disbursedInPeriod: 100_000 },
      { code: CODE, reportNo: 2, reportDate: '2019-11-30', progress: 40, disbursedInPeriod: undefined },
      { code: CODE, reportNo: 3, reportDate: '2019-12-31', progress: 60, disbursedInPeriod: 100_000 },
    ]);
    expect(overviewOf({ projects: [aProject()], tables: [reports] }).map(placed)).toEqual([`${CODE} no-disbursement`]);
  });

  it('plots a whole running sum of in-period amounts', () => {
    const reports = makeTable('Reports', 'reports', ['code', 'reportNo', 'reportDate', 'progress', 'disbursedInPeriod'], [
      { code: CODE, reportNo: 1, reportDate: '2019-10-31', progress: 20, disbursedInPeriod: 959_000 },
      { code: CODE, reportNo: 2, reportDate: '2019-11-30', progress: 50, disbursedInPeriod: 479_500 },
    ]);
    expect(overviewOf({ projects: [aProject()], tables: [reports] }).map(placed)).toEqual([`${CODE} 50→75% none`]);
  });

  it('plots progress beyond 100 % and more disbursed than the budget where they are, not at the edge', () => {
    const points = overviewOf({ projects: [aProject({ budget: 1_000_000 })], reports: [aReport({ progress: 120, disbursedToDate: 1_250_000 })] });
    expect(points.map(placed)).toEqual([`${CODE} 120→125% none`]);
  });

  it('takes the latest report by number, not by row, and an earlier cumulative when the latest leaves it blank', () => {
    const points = overviewOf({
      projects: [aProject({ budget: 1_000_000 })],
      reports: [
        aReport({ reportNo: 3, progress: 70, disbursedToDate: undefined }),
        aReport({ reportNo: 1, progress: 10, disbursedToDate: 100_000 }),
        aReport({ reportNo: 2, progress: 40, disbursedToDate: 300_000 }),
      ],
    });
    expect(points[0]).toMatchObject({ progress: 70, progressReport: 3, disbursed: 300_000, disbursedReport: 2, disbursedPercent: 30 });
  });

  it('takes a project once, at its first row, when its code repeats', () => {
    const points = overviewOf({ projects: [aProject({ name: 'first' }), aProject({ name: 'second' })], reports: [aReport()] });
    expect(points.map((point) => [point.code, point.name, point.row])).toEqual([[CODE, 'first', 2]]);
  });

  it('reads a flat table: the project row is the first row of its code', () => {
    const flatTable = makeTable('Flat', 'flat', ['code', 'name', 'budget', 'reportNo', 'progress', 'disbursedToDate'], [
      { code: CODE, name: 'ถนน', budget: 2_000_000, reportNo: 1, progress: 30, disbursedToDate: 0 },
      { code: CODE, name: 'ถนน', budget: 2_000_000, reportNo: 2, progress: 50, disbursedToDate: 500_000 },
    ]);
    const points = overviewOf({ tables: [flatTable] });
    expect(points.map(placed)).toEqual([`${CODE} 50→25% none`]);
    expect(points[0]).toMatchObject({ sheet: 'Flat', row: 2, range: 'A2:F2' });
  });

  it('keeps a project\'s worst finding, leaving out findings of other projects and of none', () => {
    const points = overviewOf({ projects: [aProject()], reports: [aReport()] }, [
      finding(CODE, 'info'), finding(CODE, 'warning'), finding('03000000-9999', 'error'), finding(undefined, 'error'),
    ]);
    expect(points[0].worst).toBe('warning');
  });

  it('gives no point for a workbook without projects', () => {
    expect(overviewOf({ reports: [aReport()] })).toEqual([]);
  });
});

describe('findingsPerRule', () => {
  it('counts per rule, most first, ties in catalogue order, with each rule\'s worst severity', () => {
    const counts = findingsPerRule([
      finding(CODE, 'info', 'report-interval'), finding(CODE, 'warning', 'progress-without-disbursement'),
      finding(CODE, 'info', 'report-interval'), finding(CODE, 'error', 'invalid-date'),
      finding(CODE, 'warning', 'report-interval'),
    ]);
    expect(counts).toEqual([
      { rule: 'report-interval', count: 3, worst: 'warning' },
      { rule: 'invalid-date', count: 1, worst: 'error' },
      { rule: 'progress-without-disbursement', count: 1, worst: 'warning' },
    ]);
  });

  it('is empty without findings', () => {
    expect(findingsPerRule([])).toEqual([]);
  });
});
