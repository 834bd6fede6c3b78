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

/** A long task of the page's main thread: when it began (the page's clock, performance.now()) and how long it took, in ms. */
export interface LongTask { start: number; duration: number }

/** Starts gathering the page's long tasks (Chromium's 'longtask' entries: 50 ms or more on the main thread). */
export async function watchLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const tasks: Array<{ start: number; duration: number }> = [];
    (window as unknown as { longTasks: typeof tasks }).longTasks = tasks;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask' });
  });
}

/** The long tasks gathered since the last call, and starts afresh. */
export async function takeLongTaskEntries(page: Page): Promise<LongTask[]> {
  return page.evaluate(() => {
    const tasks = (window as unknown as { longTasks: Array<{ start: number; duration: number }> }).longTasks;
    return tasks.splice(0, tasks.length);
  });
}

/** How long each long task gathered since the last call took, and starts afresh. */
export async function takeLongTasks(page: Page): Promise<number[]> {
  return (await takeLongTaskEntries(page)).map((task) => task.duration);
}

/** What the pane's progress bar showed in the frames painted since `watchProgressPaints`. */
export interface ProgressPaints {
  /** Frames painted with the bar on screen. */
  painted: number;
  /** The highest value (0–1) painted. */
  max: number;
  /** When (performance.now()) the last frame with the bar was painted. */
  lastPaintedAt: number;
  /** Each change of what the bar showed, in order: its field's label (the stage) and value (null: indeterminate). */
  shown: Array<{ label: string; value: number | null }>;
}

/**
 * Records, from now on, the frames painted while the pane shows a progress bar: requestAnimationFrame
 * callbacks run just before the browser paints, so one seen with the bar present is a frame that drew it.
 */
export async function watchProgressPaints(page: Page): Promise<void> {
  await page.evaluate(() => {
    const state = { painted: 0, max: 0, lastPaintedAt: 0, shown: [] as Array<{ label: string; value: number | null }> };
    (window as unknown as { progressPaints: typeof state }).progressPaints = state;
    const frame = () => {
      const bar = document.querySelector('[data-testid="taskpane"] [role="progressbar"]');
      if (bar) {
        state.painted++;
        state.lastPaintedAt = performance.now();
        const now = bar.getAttribute('aria-valuenow');
        const value = now === null ? null : Number(now);
        state.max = Math.max(state.max, value ?? 0);
        const label = bar.closest('.fui-Field')?.querySelector('label')?.textContent ?? '';
        const last = state.shown[state.shown.length - 1];
        if (!last || last.label !== label || last.value !== value) state.shown.push({ label, value });
      }
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
}

/** What the progress bar showed since `watchProgressPaints`. */
export async function progressPaints(page: Page): Promise<ProgressPaints> {
  return page.evaluate(() => (window as unknown as { progressPaints: ProgressPaints }).progressPaints);
}

/**
 * Opens the workbook file at `file` with the demo's Open button (its file input) and waits until it is
 * shown: the page holds it open, the grid of its first sheet, `firstSheet`, drawn, and the pane mounted
 * afresh, ready to validate.
 */
export async function openWorkbookFile(page: Page, file: string, firstSheet: string, lang: 'en' | 'th' = 'en'): Promise<void> {
  await page.setInputFiles('input[data-testid="open-file"]', file);
  await page.waitForFunction((name) => {
    const state = window.reportCheckerDemo?.session.getState();
    return state?.workbook?.fileName === name && state.opening === undefined;
  }, path.basename(file), { timeout: 120_000 });
  await page.locator(`table[data-sheet="${firstSheet}"]`).waitFor();
  await page.getByRole('button', { name: UI_TEXT[lang].validate }).waitFor();
}

/**
 * Waits until the pane shows the message titled `title` ("Validation finished"). A cheap check each
 * frame, where a text search of the whole page (getByText) costs the page's thread a long task of
 * its own once thousands of findings are listed.
 */
export async function paneMessageShown(page: Page, title: string, timeout = 300_000): Promise<void> {
  await page.waitForFunction(
    (wanted) => Array.from(document.querySelectorAll('[data-testid="taskpane"] .fui-MessageBarTitle')).some((element) => element.textContent === wanted),
    title,
    { timeout },
  );
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

