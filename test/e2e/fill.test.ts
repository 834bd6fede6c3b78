/**
 * Filling the standard form from the task pane of the demo, with the mouse: every project of
 * the sample, the warning about projects whose data has errors, a sheet tab per form, the form's
 * cells, and a second fill that asks before replacing the forms it made.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import JSZip from 'jszip';
import type { Browser, Page } from 'playwright-core';
import { UI_TEXT } from '../../src/taskpane/i18n';
import { RESULTS, expectAccessible, openDemo, progressPaints, startDemo, validate, watchProgressPaints, type DemoServer } from './demo-page';

jest.setTimeout(180_000);

const text = UI_TEXT.en;
const TITLE = 'แบบแสดงรายงานความก้าวหน้าและข้อมูลเกี่ยวกับโครงการ';
const THAI_LONG_DATE = /^\d{1,2} (มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน|ตุลาคม|พฤศจิกายน|ธันวาคม) 25\d\d$/;

let demo: { browser: Browser; server: DemoServer; close(): Promise<void> };

beforeAll(async () => {
  demo = await startDemo();
});

afterAll(async () => {
  await demo?.close();
});

/** The sheet tabs, by name. */
function tabNames(page: Page): Promise<string[]> {
  return page.getByRole('tab').evaluateAll((tabs) => tabs.map((tab) => tab.getAttribute('data-sheet') ?? ''));
}

/** Project codes of the sample's projects sheet, and the number of report rows each has. */
function sampleProjects(page: Page): Promise<Array<{ code: string; reports: number }>> {
  return page.evaluate(() => {
    const model = window.reportCheckerDemo!.model()!;
    const codesIn = (sheetName: string) => {
      const sheet = model.sheets.find((candidate) => candidate.name === sheetName)!;
      const header = Object.entries(sheet.cells).find(([, cell]) => cell.value === 'รหัสโครงการ')!;
      const column = header[0].replace(/\d+$/, '');
      const headerRow = Number(header[0].slice(column.length));
      return Object.entries(sheet.cells)
        .filter(([key, cell]) => key.replace(/\d+$/, '') === column && Number(key.slice(column.length)) > headerRow && typeof cell.value === 'string' && cell.value !== '')
        .map(([, cell]) => String(cell.value));
    };
    const reports = codesIn('รายงานความก้าวหน้า');
    return codesIn('โครงการ').map((code) => ({ code, reports: reports.filter((candidate) => candidate === code).length }));
  });
}

