/** @jest-environment jsdom */
import './setup';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Issue } from '../../src/core/model';
import { FINDINGS_PAGE, shownGroups } from '../../src/taskpane/components/FindingsPanel/useShownFindings';
import type { FindingGroup } from '../../src/taskpane/components/FindingsPanel/group-findings';
import { FakeChecker } from './fake-checker';
import { renderPane, settled, validateWorkbook } from './render-pane';

/** `count` fixable findings on Reports!F2, F3, …, spread over three projects in turn: a workbook with a long list. */
function manyFindings(count: number): Issue[] {
  return Array.from({ length: count }, (_, index) => {
    const cell = `F${index + 2}`;
    return {
      rule: 'thai-digits', severity: 'info', sheet: 'Reports', cell, cells: [cell], project: `P${String(index % 3).padStart(2, '0')}`,
      field: 'progress', value: '๑๐',
      message: { th: `เซลล์ใช้เลขไทย ${cell}`, en: `The cell ${cell} uses Thai digits` },
      fix: { th: 'แปลงเป็น 10', en: 'Convert to 10', replacement: 10 },
    } satisfies Issue;
  });
}

const findings = () => screen.getByRole('region', { name: 'Findings' });
/** The finding cards drawn, as their cells. */
const drawnCells = () => Array.from(findings().querySelectorAll('li[data-cell]')).map((item) => (item as HTMLElement).dataset.cell);
// By text and by cell, not by role: naming every button of hundreds of cards is slow under jsdom.
const showMore = () => within(findings()).queryByText(/^Show \d+ more/)?.closest('button') ?? null;
const card = (cell: string) => findings().querySelector(`li[data-cell="${cell}"]`) as HTMLElement;
const walkButton = (name: string) => within(findings().querySelector('[role="group"][aria-label="Walk the findings"]') as HTMLElement).getByRole('button', { name });

describe('a long list of findings, drawn a page at a time', () => {
  it('draws the first page, says how many are not shown yet, and draws the next page on request until all are', async () => {
    const checker = new FakeChecker({ issues: manyFindings(250) });
    await renderPane(checker);
    await validateWorkbook(checker);

    expect(drawnCells()).toEqual(manyFindings(FINDINGS_PAGE).map((issue) => issue.cell));
    // The group's heading counts all of its findings, drawn or not.
    expect(Array.from(findings().querySelectorAll('h3')).map((heading) => heading.textContent)).toEqual([expect.stringContaining('250 findings')]);
    expect(showMore()?.textContent).toBe('Show 100 more (150 findings not shown yet)');

    fireEvent.click(showMore()!);
    expect(drawnCells()).toHaveLength(200);
    expect(showMore()?.textContent).toBe('Show 50 more (50 findings not shown yet)');
    fireEvent.click(showMore()!);
    expect(drawnCells()).toEqual(manyFindings(250).map((issue) => issue.cell));
    expect(showMore()).toBeNull();
  });

  it('draws the walk’s next finding past the page, and keeps the reviewer’s place when a fix re-validates the list', async () => {
    const checker = new FakeChecker({ issues: manyFindings(250) });
    await renderPane(checker);
    await validateWorkbook(checker);

    // The last card drawn, then Next: the 101st finding is drawn and current without "Show more".
    fireEvent.click(card('F101').querySelector('button')!);
    await waitFor(() => expect(checker.callsOf('select').at(-1)).toEqual({ method: 'select', sheet: 'Reports', cell: 'F101' }));
    fireEvent.click(walkButton('Next'));
    await waitFor(() => expect(checker.callsOf('select').at(-1)).toEqual({ method: 'select', sheet: 'Reports', cell: 'F102' }));
    expect(findings().querySelector('[aria-current="true"]')?.closest('li')?.dataset.cell).toBe('F102');
    expect(drawnCells()).toHaveLength(FINDINGS_PAGE + 1);

    // Fixing the 101st finding validates again (all findings new objects): the list stays drawn down to where the walk goes on.
    fireEvent.click(within(card('F102')).getByRole('button', { name: 'Apply fix to Reports!F102' }));
    await waitFor(() => expect(checker.callsOf('applyFix')).toHaveLength(1));
    await settled();
    expect(drawnCells()).not.toContain('F102');
    expect(drawnCells().length).toBeGreaterThanOrEqual(FINDINGS_PAGE + 1);
    // The fix's notice stands where the fixed finding was, between the 100th and the 102nd.
    const notice = within(findings()).getByText(/^Fixed Reports!F102: /).closest('li') as HTMLElement;
    expect((notice.previousElementSibling as HTMLElement).dataset.cell).toBe('F101');
    expect((notice.nextElementSibling as HTMLElement).dataset.cell).toBe('F103');
    fireEvent.click(walkButton('Next'));
    await waitFor(() => expect(checker.callsOf('select').at(-1)).toEqual({ method: 'select', sheet: 'Reports', cell: 'F103' }));
  });

  it('starts again at the first page when the list is grouped another way', async () => {
    const checker = new FakeChecker({ issues: manyFindings(250) });
    await renderPane(checker);
    await validateWorkbook(checker);
    fireEvent.click(showMore()!);
    expect(drawnCells()).toHaveLength(200);

    fireEvent.click(screen.getByRole('radio', { name: 'Project' }));
    // Projects of 84, 83 and 83 findings: the first whole, and 16 of the second.
    expect(drawnCells()).toHaveLength(FINDINGS_PAGE);
    expect(findings().querySelectorAll('h3')).toHaveLength(2);
    expect(showMore()?.textContent).toBe('Show 100 more (150 findings not shown yet)');
  });

  it('draws a short list whole, with no Show more', async () => {
    const checker = new FakeChecker({ issues: manyFindings(FINDINGS_PAGE) });
    await renderPane(checker);
    await validateWorkbook(checker);
    expect(drawnCells()).toHaveLength(FINDINGS_PAGE);
    expect(showMore()).toBeNull();
  });
});

describe('shownGroups', () => {
  const group = (key: string, size: number): FindingGroup => ({ key, issues: manyFindings(size) });
  const groups = [group('a', 3), group('b', 2), group('c', 4)];

  it('draws whole groups up to the count, and the first findings of the group it ends in', () => {
    const shown = shownGroups(groups, 4);
    expect(shown.map(({ group: { key }, issues }) => [key, issues.length])).toEqual([['a', 3], ['b', 1]]);
    // A group drawn whole is given as it is, so a card list can tell that its end is drawn.
    expect(shown[0].issues).toBe(groups[0].issues);
    expect(shown[1].issues).not.toBe(groups[1].issues);
  });

  it('draws nothing for no count, and every group whole past the total', () => {
    expect(shownGroups(groups, 0)).toEqual([]);
    const all = shownGroups(groups, 100);
    expect(all.map(({ issues }, index) => issues === groups[index].issues)).toEqual([true, true, true]);
  });
});
