/// <reference types="office-js" />
/**
 * The standard forms as a workbook of their own from the task pane: `forms.describe` lays them out
 * as `fill` would, without writing; `forms.openWorkbook` hands the workbook to Excel.createWorkbook
 * where this Excel has it (ExcelApi 1.8). Findings beside the form when asked.
 */
import { standardFormSheetName } from '../../src/core/template/standard-form';
import type { SheetDescription } from '../../src/core/template/sheet-description';
import { snapshotCells, type SimulatedExcelHost } from '../../src/devhost';
import { createExcelChecker } from '../../src/excel';
import type { FormFiller } from '../../src/excel/types';
import { writeFormsWorkbook } from '../../src/xlsx/fill';
import { workbookModelFromXlsx } from '../../src/xlsx/host-workbook';
import { sampleModel, simulated } from './helpers';

function formsOf(host: SimulatedExcelHost): FormFiller {
  const forms = createExcelChecker(host).forms;
  if (!forms) throw new Error('the Excel checker fills forms');
  return forms;
}

/** The texts a description writes in column `column` (0-based). */
function textsInColumn(description: SheetDescription, column: number): string[] {
  return description.cells
    .filter((cell) => cell.column === column && cell.content?.kind === 'text')
    .map((cell) => (cell.content as { text: string }).text);
}

/** Every text a description writes. */
function allTexts(description: SheetDescription): string[] {
  return description.cells.flatMap((cell) => (cell.content?.kind === 'text' ? [cell.content.text] : []));
}

/** A project of the sample with at least one finding, and those findings, as validation reports them. */
async function projectWithFindings(host: SimulatedExcelHost) {
  const summary = await createExcelChecker(host).validate({ lang: 'en' });
  const issues = summary.issues.filter((issue) => issue.project !== undefined);
  const project = issues[0].project!;
  return { project, issues: issues.filter((issue) => issue.project === project) };
}

describe('forms.describe', () => {
  it('lays out the forms of the codes the workbook has, in the order given, and writes nothing', async () => {
    const host = simulated(await sampleModel());
    const available = (await formsOf(host).plan({ kind: 'all' })).available.map((project) => project.code);
    const before = snapshotCells(host.model);
    const sheetsBefore = host.model.sheets.map((sheet) => sheet.name);

    const descriptions = await formsOf(host).describe({ codes: [available[2], 'no-such-code', available[0], available[2]] });

    expect(descriptions.map((description) => description.name)).toEqual([standardFormSheetName(available[2]), standardFormSheetName(available[0])]);
    expect(allTexts(descriptions[0])).toContain(available[2]);
    expect(host.model.sheets.map((sheet) => sheet.name)).toEqual(sheetsBefore);
    expect(snapshotCells(host.model)).toEqual(before);
  });

  it('lists the project’s findings beside the form only when asked, in the language asked', async () => {
    const host = simulated(await sampleModel());
    const { project, issues } = await projectWithFindings(simulated(await sampleModel()));
    const forms = formsOf(host);

    const [plain] = await forms.describe({ codes: [project] });
    const [english] = await forms.describe({ codes: [project], findings: true, language: 'en' });
    const [thai] = await forms.describe({ codes: [project], findings: true, language: 'th' });

    // Columns I–K (8–10) hold the findings, outside the form's A–G.
    expect(plain.cells.some((cell) => cell.column >= 8)).toBe(false);
    const englishTexts = textsInColumn(english, 10);
    for (const issue of issues) expect(englishTexts).toContain(issue.message.en);
    const thaiTexts = textsInColumn(thai, 10);
    for (const issue of issues) expect(thaiTexts).toContain(issue.message.th);
    // The printed part is the same form either way.
    expect(english.cells.filter((cell) => cell.column < 8)).toEqual(plain.cells);
  });
});

describe('forms.fill with findings', () => {
  it('writes the project’s findings beside the filled form, columns I–K', async () => {
    const host = simulated(await sampleModel());
    const { project, issues } = await projectWithFindings(simulated(await sampleModel()));
    const result = await formsOf(host).fill({ codes: [project], findings: true, language: 'en' });

    const sheet = host.model.sheets.find((candidate) => candidate.name === result.forms[0].sheet)!;
    const inK = Object.entries(sheet.cells).filter(([address]) => /^K\d+$/.test(address)).map(([, cell]) => cell.value);
    for (const issue of issues) expect(inK).toContain(issue.message.en);
  });
});

describe('forms.openWorkbook (Excel.createWorkbook)', () => {
  it('hands Excel the workbook of forms, which opens with one sheet per form', async () => {
    const opened: Uint8Array[] = [];
    const host = simulated(await sampleModel(), { onCreateWorkbook: (data) => opened.push(data) });
    const forms = formsOf(host);
    const codes = (await forms.plan({ kind: 'all' })).available.slice(0, 3).map((project) => project.code);
    const { data } = await writeFormsWorkbook(await forms.describe({ codes }));

    expect(forms.openWorkbook).toBeDefined();
    await forms.openWorkbook!(data);

    expect(opened).toHaveLength(1);
    expect(Buffer.from(opened[0]).equals(Buffer.from(data))).toBe(true);
    const workbook = await workbookModelFromXlsx(opened[0], 'forms.xlsx');
    expect(workbook.sheets.map((sheet) => sheet.name)).toEqual(codes.map(standardFormSheetName));
  });

  it('is not offered where Excel lacks createWorkbook (below ExcelApi 1.8), nor where the host has no other window', async () => {
    const old = simulated(await sampleModel(), { supported: { ExcelApi: '1.7' }, onCreateWorkbook: () => undefined });
    expect(formsOf(old).openWorkbook).toBeUndefined();
    const single = simulated(await sampleModel());
    expect(formsOf(single).openWorkbook).toBeUndefined();
  });
});
