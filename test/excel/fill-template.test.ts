/// <reference types="office-js" />
import type { CellValue } from '../../src/core/model';
import { isoToSerial } from '../../src/core/parse/calendar';
import { createSimulatedExcel, workbookFromRows, type SimulatedExcelHost, type WorkbookModel } from '../../src/devhost';
import type { SheetModel } from '../../src/devhost/model';
import { createExcelChecker } from '../../src/excel';
import { FORMS_SHEET } from '../../src/excel/fill/form-record';
import type { FormFiller } from '../../src/excel/types';

const simulated = createSimulatedExcel;

/** Syncs made while `work` runs. */
async function syncsDuring<T>(host: SimulatedExcelHost, work: () => Promise<T>): Promise<{ result: T; syncs: number }> {
  const before = host.stats.syncCount;
  const result = await work();
  return { result, syncs: host.stats.syncCount - before };
}

jest.setTimeout(60_000);

const PROJECT_HEADER = ['รหัสโครงการ', 'ชื่อโครงการ', 'ปีงบประมาณ', 'เริ่มต้นโครงการ', 'สิ้นสุดโครงการ', 'งบประมาณที่ได้รับ', 'หน่วยงานที่รับผิดชอบ'];
const REPORT_HEADER = ['รหัสโครงการ', 'รายงานครั้งที่', 'วันที่รายงาน', 'ขั้นตอนการดำเนินงาน', 'ความก้าวหน้า (%)', 'เบิกจ่ายสะสม', 'เป็นไปตามแผน', 'เป็นไปตามเป้าหมาย'];
const DATE = 'd/m/yyyy';
const TEMPLATE = 'แม่แบบ';

const codeOf = (index: number) => `${String(3_000_000 + index).padStart(8, '0')}-${String(2400 + index).padStart(4, '0')}`;
/** The report dates: 1 November 2019 onwards, a month apart (serials). */
const reportDate = (report: number) => 43769 + (report - 1) * 30;

/**
 * Projects with the given numbers of reports (a stage that looks like a formula among them) and a
 * template sheet: A1 a title with the code, project values in rows 2–3, the repeat row 5 with a
 * formula beside it, a total in row 6, a merged and tall signature row 7 inside the print area,
 * a page break above it.
 */
function templateWorkbook(reportCounts: readonly number[], templateRows?: CellValue[][]): WorkbookModel {
  const projects: CellValue[][] = [PROJECT_HEADER];
  const projectFormats: string[][] = [[]];
  const reports: CellValue[][] = [REPORT_HEADER];
  const reportFormats: string[][] = [[]];
  reportCounts.forEach((count, index) => {
    const code = codeOf(index);
    projects.push([code, `+ โครงการที่ ${index + 1}`, 2563, 43739, 44104, 1_918_000, 'สำนักการโยธา']);
    projectFormats.push(['@', '@', 'General', DATE, DATE, '#,##0', 'General']);
    for (let report = 1; report <= count; report++) {
      reports.push([code, report, reportDate(report), report === 2 ? '@ผู้รับจ้าง =1+1 ยังไม่เริ่ม' : `ขั้นที่ ${report}`, Math.min(100, report * 2), report * 10_000, 'เป็นไปตามแผน', 'เป็นไปตามเป้าหมาย']);
      reportFormats.push(['@', 'General', DATE, '@', 'General', '#,##0', 'General', 'General']);
    }
  });
  return workbookFromRows([
    { name: 'โครงการ', rows: projects, numberFormats: projectFormats },
    { name: 'รายงาน', rows: reports, numberFormats: reportFormats },
    {
      name: TEMPLATE,
      rows: templateRows ?? [
        ['รายงาน {{code}}'],
        ['งบประมาณ', '{{budget}}', '{{name}}'],
        ['ระยะเวลา', '{{startDate}}', '{{endDate}}'],
        ['ก', 'ข', 'ค', 'ง', 'จ'],
        ['{{#reports}}{{reportNo}}', '{{reportDate}}', '{{stage}}', '{{disbursedToDate}}', '=D5*2'],
        ['รวม', null, null, '=SUM(D5:D5)'],
        ['ลงชื่อ'],
      ],
      numberFormats: [[], ['General', '@'], ['General', DATE, 'General'], [], ['General', DATE, 'General', '#,##0']],
    },
  ]);
}