describe('filling the standard form in the demo', () => {
  it('fills every project with the mouse, warns about errors first, and re-filling asks before replacing', async () => {
    const { page, errors, outside } = await openDemo(demo.browser, demo.server, 'en');
    await validate(page);
    const projects = await sampleProjects(page);
    expect(projects).toHaveLength(20);
    const before = await tabNames(page);

    const pane = page.getByTestId('taskpane');
    await pane.getByRole('radio', { name: text.fillScopeAll }).click();
    await pane.getByRole('button', { name: text.fillButton, exact: true }).click();

    // The sample has projects whose data has error-level findings: the pane says so and offers to go on.
    const dialog = page.getByRole('dialog', { name: text.fillConfirmTitle });
    await dialog.waitFor();
    await dialog.getByText(text.fillConfirmIntro({ count: 20 })).waitFor();
    const warning = dialog.getByText(/error-level findings/i);
    await warning.waitFor();
    expect(await dialog.getByRole('listitem').count()).toBeGreaterThan(0);
    await expectAccessible(page, 'fill warning');
    await page.screenshot({ path: path.join(RESULTS, 'fill-warning.png') });
    await watchProgressPaints(page);
    await dialog.getByRole('button', { name: text.fillAnyway }).click();

    await pane.getByText(text.filledTitle).waitFor({ timeout: 60_000 });
    const paints = await progressPaints(page);
    // The progress bar was on screen for at least one painted frame while the forms were written.
    expect(paints.painted).toBeGreaterThan(0);

    const formNames = projects.map(({ code }) => `แบบฟอร์ม ${code}`);
    expect(await tabNames(page)).toEqual([...before, ...formNames]);

    // One form, opened from its tab: the title, a row per report, Thai long dates.
    const project = projects.find(({ code }) => code === '03000000-2457') ?? projects[0];
    const sheet = `แบบฟอร์ม ${project.code}`;
    await page.getByRole('tab', { name: sheet, exact: true }).click();
    const grid = page.locator(`table[data-sheet="${sheet}"]`);
    await grid.waitFor();
    await expect(grid.locator('td[data-address="A1"]').textContent()).resolves.toBe(TITLE);
    await expect(grid.getByText(project.code, { exact: true }).count()).resolves.toBeGreaterThan(0);
    const dates = await grid.locator('td[data-address^="B"]').evaluateAll((cells) => cells.map((cell) => cell.textContent ?? ''));
    const reportDates = dates.filter((shown) => /^\d{1,2} \S+ 25\d\d$/.test(shown));
    expect(reportDates.length).toBe(project.reports);
    for (const shown of reportDates) expect(shown).toMatch(THAI_LONG_DATE);
    const numbers = await grid.locator('td[data-address^="A"]').evaluateAll((cells) => cells.map((cell) => cell.textContent ?? ''));
    expect(numbers).toEqual(expect.arrayContaining(Array.from({ length: project.reports }, (_, i) => String(i + 1))));
    await page.screenshot({ path: path.join(RESULTS, 'fill-form.png'), fullPage: true });

    // Drawn as a form: the title merged across the form, the report table's two-row headings, its
    // borders in black over a sheet without gridlines, and the title in a larger, bold font.
    const cells = await grid.locator('td[data-address]').evaluateAll((elements) => elements.map((element) => {
      const cell = element as HTMLTableCellElement;
      const style = getComputedStyle(cell);
      return {
        address: cell.dataset.address!,
        rowSpan: cell.rowSpan,
        colSpan: cell.colSpan,
        bottom: `${style.borderBottomWidth} ${style.borderBottomStyle} ${style.borderBottomColor}`,
        right: `${style.borderRightWidth} ${style.borderRightStyle} ${style.borderRightColor}`,
        fontSize: Number.parseFloat(style.fontSize),
        bold: Number(style.fontWeight) >= 600,
      };
    }));
    const title = cells.find((cell) => cell.address === 'A1')!;
    expect(title.colSpan).toBeGreaterThan(4);
    expect(title.bold).toBe(true);
    expect(cells.filter((cell) => cell.rowSpan === 2).length).toBeGreaterThanOrEqual(5);
    expect(cells.filter((cell) => cell.bottom === '1px solid rgb(0, 0, 0)' && cell.right === '1px solid rgb(0, 0, 0)').length).toBeGreaterThanOrEqual(project.reports * 5);
    expect(cells.some((cell) => /dotted/.test(cell.bottom))).toBe(true);
    // Covered cells of a merged area are not drawn; the mouse on the title's middle hits the title.
    expect(cells.some((cell) => cell.address === 'B1')).toBe(false);
    const titleBox = (await grid.locator('td[data-address="A1"]').boundingBox())!;
    await expect(page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest('td')?.getAttribute('data-address'), { x: titleBox.x + titleBox.width * 0.75, y: titleBox.y + titleBox.height / 2 })).resolves.toBe('A1');
    const region = page.getByRole('region', { name: /แบบฟอร์ม/ });
    await region.screenshot({ path: path.join(RESULTS, 'fill-form-grid.png') });
    await grid.locator('td[rowspan="2"]').first().evaluate((cell) => cell.scrollIntoView({ block: 'start' }));
    await region.screenshot({ path: path.join(RESULTS, 'fill-form-table.png') });
    await expectAccessible(page, 'a filled form in the grid');

    // Filling again asks first, naming the forms it would replace; the user's sheets are never among them.
    await pane.getByRole('button', { name: text.fillButton, exact: true }).click();
    const again = page.getByRole('dialog', { name: text.fillConfirmTitle });
    await again.waitFor();
    await again.getByText(text.fillReplaces({ count: 20 })).waitFor();
    await page.screenshot({ path: path.join(RESULTS, 'fill-replace.png') });
    await again.getByRole('button', { name: text.fillAnyway }).click();
    await pane.getByText(text.filled({ count: 20, replaced: 20, first: formNames[0] })).waitFor({ timeout: 60_000 });
    // The tabs are redrawn after the last (paced) sync: wait for them rather than read them mid-redraw.
    let tabs = await tabNames(page);
    for (let tries = 0; tries < 50 && tabs.length === 0; tries++) {
      await page.waitForTimeout(100);
      tabs = await tabNames(page);
    }
    expect(tabs).toEqual([...before, ...formNames]);

    expect(errors).toEqual([]);
    expect(outside).toEqual([]);
    await page.close();
  });

  it('exports every project’s form as a workbook download with the mouse, in Thai: page setup kept, findings beside, the workbook unchanged', async () => {
    const { page, errors, outside } = await openDemo(demo.browser, demo.server, 'th');
    const th = UI_TEXT.th;
    const before = await tabNames(page);
    const pane = page.getByTestId('taskpane');
    await pane.getByRole('radio', { name: th.fillScopeAll }).click();
    await pane.getByRole('checkbox', { name: th.fillWithFindings }).click();
    await pane.getByRole('button', { name: th.fillExportButton }).click();
    const dialog = page.getByRole('dialog', { name: th.fillConfirmTitle });
    await dialog.getByText(th.fillExportConfirmIntro({ count: 20 })).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: th.fillExportAnyway }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('แบบฟอร์ม 20 โครงการ.xlsx');
    const saved = path.join(RESULTS, 'exported-forms.xlsx');
    await download.saveAs(saved);
    await pane.getByText(th.exportedDownloaded({ count: 20, fileName: 'แบบฟอร์ม 20 โครงการ.xlsx' })).waitFor();
    await page.screenshot({ path: path.join(RESULTS, 'fill-export-th.png') });

    const zip = await JSZip.loadAsync(await readFile(saved));
    const workbookXml = await zip.file('xl/workbook.xml')!.async('string');
    expect(workbookXml.match(/<sheet /g)).toHaveLength(20);
    // Every form keeps its print area and repeated header rows, and prints on A4 portrait one page wide.
    expect(workbookXml.match(/_xlnm\.Print_Area/g)).toHaveLength(20);
    expect(workbookXml.match(/_xlnm\.Print_Titles/g)).toHaveLength(20);
    const first = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    expect(first).toMatch(/<pageSetup[^>]*paperSize="9"/);
    expect(first).toMatch(/<pageSetup[^>]*orientation="portrait"/);
    expect(first).toMatch(/<pageSetup[^>]*fitToWidth="1"/);
    // The findings' heading beside the form, in Thai.
    const texts = first + ((await zip.file('xl/sharedStrings.xml')?.async('string')) ?? '');
    expect(texts).toContain('ผลการตรวจสอบข้อมูลของโครงการนี้');

    expect(await tabNames(page)).toEqual(before);
    expect(errors).toEqual([]);
    expect(outside).toEqual([]);
    await page.close();
  });

  it('fills the project of the selected cell in Thai', async () => {
    const { page, errors } = await openDemo(demo.browser, demo.server, 'th');
    const th = UI_TEXT.th;
    const projects = await sampleProjects(page);
    // A cell in the projects sheet's first data row (row 3: the header is on row 2).
    await page.getByRole('tab', { name: 'โครงการ', exact: true }).click();
    await page.locator('table[data-sheet="โครงการ"] td[data-address="B3"]').click();
    const pane = page.getByTestId('taskpane');
    await pane.getByRole('button', { name: th.fillButton, exact: true }).click();
    const dialog = page.getByRole('dialog', { name: th.fillConfirmTitle });
    const filled = pane.getByText(th.filledTitle);
    // The first project may or may not have errors: confirm when asked.
    await Promise.race([dialog.waitFor(), filled.waitFor()]);
    if (await dialog.isVisible()) await dialog.getByRole('button', { name: /กรอกต่อ|แทนที่และกรอก/ }).click();
    await filled.waitFor({ timeout: 60_000 });
    const tabs = await tabNames(page);
    expect(tabs.filter((name) => name.startsWith('แบบฟอร์ม '))).toEqual([`แบบฟอร์ม ${projects[0].code}`]);
    await expect(page.locator(`table[data-sheet="แบบฟอร์ม ${projects[0].code}"] td[data-address="A1"]`).textContent()).resolves.toBe(TITLE);
    await page.screenshot({ path: path.join(RESULTS, 'fill-selected-th.png') });
    expect(errors).toEqual([]);
    await page.close();
  });
});
