import { printedFormLinesOfGrid, readFormSheet } from '../../../src/core/consolidate/form-sheet';
import type { SourceRecords } from '../../../src/core/consolidate/source-rows';
import type { CellValue, Issue, Project, ProgressReport } from '../../../src/core/model';
import { ISSUE_COLUMNS } from '../../../src/core/output/annotation-text';
import { dateSerial } from '../../../src/core/template/sheet-description';
import { standardForm, type FormRecord } from '../../../src/core/template/standard-form';
import { gridOf, gridOfDescription } from './form-grid';

/**
 * Sheets laid out as the standard form (DESIGN §2, §9): as `fill` writes it, and as agencies type
 * it; and sheets that are not forms, which must not be read as one.
 */

const read = (records: SourceRecords | undefined): SourceRecords => {
  expect(records).toBeDefined();
  return records as SourceRecords;
};

const PROJECT: Project = {
  code: '03000000-2457',
  name: 'โครงการปรับปรุงถนนซอยวัดใหม่',
  fiscalYear: 2563,
  startDate: '2019-10-01',
  endDate: '2020-08-31',
  budget: 1_918_000,
  spent: 1_150_800,
  agency: 'สำนักการโยธา / กองก่อสร้างและบูรณะถนน / กลุ่มงานบูรณะถนน',
  owner: 'นายพีระพงษ์ อินทร์แก้ว โทร. 1475',
  coordinator: 'นางสาวสมใจ ใจดี โทร. 1460',
  rationale: 'ถนนซอยวัดใหม่ชำรุด\nประชาชนสัญจรไม่สะดวก',
  objectives: 'เพื่อความปลอดภัย\nเพื่อความสะดวก',
  targets: 'ถนนยาว 500 เมตร',
  strategy: 'ประเด็นยุทธศาสตร์ ๕ มหานครกะทัดรัด ประเด็นยุทธศาสตร์ย่อย ๕.๓ การพัฒนาพื้นที่ เป้าหมายที่ ๕.๓.๑ ถนนได้มาตรฐาน ตัวชี้วัด ร้อยละของถนน',
};

function report(reportNo: number, overrides: Partial<ProgressReport> = {}): FormRecord<ProgressReport> {
  return {
    value: {
      projectCode: PROJECT.code, reportNo, reportDate: '2019-10-19', stage: 'อยู่ระหว่างขั้นตอนจัดซื้อ', progress: 10,
      disbursedInPeriod: 0, onPlan: true, onTarget: false, ...overrides,
    },
  };
}

const DATE_FORMAT = '[$-107041E]d mmmm yyyy';

