/** @jest-environment jsdom */
import './setup';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Issue } from '../../src/core/model';
import { FakeChecker } from './fake-checker';
import { MAPPING_TABLES, NO_START_DATE, PROGRESS_WARNING, RETURNED_NOT_RUN, UNKNOWN_H } from './mapping-fixtures';
import { renderPane, settled, validateWorkbook, pressClearMarks } from './render-pane';

const PROJECTS_TITLE = 'Projects — Projects table';
const REPORTS_TITLE = 'Reports — Progress reports table';

function checkerWith(issues: Issue[], options: ConstructorParameters<typeof FakeChecker>[0] = {}): FakeChecker {
  return new FakeChecker({ tables: MAPPING_TABLES, issues, ...options });
}

/** The finding's card in the list. */
function findingItem(issue: Issue): HTMLElement {
  const findings = screen.getByRole('region', { name: /^(Findings|รายการที่พบ)$/ });
  const item = within(findings).getAllByRole('listitem')
    .find((li) => li.dataset.rule === issue.rule && li.dataset.sheet === issue.sheet && li.dataset.cell === issue.cell);
  if (!item) throw new Error(`no finding ${issue.rule} at ${issue.sheet}!${issue.cell}`);
  return item;
}

/** The comboboxes of a table's mapping are, top to bottom, the ones named `names`. */
function expectComboboxOrder(region: HTMLElement, names: string[]): void {
  const shown = within(region).getAllByRole('combobox');
  expect(names.map((name) => shown.indexOf(within(region).getByRole('combobox', { name })))).toEqual(names.map((_, index) => index));
  expect(shown).toHaveLength(names.length);
}

describe('mapping a column from a finding', () => {
  it('"Map column…" on an unknown column opens its table’s mapping with that column focused', async () => {
    const checker = checkerWith([UNKNOWN_H]);
    await renderPane(checker);
    await validateWorkbook(checker);
    expect(screen.queryByRole('region', { name: REPORTS_TITLE })).toBeNull();

    fireEvent.click(within(findingItem(UNKNOWN_H)).getByRole('button', { name: 'Map column… for the finding at Reports!H2' }));

    const reports = await screen.findByRole('region', { name: REPORTS_TITLE });
    const column = within(reports).getByRole('combobox', { name: 'Column H “ยอดเงินงวดนี้”' });
    await waitFor(() => expect(document.activeElement).toBe(column));
    // Only that table was opened.
    expect(screen.queryByRole('region', { name: PROJECTS_TITLE })).toBeNull();
  });

  it('asked again, focuses the column again; after Clear marks and a new validation nothing opens by itself', async () => {
    const checker = checkerWith([UNKNOWN_H]);
    await renderPane(checker);
    await validateWorkbook(checker);
    const mapColumn = () => within(findingItem(UNKNOWN_H)).getByRole('button', { name: /^Map column…/ });
    fireEvent.click(mapColumn());
    const column = await screen.findByRole('combobox', { name: 'Column H “ยอดเงินงวดนี้”' });
    await waitFor(() => expect(document.activeElement).toBe(column));

    mapColumn().focus();
    fireEvent.click(mapColumn());
    await waitFor(() => expect(document.activeElement).toBe(column));

    await pressClearMarks();
    await waitFor(() => expect(checker.callsOf('clearMarks')).toHaveLength(1));
    await settled();
    await validateWorkbook(checker);
    expect(screen.queryByRole('region', { name: REPORTS_TITLE })).toBeNull();
  });

  it('lists the columns that may hold a missing field first, says so, and focuses the likeliest', async () => {
    const checker = checkerWith([RETURNED_NOT_RUN, PROGRESS_WARNING]);
    await renderPane(checker);
    await validateWorkbook(checker);

    fireEvent.click(within(findingItem(RETURNED_NOT_RUN)).getByRole('button', { name: 'Map column… for the finding at Projects!A1' }));

    const projects = await screen.findByRole('region', { name: PROJECTS_TITLE });
    expectComboboxOrder(projects, [
      'Table type', 'Column C “เงินเหลือจ่าย”', 'Column A “รหัสโครงการ”', 'Column B “ชื่อโครงการ”', 'Column D “หมายเหตุ”',
    ]);
    const column = within(projects).getByRole('combobox', { name: 'Column C “เงินเหลือจ่าย”' });
    await waitFor(() => expect(document.activeElement).toBe(column));
    expect(column.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(column.getAttribute('aria-describedby')!.split(' ')[0])?.textContent)
      .toBe('This column looks like budget returned');
    // Other findings have no mapping action.
    expect(within(findingItem(PROGRESS_WARNING)).queryByRole('button', { name: /Map column/ })).toBeNull();
  });

  it('a missing required column with no likely column leads to the table, focused on its first column', async () => {
    const checker = checkerWith([NO_START_DATE]);
    await renderPane(checker);
    await validateWorkbook(checker);

    fireEvent.click(within(findingItem(NO_START_DATE)).getByRole('button', { name: 'Map column… for the finding at Projects!A1' }));

    const projects = await screen.findByRole('region', { name: PROJECTS_TITLE });
    expectComboboxOrder(projects, [
      'Table type', 'Column A “รหัสโครงการ”', 'Column B “ชื่อโครงการ”', 'Column C “เงินเหลือจ่าย”', 'Column D “หมายเหตุ”',
    ]);
    await waitFor(() => expect(document.activeElement).toBe(within(projects).getByRole('combobox', { name: 'Column A “รหัสโครงการ”' })));
  });

  it('saves the field picked there and re-validates; the columns go back to their order', async () => {
    const checker = checkerWith([RETURNED_NOT_RUN]);
    await renderPane(checker);
    await validateWorkbook(checker);
    fireEvent.click(within(findingItem(RETURNED_NOT_RUN)).getByRole('button', { name: /^Map column…/ }));
    const projects = await screen.findByRole('region', { name: PROJECTS_TITLE });

    fireEvent.click(within(projects).getByRole('combobox', { name: 'Column C “เงินเหลือจ่าย”' }));
    fireEvent.click(await screen.findByRole('option', { name: 'budget returned' }));
    await waitFor(() => expect(checker.callsOf('validate')).toHaveLength(2));
    await settled();
    expect(checker.settings.overrides).toEqual({ Projects: { columns: { C: 'returned' } } });
    expectComboboxOrder(screen.getByRole('region', { name: PROJECTS_TITLE }), [
      'Table type', 'Column A “รหัสโครงการ”', 'Column B “ชื่อโครงการ”', 'Column C “เงินเหลือจ่าย”', 'Column D “หมายเหตุ”',
    ]);
  });
});

