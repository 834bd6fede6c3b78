/** @jest-environment jsdom */
import './setup';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { AppliedFix } from '../../src/excel/types';
import { cellChanged, FakeChecker, FIXABLE_ISSUES, SAMPLE_ISSUES } from './fake-checker';
import { FINDING, findingKey, NOW, renderPane, settled, validateWorkbook } from './render-pane';

const [THAI_DIGITS] = FIXABLE_ISSUES;
/** Advice only (no replacement), and no fix at all. */
const [INVALID_DATE, , NO_FIX] = SAMPLE_ISSUES;
const ISSUES = [...FIXABLE_ISSUES, INVALID_DATE, NO_FIX];

/** A fix applied in an earlier session, still in the workbook's log. */
const LOGGED: AppliedFix = {
  id: 'fix-logged', rule: 'stray-whitespace', sheet: 'Projects', cell: 'B3',
  before: { value: '  ปรับปรุงถนน  ซอย 5 ', numberFormat: 'General' },
  after: { value: 'ปรับปรุงถนน ซอย 5', numberFormat: 'General' },
  appliedAt: '2020-03-01T12:00:00.000Z',
};

const fixer = (options: ConstructorParameters<typeof FakeChecker>[0] = {}) =>
  new FakeChecker({ issues: ISSUES, now: () => NOW, ...options });

const findingLabels = (region = 'Findings') => within(screen.getByRole('region', { name: region }))
  .queryAllByRole('button', { name: FINDING }).map(findingKey);
const ariaDisabled = (button: HTMLElement) => button.getAttribute('aria-disabled') === 'true';

/** Clicks a button and waits for the run it starts (a checker call, then a validation) to finish. */
async function clickAndSettle(checker: FakeChecker, button: HTMLElement): Promise<void> {
  const before = checker.calls.length;
  fireEvent.click(button);
  await waitFor(() => expect(checker.calls.length).toBeGreaterThan(before));
  await settled();
}