describe('readFormSheet — the form as fill writes it', () => {
  const form = standardForm({ value: PROJECT }, [
    report(1),
    report(2, { reportDate: '2020-03-18', stage: 'อยู่ระหว่างขั้นตอนตรวจรับงาน (ครั้งที่ 1)', progress: 60, disbursedInPeriod: 95_900, onTarget: true }),
  ]);
  const records = read(readFormSheet(gridOfDescription(form), 'forms.xlsx'));
  const sheet = form.name;

  it('gives the project row: the cells\' values (dates as serials), their formats and addresses', () => {
    expect(records.projects).toEqual([{
      source: { file: 'forms.xlsx', sheet, row: 5 },
      values: {
        name: PROJECT.name, code: PROJECT.code, fiscalYear: 2563, startDate: dateSerial('2019-10-01'), endDate: dateSerial('2020-08-31'),
        budget: 1_918_000, spent: 1_150_800, agency: PROJECT.agency, owner: PROJECT.owner, coordinator: PROJECT.coordinator,
        rationale: PROJECT.rationale, objectives: '1. เพื่อความปลอดภัย\n2. เพื่อความสะดวก', targets: PROJECT.targets,
        strategy: 'ประเด็นยุทธศาสตร์ ๕ มหานครกะทัดรัด\nประเด็นยุทธศาสตร์ย่อย ๕.๓ การพัฒนาพื้นที่\nเป้าหมายที่ ๕.๓.๑ ถนนได้มาตรฐาน\nตัวชี้วัด ร้อยละของถนน',
      },
      cells: {
        name: 'C5', code: 'C6', fiscalYear: 'C7', startDate: 'C8', endDate: 'C9', budget: 'C10', spent: 'C11',
        agency: 'C13', owner: 'C14', coordinator: 'C15', rationale: 'A17', objectives: 'A19', targets: 'A21', strategy: 'C23',
      },
      numberFormats: {
        name: '@', code: '@', fiscalYear: '0', startDate: DATE_FORMAT, endDate: DATE_FORMAT, budget: '#,##0.00 "บาท"', spent: '#,##0.00 "บาท"',
        agency: '@', owner: '@', coordinator: '@', rationale: '@', objectives: '@', targets: '@',
      },
    }]);
  });

  it('gives a report row per row of section 2\'s table, under its two-row header', () => {
    expect(records.reports).toEqual([
      {
        source: { file: 'forms.xlsx', sheet, row: 31 },
        values: { code: PROJECT.code, reportNo: 1, reportDate: dateSerial('2019-10-19'), stage: 'อยู่ระหว่างขั้นตอนจัดซื้อ', progress: 10, disbursedInPeriod: 0, onPlan: 'ใช่', onTarget: 'ไม่ใช่' },
        cells: { code: 'C6', reportNo: 'A31', reportDate: 'B31', stage: 'C31', progress: 'D31', disbursedInPeriod: 'E31', onPlan: 'F31', onTarget: 'G31' },
        numberFormats: { reportDate: DATE_FORMAT, stage: '@', progress: '0.00', disbursedInPeriod: '#,##0.00' },
      },
      {
        source: { file: 'forms.xlsx', sheet, row: 32 },
        values: {
          code: PROJECT.code, reportNo: 2, reportDate: dateSerial('2020-03-18'), stage: 'อยู่ระหว่างขั้นตอนตรวจรับงาน (ครั้งที่ 1)', progress: 60,
          disbursedInPeriod: 95_900, onPlan: 'ใช่', onTarget: 'ใช่',
        },
        cells: { code: 'C6', reportNo: 'A32', reportDate: 'B32', stage: 'C32', progress: 'D32', disbursedInPeriod: 'E32', onPlan: 'F32', onTarget: 'G32' },
        numberFormats: { reportDate: DATE_FORMAT, stage: '@', progress: '0.00', disbursedInPeriod: '#,##0.00' },
      },
    ]);
    expect(records.problems).toEqual([]);
  });

  it('reads the cumulative column when the form shows งบประมาณที่เบิกใช้สะสม', () => {
    const cumulative = standardForm({ value: PROJECT }, [
      report(1, { disbursedInPeriod: undefined, disbursedToDate: 0 }),
      report(2, { disbursedInPeriod: undefined, disbursedToDate: 95_900 }),
    ]);
    const { reports } = read(readFormSheet(gridOfDescription(cumulative), 'forms.xlsx'));
    expect(reports.map((row) => [row.values.disbursedToDate, row.values.disbursedInPeriod, row.cells?.disbursedToDate])).toEqual([[0, undefined, 'E31'], [95_900, undefined, 'E32']]);
  });

  it('gives no report for a form with none (the row saying so is not a report), and blanks as nothing', () => {
    const empty = standardForm({ value: { code: '03000000-2458', name: 'โครงการใหม่' } }, []);
    const records = read(readFormSheet(gridOfDescription(empty), 'forms.xlsx'));
    expect(records.projects.map((row) => row.values)).toEqual([{ code: '03000000-2458', name: 'โครงการใหม่' }]);
    expect(records.reports).toEqual([]);
    expect(records.problems).toEqual([]);
  });

  it('keeps a value the form shows as written (not a date) and a strategy it could not split', () => {
    const project: FormRecord<Project> = {
      value: { code: '03000000-2459', name: 'โครงการ ข', strategy: 'มิติที่ ๕ มหานครกะทัดรัด' },
      row: { cells: { startDate: { raw: '31/02/2563' } } },
    };
    const records = read(readFormSheet(gridOfDescription(standardForm(project, [])), 'forms.xlsx'));
    expect(records.projects[0].values).toEqual({ code: '03000000-2459', name: 'โครงการ ข', startDate: '31/02/2563', strategy: 'มิติที่ ๕ มหานครกะทัดรัด' });
    expect(records.projects[0].numberFormats?.startDate).toBe(DATE_FORMAT);
  });

  it('leaves out the findings listed beside the form', () => {
    const finding: Issue = {
      rule: 'date-order', severity: 'error', sheet: 'Projects', cell: 'D2', cells: ['D2', 'E2'],
      message: { th: 'วันเริ่มต้นโครงการอยู่หลังวันสิ้นสุดโครงการ', en: 'The start is after the end' },
    };
    const withFindings = standardForm({ value: { code: PROJECT.code, name: PROJECT.name } }, [report(1)], { findings: [finding, finding, finding] });
    const records = read(readFormSheet(gridOfDescription(withFindings), 'forms.xlsx'));
    expect(records.projects[0].values).toEqual({ code: PROJECT.code, name: PROJECT.name });
    expect(records.reports).toHaveLength(1);
  });
});

