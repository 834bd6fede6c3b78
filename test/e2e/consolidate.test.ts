/**
 * What a coordinator does on the demo page (DESIGN §1, §9), in headless Chromium: open
 * Consolidate, upload agencies' files through the file dialog, correct a column the reader left
 * unknown, consolidate into new sheets, look at the Summary and its chart, run again and replace
 * the earlier output; in English and in Thai, and with ten files at once.
 */
import { copyFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { FIELD_LABEL } from '../../src/core/model';
import type { WorkbookModel } from '../../src/devhost';
import { CONSOLIDATE_TEXT } from '../../src/taskpane/components/Consolidate/consolidate-text';
import { UI_TEXT } from '../../src/taskpane/i18n';
import { agencyFile, agencyProjects, csvText, flatTableWorkbook, normalizedWorkbook, utf8WithBom, type AgencyProject } from '../consolidate/agency-files';
import { RESULTS, expectAccessible, openDemo, startDemo, type DemoServer } from './demo-page';

interface Upload { name: string; mimeType: string; buffer: Buffer }

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const project = (code: string, name: string, agency: string, budget: number, reports: AgencyProject['reports']): AgencyProject => ({
  code, name, fiscalYear: 2563, agency, start: '1/10/2562', end: '30/9/2563', budget, reports,
});

/**
 * Three agencies, three layouts: Thai headers under a title row (.xlsx), one flat Excel table with
 * English headers (.xlsx), and a CSV whose last header, `ยอดเงิน` ("amount of money"), the reader
 * leaves unknown — the coordinator maps it to "budget spent" by hand.
 */
async function threeAgencies(): Promise<Upload[]> {
  const works = await normalizedWorkbook([
    project('03000000-2441', 'ก่อสร้างสะพานคลองบางซื่อ', 'สำนักการโยธา / กองก่อสร้าง', 1_918_000, [
      { reportNo: 1, date: '31/10/2562', stage: 'จัดซื้อจัดจ้าง', progress: 10, disbursedToDate: 0 },
      { reportNo: 2, date: '30/11/2562', stage: 'ก่อสร้าง', progress: 40, disbursedToDate: 500_000 },
    ]),
    project('03000000-2442', 'ปรับปรุงทางเท้าถนนพระราม 4', 'สำนักการโยธา / กองบำรุงรักษา', 2_400_000, [
      { reportNo: 1, date: '31/10/2562', stage: 'ลงนามสัญญาแล้ว', progress: 100, disbursedToDate: 0 },
    ]),
  ], 'บัญชีโครงการ ปีงบประมาณ พ.ศ. 2563');
  const drainage = await flatTableWorkbook([
    { ...project('03000000-2501', 'ขุดลอกคลองเปรม', 'สำนักการระบายน้ำ', 5_000_000, [
      { reportNo: 1, date: '2019-10-31', progress: 20, disbursedToDate: 1_000_000 },
      { reportNo: 2, date: '2019-11-30', progress: 35, disbursedToDate: 1_500_000 },
    ]), start: '2019-10-01', end: '2020-09-30' },
    { ...project('03000000-2502', 'ติดตั้งเครื่องสูบน้ำ', 'สำนักการระบายน้ำ', 3_000_000, [
      { reportNo: 1, date: '2019-10-31', progress: 5, disbursedToDate: 0 },
    ]), start: '2019-10-01', end: '2020-09-30' },
  ], 'Drainage projects FY2020', 'Drainage');
  const parks = utf8WithBom(csvText([
    ['รหัสโครงการ', 'ชื่อโครงการ', 'ปีงบประมาณ', 'หน่วยงานที่รับผิดชอบ', 'เริ่มต้นโครงการ', 'สิ้นสุดโครงการ', 'งบประมาณที่ได้รับ (บาท)', 'ยอดเงิน'],
    ['03000000-2601', 'ปรับปรุงสวนลุมพินี', 2563, 'สำนักสิ่งแวดล้อม', '1/10/2562', '30/9/2563', 1_200_000, 1_150_000],
    ['03000000-2602', 'ปลูกต้นไม้ริมถนน', 2563, 'สำนักสิ่งแวดล้อม', '1/10/2562', '30/9/2563', 800_000, 780_000],
  ]));
  return [
    { name: 'works-2563.xlsx', mimeType: XLSX, buffer: Buffer.from(works) },
    { name: 'drainage-2563.xlsx', mimeType: XLSX, buffer: Buffer.from(drainage) },
    { name: 'parks.csv', mimeType: 'text/csv', buffer: Buffer.from(parks) },
  ];
}

let server: DemoServer;
let browser: Browser;
let files: Upload[];

beforeAll(async () => {
  ({ server, browser } = await startDemo());
  files = await threeAgencies();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens the section with the mouse and waits for its body (a chunk of its own) to load. */
async function openConsolidate(page: Page, lang: 'en' | 'th'): Promise<void> {
  await page.getByRole('button', { name: UI_TEXT[lang].openConsolidate }).click();
  await page.getByRole('button', { name: CONSOLIDATE_TEXT[lang].chooseFiles }).waitFor();
}

/** Clicks "Choose files…" and answers the browser's file dialog, as a person does. */
async function upload(page: Page, lang: 'en' | 'th', uploads: Upload[]): Promise<void> {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: CONSOLIDATE_TEXT[lang].chooseFiles }).click(),
  ]);
  expect(chooser.isMultiple()).toBe(true);
  await chooser.setFiles(uploads);
  await page.getByRole('heading', { name: CONSOLIDATE_TEXT[lang].previewHeading({ count: uploads.length }) }).waitFor();
  await page.getByRole('button', { name: CONSOLIDATE_TEXT[lang].run, exact: true }).and(page.locator(':not([aria-disabled="true"])')).waitFor();
}

