/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["umd", "browser"]}
 */
// The charts package's d3 modules are ES modules with a UMD build beside them: the `umd` export
// condition gives jest the build it can load, with no transform of node_modules.
import './setup';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import axe from 'axe-core';
import type { OverviewPoint } from '../../src/core/output/overview-points';
import { OVERVIEW_TEXT } from '../../src/taskpane/components/Overview/overview-text';
import type { Language, ValidationSummary } from '../../src/excel/types';
import { UI_TEXT } from '../../src/taskpane/i18n';
import { FakeChecker, SAMPLE_ISSUES, SAMPLE_PROJECT_NAMES } from './fake-checker';
import { CLEAR_MARKS, renderPane, settled, validateWorkbook } from './render-pane';

HTMLCanvasElement.prototype.getContext = (() => null) as typeof HTMLCanvasElement.prototype.getContext;
// jsdom lays nothing out: the charts measure their axis labels, which then take no room.
const svgText = SVGElement.prototype as SVGElement & { getComputedTextLength?: () => number; getBBox?: () => DOMRect };
svgText.getComputedTextLength ??= () => 0;
svgText.getBBox ??= () => ({ x: 0, y: 0, width: 0, height: 0 }) as DOMRect;
// Nor does it size a box: the chart, which fits its container, is given a pane's width.
const measure = Element.prototype.getBoundingClientRect;
Element.prototype.getBoundingClientRect = function paneSized(this: Element): DOMRect {
  const box = measure.call(this);
  if (box.width > 0) return box;
  const sized = { x: 0, y: 0, top: 0, left: 0, width: 360, height: 0, right: 360, bottom: 0 };
  return { ...sized, toJSON: () => sized } as DOMRect;
};
jest.setTimeout(120_000);

/** The fake's projects as the checker's overview gives them: two plotted (each with findings), one without a report. */
const POINTS: OverviewPoint[] = [
  {
    code: '03000000-2457', name: SAMPLE_PROJECT_NAMES['03000000-2457'], sheet: 'Projects', row: 2, range: 'A2:C2',
    budget: 1_918_000, progress: 100, progressReport: 3, disbursed: 0, disbursedReport: 3, disbursedPercent: 0, worst: 'error',
  },
  {
    code: '03000000-2458', name: SAMPLE_PROJECT_NAMES['03000000-2458'], sheet: 'Projects', row: 3, range: 'A3:C3',
    budget: 500_000, progress: 40, progressReport: 1, disbursed: 0, disbursedReport: 1, disbursedPercent: 0, worst: 'error',
  },
  { code: '03000000-2459', name: 'ฝึกอบรม', sheet: 'Projects', row: 4, range: 'A4:C4', budget: 80_000, reason: 'no-report' },
];

/** The fake checker with the overview the real one computes. */
class OverviewChecker extends FakeChecker {
  override async validate(options: { lang: Language }): Promise<ValidationSummary> {
    return { ...(await super.validate(options)), overview: POINTS };
  }
}

async function openOverview(lang: Language): Promise<HTMLElement> {
  fireEvent.click(screen.getByRole('button', { name: UI_TEXT[lang].showOverview }));
  // The charts arrive by a dynamic import: the table of points is there once they have, the markers once the chart has measured its room.
  const table = await screen.findByRole('table', { name: OVERVIEW_TEXT[lang].tableCaption });
  await waitFor(() => expect(document.querySelector('[data-chart="scatter"] [role="option"][aria-label^="03000000-"]')).not.toBeNull());
  return table;
}

/** The marker of a project, labelled with its code first. */
function marker(code: string): Element {
  const found = document.querySelector(`[data-chart="scatter"] [role="option"][aria-label^="${code} · "]`);
  if (!found) throw new Error(`no marker for ${code}`);
  return found;
}

/** The cells of the findings listed, in order. */
const listedProjects = () => Array.from(document.querySelectorAll<HTMLElement>('li[data-rule]')).map((item) => item.dataset.cell);

/**
 * Clear marks, confirmed in its dialog. Queried hidden or not: under jsdom, Fluent's modalizer can
 * leave the dialog marked aria-hidden once another focus group has come and gone (see render-pane.tsx).
 */
async function clearMarks(): Promise<void> {
  fireEvent.click(screen.getByRole('button', { name: CLEAR_MARKS }));
  const dialog = await screen.findByRole('dialog', { hidden: true });
  fireEvent.click(within(dialog).getByRole('button', { name: CLEAR_MARKS, hidden: true }));
  await settled();
}