describe('readFormSheet — forms typed by agencies', () => {
  it('labels in A, values in B, section 2 as a table whose disbursement column the data decides', () => {
    const grid = gridOf('โครงการขุดลอก', [
      ['แบบรายงานโครงการ', null, null, null, null, null, null],
      ['รหัสโครงการ', '03000000-2441'],
      ['ชื่อโครงการ', 'โครงการขุดลอกคลอง'],
      ['ปีงบประมาณ', 2563],
      ['วันเริ่มต้นโครงการ', 43739],
      ['วันสิ้นสุดโครงการ', '30/9/2563'],
      ['งบประมาณที่ได้รับ (บาท)', '1,918,000.-'],
      ['หน่วยงาน', 'สำนักการระบายน้ำ'],
      [],
      ['รายงานครั้งที่', 'วันที่', 'ขั้นตอนการดำเนินงาน', 'ความก้าวหน้า (%)', 'เบิกจ่าย (บาท)', 'เป็นไปตามแผน', 'เป็นไปตามเป้าหมาย'],
      [1, 43757, 'จัดซื้อ', 10, 0, 'เป็นไปตามแผน', 'เป็นไปตามเป้าหมาย'],
      [2, '20/11/2562', 'ก่อสร้าง (ครั้งที่ 1)', '60.00 %', 95_900, 'ไม่เป็นไปตามแผน', 'เป็นไปตามเป้าหมาย'],
      [3, '2020-3-18', 'ตรวจรับ', 100, 50_000, 'เป็นไปตามแผน', 'ไม่เป็นไปตามเป้าหมาย'],
    ], { formats: { '4,1': 'd/m/yyyy', '10,1': 'd/m/yyyy' } });
    const records = read(readFormSheet(grid, 'drain.xlsx'));
    expect(records.projects).toEqual([{
      source: { file: 'drain.xlsx', sheet: 'โครงการขุดลอก', row: 2 },
      values: { code: '03000000-2441', name: 'โครงการขุดลอกคลอง', fiscalYear: 2563, startDate: 43739, endDate: '30/9/2563', budget: '1,918,000.-', agency: 'สำนักการระบายน้ำ' },
      cells: { code: 'B2', name: 'B3', fiscalYear: 'B4', startDate: 'B5', endDate: 'B6', budget: 'B7', agency: 'B8' },
      numberFormats: { startDate: 'd/m/yyyy' },
    }]);
    expect(records.reports.map((row) => [row.source.row, row.values])).toEqual([
      [11, { code: '03000000-2441', reportNo: 1, reportDate: 43757, stage: 'จัดซื้อ', progress: 10, disbursedInPeriod: 0, onPlan: 'เป็นไปตามแผน', onTarget: 'เป็นไปตามเป้าหมาย' }],
      [12, { code: '03000000-2441', reportNo: 2, reportDate: '20/11/2562', stage: 'ก่อสร้าง (ครั้งที่ 1)', progress: '60.00 %', disbursedInPeriod: 95_900, onPlan: 'ไม่เป็นไปตามแผน', onTarget: 'เป็นไปตามเป้าหมาย' }],
      [13, { code: '03000000-2441', reportNo: 3, reportDate: '2020-3-18', stage: 'ตรวจรับ', progress: 100, disbursedInPeriod: 50_000, onPlan: 'เป็นไปตามแผน', onTarget: 'ไม่เป็นไปตามเป้าหมาย' }],
    ]);
    expect(records.reports[0].numberFormats).toEqual({ reportDate: 'd/m/yyyy' });
    expect(records.reports[2].cells).toEqual({ code: 'B2', reportNo: 'A13', reportDate: 'B13', stage: 'C13', progress: 'D13', disbursedInPeriod: 'E13', onPlan: 'F13', onTarget: 'G13' });
  });

  it('numbering in A, labels in B with colons, values two columns right; section 2 as entry lines, one over two cells', () => {
    const entry2 = 'รายงานครั้งที่ 2 :: 2020-3-18 : อยู่ระหว่างขั้นตอนก่อสร้าง';
    const grid = gridOf('Form', [
      ['1.1', 'รหัสโครงการ :', null, '03000000-2457'],
      [null, 'ชื่อโครงการ/กิจกรรม :', null, 'โครงการปรับปรุงถนน'],
      [null, 'ปีงบประมาณ พ.ศ. 2563'],
      ['1.2', 'หน่วยงานที่รับผิดชอบ'],
      [null, 'สำนักการโยธา / กองก่อสร้าง'],
      [null, 'ผู้รับผิดชอบ', null, null, 'นาย ก โทร. 1475'],
      ['2.', 'รายงานความก้าวหน้าของโครงการและการใช้จ่ายงบประมาณ'],
      [null, 'รายงานครั้งที่ 1 :: 19/10/2562 : จัดซื้อ :: ความก้าวหน้าของงานฯ = 10.00 % : งบประมาณที่เบิกใช้ (ครั้งที่ 1) = 0 บาท : เป็นไปตามแผน : เป็นไปตามเป้าหมาย'],
      [null, entry2, ':: ความก้าวหน้าของงานฯ = 60.00 % : งบประมาณที่เบิกใช้ (ครั้งที่ 2) = 1,918,000 บาท : ไม่เป็นไปตามแผน : เป็นไปตามเป้าหมาย'],
    ], { origin: { row: 4, col: 0 } });
    const records = read(readFormSheet(grid, 'typed.xlsx'));
    expect(records.projects).toEqual([{
      source: { file: 'typed.xlsx', sheet: 'Form', row: 5 },
      values: { code: '03000000-2457', name: 'โครงการปรับปรุงถนน', fiscalYear: '2563', agency: 'สำนักการโยธา / กองก่อสร้าง', owner: 'นาย ก โทร. 1475' },
      cells: { code: 'D5', name: 'D6', fiscalYear: 'B7', agency: 'B9', owner: 'E10' },
    }]);
    expect(records.reports).toEqual([
      {
        source: { file: 'typed.xlsx', sheet: 'Form', row: 12 },
        values: {
          code: '03000000-2457', reportNo: '1', reportDate: '19/10/2562', stage: 'จัดซื้อ', progress: '10.00', disbursedInPeriod: '0 บาท',
          onPlan: 'เป็นไปตามแผน', onTarget: 'เป็นไปตามเป้าหมาย',
        },
        cells: { code: 'D5', reportNo: 'B12', reportDate: 'B12', stage: 'B12', progress: 'B12', disbursedInPeriod: 'B12', onPlan: 'B12', onTarget: 'B12' },
      },
      {
        source: { file: 'typed.xlsx', sheet: 'Form', row: 13 },
        values: {
          code: '03000000-2457', reportNo: '2', reportDate: '2020-3-18', stage: 'อยู่ระหว่างขั้นตอนก่อสร้าง', progress: '60.00', disbursedInPeriod: '1,918,000 บาท',
          onPlan: 'ไม่เป็นไปตามแผน', onTarget: 'เป็นไปตามเป้าหมาย',
        },
        cells: { code: 'D5', reportNo: 'B13', reportDate: 'B13', stage: 'B13', progress: 'C13', disbursedInPeriod: 'C13', onPlan: 'C13', onTarget: 'C13' },
      },
    ]);
    expect(records.problems).toEqual([]);
  });

  it('a used range that starts at B: addresses and rows are the sheet\'s', () => {
    const grid = gridOf('Offset', [
      ['รหัสโครงการ', '03000000-2460'],
      ['ชื่อโครงการ', 'โครงการ ค'],
      ['งบประมาณ', 500_000],
      ['ผู้ประสานงาน', 'นาง ง'],
    ], { origin: { row: 2, col: 1 }, formats: { '2,1': '#,##0' } });
    const [project] = read(readFormSheet(grid, 'offset.xlsx')).projects;
    expect(project).toEqual({
      source: { file: 'offset.xlsx', sheet: 'Offset', row: 3 },
      values: { code: '03000000-2460', name: 'โครงการ ค', budget: 500_000, coordinator: 'นาง ง' },
      cells: { code: 'C3', name: 'C4', budget: 'C5', coordinator: 'C6' },
      numberFormats: { budget: '#,##0' },
    });
  });

  it('an English form: labels and section 2 headers in English', () => {
    const grid = gridOf('Project form', [
      ['Project progress and information report'],
      ['Project code:', '03000000-2461'],
      ['Project name:', 'Canal dredging'],
      ['Fiscal year:', 2563],
      ['Start date:', '2019-10-01'],
      ['End date:', '2020-09-30'],
      ['Budget received:', '1,918,000 บาท'],
      ['Agency:', 'Drainage and Sewerage Department'],
      ['Progress reports'],
      ['Report no.', 'Report date', 'Stage', 'Progress (%)', 'Disbursed to date', 'On plan', 'On target'],
      [1, '2019-10-19', 'Procurement', 10, 0, 'Y', 'N'],
    ]);
    const records = read(readFormSheet(grid, 'english.xlsx'));
    expect(records.projects[0].values).toEqual({
      code: '03000000-2461', name: 'Canal dredging', fiscalYear: 2563, startDate: '2019-10-01', endDate: '2020-09-30', budget: '1,918,000 บาท',
      agency: 'Drainage and Sewerage Department',
    });
    expect(records.reports.map((row) => row.values)).toEqual([
      { code: '03000000-2461', reportNo: 1, reportDate: '2019-10-19', stage: 'Procurement', progress: 10, disbursedToDate: 0, onPlan: 'Y', onTarget: 'N' },
    ]);
  });

  it('the printed form pasted into column A, and its lines for readPrintedFormLines', () => {
    const grid = gridOf('วางข้อความ', [
      ['แบบแสดงรายงานความก้าวหน้าและข้อมูลเกี่ยวกับโครงการ'],
      ['ชื่อโครงการ/กิจกรรม : โครงการปรับปรุงถนนซอยวัดใหม่'],
      ['รหัสโครงการ : 03000000-2457'],
      ['เริ่มต้นโครงการ : 2019-10-01 00:00:00 สิ้นสุดโครงการ : 2020-9-30'],
      ['งบประมาณที่ได้รับ : 1,918,000.-'],
      ['2. รายงานความก้าวหน้าของโครงการและการใช้จ่ายงบประมาณ'],
      ['รายงานครั้งที่ 9 :: 2020-3-18 : อยู่ระหว่างขั้นตอนตรวจรับงาน (ครั้งที่ 8) :: ความก้าวหน้าของงานฯ = 60.00 %'],
      [': งบประมาณที่เบิกใช้ (ครั้งที่ 9) = 0 บาท : เป็นไปตามแผน : เป็นไปตามเป้าหมาย'],
    ]);
    const records = read(readFormSheet(grid, 'pasted.xlsx'));
    expect(records.projects[0]).toEqual({
      source: { file: 'pasted.xlsx', sheet: 'วางข้อความ', row: 2 },
      values: { name: 'โครงการปรับปรุงถนนซอยวัดใหม่', code: '03000000-2457', startDate: '2019-10-01 00:00:00', endDate: '2020-9-30', budget: '1,918,000.-' },
      cells: { name: 'A2', code: 'A3', startDate: 'A4', endDate: 'A4', budget: 'A5' },
    });
    expect(records.reports).toEqual([{
      source: { file: 'pasted.xlsx', sheet: 'วางข้อความ', row: 7 },
      values: {
        code: '03000000-2457', reportNo: '9', reportDate: '2020-3-18', stage: 'อยู่ระหว่างขั้นตอนตรวจรับงาน (ครั้งที่ 8)', progress: '60.00',
        disbursedInPeriod: '0 บาท', onPlan: 'เป็นไปตามแผน', onTarget: 'เป็นไปตามเป้าหมาย',
      },
      cells: { code: 'A3', reportNo: 'A7', reportDate: 'A7', stage: 'A7', progress: 'A7', disbursedInPeriod: 'A8', onPlan: 'A8', onTarget: 'A8' },
    }]);
    expect(printedFormLinesOfGrid(grid).slice(0, 2)).toEqual([
      { text: 'แบบแสดงรายงานความก้าวหน้าและข้อมูลเกี่ยวกับโครงการ', row: 1, cell: 'A1', cellStarts: [{ at: 0, cell: 'A1' }] },
      { text: 'ชื่อโครงการ/กิจกรรม : โครงการปรับปรุงถนนซอยวัดใหม่', row: 2, cell: 'A2', cellStarts: [{ at: 0, cell: 'A2' }] },
    ]);
  });

  it('reports on a sheet that carries an entry it cannot read, naming the row and cell', () => {
    const grid = gridOf('Form', [
      ['รหัสโครงการ', '03000000-2457'],
      ['ชื่อโครงการ', 'ถนน'],
      ['ปีงบประมาณ', 2563],
      ['รายงานครั้งที่ :: 19/10/2562 : จัดซื้อ :: ความก้าวหน้าของงานฯ = 10 %'],
    ]);
    expect(read(readFormSheet(grid, 'bad.xlsx')).problems.map((problem) => problem.en)).toEqual([
      'row 4 (A4): a progress report could not be read — no "รายงานครั้งที่ N ::" with a report number: "รายงานครั้งที่ :: 19/10/2562 : จัดซื้อ :: ความก้าวหน้าของงานฯ = 10 %"',
    ]);
  });
});

