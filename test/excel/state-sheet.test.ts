/// <reference types="office-js" />
import { cloneWorkbook, createSimulatedExcel, workbookFromRows, type SimulatedExcelHost } from '../../src/devhost';
import { decodeMarks, encodeMarks, type MarksState } from '../../src/excel/saved-marks';
import { decodeSettings } from '../../src/excel/settings';
import { STATE_CHUNK_CHARACTERS, STATE_SHEET, STATE_WINDOW_ROWS } from '../../src/excel/state-layout';
import { readState, writeMarks, writeSettings, type StoredState } from '../../src/excel/state-sheet';
import { WriteQueue } from '../../src/excel/sync-budget';
import type { CheckerSettings } from '../../src/excel/types';
import { scanWorkbook } from '../../src/excel/workbook-scan';
import { failingHost } from './helpers';

type Run = SimulatedExcelHost['Excel']['run'];

function load(run: Run): Promise<StoredState> {
  return run(async (context) => readState(context, await scanWorkbook(context)));
}

function save(run: Run, change: (context: Excel.RequestContext, writes: WriteQueue, state: StoredState) => Promise<void>, budget?: number): Promise<void> {
  return run(async (context) => {
    const state = await readState(context, await scanWorkbook(context));
    const writes = new WriteQueue(context, undefined, budget);
    await change(context, writes, state);
    await writes.flush();
  });
}

const SETTINGS: CheckerSettings = {
  config: { thresholds: { reportIntervalDays: 60 }, disabledRules: ['report-interval'] },
  overrides: { 'แผน 2563': { role: 'projects', headerRow: 2 } },
  waivers: [{ rule: 'invalid-code', sheet: 'แผน 2563', cell: 'A5', value: '"=03-1"', reason: '=รหัสเดิมของกรม', waivedAt: '2025-01-01T00:00:00.000Z' }],
  language: 'th',
};

describe('the state sheet', () => {
  it('reads defaults from a workbook that has none, without creating it', async () => {
    const host = createSimulatedExcel(workbookFromRows([{ name: 'Data' }]));
    const state = await load(host.Excel.run);
    expect(state.settings).toEqual({ config: {}, overrides: {}, waivers: [] });
    expect(state.marks).toEqual({ cells: [] });
    expect(host.model.sheets.map((sheet) => sheet.name)).toEqual(['Data']);
  });

  it('keeps the settings in a very hidden sheet, as text, across a save and reopen', async () => {
    const host = createSimulatedExcel(workbookFromRows([{ name: 'Data' }]));
    await save(host.Excel.run, (context, writes, state) => writeSettings(context, writes, state.handle, SETTINGS));
    const sheet = host.model.sheets.find((candidate) => candidate.name === STATE_SHEET);
    expect(sheet?.visibility).toBe('VeryHidden');
    expect(Object.values(sheet?.cells ?? {}).every((cell) => cell.numberFormat === '@' && cell.formula === undefined)).toBe(true);
    const reopened = createSimulatedExcel(cloneWorkbook(host.model));
    expect((await load(reopened.Excel.run)).settings).toEqual(SETTINGS);
  });

  it('stores a long section over many cells and reads it back beyond the first rows', async () => {
    const marks: MarksState = {
      issuesSheet: { name: 'Issues', marker: 'm' },
      cells: Array.from({ length: 6000 }, (_, i) => ({ sheet: i % 2 ? 'แผน 2563' : "O'Brien", cell: `G${i + 2}`, fill: i % 3 ? null : '#FFFFFF', note: i % 5 ? undefined : `=โน้ต ${i}\n"quoted"`, mark: '#FFC7CE' })),
    };
    expect(encodeMarks(marks).length).toBeGreaterThan(STATE_CHUNK_CHARACTERS * STATE_WINDOW_ROWS);
    const host = createSimulatedExcel(workbookFromRows([{ name: 'Data' }]));
    await save(host.Excel.run, (context, writes, state) => writeMarks(context, writes, state.handle, marks));
    const before = host.stats.syncCount;
    const state = await load(host.Excel.run);
    const byAddress = (a: { sheet: string; cell: string }, b: { sheet: string; cell: string }) => a.sheet.localeCompare(b.sheet) || a.cell.localeCompare(b.cell);
    expect(state.marks.issuesSheet).toEqual(marks.issuesSheet);
    expect([...state.marks.cells].sort(byAddress)).toEqual([...marks.cells].sort(byAddress));
    // The scan's 2 syncs bring the first rows; the rest comes in one more.
    expect(host.stats.syncCount - before).toBe(3);
  });

  it('writes a section to its spare column, so a write that fails halfway keeps the previous copy', async () => {
    const host = createSimulatedExcel(workbookFromRows([{ name: 'Data' }]));
    await save(host.Excel.run, (context, writes, state) => writeSettings(context, writes, state.handle, SETTINGS));
    // Long enough to take several syncs at a small budget; the first of them fails, after its writes applied.
    const waivers = Array.from({ length: 200 }, (_, i) => ({ ...SETTINGS.waivers[0], cell: `A${i + 2}`, reason: 'เหตุผล'.repeat(20) }));
    const changed: CheckerSettings = { ...SETTINGS, language: 'en', waivers };
    const failing = failingHost(host, 3);
    const write = save(failing.Excel.run, (context, writes, state) => writeSettings(context, writes, state.handle, changed), 20_000);
    await expect(write).rejects.toMatchObject({ code: 'ItemNotFound' });
    expect((await load(host.Excel.run)).settings).toEqual(SETTINGS);
    await save(host.Excel.run, (context, writes, state) => writeSettings(context, writes, state.handle, changed));
    expect((await load(host.Excel.run)).settings).toEqual(changed);
  });

  it('reads unreadable stored text as defaults (a bad waiver is dropped, not the rest)', () => {
    expect(decodeSettings('{not json')).toEqual({ config: {}, overrides: {}, waivers: [] });
    const settings = decodeSettings(JSON.stringify({ ...SETTINGS, waivers: [SETTINGS.waivers[0], { rule: 'no-such-rule' }] }));
    expect(settings.waivers).toEqual(SETTINGS.waivers);
    expect(decodeMarks('[]')).toEqual({ cells: [] });
  });
});
