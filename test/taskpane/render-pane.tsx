import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import type { SaveFile } from '../../src/taskpane/download-file';
import type { FakeChecker } from './fake-checker';

/** The instant the tests' waivers are stamped with. */
export const NOW = new Date('2020-03-18T09:30:00.000Z');

export const VALIDATE = /^(Validate workbook|ตรวจสอบทั้งสมุดงาน)$/;

/**
 * Renders the pane over `checker` and waits for it to have read the workbook's settings.
 * `saveFile` receives the files the pane saves (none is downloaded in the tests).
 */
export async function renderPane(checker: FakeChecker, saveFile: SaveFile = () => undefined) {
  const result = render(<App checker={checker} now={() => NOW} saveFile={saveFile} />);
  await waitFor(() => expect(checker.callsOf('loadSettings').length).toBeGreaterThan(0));
  return result;
}

/** Waits until no run is going on (the Validate button is enabled again) and no part of the pane is still loading its code. */
export async function settled(): Promise<void> {
  await waitFor(() => expect(screen.getByRole('button', { name: VALIDATE }).getAttribute('aria-disabled')).not.toBe('true'));
  await waitFor(() => expect(document.querySelector('[aria-busy="true"]')).toBeNull());
}

/** Presses Validate (in whichever language is shown) and waits for the run to finish. */
export async function validateWorkbook(checker: FakeChecker): Promise<void> {
  const before = checker.callsOf('validate').length;
  fireEvent.click(screen.getByRole('button', { name: VALIDATE }));
  await waitFor(() => expect(checker.callsOf('validate')).toHaveLength(before + 1));
  await settled();
}

/** Finding buttons are named by their visible text: severity, cell, message, fix. */
export const FINDING = /^(Error|Warning|Info) /;

/** `error Reports!F5`: which finding a button in the list stands for (from its item's data attributes). */
export function findingKey(button: HTMLElement): string {
  const item = button.closest('li') as HTMLElement;
  return `${item.dataset.severity} ${item.dataset.sheet}!${item.dataset.cell}`;
}

export const CLEAR_MARKS = /^(Clear marks|ล้างเครื่องหมาย)$/;

/**
 * Presses Clear marks and confirms in its dialog (in whichever language is shown), ticking
 * "Also undo the applied fixes" when `undoFixes`; does not wait for the run.
 */
export async function pressClearMarks(options: { undoFixes?: boolean } = {}): Promise<void> {
  fireEvent.click(screen.getByRole('button', { name: CLEAR_MARKS }));
  const dialog = await screen.findByRole('dialog');
  // Under jsdom, Fluent's modalizer (tabster) can mark a surface aria-hidden once another popup
  // has come and gone (microsoft/fluentui#35139; see pane-waive.test.tsx); a browser does not,
  // and the browser tests drive this dialog by role. So its controls are queried hidden or not.
  const unticked = within(dialog).getByRole('checkbox', { name: /^(Also undo the applied fixes|เลิกทำการแก้ตามคำแนะนำทั้งหมดด้วย)$/, hidden: true });
  if (options.undoFixes) fireEvent.click(unticked);
  fireEvent.click(within(dialog).getByRole('button', { name: CLEAR_MARKS, hidden: true }));
}
