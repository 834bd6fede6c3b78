/// <reference types="office-js" />
import { DEFAULT_CONFIG, type CellValue } from '../../src/core/model';
import { cellAddress } from '../../src/core/table/address';
import { buildRuleContext } from '../../src/core/rules/context';
import { standardForm } from '../../src/core/template/standard-form';
import type { SheetDescription } from '../../src/core/template/sheet-description';
import { validateWorkbook } from '../../src/core/validate';
import { workbookFromRows, type SimulatedExcelHost, type WorkbookModel } from '../../src/devhost';
import type { SheetModel } from '../../src/devhost/model';
import { createExcelChecker } from '../../src/excel';
import { FORMS_SHEET } from '../../src/excel/fill/form-record';
import { writtenNumberFormat, writtenValue } from '../../src/excel/fill/form-writes';
import type { FillStep, FormFiller } from '../../src/excel/types';
import { EXCEL_LIMITS } from '../../src/devhost/payload';
import { largestPayload, sampleModel, simulated, syncsDuring } from './helpers';
import { cloneWorkbook } from '../../src/devhost/model';
import { changedWorkbook } from '../../src/xlsx/changed-workbook';
import { writeFilledWorkbook } from '../../src/xlsx/fill';
import { workbookModelFromXlsx, workbookModelToXlsx } from '../../src/xlsx/host-workbook';
import { GENERATED_SHEETS_NAMESPACE, parseGeneratedSheets } from '../../src/xlsx/package/generated-sheets-record';

const PROJECT_HEADER = ['รหัสโครงการ', 'ชื่อโครงการ', 'ปีงบประมาณ', 'เริ่มต้นโครงการ', 'สิ้นสุดโครงการ', 'งบประมาณที่ได้รับ', 'หน่วยงานที่รับผิดชอบ'];
const REPORT_HEADER = ['รหัสโครงการ', 'รายงานครั้งที่', 'วันที่รายงาน', 'ขั้นตอนการดำเนินงาน', 'ความก้าวหน้า (%)', 'เบิกจ่ายสะสม', 'เป็นไปตามแผน', 'เป็นไปตามเป้าหมาย'];
const DATE = 'd/m/yyyy';

const codeOf = (index: number) => `${String(3_000_000 + index).padStart(8, '0')}-${String(2400 + index).padStart(4, '0')}`;

/** `count` projects of FY 2563 with `reports` monthly reports each; `name(index)` and `stage(index, report)` may be given. */
function projectsWorkbook(count: number, options: { reports?: number; name?: (index: number) => string; stage?: (index: number, report: number) => string; extraSheets?: { name: string; rows: CellValue[][] }[] } = {}): WorkbookModel {
  const reportsPer = options.reports ?? 6;
  const projects: CellValue[][] = [PROJECT_HEADER];
  const projectFormats: string[][] = [[]];
  const reports: CellValue[][] = [REPORT_HEADER];
  const reportFormats: string[][] = [[]];
  for (let index = 0; index < count; index++) {
    const code = codeOf(index);
    projects.push([code, options.name?.(index) ?? `โครงการปรับปรุงถนน แห่งที่ ${index + 1}`, 2563, 43739, 44104, 1_918_000, 'สำนักการโยธา / กองก่อสร้าง']);
    projectFormats.push(['@', 'General', 'General', DATE, DATE, '#,##0', 'General']);
    for (let report = 1; report <= reportsPer; report++) {
      reports.push([code, report, 43739 + report * 30, options.stage?.(index, report) ?? `อยู่ระหว่างขั้นตอนดำเนินการ ครั้งที่ ${report}`, report * 10, report * 100_000, 'เป็นไปตามแผน', 'เป็นไปตามเป้าหมาย']);
      reportFormats.push(['@', 'General', DATE, 'General', 'General', '#,##0', 'General', 'General']);
    }
  }
  return workbookFromRows([
    { name: 'โครงการ', rows: projects, numberFormats: projectFormats },
    { name: 'รายงาน', rows: reports, numberFormats: reportFormats },
    ...(options.extraSheets ?? []),
  ]);
}

