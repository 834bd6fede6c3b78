/** @jest-environment jsdom */
import './setup';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { FakeChecker, FIXABLE_ISSUES, SAMPLE_ISSUES } from './fake-checker';
import { renderPane, settled, VALIDATE, validateWorkbook } from './render-pane';

const walkGroup = () => screen.getByRole('group', { name: /^(Walk the findings|ไล่ดูทีละรายการ)$/ });
const previousButton = () => within(walkGroup()).getByRole('button', { name: /^(Previous|ก่อนหน้า)$/ });
const nextButton = () => within(walkGroup()).getByRole('button', { name: /^(Next|ถัดไป)$/ });
const disabled = (button: HTMLElement) => button.getAttribute('aria-disabled') === 'true';

/** The walk's position, from the polite live region that announces it. */
function position(): string {
  const live = walkGroup().querySelector('[aria-live="polite"]');
  expect(live).not.toBeNull();
  return live!.textContent ?? '';
}

/** `Reports!F5` for every cell the workbook was asked to select, in order. */
const selectedCells = (checker: FakeChecker) => checker.callsOf('select').map(({ sheet, cell }) => `${sheet}!${cell}`);

/** Presses a walk button and waits until the workbook was asked to select one more cell. */
async function press(checker: FakeChecker, button: HTMLElement): Promise<void> {
  const before = checker.callsOf('select').length;
  fireEvent.click(button);
  await waitFor(() => expect(checker.callsOf('select')).toHaveLength(before + 1));
}

/** The finding card marked as the current one, as `sheet!cell`. */
function currentCard(): string | undefined {
  const current = screen.getByRole('region', { name: /^(Findings|รายการที่พบ)$/ }).querySelector('[aria-current="true"]');
  const item = current?.closest('li') as HTMLElement | null | undefined;
  return item ? `${item.dataset.sheet}!${item.dataset.cell}` : undefined;
}

// The sample's findings grouped by rule (errors first): the order the list shows and the walk follows.
const BY_RULE = ['Projects!D3', 'Reports!F5', 'Reports!F7', 'แผน 2563!C4'];