/** The template laid out as a printed form: a merged, tall signature row, a print area and a page break above the signature. */
async function layOut(host: SimulatedExcelHost): Promise<void> {
  await host.Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(TEMPLATE);
    sheet.getRange('A7:E7').merge();
    sheet.getRange('A7').format.rowHeight = 40;
    sheet.pageLayout.setPrintArea('A1:E7');
    sheet.horizontalPageBreaks.add('A7');
    await context.sync();
  });
}

function formsOf(host: SimulatedExcelHost): FormFiller {
  return createExcelChecker(host).forms!;
}

function sheetNamed(model: WorkbookModel, name: string): SheetModel {
  const sheet = model.sheets.find((candidate) => candidate.name === name);
  if (!sheet) throw new Error(`no sheet ${name} (sheets: ${model.sheets.map((s) => s.name).join(', ')})`);
  return sheet;
}

async function filledHost(reportCounts: readonly number[]) {
  const host = simulated(templateWorkbook(reportCounts));
  await layOut(host);
  const forms = formsOf(host);
  const codes = reportCounts.map((_, index) => codeOf(index));
  const { result, syncs } = await syncsDuring(host, () => forms.fill({ codes, template: TEMPLATE }));
  return { host, forms, result, syncs, codes };
}

describe('filling a template sheet through Office.js', () => {
  it('finds the template when planning, with its placeholders counted', async () => {
    const host = simulated(templateWorkbook([1]));
    const plan = await formsOf(host).plan({ kind: 'all' });
    expect(plan.templates).toEqual([{ sheet: TEMPLATE, placeholders: 9, problems: [] }]);
  });

  it('fills 0, 1 and 40 reports: totals cover every row, what is below moves, values typed, text stays text', async () => {
    const { host, result } = await filledHost([0, 1, 40]);
    const names = result.forms.map((form) => form.sheet);
    expect(names).toEqual([`${TEMPLATE} ${codeOf(0)}`, `${TEMPLATE} ${codeOf(1)}`, `${TEMPLATE} ${codeOf(2)}`]);
    const [none, one, forty] = names.map((name) => sheetNamed(host.model, name));

    // Project values: the title as text, a number into a Text cell made a number, dates from their day.
    expect(forty.cells.A1.value).toBe(`รายงาน ${codeOf(2)}`);
    expect(forty.cells.B2.value).toBe(1_918_000);
    expect(forty.cells.B2.numberFormat ?? 'General').toBe('General');
    expect(forty.cells.C2).toMatchObject({ value: '+ โครงการที่ 3', numberFormat: '@' });
    expect(forty.cells.C2.formula).toBeUndefined();
    expect(forty.cells.B3).toMatchObject({ value: isoToSerial('2019-10-01'), numberFormat: DATE });
    expect(forty.cells.C3).toMatchObject({ value: isoToSerial('2020-09-30'), numberFormat: '[$-107041E]d mmmm yyyy' });

    // 40 reports: rows 5–44, the formula beside each row follows it, the total sums them all.
    expect(forty.cells.A5.value).toBe(1);
    expect(forty.cells.A44.value).toBe(40);
    expect(forty.cells.B6).toMatchObject({ value: reportDate(2), numberFormat: DATE });
    expect(forty.cells.C6).toMatchObject({ value: '@ผู้รับจ้าง =1+1 ยังไม่เริ่ม', numberFormat: '@' });
    expect(forty.cells.C6.formula).toBeUndefined();
    expect(forty.cells.D44.value).toBe(400_000);
    expect(forty.cells.E44.formula).toBe('=D44*2');
    expect(forty.cells.D45.formula).toBe('=SUM(D5:D44)');
    expect(forty.cells.A46.value).toBe('ลงชื่อ');
    expect(forty.layout?.merges).toEqual([{ row: 45, col: 0, rowCount: 1, colCount: 5 }]);
    expect(forty.layout?.rowHeights?.['45']).toBe(40);
    expect(forty.layout?.page?.printArea).toEqual([{ row: 0, col: 0, rowCount: 46, colCount: 5 }]);
    expect(forty.layout?.page?.rowBreaks).toEqual([45]);

    // One report: the template's rows as they were.
    expect(one.cells.A5.value).toBe(1);
    expect(one.cells.D6.formula).toBe('=SUM(D5:D5)');
    expect(one.layout?.merges).toEqual([{ row: 6, col: 0, rowCount: 1, colCount: 5 }]);

    // No report: the row is gone, the total sums no row (not #REF!), what was below moved up.
    expect(none.cells.A5.value).toBe('รวม');
    expect(none.cells.D5.formula).not.toContain('#REF!');
    expect(none.cells.D5.formula).toMatch(/^=SUM\(D1048576(:D1048576)?\)$/);
    expect(none.layout?.merges).toEqual([{ row: 5, col: 0, rowCount: 1, colCount: 5 }]);
    expect(none.layout?.rowHeights?.['5']).toBe(40);
    expect(none.layout?.page?.printArea).toEqual([{ row: 0, col: 0, rowCount: 6, colCount: 5 }]);

    // The template itself is untouched.
    expect(sheetNamed(host.model, TEMPLATE).cells.A5.value).toBe('{{#reports}}{{reportNo}}');
  });

  it('writes many sheets to a sync: the syncs do not grow with the cells', async () => {
    const few = await filledHost([40, 40]);
    const many = await filledHost(Array.from({ length: 12 }, () => 40));
    expect(many.syncs).toBe(few.syncs);
    expect(many.syncs).toBeLessThanOrEqual(12);
  });

  it('refuses a template with an unknown placeholder by name and cell, before anything is written', async () => {
    const host = simulated(templateWorkbook([1], [['{{code}}', '{{budjet}}']]));
    const forms = formsOf(host);
    const plan = await forms.plan({ kind: 'all' }, { template: TEMPLATE });
    expect(plan.templates?.[0].problems[0].en).toBe(`unknown placeholder {{budjet}} in ${TEMPLATE}!B1 (did you mean {{budget}}?)`);
    const before = host.model.sheets.map((sheet) => sheet.name);
    await expect(forms.fill({ codes: [codeOf(0)], template: TEMPLATE })).rejects.toMatchObject({ code: 'invalid-template', message: expect.stringContaining('{{budjet}}') });
    expect(host.model.sheets.map((sheet) => sheet.name)).toEqual(before);
  });

  it('re-filling replaces only its own sheets, under their names; a user sheet of that name is kept', async () => {
    const model = templateWorkbook([2, 3]);
    const host = simulated(model);
    await host.Excel.run(async (context) => {
      context.workbook.worksheets.add(`${TEMPLATE} ${codeOf(0)}`).getRange('A1').values = [['ของผู้ใช้']];
      await context.sync();
    });
    const forms = formsOf(host);
    const first = await forms.fill({ codes: [codeOf(0)], template: TEMPLATE });
    expect(first.forms).toEqual([{ sheet: `${TEMPLATE} ${codeOf(0)} (2)`, project: codeOf(0), replaced: false }]);
    const plan = await forms.plan({ kind: 'all' }, { template: TEMPLATE });
    expect(plan.replaces).toEqual([`${TEMPLATE} ${codeOf(0)} (2)`]);
    const second = await forms.fill({ codes: [codeOf(0), codeOf(1)], template: TEMPLATE });
    expect(second.forms.map((form) => [form.sheet, form.replaced])).toEqual([[`${TEMPLATE} ${codeOf(0)} (2)`, true], [`${TEMPLATE} ${codeOf(1)}`, false]]);
    expect(host.model.sheets.map((sheet) => sheet.name)).toEqual([
      'โครงการ', 'รายงาน', TEMPLATE, `${TEMPLATE} ${codeOf(0)}`, `${TEMPLATE} ${codeOf(0)} (2)`, FORMS_SHEET, `${TEMPLATE} ${codeOf(1)}`,
    ]);
    expect(sheetNamed(host.model, `${TEMPLATE} ${codeOf(0)}`).cells.A1.value).toBe('ของผู้ใช้');
    // The standard form's plan does not count the template's copies as its own.
    expect((await forms.plan({ kind: 'all' })).replaces).toEqual([]);
  });

  it('says what an Excel without ExcelApi 1.9 lacks, and writes nothing', async () => {
    const host = simulated(templateWorkbook([1]), { supported: { ExcelApi: '1.8' } });
    const before = host.model.sheets.map((sheet) => sheet.name);
    await expect(formsOf(host).fill({ codes: [codeOf(0)], template: TEMPLATE })).rejects.toMatchObject({ code: 'unsupported', message: expect.stringContaining('ExcelApi 1.9') });
    expect(host.model.sheets.map((sheet) => sheet.name)).toEqual(before);
  });
});