function formsOf(host: SimulatedExcelHost): FormFiller {
  const forms = createExcelChecker(host).forms;
  if (!forms) throw new Error('the Excel checker fills forms');
  return forms;
}

function sheetNamed(model: WorkbookModel, name: string): SheetModel {
  const sheet = model.sheets.find((candidate) => candidate.name === name);
  if (!sheet) throw new Error(`no sheet ${name} (sheets: ${model.sheets.map((s) => s.name).join(', ')})`);
  return sheet;
}

/** The description the core lays out for a project of the model, read as the add-in reads it. */
function expectedForm(model: WorkbookModel, code: string): SheetDescription {
  const grids = model.sheets
    .filter((sheet) => sheet.name === 'โครงการ' || sheet.name === 'รายงาน' || sheet.name === 'รายงานความก้าวหน้า')
    .map((sheet) => {
      let rows = 0;
      let columns = 0;
      for (const key of Object.keys(sheet.cells)) {
        const match = /^([A-Z]+)(\d+)$/.exec(key)!;
        rows = Math.max(rows, Number(match[2]));
        columns = Math.max(columns, match[1].charCodeAt(0) - 64);
      }
      const values = Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => (sheet.cells[cellAddress(r, c)]?.value ?? null) as CellValue));
      const numberFormats = Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => sheet.cells[cellAddress(r, c)]?.numberFormat ?? 'General'));
      return { sheet: sheet.name, origin: { row: 0, col: 0 }, values, numberFormats };
    });
  const context = buildRuleContext(validateWorkbook(grids).tables, DEFAULT_CONFIG);
  return standardForm(context.projectByCode.get(code)!, context.reportsByCode.get(code) ?? []);
}

const rectOf = (range: { firstRow: number; lastRow: number; firstColumn: number; lastColumn: number }) => ({
  row: range.firstRow, col: range.firstColumn, rowCount: range.lastRow - range.firstRow + 1, colCount: range.lastColumn - range.firstColumn + 1,
});

