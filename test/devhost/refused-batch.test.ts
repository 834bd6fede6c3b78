/// <reference types="office-js" />
import fc from 'fast-check';
import { createSimulatedExcel, type SimulatedExcelHost } from '../../src/devhost/excel';
import { cloneWorkbook, snapshotCells, workbookFromRows, type CellModel, type WorkbookModel } from '../../src/devhost/model';
import { errorCodeOf } from './helpers';

/**
 * A sync changes cells in place and journals what they were: these tests hold the
 * simulator to "a refused batch leaves the workbook exactly as it was" — every
 * cell (its value, formula, formats, note, link), cells the batch created, tables,
 * sheets, settings and the selection — and to "a committed batch keeps its changes".
 */

/** A workbook with content, formats, a note, a link, a table and a setting to lose. */
function populatedWorkbook(): WorkbookModel {
  const model = workbookFromRows([
    {
      name: 'แผน 2563',
      rows: [['รหัสโครงการ', 'ชื่อโครงการ', 'งบประมาณ'], ['03000000-2457', 'ถนน', 1_918_000], ['03000000-2458', 'สะพาน', 250_000]],
      numberFormats: [[], ['@', undefined, '#,##0'], ['@', undefined, '#,##0']],
    },
    { name: 'Other', rows: [['x', '=A1']] },
  ]);
  const cells = model.sheets[0].cells;
  cells.B2 = { ...cells.B2, fill: '#FFC7CE', font: { bold: true, color: '#9C0006' }, note: 'เดิม' };
  cells.C3 = { ...cells.C3, note: 'ลบทิ้ง' };
  cells.A3 = { ...cells.A3, hyperlink: { documentReference: "'Other'!A1", textToDisplay: '03000000-2458' } };
  model.tables.push({ id: String(model.nextId++), name: 'Projects', sheetId: model.sheets[0].id, address: 'A1:C3', showHeaders: true });
  model.settings.ReportChecker = { version: 1 };
  return model;
}

/** Every cell object of every sheet, by sheet id and address. */
function cellObjects(model: WorkbookModel): Map<string, CellModel> {
  return new Map(model.sheets.flatMap((sheet) => Object.entries(sheet.cells).map(([key, cell]) => [`${sheet.id}!${key}`, cell] as const)));
}

/** Queues a load whose answer is over the host's response limit, so the sync is refused after everything ran. */
function overflowResponse(context: Excel.RequestContext): void {
  context.workbook.worksheets.getItem('Other').getRange('A1:Z40').load('values');
}

function expectUnchanged(host: SimulatedExcelHost, before: { clone: WorkbookModel; cells: Map<string, CellModel>; sheets: unknown[] }): void {
  expect(cloneWorkbook(host.model)).toEqual(before.clone);
  // Not merely equal: the very cell and sheet objects of before, and no cell more.
  expect(cellObjects(host.model)).toEqual(before.cells);
  for (const [key, cell] of cellObjects(host.model)) expect(cell).toBe(before.cells.get(key));
  expect(host.model.sheets).toHaveLength(before.sheets.length);
  host.model.sheets.forEach((sheet, index) => expect(sheet).toBe(before.sheets[index]));
}

function remember(host: SimulatedExcelHost) {
  return { clone: cloneWorkbook(host.model), cells: cellObjects(host.model), sheets: [...host.model.sheets] };
}

