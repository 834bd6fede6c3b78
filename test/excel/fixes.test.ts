/// <reference types="office-js" />
/**
 * Quick fixes over the simulated host (DESIGN §8: values change only when the
 * user applies a fix, and it can be undone): each replacement kind lands in its
 * cell exactly as meant — text stays text, a number becomes a number, nothing
 * becomes a formula or a date serial —, Undo puts the cell back exactly, and
 * neither writes anything when the cell is not as expected.
 */
import type { Issue, RuleId } from '../../src/core/model';
import { snapshotCells, workbookFromRows, type SimulatedExcelHost, type WorkbookModel } from '../../src/devhost';
import { createExcelChecker, type AppliedFix, type Checker, type ValidationSummary } from '../../src/excel';
import { decodeFixLog, encodeFixLog, FIX_LOG_LIMIT, newFixId, withFix } from '../../src/excel/fix-log';
import { STATE_CHUNK_CHARACTERS, STATE_SHEET, STATE_WINDOW_ROWS } from '../../src/excel/state-layout';
import { readState, writeFixLog, writeMarks, writeSettings, type StoredState } from '../../src/excel/state-sheet';
import { WriteQueue } from '../../src/excel/sync-budget';
import { scanWorkbook } from '../../src/excel/workbook-scan';
import { workbookModelFromXlsx, workbookModelToXlsx } from '../../src/xlsx/host-workbook';
import { PROJECT_HEADER, REPORT_HEADER } from '../helpers/sheets';
import { anIssue, simulated, syncsDuring, userCells } from './helpers';

const SHEET = 'โครงการ';

/**
 * A projects sheet with one finding of each quick-fix kind, and text that turns
 * into a formula when written to a General cell as it stands.
 */
function fixableWorkbook(): WorkbookModel {
  const model = workbookFromRows([
    {
      name: SHEET,
      rows: [
        PROJECT_HEADER,
        ['๐๑๒๓', 'ก่อสร้างถนน', 2563, '1/10/2562', '30/9/2563', 1_000_000], // A2: Thai digits → "0123"
        ['03000000-0002', '  ก่อสร้างสะพาน ', 2563, '1/10/2562', '30/9/2563', 2_000_000], // B3: stray spaces
        ['03000000-0003', 'ขุดลอกคลอง', 2563, '1/10/2562', '30/9/2563', '1,918,000'], // F4: number stored as text, Text format
        ['03000000-0004', 'ซ่อมถนน', 2563, '5/3/63', '30/9/2563', 500_000], // D5: two-digit year → "5/3/2563"
        ['03000000-0005', ' -ถนนสายใหม่', 2563, '1/10/2562', '30/9/2563', 500_000], // B6: → "-ถนนสายใหม่"
        ['03000000-0006', ' =ชื่อเดิม', 2563, '1/10/2562', '30/9/2563', 500_000], // B7: → "=ชื่อเดิม"
        ['03000000-0007', null, 2563, '1/10/2562', '30/9/2563', 500_000], // B8: set below
        ['03000000-0008', 'ถนนซอย', 63, '1/10/2562', '30/9/2563', 500_000], // C9: the number 63 in a Text cell → 2563
      ],
      numberFormats: [[], [], [], [undefined, undefined, undefined, undefined, undefined, '@'], [], [], [], [], [undefined, undefined, '@']],
    },
  ]);
  // B8: text in a Text cell that starts with `=` (workbookFromRows would make it a formula) → "=ชื่อเก่า".
  model.sheets[0].cells.B8 = { value: '=ชื่อเก่า ', numberFormat: '@' };
  return model;
}

/** What a cell stores: its value, formula and number format (fills and notes are the marks'). */
function stored(host: SimulatedExcelHost, cell: string, sheet = SHEET): { value: unknown; formula: string | null; numberFormat: string } {
  const { value, formula, numberFormat } = snapshotCells(host.model)[sheet][cell] ?? { value: null, formula: null, numberFormat: 'General' };
  return { value, formula, numberFormat };
}

function findingsAt(summary: ValidationSummary, rule: RuleId, cell: string): Issue[] {
  return summary.issues.filter((issue) => issue.rule === rule && issue.sheet === SHEET && issue.cell === cell);
}