describe('filling the standard form through the Excel JavaScript API (simulated host)', () => {
  it('writes the sheet the core describes: values, number formats, fonts, merges, widths, heights and the page', async () => {
    const host = simulated(await sampleModel());
    const code = '03000000-2457';
    const result = await formsOf(host).fill({ codes: [code] });
    expect(result).toEqual({ forms: [{ sheet: `แบบฟอร์ม ${code}`, project: code, replaced: false }], unsupported: [] });
    const description = expectedForm(host.model, code);
    const sheet = sheetNamed(host.model, `แบบฟอร์ม ${code}`);

    for (const cell of description.cells) {
      const written = sheet.cells[cellAddress(cell.row, cell.column)];
      const where = `${cellAddress(cell.row, cell.column)} ${JSON.stringify(cell.content ?? null)}`;
      expect({ where, value: written?.value ?? null, format: written?.numberFormat ?? 'General', formula: written?.formula })
        .toEqual({ where, value: writtenValue(cell), format: writtenNumberFormat(cell), formula: undefined });
      expect({ where, bold: written?.font?.bold ?? false, size: written?.font?.size ?? description.font.size, name: written?.font?.name })
        .toEqual({ where, bold: cell.style.bold ?? false, size: cell.style.fontSize ?? description.font.size, name: description.font.name });
      if (cell.style.fill) expect(written?.fill).toBe(`#${cell.style.fill}`);
      const layout = sheet.layout?.cells?.[cellAddress(cell.row, cell.column)];
      if (cell.style.wrap) expect({ where, wrap: layout?.wrapText }).toEqual({ where, wrap: true });
      if (cell.style.indent) expect({ where, indent: layout?.indentLevel }).toEqual({ where, indent: cell.style.indent });
      if (cell.style.border?.bottom === 'dotted') expect(layout?.borders?.EdgeBottom).toEqual({ style: 'Dot', weight: 'Thin', color: '#000000' });
    }
    // The title, and a Thai long date under its Buddhist-calendar format.
    expect(sheet.cells.A1.value).toBe('แบบแสดงรายงานความก้าวหน้าและข้อมูลเกี่ยวกับโครงการ');
    expect(Object.values(sheet.cells).some((cell) => cell.numberFormat === '[$-107041E]d mmmm yyyy' && typeof cell.value === 'number')).toBe(true);

    expect([...(sheet.layout?.merges ?? [])].sort((a, b) => a.row - b.row || a.col - b.col))
      .toEqual(description.merges.map(rectOf).sort((a, b) => a.row - b.row || a.col - b.col));
    description.columnWidths.forEach((width, column) => expect(sheet.layout?.columnWidths?.[String(column)]).toBe(width));
    for (let row = 0; row <= description.page.printArea.lastRow; row++) {
      expect({ row, height: sheet.layout?.rowHeights?.[String(row)] }).toEqual({ row, height: description.rowHeights.get(row)?.points ?? description.defaultRowHeight });
    }
    expect(sheet.layout?.showGridlines).toBe(false);
    const cm = (value: number) => Math.round((value * 72) / 2.54 * 100) / 100;
    const { page } = description;
    expect(sheet.layout?.page).toEqual({
      paperSize: 'A4',
      orientation: 'Portrait',
      margins: { top: cm(page.margins.top), bottom: cm(page.margins.bottom), left: cm(page.margins.left), right: cm(page.margins.right), header: cm(page.margins.header), footer: cm(page.margins.footer) },
      centerHorizontally: true,
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printArea: [rectOf(page.printArea)],
      printTitleRows: page.repeatRows,
      headersFooters: { state: 'FirstAndDefault', texts: { defaultForAllPages: { centerHeader: '- &P -' } } },
      ...(page.rowBreaks && page.rowBreaks.length > 0 ? { rowBreaks: page.rowBreaks } : {}),
    });
    // The first form filled is the sheet shown; the record knows it as the add-in's.
    expect(host.model.activeSheetId).toBe(sheet.id);
    expect(sheetNamed(host.model, FORMS_SHEET).visibility).toBe('VeryHidden');
  });

  it('writes text from the data as text, whatever it starts with: = + - @ and a tab never become formulas', async () => {
    const hostile = ['=HYPERLINK("http://example.com","x")', '+66 2 123 4567', '-ถนนสาย ก', '@SUM(A1:A2)', '\t=1+1'];
    const model = projectsWorkbook(1, { name: () => hostile[0], stage: (_index, report) => hostile[(report - 1) % hostile.length] });
    // The fixture's cells hold the texts as typed into Text cells (workbookFromRows reads `=…` as a formula).
    for (const sheet of model.sheets) {
      for (const [key, cell] of Object.entries(sheet.cells)) if (cell.formula) sheet.cells[key] = { value: cell.formula, numberFormat: '@' };
    }
    const host = simulated(model);
    await formsOf(host).fill({ codes: [codeOf(0)] });
    const sheet = sheetNamed(host.model, `แบบฟอร์ม ${codeOf(0)}`);
    const cells = Object.values(sheet.cells);
    expect(cells.filter((cell) => cell.formula !== undefined)).toEqual([]);
    // The form shows each text as the checker read it (a stage's leading tab is trimmed): still text.
    for (const text of hostile.map((written) => written.trim())) {
      const holding = cells.filter((cell) => cell.value === text);
      expect({ text, found: holding.length > 0, formats: [...new Set(holding.map((cell) => cell.numberFormat))] }).toEqual({ text, found: true, formats: ['@'] });
    }
  });

  it('makes about as many syncs for 50 projects as for 1: the count does not grow per sheet or per cell', async () => {
    const one = simulated(projectsWorkbook(50));
    const fifty = simulated(projectsWorkbook(50));
    const { syncs: syncsOne } = await syncsDuring(one, () => formsOf(one).fill({ codes: [codeOf(0)] }));
    const steps: FillStep[] = [];
    const { syncs: syncsFifty } = await syncsDuring(fifty, () => formsOf(fifty).fill({ codes: Array.from({ length: 50 }, (_, i) => codeOf(i)), onProgress: (step) => steps.push(step) }));
    expect(fifty.model.sheets.filter((sheet) => sheet.name.startsWith('แบบฟอร์ม '))).toHaveLength(50);
    // Look (2), the record, every A1 and the active cell (1), the data (1), write (1).
    expect(syncsOne).toBe(5);
    // Fifty sheets are ~2.3 MB of requests: a sync more at most for the payload budget, none per sheet or cell.
    expect(syncsFifty - syncsOne).toBeLessThanOrEqual(1);
    expect(steps[0]).toEqual({ done: 0, total: 50 });
    expect(steps[steps.length - 1]).toEqual({ done: 50, total: 50 });
  });

  it('fills 500 projects in few syncs, each request under Excel on the web\'s 5 MB', async () => {
    const host = simulated(projectsWorkbook(500));
    const steps: FillStep[] = [];
    const { syncs } = await syncsDuring(host, () => formsOf(host).fill({ codes: Array.from({ length: 500 }, (_, i) => codeOf(i)), onProgress: (step) => steps.push(step) }));
    const largest = largestPayload(host);
    expect(host.stats.syncs.filter((sync) => sync.failedWith !== undefined)).toEqual([]);
    expect(largest.request).toBeLessThan(EXCEL_LIMITS.requestBytes);
    expect(largest.response).toBeLessThan(EXCEL_LIMITS.responseBytes);
    expect(host.model.sheets.filter((sheet) => sheet.name.startsWith('แบบฟอร์ม '))).toHaveLength(500);
    // A sync carries many whole sheets: far fewer syncs than sheets, and progress after each.
    expect(syncs).toBeLessThanOrEqual(20);
    expect(steps.length).toBeGreaterThan(2);
    expect(steps.map((step) => step.done)).toEqual([...steps.map((step) => step.done)].sort((a, b) => a - b));
  }, 120_000);

  it('on Excel without ExcelApi 1.9 fills the forms without their page layout, and says so', async () => {
    const host = simulated(projectsWorkbook(2), { supported: { ExcelApi: '1.8' } });
    const forms = formsOf(host);
    expect((await forms.plan({ kind: 'all' })).unsupported).toEqual(['page-layout']);
    const result = await forms.fill({ codes: [codeOf(0), codeOf(1)] });
    expect(result.unsupported).toEqual(['page-layout']);
    expect(host.stats.syncs.filter((sync) => sync.failedWith !== undefined)).toEqual([]);
    const sheet = sheetNamed(host.model, `แบบฟอร์ม ${codeOf(0)}`);
    expect(sheet.cells.A1.value).toBe('แบบแสดงรายงานความก้าวหน้าและข้อมูลเกี่ยวกับโครงการ');
    expect(sheet.layout?.page).toBeUndefined();
    expect(Object.values(sheet.layout?.cells ?? {}).some((cell) => cell.indentLevel !== undefined || cell.shrinkToFit !== undefined)).toBe(false);
    expect(sheet.layout?.merges?.length).toBeGreaterThan(0);
    expect(sheet.layout?.showGridlines).toBe(false);
  });

  it('re-filling replaces only its own forms, where they stand; a form the user retyped is left and a new one made', async () => {
    const host = simulated(projectsWorkbook(3));
    const forms = formsOf(host);
    await forms.fill({ codes: [codeOf(0), codeOf(1)] });
    // The user adds a sheet after the forms and retypes the title of the second form.
    await host.Excel.run(async (context) => {
      context.workbook.worksheets.add('บันทึก').getRange('A1').values = [['ของผู้ใช้']];
      context.workbook.worksheets.getItem(`แบบฟอร์ม ${codeOf(1)}`).getRange('A1').values = [['แบบฟอร์มที่แก้เอง']];
      await context.sync();
    });
    const names = () => host.model.sheets.filter((sheet) => sheet.visibility === 'Visible').map((sheet) => sheet.name);
    const before = names();
    const firstId = sheetNamed(host.model, `แบบฟอร์ม ${codeOf(0)}`).id;

    const plan = await forms.plan({ kind: 'all' });
    expect(plan.replaces).toEqual([`แบบฟอร์ม ${codeOf(0)}`]);
    expect(plan.projects.map((project) => project.code)).toEqual([codeOf(0), codeOf(1), codeOf(2)]);
    const result = await forms.fill({ codes: plan.projects.map((project) => project.code) });
    expect(result.forms).toEqual([
      { sheet: `แบบฟอร์ม ${codeOf(0)}`, project: codeOf(0), replaced: true },
      { sheet: `แบบฟอร์ม ${codeOf(1)} (2)`, project: codeOf(1), replaced: false },
      { sheet: `แบบฟอร์ม ${codeOf(2)}`, project: codeOf(2), replaced: false },
    ]);
    // The replaced form is a new sheet in the old one's place; the user's sheets are as they were.
    expect(names()).toEqual([...before, `แบบฟอร์ม ${codeOf(1)} (2)`, `แบบฟอร์ม ${codeOf(2)}`]);
    expect(sheetNamed(host.model, `แบบฟอร์ม ${codeOf(0)}`).id).not.toBe(firstId);
    expect(sheetNamed(host.model, `แบบฟอร์ม ${codeOf(1)}`).cells.A1.value).toBe('แบบฟอร์มที่แก้เอง');
    expect(sheetNamed(host.model, 'บันทึก').cells.A1.value).toBe('ของผู้ใช้');
    // Filling again now replaces the three forms it knows, and no others.
    expect((await forms.plan({ kind: 'all' })).replaces).toEqual([`แบบฟอร์ม ${codeOf(0)}`, `แบบฟอร์ม ${codeOf(1)} (2)`, `แบบฟอร์ม ${codeOf(2)}`]);
  });

  it("never overwrites a user's sheet that has the name a form would take", async () => {
    const taken = `แบบฟอร์ม ${codeOf(0)}`;
    const host = simulated(projectsWorkbook(1, { extraSheets: [{ name: taken, rows: [['ข้อมูลของผู้ใช้', 42]] }] }));
    const before = JSON.stringify(sheetNamed(host.model, taken));
    const forms = formsOf(host);
    expect((await forms.plan({ kind: 'all' })).replaces).toEqual([]);
    const result = await forms.fill({ codes: [codeOf(0)] });
    expect(result.forms).toEqual([{ sheet: `${taken} (2)`, project: codeOf(0), replaced: false }]);
    expect(JSON.stringify(sheetNamed(host.model, taken))).toBe(before);
  });

  it('plans for the project of the active cell: its projects row or any of its report rows', async () => {
    const host = simulated(projectsWorkbook(3, { reports: 2 }));
    const forms = formsOf(host);
    const select = (sheet: string, address: string) => host.Excel.run(async (context) => {
      context.workbook.worksheets.getItem(sheet).getRange(address).select();
      await context.sync();
    });
    await select('โครงการ', 'B3');
    expect((await forms.plan({ kind: 'selection' })).projects.map((project) => project.code)).toEqual([codeOf(1)]);
    // Report rows 2–3 are project 0's, 4–5 project 1's, 6–7 project 2's.
    await select('รายงาน', 'D7');
    expect((await forms.plan({ kind: 'selection' })).projects.map((project) => project.code)).toEqual([codeOf(2)]);
    await select('โครงการ', 'A1');
    expect((await forms.plan({ kind: 'selection' })).projects).toEqual([]);
  });

  it('counts each project\'s error-level findings so the pane can warn before filling', async () => {
    const host = simulated(await sampleModel());
    const plan = await formsOf(host).plan({ kind: 'all' });
    expect(plan.available).toHaveLength(20);
    const withErrors = plan.projects.filter((project) => project.errors > 0);
    expect(withErrors.length).toBeGreaterThan(0);
    const summary = await createExcelChecker(simulated(await sampleModel())).validate({ lang: 'en' });
    for (const project of plan.projects) {
      expect({ code: project.code, errors: project.errors })
        .toEqual({ code: project.code, errors: summary.issues.filter((issue) => issue.project === project.code && issue.severity === 'error').length });
    }
  });
});

