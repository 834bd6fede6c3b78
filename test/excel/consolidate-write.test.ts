/// <reference types="office-js" />
import type { Consolidation } from '../../src/core/consolidate/consolidate';
import { DEFAULT_CONFIG } from '../../src/core/model';
import { chartPicture } from '../../src/devhost/chart';
import { snapshotCells, workbookFromRows, type SimulatedExcelHost, type WorkbookModel } from '../../src/devhost';
import { createWorkbookConsolidator } from '../../src/excel/consolidate/consolidator';
import { CONSOLIDATION_RECORD_SHEET } from '../../src/excel/consolidate/output-record';
import { CHART_NAME, CHART_TITLE, TABLE_NAMES } from '../../src/excel/consolidate/write-output';
import type { Language } from '../../src/excel/types';
import { consolidateSources, readUploadedFile } from '../../src/taskpane/session/consolidation-reading';
import type { ConsolidationSource } from '../../src/taskpane/session/consolidation-sources';
import { simulated, syncsDuring } from './helpers';

const PROJECT_HEADER = 'รหัสโครงการ,ชื่อโครงการ,ปีงบประมาณ,หน่วยงานที่รับผิดชอบ,เริ่มต้นโครงการ,สิ้นสุดโครงการ,งบประมาณที่ได้รับ (บาท)';

const bytes = (text: string) => new TextEncoder().encode(text);

/** An agency's CSV of `count` projects (codes from `first`), each with one report. */
function agencyCsv(agency: string, first: number, count: number, name = (n: number) => `ปรับปรุงถนน แห่งที่ ${n}`): string {
  const rows = [`${PROJECT_HEADER},รายงานครั้งที่,วันที่รายงาน,ความก้าวหน้า (%),เบิกจ่ายสะสม (บาท)`];
  for (let n = 0; n < count; n++) {
    const code = `03000000-${String(first + n).padStart(4, '0')}`;
    rows.push(`${code},"${name(n + 1).replace(/"/g, '""')}",2563,${agency},1/10/2562,30/9/2563,1000000,1,31/10/2562,20,150000`);
  }
  return rows.join('\r\n');
}

async function sources(files: Record<string, string>): Promise<ConsolidationSource[]> {
  let id = 0;
  return Promise.all(Object.entries(files).map(([file, text]) => readUploadedFile(`s${++id}`, file, bytes(text), DEFAULT_CONFIG)));
}

async function consolidation(files: Record<string, string>, language: Language = 'en', previous?: Consolidation['record']): Promise<Consolidation> {
  const result = consolidateSources(await sources(files), { config: DEFAULT_CONFIG, language, ranAt: '2020-03-18T09:30:00.000Z', ...(previous ? { previous } : {}) });
  if (!result) throw new Error('nothing consolidated');
  return result;
}

const THREE_AGENCIES = {
  'works.csv': agencyCsv('สำนักการโยธา', 1, 2),
  'drainage.csv': agencyCsv('สำนักการระบายน้ำ', 101, 3),
  'parks.csv': agencyCsv('สำนักสิ่งแวดล้อม', 201, 1),
};

function userWorkbook(): WorkbookModel {
  return workbookFromRows([{ name: 'Notes', rows: [['my own notes']] }]);
}

function sheetNames(model: WorkbookModel): string[] {
  return model.sheets.map((sheet) => sheet.name);
}

function tableOn(model: WorkbookModel, sheet: string) {
  const id = model.sheets.find((candidate) => candidate.name === sheet)!.id;
  return model.tables.filter((table) => table.sheetId === id);
}

function valuesOf(model: WorkbookModel, sheet: string, address: string) {
  return model.sheets.find((candidate) => candidate.name === sheet)!.cells[address];
}

async function write(host: SimulatedExcelHost, result: Consolidation, language: Language = 'en', replace = true) {
  return createWorkbookConsolidator(host).write(result, { language, replace });
}