function findingAt(summary: ValidationSummary, rule: RuleId, cell: string): Issue {
  const [found] = findingsAt(summary, rule, cell);
  if (!found) throw new Error(`no ${rule} finding at ${cell}`);
  return found;
}

async function editCell(host: SimulatedExcelHost, cell: string, change: (range: Excel.Range) => void): Promise<void> {
  await host.Excel.run(async (context) => {
    change(context.workbook.worksheets.getItem(SHEET).getRange(cell));
    await context.sync();
  });
}

async function storedLog(host: SimulatedExcelHost): Promise<AppliedFix[]> {
  return host.Excel.run(async (context) => (await readState(context, await scanWorkbook(context))).fixes);
}

/** Writes to the state sheet directly, as the checker's parts do. */
async function writeState(host: SimulatedExcelHost, write: (context: Excel.RequestContext, writes: WriteQueue, state: StoredState) => Promise<void>): Promise<void> {
  await host.Excel.run(async (context) => {
    const state = await readState(context, await scanWorkbook(context));
    const writes = new WriteQueue(context);
    await write(context, writes, state);
    await writes.flush();
  });
}

async function validated(): Promise<{ host: SimulatedExcelHost; checker: Checker; summary: ValidationSummary }> {
  const host = simulated(fixableWorkbook());
  const checker = createExcelChecker(host);
  return { host, checker, summary: await checker.validate({ lang: 'th' }) };
}

describe('the simulated host, as Excel', () => {
  it('keeps a number written into a Text cell as text: why a number fix sets General first', async () => {
    const host = simulated(workbookFromRows([{ name: SHEET, rows: [['1,918,000']], numberFormats: [['@']] }]));
    await editCell(host, 'A1', (range) => (range.values = [[1918000]]));
    expect(stored(host, 'A1')).toEqual({ value: '1918000', formula: null, numberFormat: '@' });
  });
});

