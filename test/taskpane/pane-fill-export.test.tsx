/**
 * @jest-environment jsdom
 */
import './setup';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { standardFormSheetName } from '../../src/core/template/standard-form';
import { createSimulatedExcel } from '../../src/devhost';
import { createExcelChecker } from '../../src/excel';
import { App } from '../../src/taskpane/App';
import { workbookModelFromXlsx } from '../../src/xlsx/host-workbook';
import { sampleModel } from '../excel/helpers';

jest.setTimeout(60_000);

interface Saved {
  content: BlobPart;
  fileName: string;
  type: string;
}

/** The pane over the sample in a simulated Excel; `onCreateWorkbook` makes it an Excel that can open new workbooks. */
async function renderOverSample(options: { onCreateWorkbook?: (data: Uint8Array) => void } = {}) {
  const host = createSimulatedExcel(await sampleModel(), options);
  const saved: Saved[] = [];
  render(<App checker={createExcelChecker(host)} saveFile={(content, fileName, type) => saved.push({ content, fileName, type })} />);
  await screen.findByRole('heading', { name: 'Standard form' });
  return { host, saved };
}

/** Exports every project's form with its findings, going on past the warning about projects whose data has errors. */
async function exportAllWithFindings(): Promise<void> {
  fireEvent.click(screen.getByRole('radio', { name: 'All projects' }));
  fireEvent.click(screen.getByRole('checkbox', { name: /List each project’s findings beside its form/ }));
  fireEvent.click(screen.getByRole('button', { name: 'Export as a new workbook' }));
  const dialog = await screen.findByRole('dialog');
  expect(dialog.textContent).toContain('The forms of 20 projects will be exported as a new workbook.');
  fireEvent.click(within(dialog).getByRole('button', { name: 'Export anyway', hidden: true }));
}

describe('exporting the standard forms as a workbook of their own', () => {
  it('downloads them where Excel cannot open a new workbook: one sheet per project, findings beside, this workbook unchanged', async () => {
    const { host, saved } = await renderOverSample();
    const sheetsBefore = host.model.sheets.map((sheet) => sheet.name);
    await exportAllWithFindings();

    const message = await screen.findByText(/were downloaded as/);
    expect(message.textContent).toContain('The forms of 20 projects were downloaded as “Standard forms (20 projects).xlsx”.');
    expect(saved).toHaveLength(1);
    expect(saved[0].fileName).toBe('Standard forms (20 projects).xlsx');
    expect(saved[0].type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const workbook = await workbookModelFromXlsx(saved[0].content as Uint8Array, saved[0].fileName);
    expect(workbook.sheets).toHaveLength(20);
    const first = workbook.sheets[0];
    expect(first.name).toMatch(/^แบบฟอร์ม /);
    // The findings' heading beside the form, in the pane's language.
    expect(first.cells.I1?.value).toBe('Findings for this project (outside the print area)');
    expect(host.model.sheets.map((sheet) => sheet.name)).toEqual(sheetsBefore);
  });

  it('opens them in a new Excel workbook where Excel can (ExcelApi 1.8)', async () => {
    const opened: Uint8Array[] = [];
    const { host, saved } = await renderOverSample({ onCreateWorkbook: (data) => opened.push(data) });
    await exportAllWithFindings();

    await screen.findByText('The forms of 20 projects are open in a new Excel workbook. Save it before closing it.');
    expect(saved).toHaveLength(0);
    expect(opened).toHaveLength(1);
    const workbook = await workbookModelFromXlsx(opened[0], 'forms.xlsx');
    const codes = (await createExcelChecker(host).forms!.plan({ kind: 'all' })).available.map((project) => project.code);
    expect(codes).toHaveLength(20);
    expect(workbook.sheets.map((sheet) => sheet.name)).toEqual(codes.map(standardFormSheetName));
  });
});
