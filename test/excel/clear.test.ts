/**
 * Clear marks restores every cell exactly (DESIGN §8), whatever the workbook:
 * property tests over generated workbooks with their own fills (white ones
 * too), fonts, notes, text that looks like a formula, dates and Thai text.
 */
import fc from 'fast-check';
import type { CellValue } from '../../src/core/model';
import { cellAddress } from '../../src/core/table/address';
import { cloneWorkbook, workbookFromRows, type CellModel, type WorkbookModel } from '../../src/devhost';
import { createExcelChecker, type Language } from '../../src/excel';
import { PROJECT_HEADER, REPORT_HEADER } from '../helpers/sheets';
import { simulated, userCells } from './helpers';
import { workbookModelFromXlsx, workbookModelToXlsx } from '../../src/xlsx/host-workbook';

const SHEET_NAMES = ['Projects', 'แผน 2563', "O'Brien", 'Sheet 1', 'รายงาน ต.ค.'];

/** A cell value as the generated sheets hold it: `text` cells are stored as Text ('@'), so `=…` stays text. */
type GeneratedCell = { value: CellValue; format?: string; text?: boolean };

const codeCell = fc.oneof(
  fc.integer({ min: 0, max: 9999 }).map((n): GeneratedCell => ({ value: `03000000-${String(n).padStart(4, '0')}` })),
  fc.constantFrom<GeneratedCell>({ value: 'ABC' }, { value: '=03-1', text: true }, { value: '  03000000-2457 ' }, { value: null }),
);
const dateCell = fc.oneof(
  fc.integer({ min: 43_000, max: 45_000 }).map((serial): GeneratedCell => ({ value: serial, format: 'd/m/yyyy' })),
  fc.constantFrom<GeneratedCell>({ value: '19/10/2562' }, { value: '25 พ.ค. 63' }, { value: 'ไม่ทราบ' }, { value: null }),
);
const amountCell = fc.oneof(
  fc.integer({ min: -5_000, max: 5_000_000 }).map((n): GeneratedCell => ({ value: n, format: '#,##0' })),
  fc.constantFrom<GeneratedCell>({ value: '1,918,000 บาท' }, { value: '-' }, { value: '=1+1', text: true }, { value: '๑๐๐' }, { value: null }),
);
const percentCell = fc.oneof(
  fc.integer({ min: -10, max: 120 }).map((n): GeneratedCell => ({ value: n })),
  fc.constantFrom<GeneratedCell>({ value: '60.00 %' }, { value: '+5', text: true }, { value: null }),
);
const textCell = fc.constantFrom<GeneratedCell>({ value: 'ก่อสร้างถนน' }, { value: '@ผู้รับผิดชอบ', text: true }, { value: 'Road works' }, { value: null });
const yearCell = fc.constantFrom<GeneratedCell>({ value: 2563 }, { value: 2020 }, { value: 63 }, { value: 'ปีหน้า' });

const projectRow = fc.tuple(codeCell, textCell, yearCell, dateCell, dateCell, amountCell);
const reportRow = fc.tuple(codeCell, fc.integer({ min: 1, max: 4 }).map((n): GeneratedCell => ({ value: n })), dateCell, percentCell, amountCell);

const decoration = fc.record({
  row: fc.integer({ min: 0, max: 7 }),
  col: fc.integer({ min: 0, max: 7 }),
  fill: fc.option(fc.constantFrom('#FFFFFF', '#FFC7CE', '#00B050', '#FFEB9C'), { nil: undefined }),
  font: fc.option(fc.record({ bold: fc.boolean(), color: fc.constantFrom('#FF0000', '#000000') }), { nil: undefined }),
  note: fc.option(fc.constantFrom('โน้ตของผู้ใช้', 'checked by Somchai', '=not a formula'), { nil: undefined }),
});

const sheetContent = fc.oneof(
  fc.record({ kind: fc.constant('projects' as const), title: fc.boolean(), rows: fc.array(projectRow, { minLength: 1, maxLength: 5 }) }),
  fc.record({ kind: fc.constant('reports' as const), title: fc.boolean(), rows: fc.array(reportRow, { minLength: 1, maxLength: 5 }) }),
  fc.record({ kind: fc.constant('other' as const), title: fc.boolean(), rows: fc.array(fc.array(textCell, { maxLength: 3 }), { maxLength: 3 }) }),
);

const generatedSheet = fc.record({ content: sheetContent, decorations: fc.array(decoration, { maxLength: 8 }) });

const generatedWorkbook = fc
  .uniqueArray(fc.constantFrom(...SHEET_NAMES), { minLength: 1, maxLength: 3 })
  .chain((names) => fc.tuple(fc.constant(names), fc.array(generatedSheet, { minLength: names.length, maxLength: names.length })));

type GeneratedWorkbook = typeof generatedWorkbook extends fc.Arbitrary<infer T> ? T : never;