describe('walking the findings with Previous and Next', () => {
  it('selects each finding’s cell in the list’s order, says where it is, and stops at the ends', async () => {
    const checker = new FakeChecker();
    await renderPane(checker);
    await validateWorkbook(checker);

    expect(position()).toBe('4 findings. Press Next to start at the first.');
    expect(disabled(previousButton())).toBe(true);
    expect(disabled(nextButton())).toBe(false);

    for (const [index, cell] of BY_RULE.entries()) {
      await press(checker, nextButton());
      expect(position()).toBe(`Finding ${index + 1} of 4`);
      expect(currentCard()).toBe(cell);
    }
    expect(selectedCells(checker)).toEqual(BY_RULE);
    expect(disabled(nextButton())).toBe(true);
    expect(disabled(previousButton())).toBe(false);

    // At the last finding Next does nothing: the walk stops rather than wrapping to the top.
    fireEvent.click(nextButton());
    await act(async () => {});
    expect(checker.callsOf('select')).toHaveLength(4);

    await press(checker, previousButton());
    expect(selectedCells(checker).at(-1)).toBe('Reports!F7');
    expect(position()).toBe('Finding 3 of 4');
  });

  it('goes on from a finding clicked in the list', async () => {
    const checker = new FakeChecker();
    await renderPane(checker);
    await validateWorkbook(checker);

    fireEvent.click(screen.getByRole('button', { name: /^Warning Reports!F7 / }));
    await waitFor(() => expect(position()).toBe('Finding 3 of 4'));
    await press(checker, nextButton());
    expect(selectedCells(checker)).toEqual(['Reports!F7', 'แผน 2563!C4']);
  });

  it('walks only the severities shown, and starts from the top when the current finding is filtered out', async () => {
    const checker = new FakeChecker();
    await renderPane(checker);
    await validateWorkbook(checker);
    await press(checker, nextButton());
    expect(position()).toBe('Finding 1 of 4');

    fireEvent.click(within(screen.getByRole('group', { name: 'Show' })).getByRole('checkbox', { name: 'Error' }));
    expect(position()).toBe('2 findings. Press Next to start at the first.');
    expect(disabled(previousButton())).toBe(true);

    await press(checker, nextButton());
    await press(checker, nextButton());
    expect(selectedCells(checker)).toEqual(['Projects!D3', 'Reports!F7', 'แผน 2563!C4']);
    expect(position()).toBe('Finding 2 of 2');
    expect(disabled(nextButton())).toBe(true);
  });

  it('follows the order of the grouping by project', async () => {
    const checker = new FakeChecker();
    await renderPane(checker);
    await validateWorkbook(checker);
    await press(checker, nextButton());
    expect(position()).toBe('Finding 1 of 4');

    // The current finding keeps its place in the new order: Projects!D3 is second under the projects.
    fireEvent.click(screen.getByRole('radio', { name: 'Project' }));
    expect(position()).toBe('Finding 2 of 4');
    await press(checker, previousButton());
    await press(checker, nextButton());
    await press(checker, nextButton());
    await press(checker, nextButton());
    expect(selectedCells(checker)).toEqual(['Projects!D3', 'Reports!F5', 'Projects!D3', 'Reports!F7', 'แผน 2563!C4']);
  });

  it('moves with Alt+↓ and Alt+↑ anywhere in the findings section, and names those keys on the buttons', async () => {
    const checker = new FakeChecker();
    await renderPane(checker);
    await validateWorkbook(checker);

    expect(nextButton().getAttribute('aria-keyshortcuts')).toBe('Alt+ArrowDown');
    expect(previousButton().getAttribute('aria-keyshortcuts')).toBe('Alt+ArrowUp');
    expect(nextButton().getAttribute('title')).toBe('Next finding (Alt+↓)');
    expect(previousButton().getAttribute('title')).toBe('Previous finding (Alt+↑)');

    const card = screen.getByRole('button', { name: /^Info 'แผน 2563'!C4 / });
    fireEvent.keyDown(card, { key: 'ArrowDown' });
    fireEvent.keyDown(card, { key: 'ArrowDown', altKey: true, ctrlKey: true });
    await act(async () => {});
    expect(checker.callsOf('select')).toHaveLength(0);

    expect(fireEvent.keyDown(card, { key: 'ArrowDown', altKey: true })).toBe(false); // default prevented
    await waitFor(() => expect(selectedCells(checker)).toEqual(['Projects!D3']));
    fireEvent.keyDown(screen.getByRole('radio', { name: 'Project' }), { key: 'ArrowDown', altKey: true });
    await waitFor(() => expect(selectedCells(checker)).toEqual(['Projects!D3', 'Reports!F5']));
    fireEvent.keyDown(nextButton(), { key: 'ArrowUp', altKey: true });
    await waitFor(() => expect(selectedCells(checker)).toEqual(['Projects!D3', 'Reports!F5', 'Projects!D3']));
    expect(position()).toBe('Finding 1 of 4');
  });

  it('leaves the keys alone inside the waive dialog', async () => {
    const checker = new FakeChecker();
    await renderPane(checker);
    await validateWorkbook(checker);

    fireEvent.click(screen.getByRole('button', { name: 'Waive the finding at Reports!F5' }));
    const dialog = await screen.findByRole('dialog');
    const reason = within(dialog).getByRole('textbox', { name: /Reason for waiving/, hidden: true });
    expect(fireEvent.keyDown(reason, { key: 'ArrowDown', altKey: true })).toBe(true);
    await act(async () => {});
    expect(checker.callsOf('select')).toHaveLength(0);
  });

  it('is disabled while the workbook is being validated again, and starts from the top afterwards', async () => {
    const checker = new FakeChecker();
    await renderPane(checker);
    await validateWorkbook(checker);
    await press(checker, nextButton());
    await press(checker, nextButton());

    const release = checker.hold();
    fireEvent.click(screen.getByRole('button', { name: VALIDATE }));
    await waitFor(() => expect(disabled(nextButton())).toBe(true));
    expect(disabled(previousButton())).toBe(true);
    fireEvent.click(nextButton());
    fireEvent.keyDown(nextButton(), { key: 'ArrowDown', altKey: true });
    await act(async () => {});
    expect(checker.callsOf('select')).toHaveLength(2);

    await act(async () => release());
    await settled();
    expect(position()).toBe('4 findings. Press Next to start at the first.');
    await press(checker, nextButton());
    expect(selectedCells(checker)).toEqual(['Projects!D3', 'Reports!F5', 'Projects!D3']);
  });

  it('scrolls the current finding’s card into view, only as far as needed', async () => {
    const scrolled: [string | undefined, unknown][] = [];
    const original = Element.prototype.scrollIntoView;
    Element.prototype.scrollIntoView = function scrollIntoView(this: Element, options?: unknown) {
      scrolled.push([(this as HTMLElement).dataset.cell, options]);
    };
    try {
      const checker = new FakeChecker();
      await renderPane(checker);
      await validateWorkbook(checker);
      await press(checker, nextButton());
      await press(checker, nextButton());
      expect(scrolled).toEqual([['D3', { block: 'nearest' }], ['F5', { block: 'nearest' }]]);
    } finally {
      // jsdom has none: put back its absence, not an own `undefined`.
      if (original) Element.prototype.scrollIntoView = original;
      else delete (Element.prototype as Partial<Element>).scrollIntoView;
    }
  });

  it('speaks Thai', async () => {
    const checker = new FakeChecker({ displayLanguage: 'th' });
    await renderPane(checker);
    await validateWorkbook(checker);

    expect(position()).toBe('4 รายการ กด “ถัดไป” เพื่อเริ่มที่รายการแรก');
    expect(nextButton().getAttribute('title')).toBe('รายการถัดไป (Alt+↓)');
    expect(previousButton().getAttribute('title')).toBe('รายการก่อนหน้า (Alt+↑)');
    await press(checker, nextButton());
    await press(checker, nextButton());
    expect(position()).toBe('รายการที่ 2 จาก 4');
    expect(selectedCells(checker)).toEqual(['Projects!D3', 'Reports!F5']);
  });
});

