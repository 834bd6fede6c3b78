/**
 * What a reviewer does on the demo page (DESIGN §1, §8), in headless Chromium:
 * validate, walk a finding, clear, switch to Thai — against the built dist/,
 * with no network beyond the local server. Screenshots go to test-results/.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type Browser, type Page } from 'playwright-core';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { FIELD_LABEL, REPORT_FIELDS, RuleConfig, type Field, type Issue, type Severity } from '../../src/core/model';
import { validateWorkbook } from '../../src/core/validate';
import { DEMO_TEXT } from '../../src/demo/demo-text';
import { shownAddress } from '../../src/taskpane/components/address';
import { UI_TEXT } from '../../src/taskpane/i18n';
import { readWorkbook } from '../../src/xlsx/read';
import { workbookModelFromXlsx } from '../../src/xlsx/host-workbook';
import { buildSampleWorkbook } from '../../src/xlsx/sample';

import {
  RESULTS, clearMarks, expectAccessible, newDemoPage, openDemo as openDemoPage, startDemo, takeLongTasks, validate, watchLongTasks, workbookOpened,
  type DemoServer, type OpenedDemo,
} from './demo-page';

/** The fills of DESIGN §8, as the browser reports them. */
const MARK_RGB: Record<Severity, string> = {
  error: 'rgb(255, 199, 206)',
  warning: 'rgb(255, 235, 156)',
  info: 'rgb(221, 235, 247)',
};
const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

let server: DemoServer;
let browser: Browser;
/** The CLI's findings on the same sample: the core over ExcelJS's reading of the file. */
let expected: Issue[];