describe('the overview in the pane', () => {
  it('is offered once a validation has given projects, and not before', async () => {
    const checker = new OverviewChecker();
    await renderPane(checker);
    expect(screen.queryByRole('button', { name: UI_TEXT.en.showOverview })).toBeNull();
    await validateWorkbook(checker);
    expect(screen.getByRole('button', { name: UI_TEXT.en.showOverview }).getAttribute('aria-expanded')).toBe('false');
  });

  it('is not offered by a checker without an overview', async () => {
    const checker = new FakeChecker();
    await renderPane(checker);
    await validateWorkbook(checker);
    expect(screen.queryByRole('heading', { name: UI_TEXT.en.overviewHeading })).toBeNull();
  });

  it('lists every project in its table, plotted or not, and says which are not plotted and why', async () => {
    const checker = new OverviewChecker();
    await renderPane(checker);
    await validateWorkbook(checker);
    const table = await openOverview('en');
    const rows = within(table).getAllByRole('row').slice(1).map((row) => Array.from(row.querySelectorAll('th, td')).map((cell) => cell.textContent));
    expect(rows).toEqual([
      [`03000000-2457${SAMPLE_PROJECT_NAMES['03000000-2457']}`, '100%', '0%', 'Error'],
      [`03000000-2458${SAMPLE_PROJECT_NAMES['03000000-2458']}`, '40%', '0%', 'Error'],
      ['03000000-2459ฝึกอบรมNot plotted: no progress report yet', '—', '—', 'None'],
    ]);
    expect(screen.getByText('1 project not plotted')).toBeTruthy();
    // Hidden from sight until asked for, the table holds no tab stop.
    expect(within(table).queryAllByRole('button')).toEqual([]);
  });

  it('draws a marker per plotted project: a click selects its row and lists only its findings; Show all projects lists all again', async () => {
    const checker = new OverviewChecker();
    await renderPane(checker);
    await validateWorkbook(checker);
    await openOverview('en');
    expect(document.querySelectorAll('[data-chart="scatter"] [role="option"][aria-label^="03000000-"]')).toHaveLength(2);
    expect(document.querySelector('[aria-label^="03000000-2459 · "]')).toBeNull();
    expect(listedProjects()).toHaveLength(SAMPLE_ISSUES.length);

    fireEvent.click(marker('03000000-2457'));
    await waitFor(() => expect(checker.callsOf('select')).toEqual([{ method: 'select', sheet: 'Projects', cell: 'A2:C2' }]));
    expect(screen.getByText(UI_TEXT.en.projectFilter({ code: '03000000-2457', name: SAMPLE_PROJECT_NAMES['03000000-2457'] }))).toBeTruthy();
    expect(listedProjects()).toEqual(SAMPLE_ISSUES.filter((issue) => issue.project === '03000000-2457').map((issue) => issue.cell));

    fireEvent.click(screen.getByRole('button', { name: UI_TEXT.en.showAllProjects }));
    expect(listedProjects()).toHaveLength(SAMPLE_ISSUES.length);
  });

  it('picks a marker with Enter, and a project from the table once it is shown', async () => {
    const checker = new OverviewChecker({ displayLanguage: 'th' });
    await renderPane(checker);
    await validateWorkbook(checker);
    const table = await openOverview('th');
    fireEvent.keyDown(marker('03000000-2458'), { key: 'Enter' });
    await waitFor(() => expect(checker.callsOf('select')).toEqual([{ method: 'select', sheet: 'Projects', cell: 'A3:C3' }]));
    expect(listedProjects()).toEqual(SAMPLE_ISSUES.filter((issue) => issue.project === '03000000-2458').map((issue) => issue.cell));

    fireEvent.click(screen.getByRole('button', { name: OVERVIEW_TEXT.th.showTable }));
    fireEvent.click(within(table).getByRole('button', { name: OVERVIEW_TEXT.th.selectProject({ code: '03000000-2459' }) }));
    await waitFor(() => expect(checker.callsOf('select')).toHaveLength(2));
    expect(checker.callsOf('select')[1]).toEqual({ method: 'select', sheet: 'Projects', cell: 'A4:C4' });
    // A project without findings: the list says so, and the way back is there.
    expect(screen.getByText(UI_TEXT.th.projectNoFindings)).toBeTruthy();
    expect(screen.getByRole('button', { name: UI_TEXT.th.showAllProjects })).toBeTruthy();
  });

  it('keeps the project picked through a re-validation, and drops it with the results on Clear marks', async () => {
    const checker = new OverviewChecker();
    await renderPane(checker);
    await validateWorkbook(checker);
    await openOverview('en');
    fireEvent.click(marker('03000000-2457'));
    await waitFor(() => expect(listedProjects()).toHaveLength(1));
    await validateWorkbook(checker);
    expect(listedProjects()).toHaveLength(1);
    await clearMarks();
    expect(screen.queryByRole('heading', { name: UI_TEXT.en.overviewHeading })).toBeNull();
    await validateWorkbook(checker);
    expect(listedProjects()).toHaveLength(SAMPLE_ISSUES.length);
  });

  it.each(['en', 'th'] as const)('has no axe violations with the overview open and its table shown (%s)', async (lang) => {
    const checker = new OverviewChecker({ displayLanguage: lang });
    await renderPane(checker);
    await validateWorkbook(checker);
    await openOverview(lang);
    fireEvent.click(marker('03000000-2457'));
    fireEvent.click(screen.getByRole('button', { name: OVERVIEW_TEXT[lang].showTable }));
    const result = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false } } });
    expect(result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});
