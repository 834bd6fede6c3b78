import { validateWorkbook, validationStepCount } from '../../src/core/validate';
import { workbookFromRows, type SimulatedExcelHost } from '../../src/devhost';
import { createExcelChecker, waiverValue, type ProgressStep } from '../../src/excel';
import { CheckerError } from '../../src/excel/types';
import { readWorkbook } from '../../src/xlsx/read';
import { buildSampleWorkbook } from '../../src/xlsx/sample';
import { cellsOf, failingHost, sampleModel, simulated, syncsDuring, userCells } from './helpers';

function sheetNames(host: SimulatedExcelHost): string[] {
  return host.model.sheets.map((sheet) => sheet.name);
}


describe('createExcelChecker over the simulated host', () => {
  it('validates the sample: its tables, the core findings, every flagged cell marked, in 5 syncs', async () => {
    const host = simulated(await sampleModel());
    const checker = createExcelChecker(host);
    const steps: ProgressStep[] = [];
    const { result: summary, syncs } = await syncsDuring(host, () => checker.validate({ lang: 'th', onProgress: (step) => steps.push(step) }));
    const expected = validateWorkbook(await readWorkbook(await buildSampleWorkbook(), 'sample.xlsx'));
    expect(summary.issues).toEqual(expected.issues);
    expect(summary.tables.map((table) => [table.sheet, table.role, table.headerRow, table.rows])).toEqual([
      ['โครงการ', 'projects', 2, 20],
      ['รายงานความก้าวหน้า', 'reports', 2, 144],
    ]);
    expect(summary.counts).toEqual({ error: 5, warning: 4, info: 2 });
    expect(summary.markedCells).toBe(new Set(expected.issues.map((issue) => `${issue.sheet}!${issue.cell}`)).size);
    expect(summary.notes).toBe('written');
    expect(summary.issuesSheet).toBe('Issues');
    expect(summary.waived).toEqual([]);
    // Every project of the projects sheet by its name, for the pane's `code · name` groups.
    expect(Object.keys(summary.projectNames)).toHaveLength(20);
    expect(summary.projectNames['03000000-2441']).toBe('โครงการปรับปรุงผิวจราจรแอสฟัลต์ติกคอนกรีต ถนนเพชรเกษม ช่วงแยกท่าพระถึงคลองภาษีเจริญ');
    for (const issue of expected.issues) expect(cellsOf(host.model, issue.sheet)[issue.cell].fill).toMatch(/^#(FFC7CE|FFEB9C|DDEBF7)$/);
    // Read (one sync); each step of the core (a sheet's tables, a rule) from 0 of N; marking from its start, its count not known yet.
    const checking = validationStepCount(2);
    expect(steps.map((step) => step.stage)).toEqual(['read', ...Array<string>(checking + 1).fill('validate'), 'mark', 'mark', 'mark']);
    expect(steps.filter((step) => step.stage === 'validate')).toEqual(Array.from({ length: checking + 1 }, (_, done) => ({ stage: 'validate', done, total: checking })));
    expect(steps.find((step) => step.stage === 'mark')).toEqual({ stage: 'mark', done: 0, total: 0 });
    // Look (2), read the data (1), read the cells to mark (1), write everything (1).
    expect(syncs).toBe(5);
  });

  it('replaces its marks when validating again: nothing stacks', async () => {
    const host = simulated(await sampleModel());
    const checker = createExcelChecker(host);
    await checker.validate({ lang: 'th' });
    const once = userCells(host.model);
    const second = await checker.validate({ lang: 'th' });
    const twice = userCells(host.model);
    // Its own Issues sheet is not read as data.
    expect(second.issues.filter((issue) => issue.sheet === 'Issues')).toEqual([]);
    // Only the Issues sheet's time stamp (label J1, date-time K1) may differ: the two runs may fall in different seconds.
    for (const cell of ['J1', 'K1']) {
      delete once.Issues[cell];
      delete twice.Issues[cell];
    }
    expect(twice).toEqual(once);
    expect(sheetNames(host)).toEqual(['โครงการ', 'รายงานความก้าวหน้า', 'ReportChecker.State', 'Issues']);
  });

  it('leaves a waived finding unmarked, and revives it when the cell changes', async () => {
    const host = simulated(await sampleModel());
    const checker = createExcelChecker(host);
    const first = await checker.validate({ lang: 'en' });
    const target = first.issues.find((issue) => issue.value !== undefined && first.issues.filter((other) => other.cell === issue.cell && other.sheet === issue.sheet).length === 1);
    if (!target) throw new Error('the sample should have a finding with a value alone on its cell');
    const settings = await checker.loadSettings();
    await checker.saveSettings({ ...settings, waivers: [{ rule: target.rule, sheet: target.sheet, cell: target.cell, value: waiverValue(target), reason: 'ตรวจแล้ว', waivedAt: '2025-01-01T00:00:00.000Z' }] });

    const waived = await checker.validate({ lang: 'en' });
    expect(waived.waived.map((entry) => entry.issue)).toEqual([target]);
    expect(waived.issues).not.toContainEqual(target);
    expect(cellsOf(host.model, target.sheet)[target.cell].fill).toBeUndefined();

    await host.Excel.run(async (context) => {
      context.workbook.worksheets.getItem(target.sheet).getRange(target.cell).values = [[typeof target.value === 'number' ? target.value + 1 : `${target.value}x`]];
      await context.sync();
    });
    const revived = await checker.validate({ lang: 'en' });
    expect(revived.waived).toEqual([]);
    expect(revived.issues.some((issue) => issue.rule === target.rule && issue.cell === target.cell)).toBe(true);
  });

  it('says so when no table is recognised: zero tables, an Issues sheet telling why', async () => {
    const host = simulated(workbookFromRows([{ name: 'บันทึก', rows: [['เรื่อง', 'หมายเหตุ'], ['ประชุม', '=ไม่ใช่สูตร']] }, { name: 'Empty' }]));
    const summary = await createExcelChecker(host).validate({ lang: 'en' });
    expect(summary.tables).toEqual([]);
    expect(summary.issues).toEqual([]);
    expect(summary.markedCells).toBe(0);
    expect(cellsOf(host.model, summary.issuesSheet).G2.value).toBe('No table of projects or reports was found in this workbook, so nothing was checked.');
  });

  it('refuses with the protected sheet named, changing nothing, when one sheet among several is protected', async () => {
    const model = await sampleModel();
    model.sheets[1].protected = true;
    const before = userCells(model);
    const host = simulated(model);
    const validation = createExcelChecker(host).validate({ lang: 'th' });
    await expect(validation).rejects.toMatchObject({ code: 'protected-sheet', text: { th: expect.stringContaining('“รายงานความก้าวหน้า”') } });
    expect(userCells(host.model)).toEqual(before);
    expect(sheetNames(host)).toEqual(['โครงการ', 'รายงานความก้าวหน้า']);
  });

  it('clears what it marked and restores every cell exactly', async () => {
    const model = await sampleModel();
    const before = userCells(model);
    const host = simulated(model);
    const checker = createExcelChecker(host);
    const summary = await checker.validate({ lang: 'th' });
    const { result, syncs } = await syncsDuring(host, () => checker.clearMarks());
    expect(result.restoredCells).toBe(summary.markedCells);
    expect(userCells(host.model)).toEqual(before);
    expect(sheetNames(host)).toEqual(['โครงการ', 'รายงานความก้าวหน้า', 'ReportChecker.State']);
    expect(syncs).toBe(4);
    expect((await checker.clearMarks()).restoredCells).toBe(0);
  });

  describe('when a sync fails partway', () => {
    it('leaves nothing half-marked, whichever sync of a first validation fails', async () => {
      const model = await sampleModel();
      const before = userCells(model);
      const normal = simulated(model);
      const { syncs } = await syncsDuring(normal, () => createExcelChecker(normal).validate({ lang: 'en' }));
      const outcomes = new Set<string>();
      for (let failAt = 1; failAt <= syncs; failAt++) {
        const host = simulated(await sampleModel());
        const failing = failingHost(host, failAt);
        const error = await createExcelChecker(failing).validate({ lang: 'en' }).then(() => undefined, (caught: unknown) => caught);
        expect(error).toBeInstanceOf(CheckerError);
        expect(error).toMatchObject({ code: 'host', text: { th: expect.stringContaining('Excel ทำงานไม่สำเร็จ') } });
        outcomes.add((error as CheckerError).text.en.includes('removed') ? 'restored' : 'unchanged');
        expect(userCells(host.model)).toEqual(before);
        expect(sheetNames(host).filter((name) => name.startsWith('Issues'))).toEqual([]);
      }
      // The last sync wrote the marks before failing: they were taken off again.
      expect([...outcomes].sort()).toEqual(['restored', 'unchanged']);
    });

    it('after an earlier validation: either nothing changed or every mark was taken off, as the message says', async () => {
      const original = await sampleModel();
      const before = userCells(original);
      const probe = simulated(original);
      await createExcelChecker(probe).validate({ lang: 'en' });
      const marked = userCells(probe.model);
      const { syncs } = await syncsDuring(probe, () => createExcelChecker(probe).validate({ lang: 'en' }));
      for (let failAt = 1; failAt <= syncs; failAt++) {
        const host = simulated(await sampleModel());
        await createExcelChecker(host).validate({ lang: 'en' });
        const failing = failingHost(host, failAt);
        const error = await createExcelChecker(failing).validate({ lang: 'en' }).then(() => undefined, (caught: unknown) => caught as CheckerError);
        expect(error).toBeInstanceOf(CheckerError);
        const after = userCells(host.model);
        if (error?.text.en.includes('Nothing in the workbook was changed')) {
          // The time stamp (K1; J1 its label) is the only cell a second run writes differently.
          delete after.Issues?.K1;
          delete marked.Issues?.K1;
          expect(after).toEqual(marked);
        } else {
          expect(error?.text.en).toContain('The marks made so far were removed');
          expect(after).toEqual(before);
        }
      }
    });
  });

  it('selects a cell, on its own sheet or a sheet-qualified one', async () => {
    const host = simulated(workbookFromRows([{ name: 'Data' }, { name: "แผน 'ปี' 2563" }, { name: 'Hidden', visibility: 'Hidden' }]));
    const checker = createExcelChecker(host);
    await checker.select('Data', 'B7');
    expect(host.model.selection).toEqual({ sheetId: host.model.sheets[0].id, address: 'B7' });
    await checker.select('Data', "'แผน ''ปี'' 2563'!C3");
    expect(host.model.activeSheetId).toBe(host.model.sheets[1].id);
    expect(host.model.selection.address).toBe('C3');
    await expect(checker.select('Hidden', 'A1')).rejects.toMatchObject({ code: 'host', text: { en: expect.stringContaining('hidden') } });
    await expect(checker.select('Gone', 'A1')).rejects.toMatchObject({ code: 'host' });
  });

  it('keeps the settings in the workbook and refuses a config the core would reject, storing nothing', async () => {
    const host = simulated(workbookFromRows([{ name: 'Data' }]));
    const checker = createExcelChecker(host);
    expect(await checker.loadSettings()).toEqual({ config: {}, overrides: {}, waivers: [] });
    const settings = { config: { codePattern: '^\\d{4}$' }, overrides: {}, waivers: [], language: 'th' as const };
    await checker.saveSettings(settings);
    expect(await createExcelChecker(simulated(host.model)).loadSettings()).toEqual(settings);
    await expect(checker.saveSettings({ ...settings, config: { codePattern: '(' } })).rejects.toMatchObject({ code: 'host' });
    expect(await checker.loadSettings()).toEqual(settings);
  });

  it("follows Office's display language", () => {
    const host = simulated(workbookFromRows([{ name: 'Data' }]));
    expect(createExcelChecker(host).displayLanguage()).toBe('en');
    const thai = { ...host, Office: { context: { ...host.Office.context, displayLanguage: 'th-TH' } } };
    expect(createExcelChecker(thai).displayLanguage()).toBe('th');
  });

  it('reports host failures as CheckerErrors in Thai and English, never raw', async () => {
    const old = simulated(workbookFromRows([{ name: 'Data' }]), { supported: { ExcelApi: '1.8' } });
    await expect(createExcelChecker(old).validate({ lang: 'th' })).rejects.toMatchObject({ code: 'unsupported', text: { th: expect.stringContaining('ExcelApi 1.9') } });
    const tiny = simulated(workbookFromRows([{ name: 'Data', rows: [['x']] }]), { limits: { responseBytes: 50 } });
    const error = await createExcelChecker(tiny).validate({ lang: 'en' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CheckerError);
    expect(error).toMatchObject({ code: 'too-large', text: { th: expect.any(String), en: expect.stringContaining('Nothing in the workbook was changed') } });
  });
});