describe('readFormSheet — sheets that are not forms', () => {
  const cases: [string, CellValue[][]][] = [
    ['an empty sheet', []],
    ['an ordinary projects table', [
      ['รหัสโครงการ', 'ชื่อโครงการ', 'ปีงบประมาณ', 'เริ่มต้นโครงการ', 'สิ้นสุดโครงการ', 'งบประมาณที่ได้รับ'],
      ['03000000-2457', 'ถนน', 2563, 43739, 44074, 1_918_000],
      ['03000000-2458', 'คลอง', 2563, 43739, 44074, 500_000],
    ]],
    ['a reports table whose header says รายงานครั้งที่', [
      ['รหัสโครงการ', 'รายงานครั้งที่', 'วันที่รายงาน', 'ความก้าวหน้า (%)', 'เบิกจ่ายสะสม (บาท)'],
      ['03000000-2457', 1, 43757, 10, 0],
    ]],
    ['a reports table without a code column', [
      ['รายงานครั้งที่', 'วันที่', 'ความก้าวหน้า (%)', 'เบิกจ่ายสะสม (บาท)'],
      [1, 43757, 10, 0],
      [2, 43788, 20, 100],
    ]],
    ['a table under title rows written like labels', [
      ['หน่วยงาน : สำนักการโยธา'],
      ['ปีงบประมาณ : 2563'],
      ['ผู้รับผิดชอบ : นาย ก'],
      [],
      ['รหัสโครงการ', 'ชื่อโครงการ', 'งบประมาณ', 'เริ่มต้น', 'สิ้นสุด'],
      ['03000000-2457', 'ถนน', 1_918_000, 43739, 44074],
    ]],
    ['a table under the form\'s title', [
      ['แบบแสดงรายงานความก้าวหน้าและข้อมูลเกี่ยวกับโครงการ'],
      ['รหัสโครงการ', 'ชื่อโครงการ', 'ครั้งที่', 'วันที่รายงาน', 'ความก้าวหน้า'],
      ['03000000-2457', 'ถนน', 1, 43757, 10],
    ]],
    ['a notes sheet mentioning โครงการ', [
      ['หมายเหตุ'],
      ['โครงการนี้รายงานครั้งที่ 3 ล่าช้า เนื่องจากรอผลการประกวดราคา'],
      ['ข้อมูลโครงการจากสำนักงบประมาณ'],
      ['ชื่อโครงการที่ยังไม่รายงานให้ติดตาม'],
    ]],
    ['a sheet with two labels only', [
      ['รหัสโครงการ', '03000000-2457'],
      ['ชื่อโครงการ', 'ถนน'],
      ['อื่น ๆ', 'ไม่มี'],
    ]],
    ['a projects table turned sideways', [
      ['รหัสโครงการ', '03000000-2457', '03000000-2458', '03000000-2459'],
      ['ชื่อโครงการ', 'ถนน', 'คลอง', 'สะพาน'],
      ['งบประมาณ', 100, 200, 300],
      ['หน่วยงาน', 'ก', 'ข', 'ค'],
    ]],
    ['the Issues sheet (Thai)', [
      ISSUE_COLUMNS.map((column) => column.th),
      ['ข้อผิดพลาด', 'แบบฟอร์ม', 'C6', 'invalid-code', '03000000-245', '', 'รหัสโครงการ : ไม่ตรงรูปแบบ', 'แก้ไขรหัส'],
    ]],
    ['the Issues sheet (English)', [
      ISSUE_COLUMNS.map((column) => column.en),
      ['Error', 'Form', 'C6', 'invalid-code', '03000000-245', '', 'Project code: not the pattern', 'Fix the code'],
    ]],
  ];

  it.each(cases)('undefined for %s', (_name, rows) => {
    expect(readFormSheet(gridOf('Sheet1', rows), 'book.xlsx')).toBeUndefined();
  });
});