function buildWorkbook([names, sheets]: GeneratedWorkbook): WorkbookModel {
  const grids = sheets.map(({ content }) => {
    const header = content.kind === 'projects' ? PROJECT_HEADER : content.kind === 'reports' ? REPORT_HEADER : [];
    const cells: GeneratedCell[][] = [header.map((value) => ({ value })), ...content.rows];
    return content.title ? [[{ value: 'รายงานประจำปี' }], ...cells] : cells;
  });
  const model = workbookFromRows(names.map((name) => ({ name })));
  model.sheets.forEach((sheet, index) => {
    const cells: Record<string, CellModel> = {};
    grids[index].forEach((row, r) =>
      row.forEach((generated, c) => {
        const cell: CellModel = {};
        if (generated.value !== null) cell.value = generated.value;
        if (generated.text) cell.numberFormat = '@';
        else if (generated.format) cell.numberFormat = generated.format;
        if (Object.keys(cell).length > 0) cells[cellAddress(r, c)] = cell;
      }),
    );
    for (const { row, col, fill, font, note } of sheets[index].decorations) {
      const key = cellAddress(row, col);
      const cell: CellModel = { ...(cells[key] ?? {}) };
      if (fill) cell.fill = fill;
      if (font) cell.font = font;
      if (note) cell.note = note;
      cells[key] = cell;
    }
    sheet.cells = cells;
  });
  return model;
}

const language = fc.constantFrom<Language>('th', 'en');
const RUNS = { numRuns: 60 };

describe('Clear marks restores the workbook exactly', () => {
  it('after one validation', async () => {
    await fc.assert(
      fc.asyncProperty(generatedWorkbook, language, async (generated, lang) => {
        const model = buildWorkbook(generated);
        const before = userCells(model);
        const checker = createExcelChecker(simulated(model));
        await checker.validate({ lang });
        await checker.clearMarks();
        expect(userCells(model)).toEqual(before);
      }),
      RUNS,
    );
  });

  it('after validating twice (marks never stack)', async () => {
    await fc.assert(
      fc.asyncProperty(generatedWorkbook, language, language, async (generated, first, second) => {
        const model = buildWorkbook(generated);
        const before = userCells(model);
        const checker = createExcelChecker(simulated(model));
        await checker.validate({ lang: first });
        await checker.validate({ lang: second });
        await checker.clearMarks();
        expect(userCells(model)).toEqual(before);
      }),
      RUNS,
    );
  });

  it('after the workbook was saved and reopened (a JSON round trip of the model, on a new host)', async () => {
    await fc.assert(
      fc.asyncProperty(generatedWorkbook, language, async (generated, lang) => {
        const model = buildWorkbook(generated);
        const before = userCells(model);
        await createExcelChecker(simulated(model)).validate({ lang });
        const reopened = cloneWorkbook(model);
        await createExcelChecker(simulated(reopened)).clearMarks();
        expect(userCells(reopened)).toEqual(before);
      }),
      RUNS,
    );
  });

  it('after a detour through an Excel without notes: fills come back there, the notes once notes are available again', async () => {
    await fc.assert(
      fc.asyncProperty(generatedWorkbook, language, async (generated, lang) => {
        const model = buildWorkbook(generated);
        const before = userCells(model);
        await createExcelChecker(simulated(model)).validate({ lang });
        const withoutNotes = simulated(cloneWorkbook(model), { supported: { ExcelApi: '1.17' } });
        await createExcelChecker(withoutNotes).validate({ lang });
        await createExcelChecker(withoutNotes).clearMarks();
        const fills = (snapshot: ReturnType<typeof userCells>) =>
          Object.fromEntries(Object.entries(snapshot).map(([sheet, cells]) => [sheet, Object.fromEntries(Object.entries(cells).map(([key, cell]) => [key, cell.fill]))]));
        const partly = userCells(withoutNotes.model);
        for (const [sheet, cells] of Object.entries(fills(before))) {
          for (const [key, fill] of Object.entries(cells)) expect(partly[sheet][key]?.fill ?? null).toBe(fill);
        }
        const back = simulated(cloneWorkbook(withoutNotes.model));
        await createExcelChecker(back).clearMarks();
        expect(userCells(back.model)).toEqual(before);
      }),
      { numRuns: 30 },
    );
  });

  it('the generated workbooks do get marked (the properties are not vacuous)', async () => {
    const samples = fc.sample(generatedWorkbook, { numRuns: 30, seed: 42 });
    let marked = 0;
    for (const generated of samples) {
      const summary = await createExcelChecker(simulated(buildWorkbook(generated))).validate({ lang: 'en' });
      marked += summary.markedCells;
    }
    expect(marked).toBeGreaterThan(30);
  });
});

it('restores exactly after a real .xlsx save and reopen', async () => {
  await fc.assert(
    fc.asyncProperty(generatedWorkbook, language, async (generated, lang) => {
      const model = buildWorkbook(generated);
      const before = userCells(model);
      await createExcelChecker(simulated(model)).validate({ lang });
      const reopened = await workbookModelFromXlsx(await workbookModelToXlsx(model));
      await createExcelChecker(simulated(reopened)).clearMarks();
      expect(userCells(reopened)).toEqual(before);
    }),
    { numRuns: 20 },
  );
});
