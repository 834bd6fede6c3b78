/**
 * The demo page as the browser tests open it: a local static server over dist/, headless
 * Chromium with no network beyond that server, and the steps every test shares (open,
 * validate, clear marks, the accessibility scan). Screenshots go to RESULTS.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { UI_TEXT } from '../../src/taskpane/i18n';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- scripts/serve-demo.js is plain CommonJS without type declarations; the cast types its export
const { startStaticServer } = require('../../scripts/serve-demo.js') as {
  startStaticServer(options: { port: number }): Promise<{ url: string; close(): Promise<void> }>;
};

export const RESULTS = path.resolve(__dirname, '..', '..', 'test-results');
const AXE = require.resolve('axe-core/axe.min.js');
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

export interface DemoServer { url: string; close(): Promise<void> }

/** The local server and the browser; `close` stops both. */
export async function startDemo(): Promise<{ server: DemoServer; browser: Browser; close(): Promise<void> }> {
  mkdirSync(RESULTS, { recursive: true });
  const [server, browser] = await Promise.all([
    startStaticServer({ port: 0 }),
    chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS }),
  ]);
  return { server, browser, close: async () => { await browser.close(); await server.close(); } };
}

export interface OpenedDemo {
  page: Page;
  /** Requests to anywhere but the local server (refused). */
  outside: string[];
  errors: string[];
}

/** A new page for the local server, every request elsewhere refused and the page's errors gathered; not yet navigated. */
export async function newDemoPage(browser: Browser, server: DemoServer): Promise<OpenedDemo> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'en-US' });
  const outside: string[] = [];
  const errors: string[] = [];
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(server.url)) return route.continue();
    outside.push(url);
    return route.abort();
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return { page, outside, errors };
}

/**
 * Waits until the page has a workbook open: its grid drawn and the pane ready to validate. The file
 * code arrives as a chunk after the page has painted, so a workbook opens a moment after the page.
 */
export async function workbookOpened(page: Page, lang: 'en' | 'th' = 'en'): Promise<void> {
  await page.locator('table[data-sheet]').waitFor();
  await page.getByRole('button', { name: UI_TEXT[lang].validate }).waitFor();
}

/** The demo page with the sample open in it. */
export async function openDemo(browser: Browser, server: DemoServer, lang: 'en' | 'th' = 'en'): Promise<OpenedDemo> {
  const opened = await newDemoPage(browser, server);
  await opened.page.goto(`${server.url}demo.html?lang=${lang}`);
  await workbookOpened(opened.page, lang);
  return opened;
}

export async function validate(page: Page, lang: 'en' | 'th' = 'en'): Promise<void> {
  await page.getByRole('button', { name: UI_TEXT[lang].validate }).click();
  await page.getByText(UI_TEXT[lang].validatedTitle).waitFor();
  await page.locator('li[data-rule]').first().waitFor();
}

export /** Presses Clear marks and confirms in its dialog, ticking "Also undo the applied fixes" when asked. */
async function clearMarks(page: Page, lang: 'en' | 'th' = 'en', undoFixes = false): Promise<void> {
  await page.getByRole('button', { name: UI_TEXT[lang].clearMarks, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: UI_TEXT[lang].clearTitle });
  await dialog.waitFor();
  if (undoFixes) await dialog.getByRole('checkbox', { name: UI_TEXT[lang].clearUndoFixes }).click();
  await dialog.getByRole('button', { name: UI_TEXT[lang].clearMarks, exact: true }).click();
  await page.locator('.fui-DialogSurface').waitFor({ state: 'detached' });
  await page.getByText(UI_TEXT[lang].clearedTitle).waitFor();
  // Fluent's focus trap lifts the aria-hidden it put on the page a moment after the dialog goes: the
  // pane's own button is found by role again once it has, with the focus back on it.
  const button = page.getByRole('button', { name: UI_TEXT[lang].clearMarks, exact: true });
  await button.waitFor();
  await page.waitForFunction((name) => document.activeElement?.textContent === name, UI_TEXT[lang].clearMarks);
}

export interface AxeViolation { id: string; impact: string | null; help: string; nodes: string[] }

/**
 * axe-core's serious and critical violations on the page as it stands. One exclusion, for one
 * rule on one kind of element: Fluent's focus trap (tabster) puts aria-hidden, focusable dummy
 * <i data-tabster-dummy> elements around a dialog and a list so that Tab wraps; they pass the
 * focus on at once and are never read out, yet axe reports them as aria-hidden-focus — a
 * known false positive (microsoft/tabster#288). Only those nodes of only that rule are left
 * out; any other aria-hidden-focus node, and every other rule, still fails the test.
 */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  // Injected through the DevTools protocol: the page's own policy (rightly) refuses inline scripts.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(readFileSync(AXE, 'utf8'));
  await motionsSettled(page);
  return page.evaluate(async () => {
    interface AxeNode { target: unknown; element?: Element }
    interface AxeResult { violations: Array<{ id: string; impact: string | null; help: string; nodes: AxeNode[] }> }
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResult> } }).axe;
    const result = await axe.run(document, { elementRef: true, resultTypes: ['violations'] });
    const tabsterDummy = (violation: { id: string }, node: AxeNode) =>
      violation.id === 'aria-hidden-focus' && node.element?.hasAttribute('data-tabster-dummy') === true;
    return result.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => ({
        id: violation.id,
        impact: violation.impact,
        help: violation.help,
        nodes: violation.nodes.filter((node) => !tabsterDummy(violation, node)).map((node) => JSON.stringify(node.target)),
      }))
      .filter((violation) => violation.nodes.length > 0);
  });
}

/**
 * Waits until every finite animation on the page has run out. A dialog or a list fades in: scanned
 * half-way, its text is half-transparent and axe measures a contrast no user is left looking at.
 * Endless ones (a spinner) are not waited for.
 */
export async function motionsSettled(page: Page): Promise<void> {
  await page.evaluate(() => Promise.all(document.getAnimations()
    .filter((animation) => animation.effect?.getComputedTiming().endTime !== Infinity)
    .map((animation) => animation.finished.catch(() => undefined))));
}

/** No serious or critical accessibility violation in the state the page is in (`state` names it in a failure). */
export async function expectAccessible(page: Page, state: string): Promise<void> {
  expect({ state, violations: await seriousViolations(page) }).toEqual({ state, violations: [] });
}