describe('the walk keeps its place when a finding is fixed or waived', () => {
  // The sample's findings and a stray-whitespace one: by rule, Projects!D3, Reports!F5, Reports!F7, then the
  // two with a quick fix, แผน 2563!C4 (Thai digits) and Projects!B3 (stray spaces).
  const fixable = () => new FakeChecker({ issues: [...SAMPLE_ISSUES, FIXABLE_ISSUES[1]] });

  async function walkTo(checker: FakeChecker, steps: number): Promise<void> {
    for (let step = 0; step < steps; step++) await press(checker, nextButton());
  }

  it('goes on after a fixed finding: Next selects the finding that followed it, not the first', async () => {
    const checker = fixable();
    await renderPane(checker);
    await validateWorkbook(checker);
    await walkTo(checker, 4);
    expect(position()).toBe('Finding 4 of 5');
    expect(currentCard()).toBe('แผน 2563!C4');

    fireEvent.click(screen.getByRole('button', { name: "Apply fix to 'แผน 2563'!C4" }));
    await waitFor(() => expect(checker.callsOf('applyFix')).toHaveLength(1));
    await settled();
    expect(position()).toBe('Next: finding 4 of 4');
    expect(disabled(previousButton())).toBe(false);

    await press(checker, nextButton());
    expect(currentCard()).toBe('Projects!B3');
    expect(position()).toBe('Finding 4 of 4');
  });

  it('goes on after a waived finding, with the focus on Next', async () => {
    const checker = new FakeChecker();
    await renderPane(checker);
    await validateWorkbook(checker);
    await walkTo(checker, 2);
    expect(currentCard()).toBe('Reports!F5');

    fireEvent.click(screen.getByRole('button', { name: 'Waive the finding at Reports!F5' }));
    const dialog = await screen.findByRole('dialog');
    // Queried hidden or not: jsdom's modalizer quirk (microsoft/fluentui#35139, see pane-waive.test.tsx).
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Reason for waiving/, hidden: true }), { target: { value: 'Disbursed through the central budget' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Waive', hidden: true }));
    await waitFor(() => expect(checker.callsOf('saveSettings')).toHaveLength(1));
    await settled();
    await waitFor(() => expect(position()).toBe('Next: finding 2 of 3'));
    await waitFor(() => expect(document.activeElement).toBe(nextButton()));

    await press(checker, nextButton());
    expect(currentCard()).toBe('Reports!F7');
    await press(checker, previousButton());
    expect(currentCard()).toBe('Projects!D3');
  });

  it('after the last finding is fixed, says the list has ended; Previous goes back to the one before it', async () => {
    const checker = fixable();
    await renderPane(checker);
    await validateWorkbook(checker);
    await walkTo(checker, 5);
    fireEvent.click(screen.getByRole('button', { name: 'Apply fix to Projects!B3' }));
    await waitFor(() => expect(checker.callsOf('applyFix')).toHaveLength(1));
    await settled();
    expect(position()).toBe('End of the list; 4 findings before it.');
    expect(disabled(nextButton())).toBe(true);
    await press(checker, previousButton());
    expect(currentCard()).toBe('แผน 2563!C4');
  });

  it('goes on from the fixed finding itself once the fix is undone', async () => {
    const checker = fixable();
    await renderPane(checker);
    await validateWorkbook(checker);
    await walkTo(checker, 4);
    fireEvent.click(screen.getByRole('button', { name: "Apply fix to 'แผน 2563'!C4" }));
    await waitFor(() => expect(checker.callsOf('applyFix')).toHaveLength(1));
    await settled();
    fireEvent.click(screen.getByRole('button', { name: "Undo the fix at 'แผน 2563'!C4" }));
    await waitFor(() => expect(checker.callsOf('undoFix')).toHaveLength(1));
    await settled();
    expect(position()).toBe('Next: finding 4 of 5');
    // The notice stays where the finding is, now right after it.
    const undone = screen.getByRole('group', { name: 'Fix undone' }).closest('li') as HTMLElement;
    expect((undone.previousElementSibling as HTMLElement).dataset.cell).toBe('C4');
    expect(document.activeElement).toBe(within(undone).getByRole('button', { name: 'Dismiss' }));
  });
});