/**
 * A workbook the command line filled (writeFilledWorkbook, the writer of `report-checker fill`) with the
 * forms of `filled`, opened into the simulated host as the demo opens a file: the bytes read into a
 * model, a copy of it kept for the download.
 */
async function commandLineFilled(projects: number, filled: readonly number[], options?: Parameters<typeof simulated>[1]) {
  const model = projectsWorkbook(projects);
  const source = { data: await workbookModelToXlsx(model), fileName: 'projects.xlsx' };
  const { data, sheets } = await writeFilledWorkbook(source, filled.map((index) => expectedForm(model, codeOf(index))));
  const opened = await workbookModelFromXlsx(data, 'projects-filled.xlsx');
  return { host: simulated(opened, options), source: { data, opened: cloneWorkbook(opened) }, written: sheets.map((sheet) => sheet.name) };
}

/** The sheets the command line's record (its custom XML part) lists in a model. */
function commandLineRecord(model: WorkbookModel): string[] | undefined {
  const parts = (model.customXmlParts ?? []).map((part) => parseGeneratedSheets(part.xml)).filter((sheets) => sheets !== undefined);
  return parts.length === 1 ? parts[0].map((sheet) => sheet.name) : undefined;
}

describe("the command line's forms, known to the pane by its record (a custom XML part, ExcelApi 1.5)", () => {
  it('re-filling a workbook the command line filled replaces its forms where they stand, under their names: no " (2)"', async () => {
    const { host, written } = await commandLineFilled(3, [0, 1]);
    expect(written).toEqual([`แบบฟอร์ม ${codeOf(0)}`, `แบบฟอร์ม ${codeOf(1)}`]);
    expect(host.model.customXmlParts?.some((part) => part.xml.includes(GENERATED_SHEETS_NAMESPACE))).toBe(true);
    const names = () => host.model.sheets.map((sheet) => sheet.name);
    const before = names();
    const ids = before.map((name) => sheetNamed(host.model, name).id);
    const forms = formsOf(host);

    expect((await forms.plan({ kind: 'all' })).replaces).toEqual(written);
    const { result, syncs } = await syncsDuring(host, () => forms.fill({ codes: [codeOf(1), codeOf(2)] }));
    expect(result.forms).toEqual([
      { sheet: `แบบฟอร์ม ${codeOf(1)}`, project: codeOf(1), replaced: true },
      { sheet: `แบบฟอร์ม ${codeOf(2)}`, project: codeOf(2), replaced: false },
    ]);
    // The same syncs as a workbook without the record: look (2), record, A1s, the part's XML and the active cell (1), data (1), write (1).
    expect(syncs).toBe(5);
    expect(host.stats.syncs.filter((sync) => sync.failedWith !== undefined)).toEqual([]);
    expect(names()).toEqual([...before, `แบบฟอร์ม ${codeOf(2)}`, FORMS_SHEET]);
    expect(names().some((name) => name.endsWith(' (2)'))).toBe(false);
    // Replaced: a new sheet in the old one's place, written as the core describes it; the other form is untouched.
    expect(sheetNamed(host.model, `แบบฟอร์ม ${codeOf(1)}`).id).not.toBe(ids[3]);
    expect(sheetNamed(host.model, `แบบฟอร์ม ${codeOf(0)}`).id).toBe(ids[2]);
    expect(sheetNamed(host.model, `แบบฟอร์ม ${codeOf(1)}`).cells.A1.value).toBe('แบบแสดงรายงานความก้าวหน้าและข้อมูลเกี่ยวกับโครงการ');

    // The pane's own record now holds every form of the product, the command line's included: without the part it still knows them.
    expect(commandLineRecord(host.model)).toEqual(written);
    const withoutPart = simulated({ ...cloneWorkbook(host.model), customXmlParts: [] });
    expect((await formsOf(withoutPart).plan({ kind: 'all' })).replaces).toEqual([0, 1, 2].map((index) => `แบบฟอร์ม ${codeOf(index)}`));
  });

  it("a form of the command line's record whose sheet was renamed, or whose A1 was retyped, is the user's now", async () => {
    const { host } = await commandLineFilled(3, [0, 1]);
    await host.Excel.run(async (context) => {
      context.workbook.worksheets.getItem(`แบบฟอร์ม ${codeOf(0)}`).name = 'ฉบับส่งแล้ว';
      context.workbook.worksheets.getItem(`แบบฟอร์ม ${codeOf(1)}`).getRange('A1').values = [['แบบฟอร์มที่แก้เอง']];
      await context.sync();
    });
    const kept = JSON.stringify([sheetNamed(host.model, 'ฉบับส่งแล้ว'), sheetNamed(host.model, `แบบฟอร์ม ${codeOf(1)}`)]);
    const forms = formsOf(host);
    expect((await forms.plan({ kind: 'all' })).replaces).toEqual([]);
    const result = await forms.fill({ codes: [codeOf(0), codeOf(1)] });
    // The renamed form's old name is free again; the retyped one keeps its name, and the new form takes ` (2)`.
    expect(result.forms).toEqual([
      { sheet: `แบบฟอร์ม ${codeOf(0)}`, project: codeOf(0), replaced: false },
      { sheet: `แบบฟอร์ม ${codeOf(1)} (2)`, project: codeOf(1), replaced: false },
    ]);
    expect(JSON.stringify([sheetNamed(host.model, 'ฉบับส่งแล้ว'), sheetNamed(host.model, `แบบฟอร์ม ${codeOf(1)}`)])).toBe(kept);
  });

  it("on Excel without ExcelApi 1.5 fills as before, by the pane's own record alone", async () => {
    const { host } = await commandLineFilled(2, [0], { supported: { ExcelApi: '1.4' } });
    const forms = formsOf(host);
    expect((await forms.plan({ kind: 'all' })).replaces).toEqual([]);
    expect((await forms.fill({ codes: [codeOf(0)] })).forms).toEqual([{ sheet: `แบบฟอร์ม ${codeOf(0)} (2)`, project: codeOf(0), replaced: false }]);
    const { result, syncs } = await syncsDuring(host, () => forms.fill({ codes: [codeOf(0)] }));
    expect(result.forms).toEqual([{ sheet: `แบบฟอร์ม ${codeOf(0)} (2)`, project: codeOf(0), replaced: true }]);
    expect(syncs).toBe(5);
    expect(host.stats.syncs.filter((sync) => sync.failedWith !== undefined)).toEqual([]);
  });

  it("keeps the command line's record through the demo's download, the opened file patched or written anew", async () => {
    for (const codes of [[codeOf(0), codeOf(1)], [codeOf(0)]]) {
      const { host, source, written } = await commandLineFilled(2, [0, 1]);
      await formsOf(host).fill({ codes });
      const { bytes, fallback } = await changedWorkbook(source, host.model);
      // All forms replaced: the opened file patched; one of two: a sheet moved among the file's own, so written from the model.
      expect({ codes, fallback: fallback?.kind }).toEqual({ codes, fallback: codes.length === 2 ? undefined : 'sheet-order' });
      const reopened = await workbookModelFromXlsx(bytes, 'downloaded.xlsx');
      expect(commandLineRecord(reopened)).toEqual(written);
      expect(reopened.customXmlParts).toEqual(host.model.customXmlParts);
    }
  });
});