describe('applyFix and undoFix', () => {
  const kinds: Array<{ kind: string; rule: RuleId; cell: string; after: { value: string | number; numberFormat: string } }> = [
    { kind: 'a Thai-digit code in a General cell stays text, its leading zero kept', rule: 'thai-digits', cell: 'A2', after: { value: '0123', numberFormat: 'General' } },
    { kind: 'stray whitespace in a General cell: trimmed text, General kept', rule: 'stray-whitespace', cell: 'B3', after: { value: 'ก่อสร้างสะพาน', numberFormat: 'General' } },
    { kind: 'an amount stored as text in a Text cell becomes a number with thousands separators', rule: 'number-as-text', cell: 'F4', after: { value: 1_918_000, numberFormat: '#,##0.00' } },
    { kind: 'a two-digit-year text date becomes the BE text, not a date serial', rule: 'ambiguous-date', cell: 'D5', after: { value: '5/3/2563', numberFormat: 'General' } },
    { kind: 'a two-digit year stored as a number in a Text cell becomes 2563, formatted General', rule: 'ambiguous-date', cell: 'C9', after: { value: 2563, numberFormat: 'General' } },
  ];

  it.each(kinds)('$kind; Undo puts it back exactly', async ({ rule, cell, after }) => {
    const host = simulated(fixableWorkbook());
    const pristine = userCells(host.model);
    const original = stored(host, cell);
    const checker = createExcelChecker(host);
    const issue = findingAt(await checker.validate({ lang: 'th' }), rule, cell);
    expect(issue.fix?.replacement).toEqual(after.value);

    const applied = await syncsDuring(host, () => checker.applyFix(issue));
    // The sheet names (1), the cell with the state (1), the value and the log together (1).
    expect(applied.syncs).toBe(3);
    const fix = applied.result;
    expect(stored(host, cell)).toEqual({ ...after, formula: null });
    expect(fix).toMatchObject({ rule, sheet: SHEET, cell, before: { value: original.value, numberFormat: original.numberFormat }, after });
    expect(new Date(fix.appliedAt).toISOString()).toBe(fix.appliedAt);

    const { result: revalidated, syncs: validateSyncs } = await syncsDuring(host, () => checker.validate({ lang: 'th' }));
    // The log comes with the state's first rows: validating takes no extra sync for it.
    expect(validateSyncs).toBe(5);
    expect(findingsAt(revalidated, rule, cell)).toEqual([]);
    expect(revalidated.fixes).toEqual([fix]);

    const undone = await syncsDuring(host, () => checker.undoFix(fix.id));
    // The sheet names (1), the log (1), the cell (1), the value and the log together (1).
    expect(undone.syncs).toBe(4);
    expect(stored(host, cell)).toEqual(original);
    const again = await checker.validate({ lang: 'th' });
    expect(findingsAt(again, rule, cell)).toEqual([issue]);
    expect(again.fixes).toEqual([]);
    await checker.clearMarks();
    expect(userCells(host.model)).toEqual(pristine);
  });

  it('turns the one text date among date cells into a date cell in their format; Undo puts the text back', async () => {
    const dateCell = [undefined, undefined, 'd/m/yyyy'];
    const host = simulated(workbookFromRows([{
      name: 'รายงาน',
      rows: [
        REPORT_HEADER,
        ['03000000-0001', 1, 43769, 10, 1000],
        ['03000000-0001', 2, 43799, 20, 2000],
        ['03000000-0001', 3, '19/10/2562', 30, 3000], // C4: text among date cells
      ],
      numberFormats: [[], dateCell, dateCell, []],
    }]));
    const checker = createExcelChecker(host);
    const [issue] = (await checker.validate({ lang: 'th' })).issues.filter((i) => i.rule === 'mixed-date-format');
    expect(issue).toMatchObject({ cell: 'C4', value: '19/10/2562', fix: { replacement: 43757, numberFormat: 'd/m/yyyy' } });
    const original = stored(host, 'C4', 'รายงาน');

    const fix = await checker.applyFix(issue);
    expect(stored(host, 'C4', 'รายงาน')).toEqual({ value: 43757, formula: null, numberFormat: 'd/m/yyyy' });
    expect(fix.after).toEqual({ value: 43757, numberFormat: 'd/m/yyyy' });
    expect((await checker.validate({ lang: 'th' })).issues.filter((i) => i.rule === 'mixed-date-format')).toEqual([]);

    await checker.undoFix(fix.id);
    expect(stored(host, 'C4', 'รายงาน')).toEqual(original);
    expect((await checker.validate({ lang: 'th' })).issues.filter((i) => i.rule === 'mixed-date-format')).toEqual([issue]);
  });

  it('never makes a formula of a replacement starting with = or -', async () => {
    const { host, checker, summary } = await validated();
    for (const cell of ['B6', 'B7', 'B8']) await checker.applyFix(findingAt(summary, 'stray-whitespace', cell));
    expect(stored(host, 'B6')).toEqual({ value: '-ถนนสายใหม่', formula: null, numberFormat: 'General' });
    expect(stored(host, 'B7')).toEqual({ value: '=ชื่อเดิม', formula: null, numberFormat: 'General' });
    // A Text cell holding `=…` is text, not a formula: it is fixed, and stays Text.
    expect(stored(host, 'B8')).toEqual({ value: '=ชื่อเก่า', formula: null, numberFormat: '@' });
    expect((await storedLog(host)).map((fix) => fix.cell)).toEqual(['B8', 'B7', 'B6']);
  });

  it('logs newest first in the summary, with ids unique even within one millisecond', async () => {
    const { checker, summary } = await validated();
    const first = await checker.applyFix(findingAt(summary, 'stray-whitespace', 'B3'));
    const second = await checker.applyFix(findingAt(summary, 'number-as-text', 'F4'));
    expect(second.id).not.toBe(first.id);
    expect((await checker.validate({ lang: 'en' })).fixes).toEqual([second, first]);
    expect(newFixId([first], new Date(0))).toBe('0');
    expect(newFixId([{ ...first, id: '0' }, { ...first, id: '0-1' }], new Date(0))).toBe('0-2');
  });

  it('refuses a finding whose cell changed since the check, writing nothing', async () => {
    const { host, checker, summary } = await validated();
    await editCell(host, 'B3', (range) => (range.values = [['สะพานข้ามคลอง ']]));
    const before = snapshotCells(host.model);
    await expect(checker.applyFix(findingAt(summary, 'stray-whitespace', 'B3'))).rejects.toMatchObject({
      code: 'cell-changed',
      text: { th: expect.stringContaining('เปลี่ยนไปหลังการตรวจสอบ'), en: expect.stringContaining('has changed since it was checked') },
    });
    // A number where the check saw the same digits as text is a change too.
    await editCell(host, 'F4', (range) => {
      range.numberFormat = [['General']];
      range.values = [[1918000]];
    });
    await expect(checker.applyFix(findingAt(summary, 'number-as-text', 'F4'))).rejects.toMatchObject({ code: 'cell-changed' });
    delete before[SHEET].F4;
    const after = snapshotCells(host.model);
    delete after[SHEET].F4;
    expect(after).toEqual(before);
  });

  it('refuses a cell holding a formula, even when the finding matches its result', async () => {
    const model = fixableWorkbook();
    model.sheets[0].cells.B3 = { formula: '="  ก่อสร้างสะพาน "', value: '  ก่อสร้างสะพาน ' };
    const host = simulated(model);
    const checker = createExcelChecker(host);
    const issue = findingAt(await checker.validate({ lang: 'en' }), 'stray-whitespace', 'B3');
    const before = snapshotCells(host.model);
    await expect(checker.applyFix(issue)).rejects.toMatchObject({ code: 'cell-changed', text: { th: expect.stringContaining('มีสูตรอยู่'), en: expect.stringContaining('formula') } });
    expect(snapshotCells(host.model)).toEqual(before);
  });

  it('refuses a finding without a quick fix, and an Excel without the marking API', async () => {
    const { host, checker } = await validated();
    const before = snapshotCells(host.model);
    await expect(checker.applyFix(anIssue(SHEET, 'B3'))).rejects.toMatchObject({ code: 'host', text: { en: expect.stringContaining('no quick fix') } });
    expect(snapshotCells(host.model)).toEqual(before);
    const old = createExcelChecker(simulated(fixableWorkbook(), { supported: { ExcelApi: '1.8' } }));
    const issue = anIssue(SHEET, 'B3', { rule: 'stray-whitespace', value: '  ก่อสร้างสะพาน ', fix: { th: 'ลบ', en: 'Trim', replacement: 'ก่อสร้างสะพาน' } });
    await expect(old.applyFix(issue)).rejects.toMatchObject({ code: 'unsupported' });
    await expect(old.undoFix('x')).rejects.toMatchObject({ code: 'unsupported' });
  });

  it('refuses to undo when the cell was edited after the fix: the cell stays as the user left it, the entry stays', async () => {
    const { host, checker, summary } = await validated();
    const fix = await checker.applyFix(findingAt(summary, 'stray-whitespace', 'B3'));

    await editCell(host, 'B3', (range) => (range.values = [['สะพานข้ามคลอง']]));
    const edited = snapshotCells(host.model);
    await expect(checker.undoFix(fix.id)).rejects.toMatchObject({
      code: 'cell-changed',
      text: { th: expect.stringContaining('ถูกแก้ไขอีกหลังจากแก้ตามคำแนะนำ'), en: expect.stringContaining('was left as it is') },
    });
    expect(snapshotCells(host.model)).toEqual(edited);
    expect(await storedLog(host)).toEqual([fix]);

    // The same text under another format is an edit too; put back as the fix left it, Undo works.
    await editCell(host, 'B3', (range) => {
      range.numberFormat = [['@']];
      range.values = [['ก่อสร้างสะพาน']];
    });
    await expect(checker.undoFix(fix.id)).rejects.toMatchObject({ code: 'cell-changed' });
    await editCell(host, 'B3', (range) => (range.numberFormat = [['General']]));
    await checker.undoFix(fix.id);
    expect(stored(host, 'B3')).toEqual({ value: '  ก่อสร้างสะพาน ', formula: null, numberFormat: 'General' });
    expect(await storedLog(host)).toEqual([]);
    await expect(checker.undoFix(fix.id)).rejects.toMatchObject({ code: 'cell-changed', text: { en: expect.stringContaining('no longer in the workbook') } });
  });

  it('refuses to undo over a formula typed into the fixed cell', async () => {
    const { host, checker, summary } = await validated();
    const fix = await checker.applyFix(findingAt(summary, 'stray-whitespace', 'B3'));
    await editCell(host, 'B3', (range) => (range.formulas = [['="ก่อสร้างสะพาน"']]));
    // The simulator does not calculate: give the formula the result Excel would show.
    host.model.sheets[0].cells.B3 = { ...host.model.sheets[0].cells.B3, value: 'ก่อสร้างสะพาน' };
    const before = snapshotCells(host.model);
    await expect(checker.undoFix(fix.id)).rejects.toMatchObject({ code: 'cell-changed' });
    expect(snapshotCells(host.model)).toEqual(before);
  });

  it('keeps the log through a real .xlsx save and reopen: Undo works in the reopened workbook', async () => {
    const { host, checker, summary } = await validated();
    const pristine = fixableWorkbook().sheets[0].cells;
    const fixes = [
      await checker.applyFix(findingAt(summary, 'thai-digits', 'A2')),
      await checker.applyFix(findingAt(summary, 'number-as-text', 'F4')),
      await checker.applyFix(findingAt(summary, 'ambiguous-date', 'D5')),
    ];
    const reopened = simulated(await workbookModelFromXlsx(await workbookModelToXlsx(host.model)));
    expect(stored(reopened, 'A2')).toEqual({ value: '0123', formula: null, numberFormat: 'General' });
    const again = createExcelChecker(reopened);
    const summaryAfterReopen = await again.validate({ lang: 'th' });
    expect(summaryAfterReopen.fixes).toEqual([...fixes].reverse());
    for (const fix of fixes) await again.undoFix(fix.id);
    for (const cell of ['A2', 'F4', 'D5']) {
      expect(stored(reopened, cell)).toEqual({ value: pristine[cell].value, formula: null, numberFormat: pristine[cell].numberFormat ?? 'General' });
    }
    expect((await again.validate({ lang: 'th' })).fixes).toEqual([]);
  });

  it('refuses on a protected sheet, writing nothing and logging nothing', async () => {
    const { host, checker, summary } = await validated();
    host.model.sheets[0].protected = true;
    const before = snapshotCells(host.model);
    await expect(checker.applyFix(findingAt(summary, 'stray-whitespace', 'B3'))).rejects.toMatchObject({
      code: 'protected-sheet',
      text: { th: expect.stringContaining(`ชีต “${SHEET}” ถูกป้องกันไว้ จึงแก้ค่าในเซลล์ไม่ได้`), en: expect.stringContaining('Nothing in the workbook was changed') },
    });
    expect(snapshotCells(host.model)).toEqual(before);
  });

  it('refuses when the state sheet is protected, so no value changes without its log entry', async () => {
    const { host, checker, summary } = await validated();
    const state = host.model.sheets.find((sheet) => sheet.name === STATE_SHEET);
    if (!state) throw new Error('validation should have made the state sheet');
    state.protected = true;
    const before = snapshotCells(host.model);
    await expect(checker.applyFix(findingAt(summary, 'stray-whitespace', 'B3'))).rejects.toMatchObject({ code: 'protected-sheet' });
    expect(snapshotCells(host.model)).toEqual(before);
  });

  it('writes the value before the log, so a value Excel refuses at the last moment leaves no log entry', async () => {
    // Once armed, the sheet becomes protected after the fix's reads (its 2nd sync), before its write.
    let syncsSinceArmed: number | undefined;
    const host = simulated(fixableWorkbook(), {
      onSync: () => {
        if (syncsSinceArmed !== undefined && ++syncsSinceArmed === 2) host.model.sheets[0].protected = true;
      },
    });
    const checker = createExcelChecker(host);
    const summary = await checker.validate({ lang: 'en' });
    const before = snapshotCells(host.model);
    syncsSinceArmed = 0;
    await expect(checker.applyFix(findingAt(summary, 'stray-whitespace', 'B3'))).rejects.toMatchObject({ code: 'protected-sheet' });
    syncsSinceArmed = undefined;
    host.model.sheets[0].protected = false;
    expect(snapshotCells(host.model)).toEqual(before);
    expect(await storedLog(host)).toEqual([]);
  });

  it('leaves the log and the fixed value alone on Clear marks', async () => {
    const { host, checker, summary } = await validated();
    const fix = await checker.applyFix(findingAt(summary, 'stray-whitespace', 'B3'));
    await checker.validate({ lang: 'th' });
    await checker.clearMarks();
    expect(stored(host, 'B3')).toEqual({ value: 'ก่อสร้างสะพาน', formula: null, numberFormat: 'General' });
    expect(await storedLog(host)).toEqual([fix]);
    await checker.undoFix(fix.id);
    expect(stored(host, 'B3').value).toBe('  ก่อสร้างสะพาน ');
  });

  it('says what Clear marks did with the fixes: none undone unless asked', async () => {
    const { checker, summary } = await validated();
    await checker.applyFix(findingAt(summary, 'stray-whitespace', 'B3'));
    await checker.validate({ lang: 'th' });
    await expect(checker.clearMarks()).resolves.toMatchObject({ undoneFixes: 0, keptFixes: 0 });
  });

  it('undoes every applied fix too when asked: the workbook exactly as before, the log empty', async () => {
    const pristine = userCells(fixableWorkbook());
    const { host, checker, summary } = await validated();
    await checker.applyFix(findingAt(summary, 'stray-whitespace', 'B3'));
    await checker.applyFix(findingAt(summary, 'number-as-text', 'F4'));
    await checker.applyFix(findingAt(summary, 'ambiguous-date', 'D5'));
    await checker.validate({ lang: 'th' });

    const { result, syncs } = await syncsDuring(host, () => checker.clearMarks({ undoFixes: true }));
    expect(result).toMatchObject({ undoneFixes: 3, keptFixes: 0 });
    expect(result.restoredCells).toBeGreaterThan(0);
    expect(userCells(host.model)).toEqual(pristine);
    expect(await storedLog(host)).toEqual([]);
    // The fixes: names and log (1), the cells (1), the writes (1); then Clear marks as ever.
    expect(syncs).toBeLessThanOrEqual(8);
  });

  it('undoes a cell fixed twice back to its first value, newest fix first', async () => {
    const host = simulated(workbookFromRows([{ name: SHEET, rows: [['ก่อสร้างถนน']] }]));
    const checker = createExcelChecker(host);
    const trim = (value: string, replacement: string) =>
      anIssue(SHEET, 'A1', { rule: 'stray-whitespace', value, fix: { th: 'ลบ', en: 'Trim', replacement } });
    await editCell(host, 'A1', (range) => (range.values = [['  ถนน  ']]));
    await checker.applyFix(trim('  ถนน  ', ' ถนน '));
    await checker.applyFix(trim(' ถนน ', 'ถนน'));
    await expect(checker.clearMarks({ undoFixes: true })).resolves.toMatchObject({ undoneFixes: 2, keptFixes: 0 });
    expect(stored(host, 'A1')).toEqual({ value: '  ถนน  ', formula: null, numberFormat: 'General' });
    expect(await storedLog(host)).toEqual([]);
  });

  it('keeps a fix whose cell was edited since, undoing the others, and says how many it kept', async () => {
    const { host, checker, summary } = await validated();
    const edited = await checker.applyFix(findingAt(summary, 'stray-whitespace', 'B3'));
    await checker.applyFix(findingAt(summary, 'number-as-text', 'F4'));
    await editCell(host, 'B3', (range) => (range.values = [['สะพานข้ามคลอง']]));
    await expect(checker.clearMarks({ undoFixes: true })).resolves.toMatchObject({ undoneFixes: 1, keptFixes: 1 });
    expect(stored(host, 'B3').value).toBe('สะพานข้ามคลอง');
    expect(stored(host, 'F4')).toEqual({ value: '1,918,000', formula: null, numberFormat: '@' });
    expect(await storedLog(host)).toEqual([edited]);
  });

  it('undoes no fix and clears no mark when a fixed cell’s sheet is protected', async () => {
    const { host, checker, summary } = await validated();
    await checker.applyFix(findingAt(summary, 'stray-whitespace', 'B3'));
    await checker.validate({ lang: 'th' });
    host.model.sheets[0].protected = true;
    const before = snapshotCells(host.model);
    await expect(checker.clearMarks({ undoFixes: true })).rejects.toMatchObject({ code: 'protected-sheet' });
    expect(snapshotCells(host.model)).toEqual(before);
  });

  it(`keeps the newest ${FIX_LOG_LIMIT} entries`, async () => {
    const { host, checker, summary } = await validated();
    const old: AppliedFix[] = Array.from({ length: FIX_LOG_LIMIT }, (_, i) => ({
      id: `old-${i}`,
      rule: 'stray-whitespace',
      sheet: SHEET,
      cell: `B${100 + i}`,
      before: { value: ` ชื่อโครงการเดิม ${i} `, numberFormat: 'General' },
      after: { value: `ชื่อโครงการเดิม ${i}`, numberFormat: 'General' },
      appliedAt: new Date(Date.UTC(2025, 0, 1, 0, 0, FIX_LOG_LIMIT - i)).toISOString(),
    }));
    await writeState(host, (context, writes, state) => writeFixLog(context, writes, state.handle, old));
    const { result: fix, syncs } = await syncsDuring(host, () => checker.applyFix(findingAt(summary, 'stray-whitespace', 'B3')));
    console.log(`apply with a full log of ${FIX_LOG_LIMIT} (${encodeFixLog(old).length.toLocaleString('en')} characters): ${syncs} syncs`);
    const log = await storedLog(host);
    expect(log).toHaveLength(FIX_LOG_LIMIT);
    expect(log[0]).toEqual(fix);
    expect(log.slice(1)).toEqual(old.slice(0, FIX_LOG_LIMIT - 1));
    expect(withFix(old, fix).map((entry) => entry.id)).not.toContain(`old-${FIX_LOG_LIMIT - 1}`);
  });
});