/** Opens parks.csv in the preview and maps its unknown column H to "budget spent". */
async function correctParks(page: Page, lang: 'en' | 'th'): Promise<void> {
  const text = CONSOLIDATE_TEXT[lang];
  await page.getByRole('button', { name: new RegExp(`^parks\\.csv — `) }).click();
  const region = page.getByRole('region', { name: /^parks\.csv — / });
  // The combobox is named by its label (the column and how it was read), then its value.
  const named = (status: string) => new RegExp(`^${text.columnLabel({ column: 'H', text: 'ยอดเงิน' })} ${status}(\\s|$)`);
  const unknown = region.getByRole('combobox', { name: named(text.status.unknown) });
  // The preview opens with a motion; a click that lands while it moves can leave the list shut, as a user
  // would see and click again: up to three clicks, each waiting for the list to show.
  const option = page.getByRole('option', { name: FIELD_LABEL.spent[lang], exact: true });
  for (let attempt = 1; !(await option.isVisible()); attempt++) {
    await unknown.click();
    try {
      await option.waitFor({ timeout: 3_000 });
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
  await option.click();
  await region.getByRole('combobox', { name: named(text.status.chosen) }).waitFor();
}

async function consolidate(page: Page, lang: 'en' | 'th'): Promise<void> {
  await page.getByRole('button', { name: CONSOLIDATE_TEXT[lang].run, exact: true }).click();
}

function model(page: Page): Promise<WorkbookModel> {
  return page.evaluate(() => JSON.parse(JSON.stringify(window.reportCheckerDemo!.model())) as WorkbookModel);
}

/** The sheet holding the Excel table `table`, and the table's last row. */
function tableSheet(workbook: WorkbookModel, table: string): { sheet: string; rows: number } {
  const found = workbook.tables.find((candidate) => candidate.name === table)!;
  return { sheet: workbook.sheets.find((sheet) => sheet.id === found.sheetId)!.name, rows: Number(/(\d+)$/.exec(found.address)![1]) };
}

describe('consolidating agencies’ files in the demo', () => {
  it('uploads three files, corrects a mapping, consolidates into tables and a Summary with its chart, and lists findings by source', async () => {
    const { page, errors, outside } = await openDemo(browser, server, 'en');
    const text = CONSOLIDATE_TEXT.en;
    await openConsolidate(page, 'en');
    await upload(page, 'en', files);
    await correctParks(page, 'en');
    await expectAccessible(page, 'consolidation preview (en)');

    await consolidate(page, 'en');
    await page.getByText(text.doneTitle, { exact: true }).waitFor();

    const workbook = await model(page);
    const projects = tableSheet(workbook, 'ConsolidatedProjects');
    const reports = tableSheet(workbook, 'ConsolidatedReports');
    // A header row and 2 + 2 + 2 projects; 2 + 1 + 2 + 1 reports.
    expect(projects.rows).toBe(7);
    expect(reports.rows).toBe(7);
    const summarySheet = workbook.sheets.find((sheet) => sheet.cells.A1?.value === 'Projects by agency')!;
    expect(summarySheet.charts).toHaveLength(1);
    // The corrected column reached the consolidated table.
    const projectSheet = workbook.sheets.find((sheet) => sheet.name === projects.sheet)!;
    const headers = Object.entries(projectSheet.cells).filter(([address]) => /^[A-Z]+1$/.test(address)).map(([, cell]) => cell.value);
    expect(headers).toContain('งบประมาณที่ใช้ไป (บาท)');

    // The tabs show the new sheets; the Summary is shown with its chart.
    for (const name of [projects.sheet, reports.sheet, summarySheet.name]) await page.getByRole('tab', { name, exact: true }).waitFor();
    await page.locator(`table[data-sheet="${summarySheet.name}"]`).waitFor();
    const chart = page.locator('figure[data-chart="BudgetByAgency"]');
    await chart.waitFor();
    await chart.getByText('Budget and disbursed by agency (THB)').first().waitFor();
    expect(await chart.locator('rect[class]').count()).toBeGreaterThanOrEqual(3 * 2);
    expect(await chart.locator('li').allTextContents()).toEqual(['Budget (THB)', 'Disbursed (THB)']);

    // Findings name their source file and row.
    const findings = page.locator('li[data-source-file]');
    await findings.first().waitFor();
    const sources = await findings.evaluateAll((items) => items.map((item) => item.getAttribute('data-source-file')));
    expect(sources).toContain('works-2563.xlsx');
    await expect(page.getByText(/^Source: works-2563\.xlsx › รายงาน › row \d+/).first().isVisible()).resolves.toBe(true);
    await expectAccessible(page, 'after consolidating (en)');

    await page.screenshot({ path: path.join(RESULTS, 'consolidation-summary.png') });
    copyFileSync(path.join(RESULTS, 'consolidation-summary.png'), path.resolve(__dirname, '..', '..', 'docs', 'consolidation-pane.png'));

    // Again: the pane asks before it replaces its own earlier sheets, and replaces only those.
    const shown = (names: WorkbookModel) => names.sheets.filter((sheet) => sheet.visibility !== 'VeryHidden').map((sheet) => sheet.name);
    const namesBefore = shown(workbook);
    await consolidate(page, 'en');
    const dialog = page.getByRole('dialog', { name: text.replaceTitle });
    await dialog.waitFor();
    await expectAccessible(page, 'replace dialog (en)');
    await dialog.getByRole('button', { name: text.replace, exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.waitForFunction(() => window.reportCheckerDemo!.model()!.sheets.some((sheet) => sheet.cells.A1?.value === 'What changed since the last consolidation'));
    const after = await model(page);
    expect(shown(after)).toEqual([...namesBefore, 'Changes']);
    expect(tableSheet(after, 'ConsolidatedProjects')).toEqual(projects);

    expect(errors).toEqual([]);
    expect(outside).toEqual([]);
    await page.close();
  });

  it('works in Thai, accessibly', async () => {
    const { page, errors } = await openDemo(browser, server, 'th');
    const text = CONSOLIDATE_TEXT.th;
    const ownBefore = (await model(page)).sheets.find((sheet) => sheet.name === 'โครงการ')!.cells;
    await openConsolidate(page, 'th');
    await upload(page, 'th', files);
    await correctParks(page, 'th');
    await expectAccessible(page, 'consolidation preview (th)');
    await consolidate(page, 'th');
    await page.getByText(text.doneTitle, { exact: true }).waitFor();
    const workbook = await model(page);
    // The sample workbook has a sheet of its own named โครงการ: it is kept, and the output goes beside it.
    expect(tableSheet(workbook, 'ConsolidatedProjects').sheet).toBe('โครงการ (2)');
    const ownProjects = workbook.sheets.find((sheet) => sheet.name === 'โครงการ')!;
    expect(workbook.tables.filter((table) => table.sheetId === ownProjects.id).map((table) => table.name)).not.toContain('ConsolidatedProjects');
    expect(ownProjects.cells).toEqual(ownBefore);
    expect(workbook.sheets.find((sheet) => sheet.name === 'สรุปตามหน่วยงาน')?.charts).toHaveLength(1);
    await page.locator('figure[data-chart="BudgetByAgency"]').getByText('งบประมาณและการเบิกจ่ายตามหน่วยงาน (บาท)').first().waitFor();
    await page.getByText(/^ต้นทาง: works-2563\.xlsx/).first().waitFor();
    await expectAccessible(page, 'after consolidating (th)');
    await page.screenshot({ path: path.join(RESULTS, 'consolidation-summary-th.png') });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('stays usable with ten uploaded files: the preview lists ten sources, each opens, and they consolidate', async () => {
    const layouts = ['normalized', 'flat-table', 'flat-csv-bom', 'flat-csv-reordered', 'flat-csv-874'] as const;
    const ten: Upload[] = [];
    for (let agency = 0; agency < 10; agency++) {
      const layout = layouts[agency % layouts.length];
      const file = await agencyFile(layout, agency, agencyProjects(agency, 20, 6, layout));
      ten.push({ name: file.name, mimeType: file.name.endsWith('.csv') ? 'text/csv' : XLSX, buffer: Buffer.from(file.bytes) });
    }
    const { page, errors } = await openDemo(browser, server, 'en');
    await openConsolidate(page, 'en');
    const started = Date.now();
    await upload(page, 'en', ten);
    const readMs = Date.now() - started;
    expect(await page.locator('[data-source]').count()).toBe(10);
    await page.getByRole('button', { name: new RegExp(`^${ten[9].name.replace(/\./g, '\\.')} — `) }).click();
    await page.getByRole('region', { name: new RegExp(`^${ten[9].name.replace(/\./g, '\\.')} — `) }).waitFor();
    await consolidate(page, 'en');
    await page.getByText(CONSOLIDATE_TEXT.en.doneTitle, { exact: true }).waitFor({ timeout: 60_000 });
    const workbook = await model(page);
    expect(tableSheet(workbook, 'ConsolidatedProjects').rows).toBe(1 + 10 * 20);
    expect(tableSheet(workbook, 'ConsolidatedReports').rows).toBe(1 + 10 * 20 * 6);
    console.log(`ten files of 20 projects / 120 reports: read in ${readMs} ms, consolidated and written in ${Date.now() - started - readMs} ms`);
    expect(errors).toEqual([]);
    await page.close();
  });
});
