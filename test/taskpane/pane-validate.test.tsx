/** @jest-environment jsdom */
import './setup';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { FakeChecker, FIXABLE_ISSUES } from './fake-checker';
import { FINDING, findingKey, renderPane, settled, VALIDATE, validateWorkbook, pressClearMarks } from './render-pane';

const findingsRegion = () => screen.getByRole('region', { name: 'Findings' });
const groupHeadings = () => within(findingsRegion()).getAllByRole('heading', { level: 3 }).map((h) => h.firstChild?.textContent);
const findingButtons = () => within(findingsRegion()).getAllByRole('button', { name: FINDING });

describe('validating from the task pane', () => {
  it('shows the counts per severity and every finding with its cell, message and fix', async () => {
    const checker = new FakeChecker();
    await renderPane(checker);
    await validateWorkbook(checker);

    const results = screen.getByRole('region', { name: 'Results' });
    expect(within(results).getByText('2 errors')).toBeTruthy();
    expect(within(results).getByText('1 warning')).toBeTruthy();
    expect(within(results).getByText('1 info')).toBeTruthy();

    const item = within(findingsRegion()).getByRole('button', {
      name: /^Error Reports!F5 Report 3 shows 100\.00% progress but 0 baht disbursed of a 1,918,000 baht budget Fix: /,
    });
    expect(item.textContent).toContain('Fix: Check the cumulative disbursement');
    expect(within(findingsRegion()).getByRole('button', { name: /^Info 'แผน 2563'!C4 The cell uses Thai digits/ })).toBeTruthy();
    expect(findingButtons()).toHaveLength(4);
    expect(checker.callsOf('validate')).toEqual([{ method: 'validate', lang: 'en' }]);
  });

  it('shows a progress bar while the run lasts, with the stage in words', async () => {
    const checker = new FakeChecker();
    await renderPane(checker);
    const release = checker.hold();
    fireEvent.click(screen.getByRole('button', { name: VALIDATE }));

    const bar = await screen.findByRole('progressbar');
    expect(bar.getAttribute('aria-valuenow')).toBe('0.25');
    expect(screen.getByText('Reading sheets…')).toBeTruthy();
    expect(screen.getByText('1 of 4')).toBeTruthy();
    expect(screen.getByRole('button', { name: VALIDATE }).getAttribute('aria-disabled')).toBe('true');

    await act(async () => release());
    await settled();
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('groups by rule with errors first, and by project with findings of no project last', async () => {
    const checker = new FakeChecker();
    await renderPane(checker);
    await validateWorkbook(checker);
    expect(groupHeadings()).toEqual([
      'Unreadable date', 'Completed without disbursement', 'Progress without disbursement', 'Thai digits',
    ]);

    fireEvent.click(screen.getByRole('radio', { name: 'Project' }));
    // A project is headed by its code and name, as a reviewer knows it.
    expect(groupHeadings()).toEqual(['03000000-2457 · ก่อสร้างสะพานข้ามคลองบางซื่อ', '03000000-2458 · ปรับปรุงถนนซอยวัดดอน', 'No project']);
    const secondProject = screen.getByRole('heading', { name: /03000000-2458 · ปรับปรุงถนนซอยวัดดอน/ }).parentElement!;
    expect(within(secondProject).getAllByRole('button', { name: FINDING }).map(findingKey))
      .toEqual(['error Projects!D3', 'warning Reports!F7']);
  });

  it('heads a project whose name is unknown by its code alone', async () => {
    const checker = new FakeChecker({ projectNames: { '03000000-2457': 'ก่อสร้างสะพานข้ามคลองบางซื่อ' } });
    await renderPane(checker);
    await validateWorkbook(checker);
    fireEvent.click(screen.getByRole('radio', { name: 'Project' }));
    expect(groupHeadings()).toEqual(['03000000-2457 · ก่อสร้างสะพานข้ามคลองบางซื่อ', 'Project 03000000-2458', 'No project']);
  });

  it('filters the list by severity with checkboxes', async () => {
    const checker = new FakeChecker();
    await renderPane(checker);
    await validateWorkbook(checker);

    const filters = screen.getByRole('group', { name: 'Show' });
    const errors = within(filters).getByRole('checkbox', { name: 'Error' }) as HTMLInputElement;
    expect(errors.checked).toBe(true);
    fireEvent.click(errors);
    expect(errors.checked).toBe(false);
    expect(findingButtons().map(findingKey))
      .toEqual(['warning Reports!F7', 'info แผน 2563!C4']);

    fireEvent.click(within(filters).getByRole('checkbox', { name: 'Warning' }));
    fireEvent.click(within(filters).getByRole('checkbox', { name: 'Info' }));
    expect(within(findingsRegion()).queryAllByRole('button', { name: FINDING })).toHaveLength(0);
    expect(within(findingsRegion()).getByText('No findings of the severities shown.')).toBeTruthy();
  });

  it('selects the finding’s cell in the workbook on click, and marks the finding as the current one', async () => {
    const checker = new FakeChecker();
    await renderPane(checker);
    await validateWorkbook(checker);

    const item = within(findingsRegion()).getByRole('button', { name: /^Error Reports!F5 / });
    expect(item.getAttribute('aria-current')).toBeNull();
    fireEvent.click(item);
    await waitFor(() => expect(checker.callsOf('select')).toEqual([{ method: 'select', sheet: 'Reports', cell: 'F5' }]));
    expect(item.getAttribute('aria-current')).toBe('true');

    fireEvent.click(within(findingsRegion()).getByRole('button', { name: 'Go to cell Projects!G2' }));
    await waitFor(() => expect(checker.callsOf('select')).toHaveLength(2));
    expect(checker.callsOf('select')[1]).toEqual({ method: 'select', sheet: 'Reports', cell: 'Projects!G2' });
  });

  it('says how many cells were marked and that notes were written', async () => {
    const checker = new FakeChecker();
    await renderPane(checker);
    await validateWorkbook(checker);
    const bar = screen.getByRole('group', { name: 'Validation finished' });
    expect(bar.textContent).toContain('Marked 4 cells with a fill and a note, and listed the findings on the sheet “Issues”.');
  });

  it('explains that an Excel without notes shows fills and the Issues sheet only', async () => {
    const checker = new FakeChecker({ notes: 'unsupported' });
    await renderPane(checker);
    await validateWorkbook(checker);
    const bar = screen.getByRole('group', { name: 'Validation finished' });
    expect(bar.textContent).toContain('This version of Excel does not support notes, so it shows the fills and the “Issues” sheet only.');
  });

  it('clears the marks and empties the list', async () => {
    const checker = new FakeChecker();
    await renderPane(checker);
    await validateWorkbook(checker);
    expect(findingButtons()).toHaveLength(4);

    await pressClearMarks();
    await waitFor(() => expect(checker.callsOf('clearMarks')).toHaveLength(1));
    await settled();
    expect(screen.queryByRole('region', { name: 'Findings' })).toBeNull();
    expect(screen.queryAllByRole('button', { name: FINDING })).toHaveLength(0);
    expect(screen.getByRole('group', { name: 'Marks cleared' }).textContent)
      .toContain('Restored the original format of 4 cells');
    expect(checker.callsOf('clearMarks')).toEqual([{ method: 'clearMarks', undoFixes: false }]);
  });

  it('asks before clearing, saying the applied fixes stay unless undone too; Cancel clears nothing', async () => {
    const checker = new FakeChecker();
    await renderPane(checker);
    await validateWorkbook(checker);
    fireEvent.click(screen.getByRole('button', { name: 'Clear marks' }));
    const dialog = await screen.findByRole('dialog', { name: 'Clear marks' });
    expect(dialog.textContent).toContain('Fixes you applied stay unless you choose to undo them too.');
    const undo = within(dialog).getByRole('checkbox', { name: 'Also undo the applied fixes', hidden: true }) as HTMLInputElement;
    expect(undo.checked).toBe(false);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel', hidden: true }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(checker.callsOf('clearMarks')).toEqual([]);
    expect(findingButtons()).toHaveLength(4);
  });

  it('keeps the applied fixes when clearing, and says so', async () => {
    const checker = new FakeChecker({ issues: FIXABLE_ISSUES });
    await renderPane(checker);
    await validateWorkbook(checker);
    fireEvent.click(screen.getByRole('button', { name: 'Apply fix to Reports!F5' }));
    await waitFor(() => expect(checker.callsOf('applyFix')).toHaveLength(1));
    await settled();

    await pressClearMarks();
    await waitFor(() => expect(checker.callsOf('clearMarks')).toHaveLength(1));
    await settled();
    expect(checker.callsOf('clearMarks')).toEqual([{ method: 'clearMarks', undoFixes: false }]);
    expect(checker.cellContent('Reports', 'F5').value).toBe(120000);
    expect(screen.getByRole('group', { name: 'Marks cleared' }).textContent).toContain('The fix you applied stays in its cell.');
  });

  it('undoes the applied fixes too when the box is ticked, and says how many', async () => {
    const checker = new FakeChecker({ issues: FIXABLE_ISSUES });
    await renderPane(checker);
    await validateWorkbook(checker);
    for (const address of ['Reports!F5', 'Projects!B3']) {
      const before = checker.callsOf('applyFix').length;
      fireEvent.click(screen.getByRole('button', { name: `Apply fix to ${address}` }));
      await waitFor(() => expect(checker.callsOf('applyFix')).toHaveLength(before + 1));
      await settled();
    }

    await pressClearMarks({ undoFixes: true });
    await waitFor(() => expect(checker.callsOf('clearMarks')).toHaveLength(1));
    await settled();
    expect(checker.callsOf('clearMarks')).toEqual([{ method: 'clearMarks', undoFixes: true }]);
    expect(checker.cellContent('Reports', 'F5').value).toBe('๑๒๐,๐๐๐');
    expect(checker.cellContent('Projects', 'B3').value).toBe('  ปรับปรุงถนน  ซอย 5 ');
    expect(screen.getByRole('group', { name: 'Marks cleared' }).textContent).toContain('Undid 2 applied fixes.');
  });

  it('asks in Thai too', async () => {
    const checker = new FakeChecker({ displayLanguage: 'th' });
    await renderPane(checker);
    fireEvent.click(screen.getByRole('button', { name: 'ล้างเครื่องหมาย' }));
    const dialog = await screen.findByRole('dialog', { name: 'ล้างเครื่องหมาย' });
    expect(dialog.textContent).toContain('ค่าที่แก้ตามคำแนะนำจะยังคงอยู่ เว้นแต่เลือกให้เลิกทำด้วย');
    expect(within(dialog).getByRole('checkbox', { name: 'เลิกทำการแก้ตามคำแนะนำทั้งหมดด้วย', hidden: true })).toBeTruthy();
  });

  it('says plainly when no table with recognisable headers was found, naming example headers', async () => {
    const checker = new FakeChecker({ issues: [], tables: [] });
    await renderPane(checker);
    await validateWorkbook(checker);

    const bar = screen.getByRole('group', { name: 'No table found' });
    expect(bar.textContent).toContain('No table with recognisable headers was found');
    expect(bar.textContent).toContain('“รหัสโครงการ”');
    expect(bar.textContent).toContain('“ชื่อโครงการ”');
    expect(bar.textContent).toContain('“รายงานครั้งที่”');
    // "No problems" would be a false reassurance when nothing was read.
    expect(screen.queryByText('No problems found in this workbook.')).toBeNull();
    expect(screen.queryByRole('group', { name: 'Validation finished' })).toBeNull();
  });

  it('says no problems were found when the workbook is clean', async () => {
    const checker = new FakeChecker({ issues: [] });
    await renderPane(checker);
    await validateWorkbook(checker);
    expect(screen.getByText('No problems found in this workbook.')).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Validation finished' }).textContent).toContain('No problems found; no cell was marked.');
  });
});
