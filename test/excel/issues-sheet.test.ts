/**
 * The Issues sheet's marker (DESIGN §8: generated sheets never overwrite a user's sheet):
 * a label and a real date-time cell in local time, shown as a Thai date with the BE year
 * in Thai — and a sheet written by the earlier version, whose marker was one text cell
 * with a UTC ISO time, is still known as the add-in's.
 */
import { workbookFromRows, type SimulatedExcelHost } from '../../src/devhost';
import { formatCellText } from '../../src/core/cell-text';
import { clearMarksIn } from '../../src/excel/clear';
import { issuesMarker, localSerial, STAMP_FORMAT } from '../../src/excel/issues-sheet';
import { markIssues } from '../../src/excel/mark';
import { STATE_SHEET } from '../../src/excel/state-layout';
import { readState } from '../../src/excel/state-sheet';
import type { Language } from '../../src/excel/types';
import { scanWorkbook } from '../../src/excel/workbook-scan';
import { anIssue, cellsOf, simulated } from './helpers';

function mark(host: SimulatedExcelHost, language: Language = 'en') {
  return host.Excel.run(async (context) => {
    const scan = await scanWorkbook(context);
    const state = await readState(context, scan);
    return markIssues(context, { scan, state, issues: [anIssue('Data', 'A2')], language, notes: true, noTables: false });
  });
}

const dataSheet = () => workbookFromRows([{ name: 'Data', rows: [['รหัสโครงการ'], ['bad']] }]);

describe('the Issues sheet’s time stamp', () => {
  it('is the Excel serial of the local date and time, to the second', () => {
    const at = new Date(2020, 2, 18, 9, 30, 15, 750);
    expect(localSerial(at)).toBeCloseTo(43908 + (9 * 3600 + 30 * 60 + 15) / 86400, 10);
    expect(localSerial(new Date(2019, 9, 1))).toBe(43739);
    // Counted from 1970 in milliseconds, as a date-time cell is read from a saved file: read back, the same number.
    const serial = localSerial(new Date(2020, 2, 18, 9, 30));
    expect(25_569 + Math.round((serial - 25_569) * 86_400_000) / 86_400_000).toBe(serial);
  });

  it('is a date-time cell beside the label: a Thai date with the BE year in Thai', async () => {
    const host = simulated(dataSheet());
    const before = localSerial(new Date());
    await mark(host, 'th');
    const after = localSerial(new Date());
    const cells = cellsOf(host.model, 'Issues');
    expect(cells.J1).toMatchObject({ value: 'ตรวจสอบด้วย Project Report Checker', numberFormat: '@' });
    expect(cells.K1.numberFormat).toBe('[$-41E]d mmmm bbbb hh:mm');
    const stamp = cells.K1.value as number;
    expect(typeof stamp).toBe('number');
    expect(stamp).toBeGreaterThanOrEqual(before);
    expect(stamp).toBeLessThanOrEqual(after);
    const now = new Date();
    const thaiMonth = new Intl.DateTimeFormat('th-TH', { month: 'long' }).format(now);
    expect(formatCellText(stamp, cells.K1.numberFormat)).toMatch(new RegExp(`^\\d{1,2} ${thaiMonth} ${now.getFullYear() + 543} \\d\\d:\\d\\d$`));
  });

  it('is shown as an English date in English', async () => {
    const host = simulated(dataSheet());
    await mark(host, 'en');
    const { J1, K1 } = cellsOf(host.model, 'Issues');
    expect(J1.value).toBe('Checked by Project Report Checker');
    expect(K1.numberFormat).toBe(STAMP_FORMAT.en);
    expect(formatCellText(K1.value as number, K1.numberFormat)).toMatch(/^\d{1,2} [A-Z][a-z]{2} 20\d\d \d\d:\d\d$/);
  });

  it('makes the recorded marker from the label and the stamp in whole seconds', () => {
    const marker = issuesMarker('en', new Date(2020, 2, 18, 9, 30, 15));
    expect(marker).toMatchObject({ label: 'Checked by Project Report Checker', stampFormat: '[$-409]d mmm yyyy hh:mm' });
    expect(marker.text).toBe(`Checked by Project Report Checker · ${Math.round(marker.stamp * 86400)}`);
  });
});

describe('an Issues sheet written by the earlier version (one text cell, UTC ISO time)', () => {
  const OLD_MARKER = 'Checked by Project Report Checker · 2026-12-04T14:01:29.884Z';

  /** The workbook as the earlier version left it: J1 the old text, K1 empty, the old text recorded in the state. */
  async function markedByEarlierVersion(): Promise<SimulatedExcelHost> {
    const host = simulated(dataSheet());
    await mark(host, 'en');
    const issues = cellsOf(host.model, 'Issues');
    const recorded = `${issues.J1.value} · `;
    issues.J1.value = OLD_MARKER;
    delete issues.K1;
    let rewritten = 0;
    for (const cell of Object.values(cellsOf(host.model, STATE_SHEET))) {
      if (typeof cell.value === 'string' && cell.value.includes(recorded)) {
        cell.value = cell.value.replace(/Checked by Project Report Checker · \d+/, OLD_MARKER);
        rewritten += 1;
      }
    }
    expect(rewritten).toBe(1);
    return host;
  }

  it('is replaced, not kept beside a new one, when the workbook is validated again', async () => {
    const host = await markedByEarlierVersion();
    expect((await mark(host, 'th')).issuesSheet).toBe('Issues');
    expect(host.model.sheets.map((sheet) => sheet.name).filter((name) => name.startsWith('Issues'))).toEqual(['Issues']);
    expect(cellsOf(host.model, 'Issues').K1.numberFormat).toBe(STAMP_FORMAT.th);
  });

  it('is removed by Clear marks', async () => {
    const host = await markedByEarlierVersion();
    await host.Excel.run((context) => clearMarksIn(context, { notes: true }));
    expect(host.model.sheets.map((sheet) => sheet.name)).not.toContain('Issues');
  });
});
