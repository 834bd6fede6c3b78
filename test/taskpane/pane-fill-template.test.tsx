/**
 * @jest-environment jsdom
 */
import './setup';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { createSimulatedExcel, workbookFromRows } from '../../src/devhost';
import { createExcelChecker } from '../../src/excel';
import { App } from '../../src/taskpane/App';

jest.setTimeout(60_000);

const CODES = ['03000000-2441', '03000000-2442'];

/** Two projects, one with three reports and one with none. */
function projectsModel() {
  return workbookFromRows([
    {
      name: 'โครงการ',
      rows: [
        ['รหัสโครงการ', 'ชื่อโครงการ', 'ปีงบประมาณ', 'งบประมาณที่ได้รับ'],
        [CODES[0], 'ก่อสร้างเขื่อนริมคลอง', 2563, 1_918_000],
        [CODES[1], 'ปรับปรุงถนน', 2563, 500_000],
      ],
      numberFormats: [[], ['@'], ['@']],
    },
    {
      name: 'รายงาน',
      rows: [
        ['รหัสโครงการ', 'รายงานครั้งที่', 'วันที่รายงาน', 'ความก้าวหน้า (%)', 'เบิกจ่ายสะสม'],
        [CODES[0], 1, 43769, 10, 100_000],
        [CODES[0], 2, 43799, 20, 250_000],
        [CODES[0], 3, 43829, 30, 400_000],
      ],
      numberFormats: [[], ['@', 'General', 'd/m/yyyy'], ['@', 'General', 'd/m/yyyy'], ['@', 'General', 'd/m/yyyy']],
    },
  ]);
}

async function renderPane() {
  const host = createSimulatedExcel(projectsModel());
  render(<App checker={createExcelChecker(host)} saveFile={() => undefined} />);
  await screen.findByRole('heading', { name: 'Standard form' });
  return host;
}

const sheetNames = (host: ReturnType<typeof createSimulatedExcel>) => host.model.sheets.map((sheet) => sheet.name);

describe('custom templates in the task pane', () => {
  it('lists every placeholder with its explanation, collapsed until opened', async () => {
    await renderPane();
    expect(screen.queryByRole('list', { name: 'Placeholders a template may hold' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Placeholders a template may hold' }));
    const list = await screen.findByRole('list', { name: 'Placeholders a template may hold' });
    const items = within(list).getAllByRole('listitem').map((item) => item.textContent);
    expect(items).toContain('{{budget}} — Budget received (baht)');
    expect(items).toContain('{{#reports}} — Put in any cell of a row: the row repeats once per progress report');
    expect(items).toHaveLength(29);
  });

  it('inserts the starter template as a new sheet, never over one, and fills every project from it', async () => {
    const host = await renderPane();
    fireEvent.click(screen.getByRole('button', { name: 'Insert starter template' }));
    await screen.findByText(/The starter template was inserted as a new sheet “แม่แบบรายงาน”/);
    const starter = host.model.sheets.find((sheet) => sheet.name === 'แม่แบบรายงาน')!;
    expect(starter.cells.A11.value).toBe('{{#reports}}{{reportNo}}');
    expect(starter.cells.E12.formula).toBe('=SUM(E11:E11)');
    expect(starter.cells.B7.numberFormat).toBe('#,##0.00');

    // It is now the template chosen.
    expect((screen.getByRole('radio', { name: /A template sheet of this workbook/ }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('combobox', { name: 'Template sheet' }) as HTMLSelectElement).value).toBe('แม่แบบรายงาน');

    fireEvent.click(screen.getByRole('radio', { name: 'All projects' }));
    fireEvent.click(screen.getByRole('button', { name: 'Fill forms' }));
    const dialog = await screen.findByRole('dialog').catch(() => undefined);
    if (dialog) fireEvent.click(within(dialog).getAllByRole('button', { hidden: true })[0]);
    await screen.findByText('Forms filled');
    const filled = host.model.sheets.find((sheet) => sheet.name === `แม่แบบรายงาน ${CODES[0]}`)!;
    expect([filled.cells.A11.value, filled.cells.A13.value]).toEqual([1, 3]);
    expect(filled.cells.E14.formula).toBe('=SUM(E11:E13)');
    expect(filled.cells.F13.value).toBe(400_000);
    expect(filled.cells.B7.value).toBe(1_918_000);
    expect(sheetNames(host)).toContain(`แม่แบบรายงาน ${CODES[1]}`);

    // A second starter goes beside the first.
    fireEvent.click(screen.getByRole('button', { name: 'Insert starter template' }));
    await screen.findByText(/new sheet “แม่แบบรายงาน \(2\)”/);
  });

  it('names a template’s mistakes and writes nothing', async () => {
    const host = await renderPane();
    await host.Excel.run(async (context) => {
      context.workbook.worksheets.add('แม่แบบ').getRange('A1:B1').values = [['{{code}}', '{{budjet}}']];
      await context.sync();
    });
    const before = sheetNames(host);
    fireEvent.click(screen.getByRole('radio', { name: /A template sheet of this workbook/ }));
    await waitFor(() => expect((screen.getByRole('combobox', { name: 'Template sheet' }) as HTMLSelectElement).value).toBe('แม่แบบ'));
    fireEvent.click(screen.getByRole('radio', { name: 'All projects' }));
    fireEvent.click(screen.getByRole('button', { name: 'Fill forms' }));
    await screen.findByText('The template has mistakes: nothing was filled');
    expect(screen.getByText('unknown placeholder {{budjet}} in แม่แบบ!B1 (did you mean {{budget}}?)')).toBeTruthy();
    expect(sheetNames(host)).toEqual(before);
  });
});
