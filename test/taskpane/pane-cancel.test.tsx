/** @jest-environment jsdom */
import './setup';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { FakeChecker, FIXABLE_ISSUES } from './fake-checker';
import { renderPane, settled, VALIDATE, validateWorkbook } from './render-pane';

const CANCEL = /^(Cancel|ยกเลิก)$/;

describe('cancelling a validation from the task pane', () => {
  it('offers Cancel beside the progress bar while reading; Cancel aborts the run, says nothing was changed and keeps the last results', async () => {
    const checker = new FakeChecker();
    await renderPane(checker);
    await validateWorkbook(checker);
    const findingsBefore = screen.getByRole('region', { name: 'Findings' }).textContent;
    expect(screen.queryByRole('button', { name: CANCEL })).toBeNull();

    checker.hold();
    fireEvent.click(screen.getByRole('button', { name: VALIDATE }));
    await screen.findByRole('progressbar');
    const cancel = screen.getByRole('button', { name: CANCEL });
    expect(cancel.getAttribute('aria-disabled')).not.toBe('true');
    cancel.focus();
    fireEvent.click(cancel);

    expect(checker.validateSignals[1]?.aborted).toBe(true);
    await settled();
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.queryByRole('button', { name: CANCEL })).toBeNull();
    expect(screen.getByText('Validation cancelled')).toBeTruthy();
    expect(screen.getByText('Nothing in the workbook was changed.')).toBeTruthy();
    // Not an error, and the last run's findings still stand: nothing in the workbook changed.
    expect(screen.queryByText('Something went wrong')).toBeNull();
    expect(document.querySelector('[class*="MessageBar"][data-intent="error"]')).toBeNull();
    expect(screen.getByRole('region', { name: 'Findings' }).textContent).toBe(findingsBefore);
    // The focus was on Cancel, which is gone: Validate has it, not the page.
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: VALIDATE })));
  });

  it('runs the next validation as usual after a cancelled one', async () => {
    const checker = new FakeChecker();
    await renderPane(checker);
    checker.hold();
    fireEvent.click(screen.getByRole('button', { name: VALIDATE }));
    fireEvent.click(await screen.findByRole('button', { name: CANCEL }));
    await settled();
    expect(screen.getByText('Validation cancelled')).toBeTruthy();

    await validateWorkbook(checker);
    expect(screen.queryByText('Validation cancelled')).toBeNull();
    expect(screen.getByText('Validation finished')).toBeTruthy();
    expect(checker.validateSignals[1]?.aborted).toBe(false);
  });

  it('shows Cancel disabled, saying why, once marking has begun; the run then finishes', async () => {
    const checker = new FakeChecker();
    await renderPane(checker);
    const release = checker.hold('marking');
    fireEvent.click(screen.getByRole('button', { name: VALIDATE }));
    await screen.findByText('Marking cells…');
    const cancel = screen.getByRole('button', { name: CANCEL });
    expect(cancel.getAttribute('aria-disabled')).toBe('true');
    const hint = 'Marking has begun and finishes first; Clear marks can take the marks off afterwards.';
    expect(document.getElementById(cancel.getAttribute('aria-describedby') ?? '')?.textContent).toBe(hint);
    fireEvent.click(cancel);
    expect(checker.validateSignals[0]?.aborted).toBe(false);

    await act(async () => release());
    await settled();
    expect(screen.getByText('Validation finished')).toBeTruthy();
    expect(screen.queryByText(hint)).toBeNull();
  });

  it('offers no Cancel for the re-validation that follows a quick fix: it finishes that change', async () => {
    const checker = new FakeChecker({ issues: FIXABLE_ISSUES });
    await renderPane(checker);
    await validateWorkbook(checker);
    fireEvent.click(screen.getAllByRole('button', { name: /^Apply fix/ })[0]);
    await waitFor(() => expect(checker.validateSignals).toHaveLength(2));
    await settled();
    expect(checker.validateSignals[0]).toBeInstanceOf(AbortSignal);
    expect(checker.validateSignals[1]).toBeUndefined();
  });
});
