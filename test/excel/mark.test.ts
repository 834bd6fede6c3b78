import type { Issue } from '../../src/core/model';
import { EXCEL_LIMITS, workbookFromRows, type SimulatedExcelHost, type WorkbookModel } from '../../src/devhost';
import { markIssues } from '../../src/excel/mark';
import { readState } from '../../src/excel/state-sheet';
import { CheckerError, type Language } from '../../src/excel/types';
import { scanWorkbook } from '../../src/excel/workbook-scan';
import { anIssue, cellsOf, largestPayload, simulated, syncsDuring, userCells } from './helpers';

function mark(host: SimulatedExcelHost, issues: Issue[], language: Language = 'en', notes = true) {
  return host.Excel.run(async (context) => {
    const scan = await scanWorkbook(context);
    const state = await readState(context, scan);
    return markIssues(context, { scan, state, issues, language, notes, noTables: false });
  });
}


function threeSheets(): WorkbookModel {
  return workbookFromRows([
    { name: 'แผน 2563', rows: [['รหัสโครงการ', 'งบประมาณ'], ['03000000-2457', 100], ['bad', -5]] },
    { name: "O'Brien", rows: [['a', 'b'], ['x', 'y']] },
    { name: 'Sheet 3', rows: [['c'], ['z']] },
  ]);
}