describe('writing a consolidation into the workbook', () => {
  it('writes Projects and Reports as Excel tables with the source of every row, Conflicts, Summary with a chart, and a very hidden record', async () => {
    const model = userWorkbook();
    const host = simulated(model);
    const result = await consolidation(THREE_AGENCIES);
    const written = await write(host, result);

    expect(written.sheets).toEqual({ projects: 'Projects', reports: 'Reports', conflicts: 'Conflicts', summary: 'Summary' });
    expect(sheetNames(model)).toEqual(['Notes', 'Projects', 'Reports', 'Conflicts', 'Summary', CONSOLIDATION_RECORD_SHEET]);
    expect(model.sheets.find((sheet) => sheet.name === CONSOLIDATION_RECORD_SHEET)!.visibility).toBe('VeryHidden');

    const [projects] = tableOn(model, 'Projects');
    expect(projects.name).toBe(TABLE_NAMES.projects);
    // Header row and one row per project (2 + 3 + 1), every column of the grid.
    const width = result.projects.grid.values[0].length;
    expect(projects.address).toBe(`A1:${String.fromCharCode(64 + width)}7`);
    expect(tableOn(model, 'Reports')[0]).toMatchObject({ name: TABLE_NAMES.reports, address: `A1:${String.fromCharCode(64 + result.reports.grid.values[0].length)}7` });
    // The source columns: file, sheet, row.
    const sourceFile = result.projects.columns.indexOf('source-file');
    const letter = String.fromCharCode(65 + sourceFile);
    expect(valuesOf(model, 'Projects', `${letter}1`)?.value).toBe('Source file');
    expect([2, 3, 4, 5, 6, 7].map((row) => valuesOf(model, 'Projects', `${letter}${row}`)?.value)).toEqual(
      result.projects.sources.map((row) => row.source.file),
    );

    const summary = model.sheets.find((sheet) => sheet.name === 'Summary')!;
    expect(summary.cells.A1.value).toBe('Projects by agency');
    expect(model.activeSheetId).toBe(summary.id);
    expect(written.chart).toBe(true);
  });

  it('draws a native column chart of budget against disbursed per agency, the total row left out', async () => {
    const model = userWorkbook();
    const host = simulated(model);
    await write(host, await consolidation(THREE_AGENCIES, 'th'), 'th');
    const summary = model.sheets.find((sheet) => sheet.name === 'สรุปตามหน่วยงาน')!;
    expect(summary.charts).toHaveLength(1);
    const picture = chartPicture(model, summary.charts![0]);
    expect(picture).toMatchObject({ name: CHART_NAME, type: 'ColumnClustered', title: CHART_TITLE.th, axisTitles: { value: 'บาท' } });
    expect(picture.categories).toEqual(['สำนักการโยธา', 'สำนักการระบายน้ำ', 'สำนักสิ่งแวดล้อม']);
    expect(picture.series.map((series) => series.name)).toEqual(['งบประมาณ (บาท)', 'เบิกจ่าย (บาท)']);
    expect(picture.series[0].values).toEqual([2_000_000, 3_000_000, 1_000_000]);
    expect(picture.series[1].values).toEqual([300_000, 450_000, 150_000]);

    const count = await host.Excel.run(async (context) => {
      const result = context.workbook.worksheets.getItem('สรุปตามหน่วยงาน').charts.getCount();
      await context.sync();
      // eslint-disable-next-line office-addins/load-object-before-read -- a ClientResult's value needs only the sync
      return result.value;
    });
    expect(count).toBe(1);
  });

  it('writes text that starts with = + - @ as text, never as a formula', async () => {
    const model = userWorkbook();
    const host = simulated(model);
    const names = ['=HYPERLINK("x") ลอยกระทง', '+ถนน', '-ทางเท้า', '@สวน'];
    await write(host, await consolidation({ 'culture.csv': agencyCsv('สำนักวัฒนธรรม', 1, 4, (n) => names[n - 1]) }));
    const nameColumn = 'B';
    expect(valuesOf(model, 'Projects', `${nameColumn}1`)?.value).toBe('ชื่อโครงการ');
    for (const [index, name] of names.entries()) {
      const cell = valuesOf(model, 'Projects', `${nameColumn}${index + 2}`);
      expect(cell).toMatchObject({ value: name, numberFormat: '@' });
      expect(cell?.formula).toBeUndefined();
    }
    const formulas = Object.values(snapshotCells(model)).flatMap((cells) => Object.values(cells)).filter((cell) => cell.formula !== null);
    expect(formulas).toEqual([]);
  });

  it('replaces only its own earlier sheets when run again, and says what changed since', async () => {
    const model = userWorkbook();
    const host = simulated(model);
    const first = await consolidation(THREE_AGENCIES);
    await write(host, first);
    const earlier = await createWorkbookConsolidator(host).earlier();
    expect(earlier?.sheets.map((sheet) => sheet.name)).toEqual(['Projects', 'Reports', 'Conflicts', 'Summary']);
    expect(earlier?.record?.files.map((file) => file.file)).toEqual(['works.csv', 'drainage.csv', 'parks.csv']);

    const second = await consolidation({ ...THREE_AGENCIES, 'parks.csv': agencyCsv('สำนักสิ่งแวดล้อม', 201, 2) }, 'en', earlier?.record);
    const written = await write(host, second);
    expect(written.replaced).toEqual(['Projects', 'Reports', 'Conflicts', 'Summary']);
    expect(sheetNames(model).filter((name) => name !== CONSOLIDATION_RECORD_SHEET)).toEqual(['Notes', 'Projects', 'Reports', 'Conflicts', 'Summary', 'Changes']);
    expect(model.tables.map((table) => table.name).sort()).toEqual([TABLE_NAMES.projects, TABLE_NAMES.reports].sort());
    expect(tableOn(model, 'Projects')[0].address).toMatch(/8$/);
    expect(valuesOf(model, 'Changes', 'A3')?.value).toBe('Compared with the consolidation of 2020-03-18T09:30:00.000Z');
    expect(valuesOf(model, 'Notes', 'A1')?.value).toBe('my own notes');
  });

  it('keeps a user’s sheet named like an output sheet, writing beside it under a unique name, also when replacing', async () => {
    const model = workbookFromRows([
      { name: 'Projects', rows: [['my list of projects'], ['do not touch']] },
      { name: 'Summary', rows: [['my summary']] },
    ]);
    const host = simulated(model);
    const before = snapshotCells(model);
    const written = await write(host, await consolidation(THREE_AGENCIES));
    expect(written.sheets).toMatchObject({ projects: 'Projects (2)', summary: 'Summary (2)' });
    expect(snapshotCells(model).Projects).toEqual(before.Projects);
    expect(snapshotCells(model).Summary).toEqual(before.Summary);

    // The user's "Projects" is not the add-in's: replacing deletes only the add-in's own sheets.
    const again = await write(host, await consolidation(THREE_AGENCIES));
    expect(again.replaced).toEqual(['Projects (2)', 'Reports', 'Conflicts', 'Summary (2)']);
    expect(again.sheets).toMatchObject({ projects: 'Projects (2)', summary: 'Summary (2)' });
    expect(snapshotCells(model).Projects).toEqual(before.Projects);
    expect(sheetNames(model).filter((name) => name !== CONSOLIDATION_RECORD_SHEET)).toEqual(['Projects', 'Summary', 'Projects (2)', 'Reports', 'Conflicts', 'Summary (2)']);
  });

  it('does not take a user’s sheet for its own when the user renamed it to a recorded name', async () => {
    const model = userWorkbook();
    const host = simulated(model);
    await write(host, await consolidation(THREE_AGENCIES));
    // The user deletes the add-in's Conflicts sheet and names one of their own so.
    await host.Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Conflicts').delete();
      context.workbook.worksheets.getItem('Notes').name = 'Conflicts';
      await context.sync();
    });
    const earlier = await createWorkbookConsolidator(host).earlier();
    expect(earlier?.sheets.map((sheet) => sheet.name)).toEqual(['Projects', 'Reports', 'Summary']);
    const written = await write(host, await consolidation(THREE_AGENCIES));
    expect(written.sheets.conflicts).toBe('Conflicts (2)');
    expect(valuesOf(model, 'Conflicts', 'A1')?.value).toBe('my own notes');
  });

  it('keeps both when asked not to replace: the new sheets take new names and the old ones stay', async () => {
    const model = userWorkbook();
    const host = simulated(model);
    await write(host, await consolidation(THREE_AGENCIES));
    const written = await write(host, await consolidation(THREE_AGENCIES), 'en', false);
    expect(written.replaced).toEqual([]);
    expect(written.sheets).toMatchObject({ projects: 'Projects (2)', reports: 'Reports (2)', summary: 'Summary (2)' });
    expect(written.tables).toEqual({ projects: `${TABLE_NAMES.projects}2`, reports: `${TABLE_NAMES.reports}2` });
    expect(sheetNames(model)).toContain('Projects');
  });

  it('makes as many syncs for 400 projects as for 4: the writes are batched, not sent per cell', async () => {
    const small = await consolidation({ 'a.csv': agencyCsv('สำนักการโยธา', 1, 4) });
    const large = await consolidation({ 'a.csv': agencyCsv('สำนักการโยธา', 1, 400) });
    const smallHost = simulated(userWorkbook());
    const largeHost = simulated(userWorkbook());
    const few = await syncsDuring(smallHost, () => write(smallHost, small));
    const many = await syncsDuring(largeHost, () => write(largeHost, large));
    expect(many.syncs).toBe(few.syncs);
    expect(few.syncs).toBeLessThanOrEqual(6);
  });

  it('lists the user’s sheets without its own output, and reads the picked ones as validation reads them', async () => {
    const model = workbookFromRows([
      { name: 'งาน 2563', rows: [PROJECT_HEADER.split(','), ['03000000-0001', 'ถนน', 2563, 'สำนักการโยธา', '1/10/2562', '30/9/2563', 500000]] },
      { name: 'Empty' },
    ]);
    const host = simulated(model);
    const consolidator = createWorkbookConsolidator(host);
    await write(host, await consolidation(THREE_AGENCIES));
    expect((await consolidator.listSheets()).map((sheet) => [sheet.name, sheet.rows])).toEqual([['งาน 2563', 2], ['Empty', 0]]);
    const [grid] = await consolidator.readSheets(['งาน 2563']);
    expect(grid.sheet).toBe('งาน 2563');
    expect(grid.values[1][0]).toBe('03000000-0001');
  });
});