describe('the stored log', () => {
  const entry: AppliedFix = {
    id: 'a',
    rule: 'number-as-text',
    sheet: 'แผน 2563',
    cell: 'F4',
    before: { value: '=1,918,000', numberFormat: '@' },
    after: { value: 1918000, numberFormat: 'General' },
    appliedAt: '2025-01-01T00:00:00.000Z',
  };

  it('reads back what it wrote; unreadable text is an empty log, an unreadable entry is dropped', () => {
    expect(decodeFixLog(encodeFixLog([entry]))).toEqual([entry]);
    expect(decodeFixLog(undefined)).toEqual([]);
    expect(decodeFixLog('{not json')).toEqual([]);
    expect(decodeFixLog(JSON.stringify({ version: 2, fixes: [entry] }))).toEqual([]);
    expect(decodeFixLog(JSON.stringify({ version: 1, fixes: [{ ...entry, rule: 'no-such-rule' }, entry] }))).toEqual([entry]);
  });

  it('is read with the other sections: two sections beyond the first rows take one more sync together', async () => {
    const host = simulated(workbookFromRows([{ name: SHEET }]));
    const long = (i: number) => `ชื่อโครงการยาว ${i} `.repeat(20);
    const fixes = Array.from({ length: FIX_LOG_LIMIT }, (_, i) => ({ ...entry, id: `f${i}`, before: { value: long(i), numberFormat: 'General' } }));
    const marks = { cells: Array.from({ length: 6000 }, (_, i) => ({ sheet: SHEET, cell: `G${i + 2}`, fill: null, mark: '#FFC7CE' })) };
    expect(encodeFixLog(fixes).length).toBeGreaterThan(STATE_CHUNK_CHARACTERS * STATE_WINDOW_ROWS);
    await writeState(host, async (context, writes, state) => {
      await writeMarks(context, writes, state.handle, marks);
      await writeFixLog(context, writes, state.handle, fixes);
    });
    const { result, syncs } = await syncsDuring(host, () => host.Excel.run(async (context) => readState(context, await scanWorkbook(context))));
    expect(result.fixes).toEqual(fixes);
    expect(result.marks.cells).toHaveLength(6000);
    // The scan's 2 syncs bring the first rows; the rest of both sections comes in one more.
    expect(syncs).toBe(3);
  });

  it('is empty in a workbook whose state was written before the log existed', async () => {
    const host = simulated(workbookFromRows([{ name: SHEET }]));
    await writeState(host, (context, writes, state) => writeSettings(context, writes, state.handle, { config: {}, overrides: {}, waivers: [] }));
    const header = JSON.parse(String(host.model.sheets.find((sheet) => sheet.name === STATE_SHEET)?.cells.A1.value));
    expect(header.fixes).toBeUndefined();
    expect(await storedLog(host)).toEqual([]);
  });
});