describe('the column dropdowns', () => {
  it('offer the header’s candidates the table can hold first, likeliest first, then every other choice', async () => {
    const checker = checkerWith([]);
    await renderPane(checker);
    await validateWorkbook(checker);
    fireEvent.click(screen.getByRole('button', { name: REPORTS_TITLE }));
    const reports = screen.getByRole('region', { name: REPORTS_TITLE });

    fireEvent.click(within(reports).getByRole('combobox', { name: 'Column H “ยอดเงินงวดนี้”' }));
    const listbox = await screen.findByRole('listbox');
    const names = within(listbox).getAllByRole('option').map((option) => option.textContent);
    expect(names).toEqual([
      'disbursed in period', 'disbursed to date',
      'Not mapped', 'project code', 'report no.', 'report date', 'stage', 'progress (%)', 'on plan', 'on target',
    ]);
    expect(within(within(listbox).getByRole('group', { name: 'Likely' })).getAllByRole('option').map((o) => o.textContent))
      .toEqual(['disbursed in period', 'disbursed to date']);
  });

  it('without candidates keep the plain list: not mapped, then the table’s fields', async () => {
    const checker = checkerWith([]);
    await renderPane(checker);
    await validateWorkbook(checker);
    fireEvent.click(screen.getByRole('button', { name: PROJECTS_TITLE }));
    fireEvent.click(within(screen.getByRole('region', { name: PROJECTS_TITLE })).getByRole('combobox', { name: 'Column D “หมายเหตุ”' }));
    const listbox = await screen.findByRole('listbox');
    expect(within(listbox).queryByRole('group')).toBeNull();
    expect(within(listbox).getAllByRole('option').slice(0, 3).map((option) => option.textContent))
      .toEqual(['Not mapped', 'project code', 'project name']);
  });

  it('say why a column was read from its data, in the pane’s language', async () => {
    const checker = checkerWith([], { displayLanguage: 'th' });
    await renderPane(checker);
    await validateWorkbook(checker);
    fireEvent.click(screen.getByRole('button', { name: 'Reports — ตารางรายงานความก้าวหน้า' }));
    const reports = screen.getByRole('region', { name: 'Reports — ตารางรายงานความก้าวหน้า' });
    const column = within(reports).getByRole('combobox', { name: 'คอลัมน์ G “งบประมาณที่เบิกใช้ (บาท)”' });
    const hint = document.getElementById(column.getAttribute('aria-describedby')!.split(' ')[0]);
    expect(hint?.textContent).toBe('"งบประมาณที่เบิกใช้ (บาท)" อ่านเป็นยอดสะสม: ไม่เคยลดลง');
    // A column read by its header name has nothing to explain.
    expect(within(reports).getByRole('combobox', { name: 'คอลัมน์ F “ความก้าวหน้า”' }).getAttribute('aria-describedby')).toBeNull();
  });
});