describe('a refused batch leaves the workbook exactly as it was', () => {
  test('response over the limit: values, formats, notes, links, clears, tables, sheets, settings and selection all roll back', async () => {
    const host = createSimulatedExcel(populatedWorkbook(), { limits: { responseBytes: 2_000 } });
    const before = remember(host);
    await host.Excel.run(async (context) => {
      const plan = context.workbook.worksheets.getItem('แผน 2563');
      plan.getRange('A2').values = [['changed']]; // an existing cell
      plan.getRange('D5:E6').values = [['new', 2], ['=SUM(1)', '+66']]; // cells that did not exist
      plan.getRange('E6').numberFormat = [['@']];
      plan.getRange('C2').numberFormat = [['0.00']];
      plan.getRange('A2:B4').format.fill.color = '#FFEB9C'; // B4 did not exist
      plan.getRange('C1').format.font.bold = true;
      plan.getRange('B2').format.fill.clear();
      plan.notes.add('F1', 'ใหม่');
      plan.notes.getItem('B2').content = 'แก้';
      plan.notes.getItem('C3').delete();
      plan.getRange('G7').hyperlink = { documentReference: "'Other'!B1", textToDisplay: 'ไป' };
      plan.getRange('A3').clear();
      plan.getRange('H1:I3').values = [['a', 'b'], [1, 2], [3, 4]];
      plan.tables.add('H1:I3', true);
      context.workbook.tables.getItem('Projects').name = 'Renamed';
      const added = context.workbook.worksheets.add('Added');
      added.getRange('A1').values = [['in a new sheet']];
      context.workbook.worksheets.getItem('Other').name = 'Renamed sheet';
      context.workbook.worksheets.getItem('Renamed sheet').getRange('A1').values = [['gone']];
      context.workbook.settings.add('Extra', 'value');
      context.workbook.worksheets.getItem('Renamed sheet').getRange('B2').select();
      context.workbook.worksheets.getItem('Renamed sheet').getRange('A1:Z40').load('values');
      expect(await errorCodeOf(context.sync())).toBe('ResponsePayloadSizeLimitExceeded');
    });
    expect(host.stats.syncs.at(-1)?.failedWith).toBe('ResponsePayloadSizeLimitExceeded');
    expectUnchanged(host, before);
  });

  test('a sheet deleted after its cells were changed comes back with its cells as they were', async () => {
    const host = createSimulatedExcel(populatedWorkbook(), { limits: { responseBytes: 2_000 } });
    const before = remember(host);
    await host.Excel.run(async (context) => {
      const other = context.workbook.worksheets.getItem('Other');
      other.getRange('A1:C3').values = [[1, 2, 3], [4, 5, 6], [7, 8, 9]];
      other.delete();
      context.workbook.worksheets.getItem('แผน 2563').getRange('A1:Z40').load('values');
      expect(await errorCodeOf(context.sync())).toBe('ResponsePayloadSizeLimitExceeded');
    });
    expectUnchanged(host, before);
  });

  test('an operation the simulator does not model discards the whole batch, the writes before it included', async () => {
    const host = createSimulatedExcel(populatedWorkbook());
    const before = remember(host);
    await expect(
      host.Excel.run(async (context) => {
        const plan = context.workbook.worksheets.getItem('แผน 2563');
        plan.getRange('A2:C3').values = [['a', 'b', 'c'], ['d', 'e', 'f']];
        plan.getRange('J9').values = [['new']];
        plan.getRange('A:A').format.fill.color = '#FFC7CE'; // whole columns: not simulated
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'DevhostNotSimulated' });
    expectUnchanged(host, before);
  });

  test('after a refused batch the next batch starts from the workbook as it was and keeps what it writes', async () => {
    const host = createSimulatedExcel(populatedWorkbook(), { limits: { responseBytes: 2_000 } });
    await host.Excel.run(async (context) => {
      const plan = context.workbook.worksheets.getItem('แผน 2563');
      plan.getRange('A2').values = [['refused']];
      overflowResponse(context);
      expect(await errorCodeOf(context.sync())).toBe('ResponsePayloadSizeLimitExceeded');
      plan.getRange('B3').values = [['kept']];
      await context.sync();
    });
    expect(host.model.sheets[0].cells.A2).toEqual({ value: '03000000-2457', numberFormat: '@' });
    expect(host.model.sheets[0].cells.B3).toEqual({ value: 'kept' });
  });
});

describe('an operation that fails stops the batch: what ran before it stays, nothing after it applies', () => {
  test('a note added where one exists fails; the write before it stays, the one after does not, and no journal undoes it later', async () => {
    const host = createSimulatedExcel(populatedWorkbook(), { limits: { responseBytes: 2_000 } });
    await host.Excel.run(async (context) => {
      const plan = context.workbook.worksheets.getItem('แผน 2563');
      plan.getRange('A2').values = [['before the failure']];
      plan.notes.add('B2', 'a second note');
      plan.getRange('A3').values = [['after the failure']];
      expect(await errorCodeOf(context.sync())).toBe('ItemAlreadyExists');
      // A later refused batch rolls back only its own changes.
      plan.getRange('A2').values = [['refused']];
      overflowResponse(context);
      expect(await errorCodeOf(context.sync())).toBe('ResponsePayloadSizeLimitExceeded');
    });
    const cells = host.model.sheets[0].cells;
    expect(cells.A2).toEqual({ value: 'before the failure', numberFormat: '@' });
    expect(cells.B2.note).toBe('เดิม');
    expect(cells.A3.value).toBe('03000000-2458');
  });
});

describe('what a committed batch replaces', () => {
  test('a changed cell is a new object (one held earlier keeps its content); a changed sheet is a new object, an untouched one is not', async () => {
    const host = createSimulatedExcel(populatedWorkbook());
    const [plan, other] = host.model.sheets;
    const heldCell = plan.cells.B2;
    const heldCopy = structuredClone(heldCell);
    await host.Excel.run(async (context) => {
      context.workbook.worksheets.getItem('แผน 2563').getRange('B2').format.fill.color = '#C6EFCE';
      await context.sync();
    });
    expect(heldCell).toEqual(heldCopy);
    expect(host.model.sheets[0].cells.B2.fill).toBe('#C6EFCE');
    expect(host.model.sheets[0]).not.toBe(plan);
    expect(host.model.sheets[1]).toBe(other);
  });
});

/** One change a generated batch makes, on a 4 × 4 corner of the first sheet. */
type Change =
  | { kind: 'value'; row: number; col: number; value: string | number | boolean }
  | { kind: 'fill'; row: number; col: number; color: string }
  | { kind: 'bold'; row: number; col: number }
  | { kind: 'numberFormat'; row: number; col: number; format: string }
  | { kind: 'note'; row: number; col: number; text: string }
  | { kind: 'clear'; row: number; col: number; rows: number; cols: number; scope: 'All' | 'Formats' | 'Contents' };

const place = { row: fc.integer({ min: 0, max: 3 }), col: fc.integer({ min: 0, max: 3 }) };
const changeArbitrary: fc.Arbitrary<Change> = fc.oneof(
  fc.record({ kind: fc.constant('value' as const), ...place, value: fc.oneof(fc.string({ maxLength: 4 }), fc.integer(), fc.boolean()) }),
  fc.record({ kind: fc.constant('fill' as const), ...place, color: fc.constantFrom('#FFC7CE', '#FFEB9C', '#C6EFCE') }),
  fc.record({ kind: fc.constant('bold' as const), ...place }),
  fc.record({ kind: fc.constant('numberFormat' as const), ...place, format: fc.constantFrom('@', 'General', '0.00', 'd/m/yyyy') }),
  fc.record({ kind: fc.constant('note' as const), ...place, text: fc.string({ minLength: 1, maxLength: 4 }) }),
  fc.record({
    kind: fc.constant('clear' as const), ...place,
    rows: fc.integer({ min: 1, max: 3 }), cols: fc.integer({ min: 1, max: 3 }),
    scope: fc.constantFrom('All' as const, 'Formats' as const, 'Contents' as const),
  }),
);

/** The addresses of the sheet's cells that hold a note: a second note on one fails, so the generated batches write those with `content`. */
function notedCells(model: WorkbookModel): Set<string> {
  return new Set(Object.entries(model.sheets[0].cells).filter(([, cell]) => cell.note !== undefined).map(([key]) => key));
}

function queue(context: Excel.RequestContext, changes: readonly Change[], noted: Set<string>): void {
  const sheet = context.workbook.worksheets.getItem('แผน 2563');
  const cell = (change: { row: number; col: number }) => sheet.getRangeByIndexes(change.row, change.col, 1, 1);
  const key = (row: number, col: number) => `${String.fromCharCode(65 + col)}${row + 1}`;
  for (const change of changes) {
    if (change.kind === 'value') cell(change).values = [[change.value]];
    else if (change.kind === 'fill') cell(change).format.fill.color = change.color;
    else if (change.kind === 'bold') cell(change).format.font.bold = true;
    else if (change.kind === 'numberFormat') cell(change).numberFormat = [[change.format]];
    else if (change.kind === 'note') {
      const address = key(change.row, change.col);
      if (noted.has(address)) sheet.notes.getItem(address).content = change.text;
      else sheet.notes.add(address, change.text);
      noted.add(address);
    } else {
      sheet.getRangeByIndexes(change.row, change.col, change.rows, change.cols).clear(change.scope);
      if (change.scope !== 'All') continue;
      for (let r = change.row; r < change.row + change.rows; r++) for (let c = change.col; c < change.col + change.cols; c++) noted.delete(key(r, c));
    }
  }
}

describe('property: any committed batch followed by any refused batch', () => {
  test('the refused batch leaves the workbook as the committed one left it', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(changeArbitrary, { maxLength: 12 }), fc.array(changeArbitrary, { minLength: 1, maxLength: 12 }), async (committed, refused) => {
        const host = createSimulatedExcel(populatedWorkbook(), { limits: { responseBytes: 2_000 } });
        await host.Excel.run(async (context) => {
          queue(context, committed, notedCells(host.model));
          await context.sync();
        });
        const before = remember(host);
        const snapshot = snapshotCells(host.model);
        await host.Excel.run(async (context) => {
          queue(context, refused, notedCells(host.model));
          overflowResponse(context);
          expect(await errorCodeOf(context.sync())).toBe('ResponsePayloadSizeLimitExceeded');
        });
        expect(snapshotCells(host.model)).toEqual(snapshot);
        expectUnchanged(host, before);
      }),
      { numRuns: 150 },
    );
  });
});