describe('quick fixes in the task pane', () => {
  it('offers Apply fix only on findings whose fix gives the cell a new value', async () => {
    const checker = fixer();
    await renderPane(checker);
    await validateWorkbook(checker);

    const apply = screen.getAllByRole('button', { name: /^Apply fix/ });
    expect(apply.map((button) => button.getAttribute('aria-label')))
      .toEqual(['Apply fix to Reports!F5', 'Apply fix to Projects!B3']);
    for (const button of apply) expect(button.textContent).toBe('Apply fix');
    // The advice-only finding shows its advice but no button.
    expect(screen.getByRole('button', { name: /^Error Projects!D3 .* Fix: Type the date as dd\/mm\/yyyy$/ })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Apply fix to Projects!D3' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Apply fix to Reports!F7' })).toBeNull();
  });

  it('applies the fix, re-validates, selects the cell, says what changed where the finding was, and Undo there puts the cell back', async () => {
    const checker = fixer();
    await renderPane(checker);
    await validateWorkbook(checker);
    expect(findingLabels()).toContain('info Reports!F5');

    await clickAndSettle(checker, screen.getByRole('button', { name: 'Apply fix to Reports!F5' }));
    expect(checker.callsOf('applyFix')).toEqual([{ method: 'applyFix', issue: THAI_DIGITS }]);
    expect(checker.calls.map((call) => call.method).slice(-3)).toEqual(['applyFix', 'validate', 'select']);
    expect(checker.callsOf('select').at(-1)).toEqual({ method: 'select', sheet: 'Reports', cell: 'F5' });
    expect(checker.cellContent('Reports', 'F5').value).toBe(120000);
    expect(findingLabels()).not.toContain('info Reports!F5');
    const fixed = screen.getByRole('group', { name: 'Fix applied' });
    expect(fixed.textContent).toContain('Fixed Reports!F5: “๑๒๐,๐๐๐” → 120000.');
    // In the list, where the finding was (before the one that followed it), not at the top of the pane.
    const findings = screen.getByRole('region', { name: 'Findings' });
    expect(findings.contains(fixed)).toBe(true);
    const notice = fixed.closest('li') as HTMLElement;
    expect(findingKey(within(notice.nextElementSibling as HTMLElement).getByRole('button', { name: FINDING }))).toBe('info Projects!B3');
    expect(screen.getByRole('button', { name: 'Applied fixes (1)' })).toBeTruthy();

    const undo = within(fixed).getByRole('button', { name: 'Undo the fix at Reports!F5' });
    expect(undo.textContent).toBe('Undo');
    // The focus is on Undo, not lost to the page with the Apply button that went.
    expect(document.activeElement).toBe(undo);
    await clickAndSettle(checker, undo);
    expect(checker.callsOf('undoFix')).toEqual([{ method: 'undoFix', id: 'fix-1' }]);
    expect(checker.calls.map((call) => call.method).slice(-3)).toEqual(['undoFix', 'validate', 'select']);
    expect(checker.cellContent('Reports', 'F5').value).toBe('๑๒๐,๐๐๐');
    expect(findingLabels()).toContain('info Reports!F5');
    expect(screen.getByRole('group', { name: 'Fix undone' }).textContent).toContain('Undone: Reports!F5 is “๑๒๐,๐๐๐” again.');
    expect(screen.queryByRole('group', { name: 'Fix applied' })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Applied fixes/ })).toBeNull();
  });

  it('lists the fixes in the workbook’s log once validated, and undoes one from there', async () => {
    const checker = fixer({ fixes: [LOGGED] });
    await renderPane(checker);
    expect(screen.queryByRole('button', { name: /^Applied fixes/ })).toBeNull();
    await validateWorkbook(checker);
    expect(findingLabels()).not.toContain('info Projects!B3');

    fireEvent.click(screen.getByRole('button', { name: 'Applied fixes (1)' }));
    expect(screen.getByRole('heading', { level: 2, name: 'Applied fixes (1)' })).toBeTruthy();
    const entry = screen.getByRole('button', { name: 'Undo the fix at Projects!B3' }).closest('li') as HTMLElement;
    expect(within(entry).getByText('Stray spaces')).toBeTruthy();
    expect(entry.textContent).toContain('“  ปรับปรุงถนน  ซอย 5 ” → “ปรับปรุงถนน ซอย 5”');
    expect(entry.textContent).toContain('Applied on 1 Mar 2020');

    fireEvent.click(within(entry).getByRole('button', { name: 'Go to cell Projects!B3' }));
    await waitFor(() => expect(checker.callsOf('select')).toEqual([{ method: 'select', sheet: 'Projects', cell: 'B3' }]));

    await clickAndSettle(checker, within(entry).getByRole('button', { name: 'Undo the fix at Projects!B3' }));
    expect(checker.callsOf('undoFix')).toEqual([{ method: 'undoFix', id: 'fix-logged' }]);
    expect(checker.calls.map((call) => call.method).slice(-3)).toEqual(['undoFix', 'validate', 'select']);
    expect(findingLabels()).toContain('info Projects!B3');
    expect(screen.getByRole('group', { name: 'Fix undone' }).textContent)
      .toContain('Undone: Projects!B3 is “  ปรับปรุงถนน  ซอย 5 ” again.');
    expect(screen.queryByRole('button', { name: /^Applied fixes/ })).toBeNull();
  });

  it('says so in the user’s words when the cell changed before Apply, and changes nothing else', async () => {
    const checker = fixer();
    await renderPane(checker);
    await validateWorkbook(checker);
    checker.editCell('Reports', 'F5', '๑๓๐,๐๐๐');

    await clickAndSettle(checker, screen.getByRole('button', { name: 'Apply fix to Reports!F5' }));
    expect(checker.callsOf('applyFix')).toHaveLength(1);
    expect(checker.callsOf('validate')).toHaveLength(1);
    expect(screen.getByRole('group', { name: 'Could not finish' }).textContent)
      .toContain(cellChanged('Reports', 'F5', 'apply').text.en);
    expect(checker.cellContent('Reports', 'F5').value).toBe('๑๓๐,๐๐๐');
    expect(checker.fixes).toEqual([]);
    // The list and the last validation's bar stand as they were.
    expect(findingLabels()).toContain('info Reports!F5');
    expect(screen.getByRole('group', { name: 'Validation finished' })).toBeTruthy();
    expect(screen.queryByRole('group', { name: 'Fix applied' })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Applied fixes/ })).toBeNull();
  });

  it('keeps the fix and the edited cell when Undo finds the cell changed since the fix', async () => {
    const checker = fixer();
    await renderPane(checker);
    await validateWorkbook(checker);
    await clickAndSettle(checker, screen.getByRole('button', { name: 'Apply fix to Reports!F5' }));
    checker.editCell('Reports', 'F5', 125000);

    const fixed = screen.getByRole('group', { name: 'Fix applied' });
    await clickAndSettle(checker, within(fixed).getByRole('button', { name: 'Undo the fix at Reports!F5' }));
    expect(checker.callsOf('undoFix')).toHaveLength(1);
    expect(checker.callsOf('validate')).toHaveLength(2);
    expect(screen.getByRole('group', { name: 'Could not finish' }).textContent)
      .toContain(cellChanged('Reports', 'F5', 'undo').text.en);
    expect(checker.cellContent('Reports', 'F5').value).toBe(125000);
    expect(checker.fixes.map((fix) => fix.id)).toEqual(['fix-1']);
    expect(screen.getByRole('group', { name: 'Fix applied' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Applied fixes (1)' })).toBeTruthy();
  });

  it('still offers Undo when the fix was written but the re-validation failed', async () => {
    const checker = fixer();
    await renderPane(checker);
    await validateWorkbook(checker);
    checker.failWith(new Error('GeneralException: the request failed'));

    await clickAndSettle(checker, screen.getByRole('button', { name: 'Apply fix to Reports!F5' }));
    expect(checker.callsOf('validate')).toHaveLength(2);
    expect(screen.getByRole('group', { name: 'Could not finish' }).textContent).toContain('GeneralException: the request failed');
    const fixed = screen.getByRole('group', { name: 'Fix applied' });
    expect(fixed.textContent).toContain('Fixed Reports!F5: “๑๒๐,๐๐๐” → 120000.');

    await clickAndSettle(checker, within(fixed).getByRole('button', { name: 'Undo the fix at Reports!F5' }));
    expect(checker.callsOf('undoFix')).toEqual([{ method: 'undoFix', id: 'fix-1' }]);
    expect(checker.cellContent('Reports', 'F5').value).toBe('๑๒๐,๐๐๐');
  });

  it('disables Apply fix and Undo while a run is going on', async () => {
    const checker = fixer();
    await renderPane(checker);
    await validateWorkbook(checker);
    await clickAndSettle(checker, screen.getByRole('button', { name: 'Apply fix to Reports!F5' }));
    fireEvent.click(screen.getByRole('button', { name: 'Applied fixes (1)' }));

    const release = checker.hold();
    fireEvent.click(screen.getByRole('button', { name: 'Apply fix to Projects!B3' }));
    await waitFor(() => expect(checker.callsOf('applyFix')).toHaveLength(2));
    const undoButtons = screen.getAllByRole('button', { name: 'Undo the fix at Reports!F5' });
    expect(undoButtons).toHaveLength(2);
    for (const button of [...undoButtons, screen.getByRole('button', { name: 'Apply fix to Projects!B3' })]) {
      expect(ariaDisabled(button)).toBe(true);
    }
    fireEvent.click(undoButtons[0]);
    fireEvent.click(undoButtons[1]);

    await act(async () => release());
    await settled();
    expect(checker.callsOf('undoFix')).toHaveLength(0);
    expect(checker.callsOf('applyFix')).toHaveLength(2);
    expect(screen.getByRole('button', { name: 'Applied fixes (2)' })).toBeTruthy();
    for (const button of screen.getAllByRole('button', { name: 'Undo the fix at Projects!B3' })) expect(ariaDisabled(button)).toBe(false);
  });

  it('speaks Thai, each button’s name starting with its visible words', async () => {
    const checker = fixer({ displayLanguage: 'th' });
    await renderPane(checker);
    await validateWorkbook(checker);

    const apply = screen.getByRole('button', { name: 'แก้ตามคำแนะนำ ที่เซลล์ Reports!F5' });
    expect(apply.textContent).toBe('แก้ตามคำแนะนำ');
    await clickAndSettle(checker, apply);
    const fixed = screen.getByRole('group', { name: 'แก้ตามคำแนะนำแล้ว' });
    expect(fixed.textContent).toContain('แก้เซลล์ Reports!F5 จาก “๑๒๐,๐๐๐” เป็น 120000 แล้ว');
    const undo = within(fixed).getByRole('button', { name: 'เลิกทำ การแก้ที่เซลล์ Reports!F5' });
    expect(undo.textContent).toBe('เลิกทำ');

    fireEvent.click(screen.getByRole('button', { name: 'รายการที่แก้ตามคำแนะนำ (1)' }));
    const entry = screen.getByRole('button', { name: 'ไปที่เซลล์ Reports!F5' }).closest('li') as HTMLElement;
    expect(within(entry).getByText('ใช้เลขไทย')).toBeTruthy();
    expect(entry.textContent).toContain('จาก “๑๒๐,๐๐๐” เป็น 120000');
    expect(entry.textContent).toContain('แก้เมื่อ 18 มี.ค. 2563');
    expect(within(entry).getByRole('button', { name: 'เลิกทำ การแก้ที่เซลล์ Reports!F5' }).textContent).toBe('เลิกทำ');

    await clickAndSettle(checker, undo);
    expect(screen.getByRole('group', { name: 'เลิกทำแล้ว' }).textContent).toContain('เซลล์ Reports!F5 กลับเป็น “๑๒๐,๐๐๐” ตามเดิมแล้ว');
  });
});
