import type { CellValue, Grid, Issue } from '../../src/core/model';
import { validateWorkbook } from '../../src/core/validate';
import { makeGrid } from '../helpers/grid';

/**
 * Whole workbooks as agencies send them, through validateWorkbook: titles above the header,
 * merged group headings, agency wording, planned figures beside actual ones, disbursement columns
 * whose kind only the data tells — and the same data in the sample's own layout for comparison.
 */

const DATE_FORMAT = 'd/m/yyyy';

/** The Excel serial of an ISO date (days since 1899-12-30). */
function serial(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;
}

/** `2019-10-31` → `31/10/2562`, as agencies type dates. */
function beText(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d}/${m}/${y + 543}`;
}

interface ProjectData { code: string; name: string; budget: number }
interface ReportData { code: string; reportNo: number; date: string; progress: number; disbursedToDate: number; planned: number }

const FY_START = '2019-10-01';
const FY_END = '2020-09-30';
const REPORT_DATES = ['2019-10-31', '2019-11-29', '2019-12-30'];

const COMPLETED_UNPAID = '50010000-0001';
const PROGRESS_UNPAID = '50010000-0002';
const DISBURSEMENT_DOWN = '50010000-0003';
const PROGRESS_DOWN = '50010000-0004';
const CLEAN = '50010000-0005';

const PROJECTS: readonly ProjectData[] = [
  { code: COMPLETED_UNPAID, name: 'โครงการปรับปรุงภูมิทัศน์สวนสาธารณะ', budget: 800_000 },
  { code: PROGRESS_UNPAID, name: 'โครงการก่อสร้างทางเท้า ซอยรามคำแหง 24', budget: 1_200_000 },
  { code: DISBURSEMENT_DOWN, name: 'โครงการขุดลอกคูคลองลำพังพวย', budget: 1_000_000 },
  { code: PROGRESS_DOWN, name: 'โครงการจัดซื้อครุภัณฑ์คอมพิวเตอร์', budget: 2_000_000 },
  { code: CLEAN, name: 'โครงการฝึกอบรมอาสาสมัครป้องกันภัยฝ่ายพลเรือน', budget: 500_000 },
];

/** [progress %, cumulative disbursed, planned cumulative disbursement] per report, report 1 first. */
const REPORT_FIGURES: Record<string, [number, number, number][]> = {
  [COMPLETED_UNPAID]: [[10, 0, 200_000], [100, 0, 800_000]],
  [PROGRESS_UNPAID]: [[20, 0, 300_000], [60, 0, 700_000]],
  [DISBURSEMENT_DOWN]: [[30, 300_000, 250_000], [50, 250_000, 500_000]],
  [PROGRESS_DOWN]: [[40, 800_000, 500_000], [35, 900_000, 1_000_000]],
  [CLEAN]: [[20, 100_000, 100_000], [45, 225_000, 250_000], [70, 350_000, 400_000]],
};

const REPORTS: readonly ReportData[] = PROJECTS.flatMap(({ code }) => REPORT_FIGURES[code].map(([progress, disbursedToDate, planned], i) => ({
  code, reportNo: i + 1, date: REPORT_DATES[i], progress, disbursedToDate, planned,
})));

/** What the money rules must find in this data, and nothing else: [rule, project, report]. */
const PLANTED: [string, string, number][] = [
  ['completed-without-disbursement', COMPLETED_UNPAID, 2],
  ['disbursement-decrease', DISBURSEMENT_DOWN, 2],
  ['progress-decrease', PROGRESS_DOWN, 2],
  ['progress-without-disbursement', PROGRESS_UNPAID, 2],
];

const MONEY_RULES = new Set([
  'completed-without-disbursement', 'progress-without-disbursement', 'disbursement-decrease',
  'progress-decrease', 'progress-disbursement-gap', 'disbursement-exceeds-budget',
]);

/** The money rules' findings as sorted [rule, project, report] rows. */
function moneyRows(issues: readonly Issue[]): [string, string, number][] {
  return issues
    .filter((issue) => MONEY_RULES.has(issue.rule))
    .map((issue): [string, string, number] => [issue.rule, issue.project ?? '', issue.report ?? 0])
    .sort((a, b) => a.join('|').localeCompare(b.join('|')));
}

/** A grid whose date columns (0-based `dateColumns`) hold date serials in d/m/yyyy from row `firstDataRow` (0-based). */
function gridWithDates(sheet: string, rows: CellValue[][], firstDataRow: number, dateColumns: number[]): Grid {
  const formats = rows.map((row, r) => row.map((_, c) => (r >= firstDataRow && dateColumns.includes(c) ? DATE_FORMAT : 'General')));
  return makeGrid(sheet, rows, { formats });
}

/** The sample's layout: a Projects sheet and a Reports sheet, a title above each header, real date cells. */
function canonicalWorkbook(): Grid[] {
  const projects = gridWithDates('โครงการ', [
    ['ทะเบียนโครงการ ประจำปีงบประมาณ พ.ศ. 2563'],
    ['รหัสโครงการ', 'ชื่อโครงการ', 'ปีงบประมาณ', 'เริ่มต้นโครงการ', 'สิ้นสุดโครงการ', 'งบประมาณที่ได้รับ (บาท)'],
    ...PROJECTS.map((p) => [p.code, p.name, 2563, serial(FY_START), serial(FY_END), p.budget]),
  ], 2, [3, 4]);
  const reports = gridWithDates('รายงานความก้าวหน้า', [
    ['รายงานความก้าวหน้าโครงการ'],
    ['รหัสโครงการ', 'รายงานครั้งที่', 'วันที่รายงาน', 'ความก้าวหน้า (%)', 'เบิกจ่ายสะสม (บาท)'],
    ...REPORTS.map((r) => [r.code, r.reportNo, serial(r.date), r.progress, r.disbursedToDate]),
  ], 2, [2]);
  return [projects, reports];
}

const AGENCY_SHEET = 'ผลการดำเนินงาน 2563';
const AGENCY_TITLES: CellValue[][] = [
  ['สำนักงานเขตบางกะปิ'],
  ['รายงานผลการดำเนินงานโครงการ ประจำปีงบประมาณ พ.ศ. 2563'],
  [],
];

/** One flat row per report as an agency types it: BE text dates, project fields repeated. */
function agencyRows(): CellValue[][] {
  return REPORTS.map((r, i) => {
    const project = PROJECTS.find((p) => p.code === r.code)!;
    return [
      i + 1, r.code, project.name, 2563, beText(FY_START), beText(FY_END), project.budget,
      r.reportNo, beText(r.date), r.progress, r.planned, r.disbursedToDate,
      r.code === COMPLETED_UNPAID && r.reportNo === 2 ? 'งานแล้วเสร็จ รอเบิกจ่าย' : null,
    ];
  });
}

/**
 * The agency's sheet (columns A–M): two title rows, a blank row, a row of merged group headings
 * (the text in the first cell of each merge, the rest empty), then the header, in agency wording.
 * `subHeaders` words the last row of headers under the group headings: each column headed in full,
 * or only the part the group heading does not say.
 */
function agencyWorkbook(subHeaders: 'full' | 'under-group'): Grid[] {
  const full = subHeaders === 'full';
  const groups: CellValue[] = [
    null, null, null, null, 'ระยะเวลาดำเนินการ', null, null, null, null,
    full ? null : 'ผลการดำเนินงาน', 'ผลการเบิกจ่าย (บาท)', null, null,
  ];
  const header: CellValue[] = [
    'ลำดับ', 'เลขที่โครงการ', 'ชื่อโครงการ/กิจกรรม', 'ปีงบประมาณ พ.ศ.', 'วันเริ่มต้น', 'วันสิ้นสุด',
    'งบประมาณที่ได้รับอนุมัติ (บาท)', 'รายงานผลครั้งที่', 'ข้อมูล ณ วันที่',
    full ? 'ผลการดำเนินงาน (ร้อยละ)' : 'ร้อยละ',
    full ? 'แผนการเบิกจ่าย (บาท)' : 'แผน',
    full ? 'ผลการเบิกจ่ายสะสม (บาท)' : 'สะสม',
    'หมายเหตุ',
  ];
  return [makeGrid(AGENCY_SHEET, [...AGENCY_TITLES, groups, header, ...agencyRows()])];
}

describe('the same projects in the sample layout and as an agency sends them', () => {
  const canonical = validateWorkbook(canonicalWorkbook());

  it('finds exactly the planted money findings in the sample layout', () => {
    expect(canonical.tables.map((t) => [t.sheet, t.role, t.headerRow])).toEqual([['โครงการ', 'projects', 2], ['รายงานความก้าวหน้า', 'reports', 2]]);
    expect(moneyRows(canonical.issues)).toEqual(PLANTED);
  });

  it.each(['full', 'under-group'] as const)('finds the same in the agency sheet (sub-headers %s), never reading the plan as disbursement', (subHeaders) => {
    const agency = validateWorkbook(agencyWorkbook(subHeaders));
    expect(agency.tables).toHaveLength(1);
    const [table] = agency.tables;
    expect([table.sheet, table.role, table.headerRow]).toEqual([AGENCY_SHEET, 'flat', 5]);
    expect(table.columns).toMatchObject({
      code: 'B', name: 'C', fiscalYear: 'D', startDate: 'E', endDate: 'F', budget: 'G',
      reportNo: 'H', reportDate: 'I', progress: 'J', disbursedToDate: 'L',
    });
    // The planned column (K) maps to nothing, and no column is read as in-period disbursement.
    expect(table.headers.find((h) => h.column === 'K')?.field).toBeUndefined();
    expect(table.columns.disbursedInPeriod).toBeUndefined();
    expect(moneyRows(agency.issues)).toEqual(moneyRows(canonical.issues));
    expect(moneyRows(agency.issues)).toEqual(PLANTED);
  });
});

/** The sample's projects sheet for the given projects, dates as text. */
function projectsGrid(projects: readonly ProjectData[]): Grid {
  return makeGrid('โครงการ', [
    ['รหัสโครงการ', 'ชื่อโครงการ', 'ปีงบประมาณ', 'เริ่มต้นโครงการ', 'สิ้นสุดโครงการ', 'งบประมาณที่ได้รับ (บาท)'],
    ...projects.map((p) => [p.code, p.name, 2563, beText(FY_START), beText(FY_END), p.budget]),
  ]);
}

const rowsOf = (issues: readonly Issue[], rule: string) => issues.filter((i) => i.rule === rule).map((i) => [i.project, i.report, i.cell]);

describe('a blank in-period disbursement', () => {
  const project: ProjectData = { code: '50020000-0001', name: 'โครงการก่อสร้างศูนย์เรียนรู้ชุมชน', budget: 900_000 };
  const dates = ['2019-10-31', '2019-11-29', '2019-12-30', '2020-01-31', '2020-02-28', '2020-03-31'];
  const progress = [5, 10, 15, 20, 60, 60];
  const inPeriod: (number | null)[] = [0, 0, 0, null, 0, 0];
  const reports = makeGrid('รายงาน', [
    ['รหัสโครงการ', 'รายงานครั้งที่', 'วันที่รายงาน', 'ความก้าวหน้า (%)', 'เบิกจ่ายในงวด (บาท)'],
    ...dates.map((date, i) => [project.code, i + 1, beText(date), progress[i], inPeriod[i]]),
  ]);
  const { tables, issues } = validateWorkbook([projectsGrid([project]), reports]);

  it('reads the column as in-period disbursement only', () => {
    expect(tables[1].columns).toMatchObject({ disbursedInPeriod: 'E' });
    expect(tables[1].columns.disbursedToDate).toBeUndefined();
  });

  it('is a missing-disbursement finding on report 4\'s cell', () => {
    expect(rowsOf(issues, 'missing-disbursement')).toEqual([[project.code, 4, 'E5']]);
  });

  it('does not stop the later reports being checked: 60 % with nothing disbursed in reports 5 and 6', () => {
    expect(rowsOf(issues, 'progress-without-disbursement').map(([code, report]) => [code, report])).toEqual([[project.code, 5], [project.code, 6]]);
  });
});

describe('disbursement columns that are missing, named, or left open by their header', () => {
  const A: ProjectData = { code: '50030000-0001', name: 'โครงการติดตั้งกล้องโทรทัศน์วงจรปิด', budget: 350_000 };
  const B: ProjectData = { code: '50030000-0002', name: 'โครงการปรับปรุงห้องสมุดชุมชน', budget: 200_000 };
  const DATES = ['2019-10-31', '2019-11-29', '2019-12-30'];
  const PROGRESS: Record<string, number[]> = { [A.code]: [20, 50, 90], [B.code]: [10, 30, 60] };

  /** A reports sheet, a round of reports at a time (A then B each month), with the given disbursement column. */
  function reportsGrid(disbursement?: { header: string; amounts: Record<string, number[]> }): Grid {
    const header: CellValue[] = ['รหัสโครงการ', 'รายงานครั้งที่', 'วันที่รายงาน', 'ความก้าวหน้า (%)'];
    if (disbursement) header.push(disbursement.header);
    const rows: CellValue[][] = [];
    DATES.forEach((date, i) => {
      for (const { code } of [A, B]) {
        const row: CellValue[] = [code, i + 1, beText(date), PROGRESS[code][i]];
        if (disbursement) row.push(disbursement.amounts[code][i]);
        rows.push(row);
      }
    });
    return makeGrid('รายงาน', [header, ...rows]);
  }

  const DISBURSEMENT_RULE_IDS = /progress-without-disbursement|completed-without-disbursement|disbursement-decrease|progress-disbursement-gap|disbursement-exceeds-budget|missing-disbursement/;
  const aboutDisbursement = (issues: readonly Issue[]) => issues.filter((i) => i.rule === 'rules-not-run' && DISBURSEMENT_RULE_IDS.test(i.message.en));

  it('without any disbursement column, warns which disbursement rules did not run', () => {
    const { issues } = validateWorkbook([projectsGrid([A, B]), reportsGrid()]);
    const warnings = aboutDisbursement(issues);
    expect(warnings).toHaveLength(1);
    expect(warnings[0].severity).toBe('warning');
    expect(warnings[0].message.en).toMatch(/completed-without-disbursement/);
    expect(warnings[0].message.en).toMatch(/progress-without-disbursement/);
  });

  it('with a column headed งบประมาณที่เบิกใช้สะสม (บาท), maps it and has nothing to warn about disbursement', () => {
    const { tables, issues } = validateWorkbook([projectsGrid([A, B]), reportsGrid({
      header: 'งบประมาณที่เบิกใช้สะสม (บาท)',
      amounts: { [A.code]: [70_000, 175_000, 315_000], [B.code]: [20_000, 60_000, 120_000] },
    })]);
    expect(tables[1].columns.disbursedToDate).toBe('E');
    expect(aboutDisbursement(issues)).toEqual([]);
  });

  it('reads งบประมาณที่เบิกใช้ (บาท) as cumulative when it never decreases within a project', () => {
    // Across rows it drops (A's 100,000 then B's 50,000): only the order within a project counts.
    const { tables, issues } = validateWorkbook([projectsGrid([A, B]), reportsGrid({
      header: 'งบประมาณที่เบิกใช้ (บาท)',
      amounts: { [A.code]: [100_000, 250_000, 340_000], [B.code]: [50_000, 50_000, 120_000] },
    })]);
    expect(tables[1].columns.disbursedToDate).toBe('E');
    expect(tables[1].columns.disbursedInPeriod).toBeUndefined();
    expect(tables[1].headers[4]).toMatchObject({ field: 'disbursedToDate', recognition: 'data' });
    // Read as amounts of each period, A's would add up past its 350,000 budget.
    expect(rowsOf(issues, 'disbursement-exceeds-budget')).toEqual([]);
    expect(rowsOf(issues, 'disbursement-decrease')).toEqual([]);
    expect(aboutDisbursement(issues)).toEqual([]);
  });

  it('reads งบประมาณที่เบิกใช้ (บาท) as in-period when it goes up and down within a project', () => {
    const { tables, issues } = validateWorkbook([projectsGrid([A, B]), reportsGrid({
      header: 'งบประมาณที่เบิกใช้ (บาท)',
      amounts: { [A.code]: [100_000, 200_000, 80_000], [B.code]: [50_000, 0, 70_000] },
    })]);
    expect(tables[1].columns.disbursedInPeriod).toBe('E');
    expect(tables[1].columns.disbursedToDate).toBeUndefined();
    expect(tables[1].headers[4]).toMatchObject({ field: 'disbursedInPeriod', recognition: 'data' });
    // The running sum of A reaches 380,000 at report 3, over its 350,000 budget; nothing "decreases".
    expect(rowsOf(issues, 'disbursement-exceeds-budget').map(([code, report]) => [code, report])).toEqual([[A.code, 3]]);
    expect(rowsOf(issues, 'disbursement-decrease')).toEqual([]);
  });
});
