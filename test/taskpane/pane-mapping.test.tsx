/** @jest-environment jsdom */
import './setup';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { FakeChecker } from './fake-checker';
import { renderPane, settled, validateWorkbook } from './render-pane';

/** Opens the mapping of one table and returns its panel. */
function openTable(title: string): HTMLElement {
  const header = screen.getByRole('button', { name: title });
  fireEvent.click(header);
  return screen.getByRole('region', { name: title });
}

async function choose(panel: HTMLElement, combobox: string, option: string): Promise<void> {
  fireEvent.click(within(panel).getByRole('combobox', { name: combobox }));
  fireEvent.click(await screen.findByRole('option', { name: option }));
}

describe('the column mapping panel', () => {
  it('shows each table with its role, header row and the field of every header', async () => {
    const checker = new FakeChecker();
    await renderPane(checker);
    await validateWorkbook(checker);

    const mapping = screen.getByRole('region', { name: 'Column mapping' });
    expect(within(mapping).getAllByRole('heading', { level: 3 }).map((h) => h.textContent))
      .toEqual(['Projects — Projects table', 'Reports — Progress reports table']);
    openTable('Projects — Projects table');
    expect(screen.getByText('header in row 1, 2 data rows')).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'Table type' }).textContent).toBe('Projects table');
    expect(screen.getByRole('combobox', { name: 'Column A “รหัสโครงการ”' }).textContent).toBe('project code');
    expect(screen.getByRole('combobox', { name: 'Column C “หมายเหตุ”' }).textContent).toBe('Not mapped');
    expect((screen.getByRole('spinbutton', { name: 'Header row' }) as HTMLInputElement).value).toBe('1');
  });

  it('saves a role chosen for a sheet as its override and re-validates', async () => {
    const checker = new FakeChecker();
    await renderPane(checker);
    await validateWorkbook(checker);

    await choose(openTable('Projects — Projects table'), 'Table type', 'Combined table (one row per report)');
    await waitFor(() => expect(checker.callsOf('validate')).toHaveLength(2));
    await settled();
    expect(checker.callsOf('saveSettings').map((c) => c.settings.overrides)).toEqual([{ Projects: { role: 'flat' } }]);
  });

  it('saves a header row typed in, once committed', async () => {
    const checker = new FakeChecker();
    await renderPane(checker);
    await validateWorkbook(checker);

    const row = within(openTable('Reports — Progress reports table')).getByRole('spinbutton', { name: 'Header row' });
    fireEvent.change(row, { target: { value: '3' } });
    expect(checker.callsOf('saveSettings')).toHaveLength(0);
    fireEvent.blur(row);
    await waitFor(() => expect(checker.callsOf('validate')).toHaveLength(2));
    await settled();
    expect(checker.settings.overrides).toEqual({ Reports: { headerRow: 3 } });
  });

  it('maps a header to a field (Thai labels in Thai) or to nothing, keeping earlier choices of the sheet', async () => {
    const checker = new FakeChecker({ displayLanguage: 'th', settings: { overrides: { Reports: { headerRow: 2 } } } });
    await renderPane(checker);
    await validateWorkbook(checker);

    await choose(openTable('Reports — ตารางรายงานความก้าวหน้า'), 'คอลัมน์ F “ความก้าวหน้า”', 'เบิกจ่ายสะสม');
    await waitFor(() => expect(checker.callsOf('validate')).toHaveLength(2));
    await settled();
    await choose(screen.getByRole('region', { name: 'การจับคู่คอลัมน์' }), 'คอลัมน์ B “รายงานครั้งที่”', 'ไม่จับคู่');
    await waitFor(() => expect(checker.callsOf('validate')).toHaveLength(3));
    await settled();

    expect(checker.callsOf('saveSettings').map((c) => c.settings.overrides)).toEqual([
      { Reports: { headerRow: 2, columns: { F: 'disbursedToDate' } } },
      { Reports: { headerRow: 2, columns: { F: 'disbursedToDate', B: null } } },
    ]);
  });

  it('resets a sheet to automatic detection, also when its override now finds no table', async () => {
    const checker = new FakeChecker({ settings: { overrides: { Plan: { headerRow: 40 }, Projects: { role: 'projects' } } } });
    await renderPane(checker);
    await validateWorkbook(checker);

    const plan = openTable('Plan — No table found with these settings');
    fireEvent.click(within(plan).getByRole('button', { name: 'Use automatic detection' }));
    await waitFor(() => expect(checker.callsOf('validate')).toHaveLength(2));
    await settled();
    expect(checker.settings.overrides).toEqual({ Projects: { role: 'projects' } });
    expect(screen.queryByRole('button', { name: /^Plan/ })).toBeNull();
  });
});