beforeAll(async () => {
  const [started, grids] = await Promise.all([
    startDemo(),
    buildSampleWorkbook().then((bytes) => readWorkbook(bytes, 'sample.xlsx')),
  ]);
  ({ server, browser } = started);
  expected = validateWorkbook(grids).issues;
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

function openDemo(lang: 'en' | 'th' = 'en'): Promise<OpenedDemo> {
  return openDemoPage(browser, server, lang);
}

/** The listed findings in the order shown: the order the walk follows. */
async function listedOrder(page: Page): Promise<Array<{ rule: string; sheet: string; cell: string }>> {
  return page.locator('li[data-rule]').evaluateAll((items) => items.map((item) => ({
    rule: item.getAttribute('data-rule')!, sheet: item.getAttribute('data-sheet')!, cell: item.getAttribute('data-cell')!,
  })));
}

/** Presses Next with the mouse `steps` times, each time waiting for the grid to select the finding's cell. */
async function walkNext(page: Page, lang: 'en' | 'th', to: ReadonlyArray<{ sheet: string; cell: string }>): Promise<void> {
  for (const step of to) {
    await page.getByRole('button', { name: UI_TEXT[lang].nextFinding, exact: true }).click();
    await page.locator(`table[data-sheet="${step.sheet}"] td[data-address="${step.cell}"][data-selected="true"]`).waitFor();
  }
}

/** The walk's position text, as the polite live region says it. */
async function walkPosition(page: Page, lang: 'en' | 'th'): Promise<string> {
  return (await page.getByRole('group', { name: UI_TEXT[lang].walkFindings }).locator('[aria-live="polite"]').textContent()) ?? '';
}

/** Whether an element lies wholly inside the viewport and inside the task pane's scrolling box. */
async function inViewOfPane(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).evaluate((element) => {
    const box = element.getBoundingClientRect();
    const pane = document.querySelector('[data-testid="taskpane"]')!.getBoundingClientRect();
    return box.height > 0 && box.top >= Math.max(0, pane.top) && box.bottom <= Math.min(window.innerHeight, pane.bottom);
  });
}

/** rule|sheet|cell of every finding the pane lists. */
async function listedFindings(page: Page): Promise<string[]> {
  const items = await page.locator('li[data-rule]').evaluateAll((elements) =>
    elements.map((element) => `${element.getAttribute('data-rule')}|${element.getAttribute('data-sheet')}|${element.getAttribute('data-cell')}`),
  );
  return items.sort();
}

function key(issue: Issue): string {
  return `${issue.rule}|${issue.sheet}|${issue.cell}`;
}

async function showSheet(page: Page, sheet: string): Promise<void> {
  await page.getByRole('tab', { name: sheet, exact: true }).click();
  await page.locator(`table[data-sheet="${sheet}"]`).waitFor();
}

/** The scrolling region around a sheet's grid. */
function gridRegion(page: Page, sheet: string) {
  return page.locator(`[role="region"]:has(> table[data-sheet="${sheet}"])`);
}

/**
 * Scrolls the sheet's grid from the top down, half a view at a time (the grid draws only the rows in
 * view), calling `visit` at each stop until it returns true or the bottom is reached.
 */
async function scrollThroughGrid(page: Page, sheet: string, visit: () => Promise<boolean | void>): Promise<void> {
  const region = gridRegion(page, sheet);
  for (let top = 0; ;) {
    const at = await region.evaluate((element, y) => {
      element.scrollTop = y;
      return { top: element.scrollTop, height: element.clientHeight, end: element.scrollHeight };
    }, top);
    await framesDrawn(page);
    if ((await visit()) === true || at.top + at.height >= at.end - 1) return;
    top = at.top + Math.max(at.height / 2, 1);
  }
}

/** Every cell's background on the visible sheets, as the browser paints it (scrolled through, as the grid draws the rows in view). */
async function paintedFills(page: Page, sheets: readonly string[]): Promise<Record<string, Record<string, string>>> {
  const fills: Record<string, Record<string, string>> = {};
  for (const sheet of sheets) {
    await showSheet(page, sheet);
    fills[sheet] = {};
    await scrollThroughGrid(page, sheet, async () => {
      Object.assign(fills[sheet], await page.locator(`table[data-sheet="${sheet}"] td[data-address]`).evaluateAll((cells) =>
        Object.fromEntries(cells.map((cell) => [cell.getAttribute('data-address'), getComputedStyle(cell).backgroundColor])),
      ));
    });
  }
  return fills;
}

async function tabNames(page: Page): Promise<string[]> {
  return page.getByRole('tab').evaluateAll((tabs) => tabs.map((tab) => tab.getAttribute('data-sheet') ?? ''));
}

async function modelSnapshot(page: Page): Promise<Record<string, unknown>> {
  return page.evaluate(() => window.reportCheckerDemo!.snapshot() as Record<string, unknown>);
}

function mostSevere(issues: readonly Issue[]): Severity {
  return issues.map((issue) => issue.severity).sort((a, b) => SEVERITY_RANK[a] - SEVERITY_RANK[b])[0];
}

describe('the demo page', () => {
  it('paints with only the scripts its HTML names; the file reader comes after, in a worker, to open the sample', async () => {
    const html = await (await fetch(`${server.url}demo.html`)).text();
    const named = new Set([...html.matchAll(/<script\b[^>]*\bsrc="?([^"\s>]+)/g)].map((match) => new URL(match[1], server.url).href));
    const { page, outside, errors } = await newDemoPage(browser, server);
    // Every script the HTML does not name is held back until the page has shown itself without it.
    const held: string[] = [];
    let release!: () => void;
    const released = new Promise<void>((resolve) => { release = resolve; });
    await page.route((url) => url.pathname.endsWith('.js') && !named.has(url.href), async (route) => {
      held.push(new URL(route.request().url()).pathname);
      await released;
      await route.continue();
    });
    // Not to `load`: a chunk requested before it delays it.
    await page.goto(`${server.url}demo.html?lang=en`, { waitUntil: 'domcontentloaded' });
    await page.getByRole('progressbar', { name: DEMO_TEXT.en.openingSample }).waitFor();
    await page.getByRole('button', { name: DEMO_TEXT.en.openFile }).waitFor();
    await page.screenshot({ path: path.join(RESULTS, 'demo-opening-sample.png') });
    expect(await page.locator('table[data-sheet]').count()).toBe(0);
    // The sample is built and read in the reader's worker; the download's code is not fetched to open it.
    expect(held).toContainEqual(expect.stringMatching(/^\/workbook-reader\.[0-9a-f]+\.js$/));
    expect(held.filter((script) => script.includes('workbook-files'))).toEqual([]);
    expect([...named].filter((script) => /workbook-(reader|files)/.test(script))).toEqual([]);

    release();
    await workbookOpened(page);
    await page.getByText(DEMO_TEXT.en.workbook({ name: 'bma-projects-2563.xlsx' })).waitFor();
    expect(await page.getByRole('progressbar', { name: DEMO_TEXT.en.openingSample }).count()).toBe(0);
    expect({ outside, errors }).toEqual({ outside: [], errors: [] });
    await page.close();
  });

  it('validates the sample: the pane lists the CLI’s findings and the grid colours every flagged cell', async () => {
    const { page, outside, errors } = await openDemo();
    expect(expected.length).toBeGreaterThan(0);
    await validate(page);

    expect(await listedFindings(page)).toEqual(expected.map(key).sort());

    const byCell = new Map<string, Issue[]>();
    for (const issue of expected) byCell.set(`${issue.sheet}!${issue.cell}`, [...(byCell.get(`${issue.sheet}!${issue.cell}`) ?? []), issue]);
    const sheets = [...new Set(expected.map((issue) => issue.sheet))];
    const fills = await paintedFills(page, sheets);
    for (const [cell, issues] of byCell) {
      const [sheet, address] = [issues[0].sheet, issues[0].cell];
      expect({ cell, fill: fills[sheet][address] }).toEqual({ cell, fill: MARK_RGB[mostSevere(issues)] });
    }
    // A note on each flagged cell: the red corner, and the text as the cell's description.
    await showSheet(page, expected[0].sheet);
    const flagged = page.locator(`table[data-sheet="${expected[0].sheet}"] td[data-address="${expected[0].cell}"]`);
    await expect(flagged.getAttribute('data-note')).resolves.toBe('true');
    const description = await flagged.evaluate((cell) => document.getElementById(cell.getAttribute('aria-describedby') ?? '')?.textContent ?? '');
    expect(description).toContain(expected[0].message.en);
    // The add-in's Issues sheet is a tab; its very hidden state sheet is not.
    expect(await tabNames(page)).toContain('Issues');
    expect(await tabNames(page)).not.toContain('ReportChecker.State');

    expect(await flagged.getAttribute('title')).toContain(expected[0].message.en);
    // The Issues sheet links each finding to its cell; following a link selects that cell.
    await showSheet(page, 'Issues');
    await page.screenshot({ path: path.join(RESULTS, 'demo-issues-sheet.png') });
    const last = expected[expected.length - 1];
    const link = page.locator(`table[data-sheet="Issues"] button[data-link-address="${last.cell}"]`).first();
    await scrollThroughGrid(page, 'Issues', async () => (await link.count()) > 0);
    await link.click();
    await page.locator(`table[data-sheet="${last.sheet}"] td[data-address="${last.cell}"][data-selected="true"]`).waitFor();

    await showSheet(page, 'รายงานความก้าวหน้า');
    await page.screenshot({ path: path.join(RESULTS, 'demo-validated.png') });
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('selects a finding’s cell in the grid: its sheet tab active, the cell outlined and in view', async () => {
    const { page } = await openDemo();
    await validate(page);
    // The finding furthest down the sheet with the most rows, so the grid has to scroll to it.
    const target = [...expected].sort((a, b) => Number(b.cell.replace(/\D/g, '')) - Number(a.cell.replace(/\D/g, '')))[0];
    await page.locator(`li[data-rule="${target.rule}"][data-sheet="${target.sheet}"][data-cell="${target.cell}"] button`).first().click();

    const cell = page.locator(`table[data-sheet="${target.sheet}"] td[data-address="${target.cell}"]`);
    await expect(cell.getAttribute('data-selected')).resolves.toBe('true');
    await expect(page.getByRole('tab', { name: target.sheet, exact: true }).getAttribute('aria-selected')).resolves.toBe('true');
    expect(await page.locator('td[data-selected="true"]').count()).toBe(1);
    const outline = await cell.evaluate((element) => getComputedStyle(element).outlineStyle);
    expect(outline).toBe('solid');
    // Scrolled into view inside the grid's scrolling region.
    const inView = await cell.evaluate((element) => {
      const box = element.getBoundingClientRect();
      const region = element.closest('[role="region"]')!.getBoundingClientRect();
      return box.top >= region.top && box.bottom <= region.bottom && box.left >= region.left && box.right <= region.right;
    });
    expect(inView).toBe(true);
    await expect(page.evaluate(() => window.reportCheckerDemo!.model()!.selection.address)).resolves.toBe(target.cell);

    await page.screenshot({ path: path.join(RESULTS, 'demo-selected.png') });
    await page.close();
  });

  it('walks the findings with Next: each step selects the next finding’s cell in the grid', async () => {
    const { page, errors } = await openDemo();
    await validate(page);
    // The list's order: grouped by rule, as the pane shows it.
    const order = await page.locator('li[data-rule]').evaluateAll((items) =>
      items.map((item) => ({ sheet: item.getAttribute('data-sheet')!, cell: item.getAttribute('data-cell')! })));
    for (const step of order.slice(0, 3)) {
      await page.getByRole('button', { name: UI_TEXT.en.nextFinding, exact: true }).click();
      await page.locator(`table[data-sheet="${step.sheet}"] td[data-address="${step.cell}"][data-selected="true"]`).waitFor();
    }
    await page.getByText(UI_TEXT.en.findingPosition({ done: 3, total: order.length })).waitFor();
    await page.screenshot({ path: path.join(RESULTS, 'demo-walk.png') });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('Clear marks paints every cell as it was and leaves the workbook’s cells exactly as before', async () => {
    const { page } = await openDemo();
    const sheets = await tabNames(page);
    const paintedBefore = await paintedFills(page, sheets);
    const before = await modelSnapshot(page);

    await validate(page);
    expect(await paintedFills(page, sheets)).not.toEqual(paintedBefore);

    await clearMarks(page);
    expect(await tabNames(page)).toEqual(sheets);
    expect(await paintedFills(page, sheets)).toEqual(paintedBefore);
    const after = await modelSnapshot(page);
    for (const sheet of sheets) expect({ sheet, cells: after[sheet] }).toEqual({ sheet, cells: before[sheet] });

    await page.screenshot({ path: path.join(RESULTS, 'demo-cleared.png') });
    await page.close();
  });

  it('applies a quick fix: the Thai-digit amount becomes a number, the finding goes; Undo puts the text back', async () => {
    const { page, errors } = await openDemo();
    await validate(page);
    const thai = expected.find((issue) => issue.rule === 'thai-digits' && typeof issue.fix?.replacement === 'number')!;
    expect(thai).toBeDefined();
    const address = shownAddress(thai.sheet, thai.cell);
    const cellOf = (snapshot: Record<string, unknown>) => (snapshot[thai.sheet] as Record<string, { value: unknown; numberFormat: string }>)[thai.cell];
    const before = cellOf(await modelSnapshot(page));
    expect(before.value).toBe(thai.value);

    // The cell also has a number-as-text finding with its own Apply: use the Thai-digit one.
    await page.locator(`li[data-rule="thai-digits"][data-sheet="${thai.sheet}"][data-cell="${thai.cell}"]`)
      .getByRole('button', { name: UI_TEXT.en.applyFixAt({ address }) }).click();
    await page.getByText(UI_TEXT.en.fixedTitle).waitFor();
    // Confirmed where the finding was, in sight, with the focus on its Undo; the grid shows the changed cell.
    const undoName = UI_TEXT.en.undoFixAt({ address });
    await page.waitForFunction((name) => document.activeElement?.getAttribute('aria-label') === name, undoName);
    expect(await inViewOfPane(page, 'li[data-fix-notice="fixed"]')).toBe(true);
    await page.locator(`table[data-sheet="${thai.sheet}"] td[data-address="${thai.cell}"][data-selected="true"]`).waitFor();
    const notice = await page.locator('li[data-fix-notice="fixed"]').textContent();
    // As the cell shows the amount: with thousands separators.
    expect(notice).toContain(UI_TEXT.en.fixed({ address, before: `“${String(thai.value)}”`, after: '504,000.00' }));
    await page.screenshot({ path: path.join(RESULTS, 'demo-fixed.png') });
    await expectAccessible(page, 'en: a fix applied');
    const fixed = cellOf(await modelSnapshot(page));
    expect(fixed.value).toBe(thai.fix!.replacement);
    expect(typeof fixed.value).toBe('number');
    // Both findings of the text in Thai digits are gone; everything else stays.
    const solved = (issue: Issue) => issue.sheet === thai.sheet && issue.cell === thai.cell && ['thai-digits', 'number-as-text'].includes(issue.rule);
    expect(expected.filter(solved).map((issue) => issue.rule).sort()).toEqual(['number-as-text', 'thai-digits']);
    expect(await listedFindings(page)).toEqual(expected.filter((issue) => !solved(issue)).map(key).sort());
    // The grid shows the number, and the cell is no longer marked.
    await showSheet(page, thai.sheet);
    const cell = page.locator(`table[data-sheet="${thai.sheet}"] td[data-address="${thai.cell}"]`);
    await expect(cell.evaluate((element) => getComputedStyle(element).backgroundColor)).resolves.not.toBe(MARK_RGB.info);
    await page.getByRole('button', { name: UI_TEXT.en.fixesHeading({ count: 1 }) }).waitFor();

    // The notice's Undo (the Applied fixes panel, collapsed, has the same one).
    await page.getByRole('button', { name: UI_TEXT.en.undoFixAt({ address }) }).first().click();
    await page.getByText(UI_TEXT.en.undoneTitle).waitFor();
    expect(cellOf(await modelSnapshot(page))).toEqual(before);
    expect(await listedFindings(page)).toEqual(expected.map(key).sort());
    expect(await page.getByRole('button', { name: /Applied fixes/ }).count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('downloads the marked workbook, and Clear marks still restores it after it is opened again', async () => {
    const { page } = await openDemo();
    const sheets = await tabNames(page);
    const before = await modelSnapshot(page);
    await validate(page);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: DEMO_TEXT.en.download }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('bma-projects-2563-checked.xlsx');
    const saved = path.join(RESULTS, download.suggestedFilename());
    await download.saveAs(saved);
    const reopened = await workbookModelFromXlsx(new Uint8Array(readFileSync(saved)), 'checked.xlsx');
    // Everything travels in the file: the Issues sheet, and the add-in's very hidden state sheet with the original formats.
    expect(reopened.sheets.map((sheet) => `${sheet.name}:${sheet.visibility}`).sort()).toEqual(
      [...sheets.map((name) => `${name}:Visible`), 'Issues:Visible', 'ReportChecker.State:VeryHidden'].sort(),
    );
    const flagged = expected[0];
    expect(reopened.sheets.find((sheet) => sheet.name === flagged.sheet)!.cells[flagged.cell].fill).toMatch(/^#(FFC7CE|FFEB9C|DDEBF7)$/);
    // The file is the sample's package with the marks applied: what the add-in did not touch keeps its bytes, column widths included.
    const [sample, checked] = await Promise.all([buildSampleWorkbook(), readFileSync(saved)].map((bytes) => JSZip.loadAsync(bytes)));
    const part = (zip: JSZip, name: string) => zip.file(name)!.async('string');
    for (const name of ['xl/theme/theme1.xml', 'xl/sharedStrings.xml', 'docProps/core.xml']) {
      expect({ name, text: await part(checked, name) }).toEqual({ name, text: await part(sample, name) });
    }
    const columns = (xml: string) => /<cols>[\s\S]*?<\/cols>/.exec(xml)?.[0];
    expect(columns(await part(checked, 'xl/worksheets/sheet1.xml'))).toBe(columns(await part(sample, 'xl/worksheets/sheet1.xml')));
    expect(await page.getByRole('alert').count()).toBe(0);

    // Open the downloaded file in the page: a new workbook, a fresh pane, the marks still there.
    await page.setInputFiles('input[data-testid="open-file"]', saved);
    await page.getByText(DEMO_TEXT.en.workbook({ name: 'bma-projects-2563-checked.xlsx' })).waitFor();
    await clearMarks(page);
    const after = await modelSnapshot(page);
    for (const sheet of sheets) expect({ sheet, cells: after[sheet] }).toEqual({ sheet, cells: before[sheet] });
    expect(await tabNames(page)).not.toContain('Issues');
    await page.close();
  });

  it('says so when a file is not a workbook, and keeps the open one', async () => {
    const { page } = await openDemo();
    await page.setInputFiles('input[data-testid="open-file"]', { name: 'notes.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from('not a zip') });
    await page.getByRole('alert').getByText(DEMO_TEXT.en.openFailed({ name: 'notes.xlsx' })).waitFor();
    await page.getByText(DEMO_TEXT.en.workbook({ name: 'bma-projects-2563.xlsx' })).waitFor();
    await page.close();
  });

  it('switches to Thai: the pane, the findings and the page speak Thai', async () => {
    const { page, errors } = await openDemo('en');
    await page.getByRole('radio', { name: UI_TEXT.th.languageName.th, exact: true }).click();
    await page.getByRole('button', { name: UI_TEXT.th.validate }).waitFor();
    await page.getByRole('heading', { name: DEMO_TEXT.th.title }).waitFor();
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('th');
    await validate(page, 'th');

    const first = expected[0];
    const item = page.locator(`li[data-rule="${first.rule}"][data-sheet="${first.sheet}"][data-cell="${first.cell}"]`).first();
    await expect(item.textContent()).resolves.toContain(first.message.th);
    expect(await page.getByRole('button', { name: DEMO_TEXT.th.openFile }).count()).toBe(1);

    await page.screenshot({ path: path.join(RESULTS, 'demo-thai.png') });
    expect(errors).toEqual([]);
    await page.close();
  });

  it.each(['en', 'th'] as const)('has no serious or critical accessibility violations, one banner, before and after validation, grouped either way (axe-core, %s)', async (lang) => {
    const { page } = await openDemo(lang);
    await expectAccessible(page, `${lang}: opened`);
    await validate(page, lang);
    await expectAccessible(page, `${lang}: validated`);
    // The demo's header is the page's one banner; the pane's header sits inside its main.
    expect(await page.getByRole('banner').count()).toBe(1);
    expect(await page.getByRole('main').count()).toBe(1);
    await page.getByRole('radio', { name: UI_TEXT[lang].groupByProject, exact: true }).click();
    await expectAccessible(page, `${lang}: grouped by project`);
    await page.close();
  });
});

describe('the reviewer’s flow (issue 13)', () => {
  it('walks on after a fix: Next goes to the finding after the fixed one, not back to the first', async () => {
    const { page, errors } = await openDemo();
    await validate(page);
    const order = await listedOrder(page);
    // The text date among date cells: a fix in the middle of the list.
    const at = order.findIndex((item) => item.rule === 'mixed-date-format');
    expect(at).toBeGreaterThan(0);
    expect(at).toBeLessThan(order.length - 1);
    const target = order[at];
    await walkNext(page, 'en', order.slice(0, at + 1));
    expect(await walkPosition(page, 'en')).toBe(UI_TEXT.en.findingPosition({ done: at + 1, total: order.length }));

    const address = shownAddress(target.sheet, target.cell);
    await page.locator(`li[data-rule="${target.rule}"][data-cell="${target.cell}"]`).getByRole('button', { name: UI_TEXT.en.applyFixAt({ address }) }).click();
    await page.locator('li[data-fix-notice="fixed"]').waitFor();
    const after = await listedOrder(page);
    expect(after).toHaveLength(order.length - 1);
    await page.getByText(UI_TEXT.en.walkResume({ next: at + 1, total: after.length })).waitFor();
    // The notice in sight beside where the finding was, the focus on its Undo, the fixed cell selected.
    expect(await inViewOfPane(page, 'li[data-fix-notice="fixed"]')).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(UI_TEXT.en.undoFixAt({ address }));
    await page.locator(`table[data-sheet="${target.sheet}"] td[data-address="${target.cell}"][data-selected="true"]`).waitFor();
    await expectAccessible(page, 'en: walk after a fix');

    await walkNext(page, 'en', [order[at + 1]]);
    expect(await walkPosition(page, 'en')).toBe(UI_TEXT.en.findingPosition({ done: at + 1, total: after.length }));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('walks on after a waiver: Next goes to the finding after the waived one, with the focus on Next', async () => {
    const { page, errors } = await openDemo();
    await validate(page);
    const order = await listedOrder(page);
    const at = 5;
    await walkNext(page, 'en', order.slice(0, at + 1));
    expect(await walkPosition(page, 'en')).toBe(UI_TEXT.en.findingPosition({ done: at + 1, total: order.length }));

    const target = order[at];
    const address = shownAddress(target.sheet, target.cell);
    await page.locator('li[aria-current], li:has([aria-current="true"])').getByRole('button', { name: UI_TEXT.en.waiveFinding({ address }) }).click();
    const dialog = page.getByRole('dialog', { name: UI_TEXT.en.waiveTitle });
    await dialog.waitFor();
    await expectAccessible(page, 'en: waive dialog open');
    await dialog.getByRole('textbox', { name: UI_TEXT.en.waiveReason }).click();
    await page.keyboard.type('Agreed with the budget office');
    await dialog.getByRole('button', { name: UI_TEXT.en.waive, exact: true }).click();
    // Gone from the DOM, not only from the accessibility tree: a surface fading out fails a contrast check.
    await page.locator('.fui-DialogSurface').waitFor({ state: 'detached' });
    await page.getByText(UI_TEXT.en.walkResume({ next: at + 1, total: order.length - 1 })).waitFor();
    await page.waitForFunction((name) => document.activeElement?.textContent?.includes(name) === true, UI_TEXT.en.nextFinding);
    await expectAccessible(page, 'en: walk after a waiver');

    await walkNext(page, 'en', [order[at + 1]]);
    expect(await walkPosition(page, 'en')).toBe(UI_TEXT.en.findingPosition({ done: at + 1, total: order.length - 1 }));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('confirms a fix in Thai beside the finding, the amount written as the cell shows it', async () => {
    const { page, errors } = await openDemo('th');
    await validate(page, 'th');
    const thai = expected.find((issue) => issue.rule === 'thai-digits')!;
    const address = shownAddress(thai.sheet, thai.cell);
    await page.locator(`li[data-rule="thai-digits"][data-cell="${thai.cell}"]`).getByRole('button', { name: UI_TEXT.th.applyFixAt({ address }) }).click();
    const notice = page.locator('li[data-fix-notice="fixed"]');
    await notice.waitFor();
    await page.waitForFunction((name) => document.activeElement?.getAttribute('aria-label') === name, UI_TEXT.th.undoFixAt({ address }));
    expect(await inViewOfPane(page, 'li[data-fix-notice="fixed"]')).toBe(true);
    expect(await notice.textContent()).toContain(UI_TEXT.th.fixed({ address, before: `“${String(thai.value)}”`, after: '504,000.00' }));
    await page.locator(`table[data-sheet="${thai.sheet}"] td[data-address="${thai.cell}"][data-selected="true"]`).waitFor();
    await page.screenshot({ path: path.join(RESULTS, 'demo-fixed-thai.png') });
    await expectAccessible(page, 'th: a fix applied');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('heads each project’s group with its code and name', async () => {
    const { page } = await openDemo();
    await validate(page);
    await page.getByRole('radio', { name: UI_TEXT.en.groupByProject, exact: true }).click();
    const findings = page.getByRole('region', { name: UI_TEXT.en.findingsHeading });
    const label = expected.find((issue) => issue.rule === 'label-mismatch')!;
    expect(label.project).toBe('03000000-2441');
    const name = 'โครงการปรับปรุงผิวจราจรแอสฟัลต์ติกคอนกรีต ถนนเพชรเกษม ช่วงแยกท่าพระถึงคลองภาษีเจริญ';
    await findings.getByRole('heading', { level: 3, name: new RegExp(`^${UI_TEXT.en.projectGroup({ code: '03000000-2441', name })}`) }).waitFor();
    await page.screenshot({ path: path.join(RESULTS, 'demo-grouped-by-project.png') });
    await page.close();
  });

  it.each(['en', 'th'] as const)('writes the Issues sheet’s time stamp as a date-time cell in local time (%s)', async (lang) => {
    const { page } = await openDemo(lang);
    const before = Date.now();
    await validate(page, lang);
    const stamp = await page.evaluate(() => {
      const sheet = window.reportCheckerDemo!.model()!.sheets.find((candidate) => candidate.name === 'Issues')!;
      return { label: sheet.cells.J1?.value, value: sheet.cells.K1?.value, numberFormat: sheet.cells.K1?.numberFormat };
    });
    expect(typeof stamp.value).toBe('number');
    expect(stamp.numberFormat).toBe(lang === 'th' ? '[$-41E]d mmmm bbbb hh:mm' : '[$-409]d mmm yyyy hh:mm');
    expect(stamp.label).toBe(lang === 'th' ? 'ตรวจสอบด้วย Project Report Checker' : 'Checked by Project Report Checker');
    // The serial of the local clock's reading (the browser's and this process's time zone are the same machine's).
    const local = new Date(before);
    const localSerial = (Date.UTC(local.getFullYear(), local.getMonth(), local.getDate(), local.getHours(), local.getMinutes()) - Date.UTC(1899, 11, 30)) / 86_400_000;
    expect(Math.abs((stamp.value as number) - localSerial)).toBeLessThan(5 / 1440);
    await showSheet(page, 'Issues');
    const shown = await page.locator('table[data-sheet="Issues"] td[data-address="K1"]').textContent();
    const month = new Intl.DateTimeFormat(lang === 'th' ? 'th-TH' : 'en-US', { month: lang === 'th' ? 'long' : 'short' }).format(local);
    const year = lang === 'th' ? local.getFullYear() + 543 : local.getFullYear();
    expect(shown).toMatch(new RegExp(`^${local.getDate()} ${month} ${year} \\d\\d:\\d\\d$`));
    await expectAccessible(page, `${lang}: Issues sheet shown`);
    await page.close();
  });

  it('Clear marks keeps the applied fixes unless asked, then undoes them too', async () => {
    const { page, errors } = await openDemo();
    const sheets = await tabNames(page);
    const before = await modelSnapshot(page);
    await validate(page);
    const thai = expected.find((issue) => issue.rule === 'thai-digits')!;
    const address = shownAddress(thai.sheet, thai.cell);
    await page.locator(`li[data-rule="thai-digits"][data-cell="${thai.cell}"]`).getByRole('button', { name: UI_TEXT.en.applyFixAt({ address }) }).click();
    await page.locator('li[data-fix-notice="fixed"]').waitFor();
    const cellOf = (snapshot: Record<string, unknown>) => (snapshot[thai.sheet] as Record<string, { value: unknown }>)[thai.cell];

    await page.getByRole('button', { name: UI_TEXT.en.clearMarks, exact: true }).click();
    const dialog = page.getByRole('dialog', { name: UI_TEXT.en.clearTitle });
    await dialog.getByText(UI_TEXT.en.clearIntro).waitFor();
    await expectAccessible(page, 'en: Clear marks dialog open');
    await dialog.getByRole('button', { name: UI_TEXT.en.cancel }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.waitForFunction((name) => document.activeElement?.textContent === name, UI_TEXT.en.clearMarks);
    expect(await page.getByText(UI_TEXT.en.clearedTitle).count()).toBe(0);

    await clearMarks(page);
    await page.getByText(UI_TEXT.en.clearedFixesStay({ count: 1 }), { exact: false }).waitFor();
    expect(cellOf(await modelSnapshot(page)).value).toBe(thai.fix!.replacement);

    await validate(page);
    await clearMarks(page, 'en', true);
    await page.getByText(UI_TEXT.en.clearedFixesUndone({ count: 1 }), { exact: false }).waitFor();
    const after = await modelSnapshot(page);
    for (const sheet of sheets) expect({ sheet, cells: after[sheet] }).toEqual({ sheet, cells: before[sheet] });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('moves the selection in the grid with the arrow keys, from a cell clicked with the mouse', async () => {
    const { page } = await openDemo();
    const sheet = 'โครงการ';
    await showSheet(page, sheet);
    await page.locator(`table[data-sheet="${sheet}"] td[data-address="B5"]`).click();
    const selected = async (address: string) => {
      await page.locator(`table[data-sheet="${sheet}"] td[data-address="${address}"][data-selected="true"]`).waitFor();
      await expect(page.evaluate(() => window.reportCheckerDemo!.model()!.selection.address)).resolves.toBe(address);
    };
    await selected('B5');
    for (const [key, address] of [['ArrowDown', 'B6'], ['ArrowRight', 'C6'], ['ArrowUp', 'C5'], ['ArrowLeft', 'B5'], ['ArrowLeft', 'A5'], ['ArrowLeft', 'A5']] as const) {
      await page.keyboard.press(key);
      await selected(address);
    }
    expect(await page.locator('td[data-selected="true"]').count()).toBe(1);
    await page.close();
  });
});

/** What the mouse would hit at a point: the element on top, and whether the grid is under it. */
interface PointLook {
  /** The topmost element: tag, role, and whether it lies in the workbook grid. */
  top: { tag: string; role: string | null; inGrid: boolean };
  /** Every element stacked above the grid's cell there, with its background and opacity. */
  above: { tag: string; className: string; background: string; opacity: string }[];
  /** Whether the grid's cell is in the stack at all. */
  gridUnder: boolean;
}

async function lookAt(page: Page, x: number, y: number): Promise<PointLook> {
  return page.evaluate(([px, py]) => {
    const stack = document.elementsFromPoint(px, py);
    const inGrid = (element: Element) => element.closest('table[data-sheet]') !== null;
    const gridAt = stack.findIndex(inGrid);
    const describe = (element: Element) => {
      const style = getComputedStyle(element);
      return { tag: element.tagName, className: String(element.className).slice(0, 80), background: style.backgroundColor, opacity: style.opacity };
    };
    return {
      top: { tag: stack[0].tagName, role: stack[0].getAttribute('role'), inGrid: inGrid(stack[0]) },
      above: (gridAt < 0 ? stack : stack.slice(0, gridAt)).map(describe),
      gridUnder: gridAt >= 0,
    };
  }, [x, y] as const);
}

/** `rgb(…)` / `rgba(…)` → its alpha (transparent: 0). */
function alphaOf(color: string): number {
  const parts = /rgba?\(([^)]*)\)/.exec(color)?.[1].split(',').map((part) => Number.parseFloat(part)) ?? [];
  if (color === 'transparent') return 0;
  return parts.length === 4 ? parts[3] : 1;
}

/** The centre of a cell of the grid on screen. */
async function gridPoint(page: Page, sheet: string, address: string): Promise<{ x: number; y: number }> {
  const box = await page.locator(`table[data-sheet="${sheet}"] td[data-address="${address}"]`).boundingBox();
  if (!box) throw new Error(`cell ${sheet}!${address} not drawn`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The sample workbook with one header cell rewritten, as an agency's own form words it. */
async function sampleWithHeader(sheet: string, cell: string, text: string): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(await buildSampleWorkbook()) as unknown as ArrayBuffer);
  workbook.getWorksheet(sheet)!.getCell(cell).value = text;
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe('the pane’s popups with a mouse', () => {
  it('maps a column from a finding with the mouse: the list opens over the page, the grid stays visible, the pick re-validates', async () => {
    const { page, errors } = await openDemo();
    // The sample as an agency might send it: the reports' cumulative disbursement under a header of its own.
    const reports = 'รายงานความก้าวหน้า';
    const header = 'ยอดเงิน (บาท)';
    const bytes = await sampleWithHeader(reports, 'F2', header);
    const grids = await readWorkbook(bytes, 'agency.xlsx');
    const before = validateWorkbook(grids);
    // The money checks cannot run: that is said, with column F as the likely home of the figure.
    const notRun = before.issues.find((issue) => issue.rule === 'rules-not-run' && issue.sheet === reports);
    expect(notRun).toBeDefined();
    const candidates = before.tables.find((table) => table.sheet === reports)!.headers.find((h) => h.column === 'F')!.candidates ?? [];
    expect(candidates[0]).toBe('disbursedToDate');

    await page.setInputFiles('input[data-testid="open-file"]', { name: 'agency.xlsx', mimeType: XLSX_MIME, buffer: Buffer.from(bytes) });
    await page.getByText(DEMO_TEXT.en.workbook({ name: 'agency.xlsx' })).waitFor();
    await validate(page);
    expect(await listedFindings(page)).toEqual(before.issues.map(key).sort());

    // Where the counts are, a line says which checks did not run, with "Map column…".
    const results = page.getByRole('region', { name: UI_TEXT.en.resultsHeading });
    await results.getByText(UI_TEXT.en.checksNotRunTitle).waitFor();
    await results.getByText(notRun!.message.en).waitFor();
    await page.screenshot({ path: path.join(RESULTS, 'demo-checks-not-run.png') });
    await results.getByRole('button', { name: UI_TEXT.en.mapColumnAt({ address: shownAddress(reports, notRun!.cell) }) }).click();

    // The reports table's mapping opens with column F — the likeliest home of the disbursement — focused.
    const table = page.getByRole('region', { name: `${reports} — ${UI_TEXT.en.role.reports}` });
    const column = table.getByRole('combobox', { name: UI_TEXT.en.columnHeading({ column: 'F', text: header }) });
    await column.waitFor();
    await page.waitForFunction(() => document.activeElement?.getAttribute('role') === 'combobox');
    expect(await column.evaluate((element) => element === document.activeElement)).toBe(true);

    // Open its dropdown with a real mouse click at its centre.
    await column.scrollIntoViewIfNeeded();
    const columnBox = (await column.boundingBox())!;
    // A settle before the click: on a busy browser (late in the run) a click right after the focus
    // request sometimes left the list closed and the focus on the page; cause not yet found.
    await page.waitForTimeout(300);
    await page.mouse.click(columnBox.x + columnBox.width / 2, columnBox.y + columnBox.height / 2);
    const listbox = page.getByRole('listbox');
    await listbox.waitFor({ state: 'visible' });
    // The header's candidates that a reports table can hold come first, likeliest first.
    const likely = candidates.filter((field) => (REPORT_FIELDS as readonly Field[]).includes(field));
    const shown = await listbox.getByRole('option').allTextContents();
    expect(shown.slice(0, likely.length)).toEqual(likely.map((field) => FIELD_LABEL[field].en));
    expect(await listbox.getByRole('group', { name: UI_TEXT.en.likelyFields }).getByRole('option').allTextContents())
      .toEqual(likely.map((field) => FIELD_LABEL[field].en));
    const toDate = listbox.getByRole('option', { name: FIELD_LABEL.disbursedToDate.en, exact: true });
    await toDate.waitFor({ state: 'visible' });

    // The option is what the mouse hits at its centre: nothing lies over the list…
    const optionBox = (await toDate.boundingBox())!;
    const optionCentre = { x: optionBox.x + optionBox.width / 2, y: optionBox.y + optionBox.height / 2 };
    const onOption = await toDate.evaluate((option, [x, y]) => {
      const hit = document.elementFromPoint(x, y);
      return hit !== null && (hit === option || option.contains(hit));
    }, [optionCentre.x, optionCentre.y] as const);
    expect(onOption).toBe(true);
    // …and beside the list the mouse hits the grid: no layer over the page.
    const gridSheet = (await page.locator('table[data-sheet]').getAttribute('data-sheet'))!;
    const cell = await gridPoint(page, gridSheet, 'A5');
    const look = await lookAt(page, cell.x, cell.y);
    expect(look.top.inGrid).toBe(true);
    expect(look.above).toEqual([]);
    await page.screenshot({ path: path.join(RESULTS, 'demo-mapping-list.png') });

    // Pick the field with the mouse: the workbook is validated again, and the money checks run.
    await page.mouse.click(optionCentre.x, optionCentre.y);
    await listbox.waitFor({ state: 'detached' });
    await column.filter({ hasText: new RegExp(`^${FIELD_LABEL.disbursedToDate.en}$`) }).waitFor();
    await page.getByRole('button', { name: UI_TEXT.en.validate }).and(page.locator(':not([aria-disabled="true"])')).waitFor();
    const after = validateWorkbook(grids, undefined, { [reports]: { columns: { F: 'disbursedToDate' } } }).issues;
    expect(after.some((issue) => issue.rule === 'rules-not-run' && issue.sheet === reports)).toBe(false);
    expect(after.map(key).sort()).not.toEqual(before.issues.map(key).sort());
    expect(await listedFindings(page)).toEqual(after.map(key).sort());
    expect(await results.getByText(UI_TEXT.en.checksNotRunTitle).count()).toBe(0);
    await page.screenshot({ path: path.join(RESULTS, 'demo-mapping-picked.png') });

    // The mapping made by hand is saved as a config file the CLI reads.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: UI_TEXT.en.saveMappings }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('report-checker-config.json');
    const saved = path.join(RESULTS, download.suggestedFilename());
    await download.saveAs(saved);
    const config = JSON.parse(readFileSync(saved, 'utf8'));
    expect(config).toEqual({ headers: { [header]: 'disbursedToDate' } });
    // Read with that vocabulary, the workbook gives what the hand mapping gave.
    expect(validateWorkbook(grids, RuleConfig.parse(config)).issues.map(key).sort()).toEqual(after.map(key).sort());
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps the grid visible behind the waive dialog: the backdrop dims, it does not paint the page white', async () => {
    const { page, errors } = await openDemo();
    await validate(page);
    const sheet = 'โครงการ';
    await showSheet(page, sheet);
    const first = page.locator('li[data-rule]').first();
    const address = shownAddress((await first.getAttribute('data-sheet'))!, (await first.getAttribute('data-cell'))!);
    await first.getByRole('button', { name: UI_TEXT.en.waiveFinding({ address }) }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor({ state: 'visible' });

    const cell = await gridPoint(page, sheet, 'A5');
    const look = await lookAt(page, cell.x, cell.y);
    // Under the mouse: the dialog's backdrop at most, and the grid's cell below it.
    expect(look.gridUnder).toBe(true);
    for (const layer of look.above) {
      expect({ layer, seeThrough: alphaOf(layer.background) < 1 || Number(layer.opacity) < 1 }).toEqual({ layer, seeThrough: true });
    }
    await page.screenshot({ path: path.join(RESULTS, 'demo-waive-dialog.png') });
    await dialog.getByRole('button', { name: UI_TEXT.en.cancel }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the Office pages opened outside Office', () => {
  it('the task pane page points to the demo, in Thai and English, without Office.js', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    // Office.js comes from Microsoft's CDN, unreachable here: the page must still say something useful.
    await page.route('**/*', (route) => (route.request().url().startsWith(server.url) ? route.continue() : route.abort()));
    await page.goto(`${server.url}taskpane.html`);
    await page.getByRole('link', { name: 'หน้าสาธิต' }).waitFor();
    await expect(page.getByRole('link', { name: 'demo' }).getAttribute('href')).resolves.toBe('demo.html');
    await page.goto(`${server.url}commands.html`);
    expect(errors).toEqual([]);
    await page.close();
  });
});

/** A workbook of a short sheet, then `Long`: `rows` rows of a code, a name and an amount under a header. */
async function longWorkbook(rows: number): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Start').addRow(['The long sheet is the next tab']);
  const sheet = workbook.addWorksheet('Long');
  sheet.addRow(['รหัส', 'ชื่อ', 'จำนวนเงิน']);
  for (let row = 2; row <= rows; row++) sheet.addRow([`R-${row}`, `แถวที่ ${row}`, row * 10]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Two animation frames: what a scroll asked for has been drawn. */
function framesDrawn(page: Page): Promise<void> {
  return page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
}

describe('a long sheet in the grid', () => {
  it('opens 60,000 rows, draws only those in view, and selects, clicks and steps far down', async () => {
    const rows = 60_000;
    const bytes = await longWorkbook(rows);
    const { page, errors } = await openDemo();
    await watchLongTasks(page);
    const opened = Date.now();
    await page.setInputFiles('input[data-testid="open-file"]', { name: 'long.xlsx', mimeType: XLSX_MIME, buffer: bytes });
    await page.locator('table[data-sheet="Start"]').waitFor({ timeout: 120_000 });
    const openMs = Date.now() - opened;
    const openTasks = await takeLongTasks(page);
    // The long sheet drawn from its tab, clicked with the mouse: the grid's own work, apart from reading the file.
    const shown = Date.now();
    await page.getByRole('tab', { name: 'Long', exact: true }).click();
    const grid = page.locator('table[data-sheet="Long"]');
    await page.locator('table[data-sheet="Long"] td[data-address="A1"]').waitFor();
    await framesDrawn(page);
    const showMs = Date.now() - shown;
    const showTasks = await takeLongTasks(page);

    // Every row counted for the scroll height and for screen readers; a few dozen in the page.
    await expect(grid.getAttribute('aria-rowcount')).resolves.toBe(String(rows + 1));
    const drawn = await grid.locator('tbody tr[aria-rowindex]').count();
    expect(drawn).toBeGreaterThan(10);
    expect(drawn).toBeLessThan(300);
    expect(await page.getByRole('note').count()).toBe(0);

    // Selected through the simulated host, as the pane selects a finding's cell: scrolled to and outlined.
    await page.evaluate(() => window.reportCheckerDemo!.session.selectCell('Long', 'C60000'));
    const last = page.locator('table[data-sheet="Long"] td[data-address="C60000"][data-selected="true"]');
    await last.waitFor();
    await expect(last.textContent()).resolves.toBe('600000');
    await expect(page.locator('table[data-sheet="Long"] tr[aria-rowindex="60001"] th').textContent()).resolves.toBe('60000');
    const hit = await last.evaluate((cell) => {
      const box = cell.getBoundingClientRect();
      return document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)?.closest('td')?.getAttribute('data-address');
    });
    expect(hit).toBe('C60000');
    expect(await grid.locator('tbody tr[aria-rowindex]').count()).toBeLessThan(300);
    await page.screenshot({ path: path.join(RESULTS, 'grid-long-sheet.png') });
    const selectTasks = await takeLongTasks(page);

    // The mouse picks a cell a few rows up; the arrow keys walk on from it.
    const target = page.locator('table[data-sheet="Long"] td[data-address="B59990"]');
    await target.click();
    await page.locator('table[data-sheet="Long"] td[data-address="B59990"][data-selected="true"]').waitFor();
    await page.keyboard.press('ArrowDown');
    await page.locator('table[data-sheet="Long"] td[data-address="B59991"][data-selected="true"]').waitFor();
    await expect(page.evaluate(() => window.reportCheckerDemo!.model()!.selection.address)).resolves.toBe('B59991');

    // Scrolled through from the top with the wheel and by jumps: the rows in view are always drawn.
    await takeLongTasks(page);
    const region = page.getByRole('region', { name: DEMO_TEXT.en.sheetGrid({ sheet: 'Long' }) });
    await region.evaluate((element) => { element.scrollTop = 0; });
    await framesDrawn(page);
    const box = (await region.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    for (let step = 0; step < 20; step++) {
      await page.mouse.wheel(0, 2000);
      await framesDrawn(page);
    }
    for (let step = 1; step <= 20; step++) {
      await region.evaluate((element, fraction) => { element.scrollTop = fraction * (element.scrollHeight - element.clientHeight); }, step / 20);
      await framesDrawn(page);
      const under = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest('td[data-address]')?.getAttribute('data-address'), { x: box.x + 100, y: box.y + box.height / 2 });
      expect(under).toMatch(/^[A-C]\d+$/);
    }
    const scrollTasks = await takeLongTasks(page);
    const longest = (tasks: number[]) => Math.round(Math.max(0, ...tasks));
    const figures = {
      rows,
      rowsInPage: drawn,
      openMs,
      openLongestTaskMs: longest(openTasks),
      showSheetMs: showMs,
      showSheetLongestTaskMs: longest(showTasks),
      selectLongestTaskMs: longest(selectTasks),
      scrollLongTasks: scrollTasks.length,
      scrollLongestTaskMs: longest(scrollTasks),
    };
    // Measured, not asserted: the machine's load decides the figures.
    console.log(`long sheet in the grid: ${JSON.stringify(figures)}`);
    await expectAccessible(page, 'a 60,000-row sheet');
    expect(errors).toEqual([]);
    await page.close();
  });
});
