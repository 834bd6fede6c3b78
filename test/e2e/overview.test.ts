/**
 * The reviewer's overview on the demo page (issue 13): opened after a validation, its charts load
 * on demand from the local server under the page's policy; clicking the point of a project with
 * progress but no disbursement selects the project's row in the grid and lists only its findings;
 * the keyboard does the same; axe finds nothing serious, in English and Thai. Screenshots of the
 * overview go to test-results/ and docs/.
 */
import { copyFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import type { Issue } from '../../src/core/model';
import { isPlotted, overviewPoints, type OverviewPoint } from '../../src/core/output/overview-points';
import { validateWorkbook } from '../../src/core/validate';
import { OVERVIEW_TEXT } from '../../src/taskpane/components/Overview/overview-text';
import { UI_TEXT } from '../../src/taskpane/i18n';
import { readWorkbook } from '../../src/xlsx/read';
import { buildSampleWorkbook } from '../../src/xlsx/sample';
import { RESULTS, expectAccessible, openDemo, startDemo, validate, type DemoServer } from './demo-page';

const DOCS = path.resolve(__dirname, '..', '..', 'docs');
/** The rules that flag progress while nothing was disbursed of a budget (DESIGN §5). */
const WITHOUT_DISBURSEMENT = new Set(['progress-without-disbursement', 'completed-without-disbursement']);

let server: DemoServer;
let browser: Browser;
let issues: Issue[];
let points: OverviewPoint[];

beforeAll(async () => {
  const [started, grids] = await Promise.all([startDemo(), buildSampleWorkbook().then((bytes) => readWorkbook(bytes, 'sample.xlsx'))]);
  ({ server, browser } = started);
  const result = validateWorkbook(grids);
  issues = result.issues;
  points = overviewPoints(result.tables, issues);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The sample's projects reported with progress but nothing disbursed, as the core's rules find them, that the chart plots. */
function withoutDisbursement(): OverviewPoint[] {
  const codes = new Set(issues.filter((issue) => WITHOUT_DISBURSEMENT.has(issue.rule)).map((issue) => issue.project));
  return points.filter((point) => codes.has(point.code) && isPlotted(point));
}

/** A project the chart plots that is not `other`. */
function anotherPlotted(other: string): OverviewPoint {
  const found = points.find((point) => point.code !== other && isPlotted(point) && issues.some((issue) => issue.project === point.code));
  if (!found) throw new Error('the sample has a single plotted project with findings');
  return found;
}

function overviewSection(page: Page, lang: 'en' | 'th'): Locator {
  return page.locator('section', { has: page.getByRole('heading', { name: UI_TEXT[lang].overviewHeading, exact: true }) });
}

/** The marker of a project: the chart labels each one with its code first. */
function marker(page: Page, code: string): Locator {
  return page.locator(`[data-chart="scatter"] [role="option"][aria-label^="${code} · "]`);
}

async function openOverview(page: Page, lang: 'en' | 'th'): Promise<Locator> {
  await page.getByRole('button', { name: UI_TEXT[lang].showOverview }).click();
  const section = overviewSection(page, lang);
  await section.locator('[data-chart="scatter"] svg [role="option"]').first().waitFor();
  return section;
}

/** The findings listed, as `sheet!cell rule`, sorted. */
async function listed(page: Page): Promise<string[]> {
  const items = await page.locator('li[data-rule]').evaluateAll((nodes) => nodes.map((node) => `${node.getAttribute('data-sheet')}!${node.getAttribute('data-cell')} ${node.getAttribute('data-rule')}`));
  return items.sort();
}

function findingsOf(code: string): string[] {
  return issues.filter((issue) => issue.project === code).map((issue) => `${issue.sheet}!${issue.cell} ${issue.rule}`).sort();
}

/** The grid's cells of a sheet row, and which of them are selected. */
async function rowSelection(page: Page, point: OverviewPoint): Promise<{ cells: number; selected: number }> {
  const row = page.locator(`table[data-sheet="${point.sheet}"] tr`, { has: page.locator(`td[data-address="A${point.row}"]`) });
  return {
    cells: await row.locator('td[data-address]').count(),
    selected: await row.locator('td[data-selected="true"]').count(),
  };
}

/** A screenshot of the overview with a margin around it, so nothing at its edges (Thai marks above a line) is cut. */
async function screenshot(page: Page, section: Locator, name: string): Promise<void> {
  await page.setViewportSize({ width: 1440, height: 2600 });
  await section.scrollIntoViewIfNeeded();
  const box = await section.boundingBox();
  if (!box) throw new Error('the overview is not on the page');
  const file = path.join(RESULTS, name);
  await page.screenshot({ path: file, clip: { x: box.x - 8, y: box.y - 8, width: box.width + 16, height: box.height + 16 }, fullPage: true });
  copyFileSync(file, path.join(DOCS, name));
}

describe('the overview on the demo page', () => {
  it('loads its charts only when opened, from the local server, under the page\'s policy', async () => {
    const { page, outside, errors } = await openDemo(browser, server, 'en');
    const scripts: string[] = [];
    page.on('request', (request) => { if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname); });
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { violations: string[] }).violations = seen;
      document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
    });
    await validate(page, 'en');
    // The points are worked out with the validation (a small chunk of their own); the charts wait for the click.
    expect(scripts.filter((script) => /^\/overview\./.test(script))).toEqual([]);
    const before = scripts.length;
    await openOverview(page, 'en');
    const loaded = scripts.slice(before);
    expect(loaded.some((script) => /^\/overview\.[0-9a-f]+\.js$/.test(script))).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it.each(['en', 'th'] as const)('in %s: a click on a project with progress but no disbursement selects its row and lists its findings', async (lang) => {
    const { page, outside, errors } = await openDemo(browser, server, lang);
    const text = OVERVIEW_TEXT[lang];
    await validate(page, lang);
    const section = await openOverview(page, lang);
    await expectAccessible(page, `overview open (${lang})`);

    // The sample's project reported complete with 0 baht disbursed: plotted at the bottom, far below the diagonal.
    const [target] = withoutDisbursement();
    expect(target).toBeDefined();
    expect(target.disbursedPercent).toBe(0);
    expect(target.progress).toBeGreaterThanOrEqual(25);
    const dot = marker(page, target.code);
    await expect(dot.count()).resolves.toBe(1);
    await screenshot(page, section, `overview-${lang}.png`);
    await page.setViewportSize({ width: 1440, height: 900 });

    const all = await listed(page);
    await dot.click();
    await page.getByText(UI_TEXT[lang].projectFilter({ code: target.code, name: target.name })).waitFor();
    await page.waitForFunction((address) => document.querySelector(`td[data-address="${address}"]`)?.getAttribute('data-selected') === 'true', `A${target.row}`);
    const row = await rowSelection(page, target);
    expect(row.selected).toBe(row.cells);
    expect(row.cells).toBeGreaterThan(1);
    expect(await listed(page)).toEqual(findingsOf(target.code));
    expect(findingsOf(target.code).length).toBeGreaterThan(0);
    expect(findingsOf(target.code).length).toBeLessThan(all.length);
    await expectAccessible(page, `overview, one project picked (${lang})`);

    // The keyboard: a marker is a tab stop, and Enter picks it as a click does.
    const other = anotherPlotted(target.code);
    await marker(page, other.code).focus();
    await page.keyboard.press('Enter');
    await page.getByText(UI_TEXT[lang].projectFilter({ code: other.code, name: other.name })).waitFor();
    expect(await listed(page)).toEqual(findingsOf(other.code));
    await page.waitForFunction((address) => document.querySelector(`td[data-address="${address}"]`)?.getAttribute('data-selected') === 'true', `A${other.row}`);

    // Back to every project's findings.
    await page.getByRole('button', { name: UI_TEXT[lang].showAllProjects }).click();
    expect(await listed(page)).toEqual(all);

    // The text alternative, shown: the same points, and the project without a report listed as not plotted, with why.
    await section.getByRole('button', { name: text.showTable }).click();
    const table = section.getByRole('table');
    await expect(table.getByRole('row').count()).resolves.toBe(points.length + 1);
    const notPlotted = points.find((point) => point.reason === 'no-report');
    expect(notPlotted).toBeDefined();
    const notPlottedRow = table.getByRole('row').filter({ hasText: notPlotted!.code });
    await expect(notPlottedRow.getByRole('rowheader').textContent()).resolves.toContain(text.notPlottedNote({ reason: text.notPlotted['no-report'] }));
    await expect(notPlottedRow.getByRole('cell').first().textContent()).resolves.toBe('—');
    await expectAccessible(page, `overview shown as a table (${lang})`);
    // A project chosen from the table is picked as from the chart.
    await table.getByRole('button', { name: text.selectProject({ code: target.code }) }).click();
    await page.getByText(UI_TEXT[lang].projectFilter({ code: target.code, name: target.name })).waitFor();
    expect(await listed(page)).toEqual(findingsOf(target.code));

    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