describe('the results say when checks did not run', () => {
  it('a warning line per check not run, in the pane’s language, with the same Map column action', async () => {
    const checker = checkerWith([RETURNED_NOT_RUN, PROGRESS_WARNING], { displayLanguage: 'th' });
    await renderPane(checker);
    await validateWorkbook(checker);

    const results = screen.getByRole('region', { name: 'ผลการตรวจ' });
    expect(within(results).getByText('มีการตรวจที่ไม่ได้ทำ')).toBeTruthy();
    expect(within(results).getByText(RETURNED_NOT_RUN.message.th)).toBeTruthy();

    fireEvent.click(within(results).getByRole('button', { name: 'จับคู่คอลัมน์… สำหรับรายการที่ Projects!A1' }));
    const projects = await screen.findByRole('region', { name: 'Projects — ตารางโครงการ' });
    await waitFor(() => expect(document.activeElement).toBe(within(projects).getByRole('combobox', { name: 'คอลัมน์ C “เงินเหลือจ่าย”' })));
  });

  it('says nothing of the kind when every check ran', async () => {
    const checker = checkerWith([PROGRESS_WARNING]);
    await renderPane(checker);
    await validateWorkbook(checker);
    const results = screen.getByRole('region', { name: 'Results' });
    expect(within(results).queryByText('Some checks did not run')).toBeNull();
    expect(within(results).queryByRole('button')).toBeNull();
  });
});

describe('saving the mappings as a config file', () => {
  it('saves the headers mapped by hand and the settings that differ from the defaults, as the CLI reads them', async () => {
    const saved: { content: unknown; fileName: string; type: string }[] = [];
    const checker = checkerWith([RETURNED_NOT_RUN], {
      settings: { config: { thresholds: { reportIntervalDays: 60 }, disabledRules: ['report-interval'] }, overrides: { Reports: { columns: { H: 'disbursedInPeriod' } } } },
    });
    await renderPane(checker, (content, fileName, type) => saved.push({ content, fileName, type }));
    await validateWorkbook(checker);
    fireEvent.click(screen.getByRole('button', { name: PROJECTS_TITLE }));
    fireEvent.click(within(screen.getByRole('region', { name: PROJECTS_TITLE })).getByRole('combobox', { name: 'Column C “เงินเหลือจ่าย”' }));
    fireEvent.click(await screen.findByRole('option', { name: 'budget returned' }));
    await waitFor(() => expect(checker.callsOf('validate')).toHaveLength(2));
    await settled();

    fireEvent.click(screen.getByRole('button', { name: 'Save mappings as config file' }));

    expect(saved.map(({ fileName, type }) => ({ fileName, type }))).toEqual([{ fileName: 'report-checker-config.json', type: 'application/json' }]);
    expect(JSON.parse(saved[0].content as string)).toEqual({
      headers: { 'เงินเหลือจ่าย': 'returned', 'ยอดเงินงวดนี้': 'disbursedInPeriod' },
      thresholds: { reportIntervalDays: 60 },
      disabledRules: ['report-interval'],
    });
  });
});