describe('markIssues', () => {
  it('fills each flagged cell with its most severe colour and notes every finding on it', async () => {
    const host = simulated(threeSheets());
    const result = await mark(host, [
      anIssue('แผน 2563', 'B3', { severity: 'info', message: { th: 'ข้อสังเกต', en: 'An info' } }),
      anIssue('แผน 2563', 'B3', { severity: 'error', message: { th: 'ติดลบ', en: 'Negative: -5' } }),
      anIssue('แผน 2563', 'A3', { severity: 'warning' }),
    ]);
    expect(result.markedCells).toBe(2);
    const cells = cellsOf(host.model, 'แผน 2563');
    expect(cells.B3.fill).toBe('#FFC7CE');
    expect(cells.A3.fill).toBe('#FFEB9C');
    expect(cells.B3.note).toBe('Project Report Checker\nError · required-value\nNegative: -5\nFix: Fill it in\nInfo · required-value\nAn info\nFix: Fill it in');
    expect(cells.B3.value).toBe(-5);
  });

  it('writes the Issues sheet: one row per finding in the chosen language, a link to each cell, data as text, header bold and frozen', async () => {
    const host = simulated(threeSheets());
    const formulaLike = anIssue("O'Brien", 'B2', { project: '=03-1', message: { th: '=SUM(A1) ไม่ใช่สูตร', en: '=SUM(A1) is not a formula' }, fix: undefined });
    await mark(host, [anIssue('แผน 2563', 'B3', { report: 3 }), formulaLike], 'th');
    const issues = host.model.sheets.find((sheet) => sheet.name === 'Issues');
    expect(issues?.frozenRows).toBe(1);
    const cells = issues?.cells ?? {};
    expect(['A1', 'B1', 'C1', 'D1', 'E1', 'F1', 'G1', 'H1'].map((cell) => cells[cell].value)).toEqual(['ระดับ', 'ชีต', 'เซลล์', 'กฎการตรวจสอบ', 'โครงการ', 'รายงาน', 'ข้อความ', 'วิธีแก้ไข']);
    expect(cells.A1.font?.bold).toBe(true);
    expect(cells.A2).toMatchObject({ value: 'ข้อผิดพลาด', fill: '#FFC7CE' });
    expect(cells.C2.hyperlink).toEqual({ documentReference: "'แผน 2563'!B3", textToDisplay: 'B3' });
    expect(cells.C3.hyperlink).toEqual({ documentReference: "'O''Brien'!B2", textToDisplay: 'B2' });
    expect(cells.F2.value).toBe(3);
    expect(cells.E3).toEqual({ value: '=03-1', numberFormat: '@' });
    expect(cells.G3).toEqual({ value: '=SUM(A1) ไม่ใช่สูตร', numberFormat: '@' });
    expect(cells.J1).toMatchObject({ value: 'ตรวจสอบด้วย Project Report Checker', numberFormat: '@' });
    expect(cells.K1).toMatchObject({ value: expect.any(Number), numberFormat: '[$-41E]d mmmm bbbb hh:mm' });
  });

  it("names its sheet 'Issues (2)' when a user's sheet is called Issues, never touches that sheet, and replaces only its own", async () => {
    const model = workbookFromRows([{ name: 'Data', rows: [['a']] }, { name: 'Issues', rows: [['my own notes']] }]);
    const host = simulated(model);
    expect((await mark(host, [anIssue('Data', 'A1')])).issuesSheet).toBe('Issues (2)');
    expect((await mark(host, [anIssue('Data', 'A1'), anIssue('Data', 'A1')])).issuesSheet).toBe('Issues (2)');
    expect(host.model.sheets.map((sheet) => sheet.name)).toEqual(['Data', 'Issues', 'ReportChecker.State', 'Issues (2)']);
    expect(cellsOf(host.model, 'Issues')).toEqual({ A1: { value: 'my own notes' } });
    expect(cellsOf(host.model, 'Issues (2)').A3.value).toBe('Error');
  });

  it('marks with fills and the Issues sheet only where the host has no notes (ExcelApi 1.17)', async () => {
    const host = simulated(threeSheets(), { supported: { ExcelApi: '1.17' } });
    await mark(host, [anIssue('Sheet 3', 'A2')], 'en', false);
    expect(cellsOf(host.model, 'Sheet 3').A2).toEqual({ value: 'z', fill: '#FFC7CE' });
  });

  it('refuses, having changed nothing, when a sheet to mark is protected — and says which', async () => {
    const model = threeSheets();
    model.sheets[1].protected = true;
    const before = userCells(model);
    const host = simulated(model);
    const marking = mark(host, [anIssue('แผน 2563', 'A2'), anIssue("O'Brien", 'A2'), anIssue('Sheet 3', 'A2')]);
    await expect(marking).rejects.toBeInstanceOf(CheckerError);
    await expect(marking).rejects.toMatchObject({ code: 'protected-sheet', text: { en: expect.stringContaining("'O'Brien'") } });
    expect(userCells(host.model)).toEqual(before);
    expect(host.model.sheets.map((sheet) => sheet.name)).toEqual(['แผน 2563', "O'Brien", 'Sheet 3']);
    expect(host.stats.syncs.filter((sync) => sync.failedWith)).toEqual([]);
  });

  it('marks 10,000 findings in a handful of syncs, each far below 5 MB', async () => {
    const rows = Array.from({ length: 10_001 }, (_, r) => (r === 0 ? ['code', 'name', 'budget', 'spent'] : [`c${r}`, `โครงการที่ ${r}`, r, r * 2]));
    const host = simulated(workbookFromRows([{ name: 'รายงาน ต.ค.', rows }]));
    const issues: Issue[] = [];
    for (let r = 2; issues.length < 10_000; r++) {
      // Scattered: every row in column B, every other row in D, some in A: thousands of getRanges areas.
      issues.push(anIssue('รายงาน ต.ค.', `B${r}`, { severity: r % 3 === 0 ? 'warning' : 'error' }));
      if (r % 2 === 0) issues.push(anIssue('รายงาน ต.ค.', `D${r}`, { severity: 'info' }));
      if (r % 7 === 0) issues.push(anIssue('รายงาน ต.ค.', `A${r}`));
    }
    const { result, syncs } = await syncsDuring(host, () => mark(host, issues, 'th'));
    expect(result.markedCells).toBe(10_000);
    expect(host.stats.syncs.filter((sync) => sync.failedWith)).toEqual([]);
    const { request, response } = largestPayload(host);
    expect(request).toBeLessThan(EXCEL_LIMITS.requestBytes * 0.8);
    expect(response).toBeLessThan(EXCEL_LIMITS.responseBytes * 0.8);
    // 2 to look at the workbook, 2 to read the cells' fills, notes and protection, 4 to write.
    expect(syncs).toBeLessThanOrEqual(10);
    console.log(`10,000 findings: ${syncs} syncs (${result.writeSyncs} writing), largest request ${request} bytes, largest response ${response} bytes`);

    const again = await syncsDuring(host, () => mark(host, issues, 'th'));
    expect(again.syncs).toBeLessThanOrEqual(12);
    console.log(`10,000 findings again (old marks replaced): ${again.syncs} syncs`);
  }, 120_000);
});
