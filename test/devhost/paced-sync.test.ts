/// <reference types="office-js" />
/**
 * Paced syncs (`yieldEveryMs`, the demo page's host): a sync gives the event loop a turn while its
 * operations run, and nothing else changes — the same results, the same error at the same
 * operation, the same payload limits, the same stats — while no other sync, from any Excel.run,
 * runs in between, and the cells the sync has not committed yet stay unseen (`committedCell`).
 * `yieldEveryMs: 0` gives a turn after every operation, so the tests do not depend on the clock.
 */
import { createSimulatedExcel, type SimulatedExcelHost, type SimulatedExcelOptions } from '../../src/devhost/excel';
import { cloneWorkbook, snapshotCells, workbookFromRows, type WorkbookModel } from '../../src/devhost/model';
import { errorCodeOf } from './helpers';

const ROWS = 300;

/** A sheet of ROWS rows of three cells, and a protected sheet. */
function workbook(): WorkbookModel {
  return workbookFromRows([
    { name: 'Data', rows: Array.from({ length: ROWS }, (_, row) => [`R-${row + 1}`, row + 1, row % 7 === 0 ? 'x' : null]) },
    { name: 'Locked', rows: [['keep']], protected: true },
  ]);
}

function host(options: SimulatedExcelOptions = {}): SimulatedExcelHost {
  return createSimulatedExcel(workbook(), options);
}

/** One batch of many operations: a row's values read, a fill and a value written, per row; then a note. */
async function markEveryRow(excel: SimulatedExcelHost): Promise<unknown[][]> {
  return excel.Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem('Data');
    const reads = [];
    for (let row = 1; row <= ROWS; row++) {
      const range = sheet.getRange(`A${row}:C${row}`);
      range.load('values');
      reads.push(range);
      sheet.getRange(`B${row}`).format.fill.color = row % 2 ? '#FFC7CE' : '#FFEB9C';
      sheet.getRange(`C${row}`).values = [[`checked ${row}`]];
    }
    sheet.getRange('A1').load('address');
    await context.sync();
    return reads.map((range) => range.values[0]);
  });
}

/** A batch that fails part way: rows written, then a write to the protected sheet, then more rows. */
async function failPartWay(excel: SimulatedExcelHost): Promise<string> {
  return errorCodeOf(excel.Excel.run(async (context) => {
    const data = context.workbook.worksheets.getItem('Data');
    for (let row = 1; row <= ROWS / 2; row++) data.getRange(`A${row}`).values = [[`first ${row}`]];
    context.workbook.worksheets.getItem('Locked').getRange('A1').values = [['changed']];
    for (let row = ROWS / 2 + 1; row <= ROWS; row++) data.getRange(`A${row}`).values = [[`after ${row}`]];
    await context.sync();
  }));
}

describe('a paced sync', () => {
  it('reads and writes what an unpaced one does, with the same stats', async () => {
    const plain = host();
    const paced = host({ yieldEveryMs: 0 });
    const [plainReads, pacedReads] = [await markEveryRow(plain), await markEveryRow(paced)];
    expect(pacedReads).toEqual(plainReads);
    expect(pacedReads[0]).toEqual(['R-1', 1, 'x']);
    expect(snapshotCells(paced.model)).toEqual(snapshotCells(plain.model));
    expect(paced.model.sheets[0].cells.C7).toEqual({ value: 'checked 7' });
    expect(paced.stats).toEqual(plain.stats);
  });

  it('fails at the same operation as an unpaced one: what came before it stays, nothing after it applies', async () => {
    const plain = host();
    const paced = host({ yieldEveryMs: 0 });
    expect([await failPartWay(plain), await failPartWay(paced)]).toEqual(['AccessDenied', 'AccessDenied']);
    expect(snapshotCells(paced.model)).toEqual(snapshotCells(plain.model));
    expect(paced.model.sheets[0].cells.A1).toEqual({ value: 'first 1' });
    expect(paced.model.sheets[0].cells[`A${ROWS}`]).toEqual({ value: `R-${ROWS}` });
    expect(paced.stats).toEqual(plain.stats);
  });

  it('is refused over the payload limit as an unpaced one is, leaving the workbook as it was', async () => {
    const limits = { responseBytes: 4_000 };
    const plain = host({ limits });
    const paced = host({ limits, yieldEveryMs: 0 });
    const before = cloneWorkbook(paced.model);
    const codes = [await errorCodeOf(markEveryRow(plain)), await errorCodeOf(markEveryRow(paced))];
    expect(codes).toEqual(['ResponsePayloadSizeLimitExceeded', 'ResponsePayloadSizeLimitExceeded']);
    expect(cloneWorkbook(paced.model)).toEqual(before);
    expect(paced.stats).toEqual(plain.stats);
  });

  it('lets a timer set before it run before it resolves; an unpaced one holds the timer back', async () => {
    const order = async (excel: SimulatedExcelHost) => {
      const seen: string[] = [];
      setTimeout(() => seen.push('timer'), 0);
      await markEveryRow(excel);
      seen.push('synced');
      await new Promise((resolve) => setTimeout(resolve, 0));
      return seen;
    };
    expect(await order(host({ yieldEveryMs: 0 }))).toEqual(['timer', 'synced']);
    expect(await order(host())).toEqual(['synced', 'timer']);
  });

  it('gives a turn only once its slice of work has passed', async () => {
    const excel = host({ yieldEveryMs: 60_000 });
    const seen: string[] = [];
    setTimeout(() => seen.push('timer'), 0);
    await markEveryRow(excel);
    seen.push('synced');
    expect(seen).toEqual(['synced']);
  });

  it('never interleaves with another Excel.run\'s sync: the later one runs after it, and sees all of it', async () => {
    const excel = host({ yieldEveryMs: 0 });
    const events: string[] = [];
    const marking = markEveryRow(excel).then(() => events.push('marked'));
    // Started while the marking sync is under way (its first turn), as a click in the demo grid would be.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(events).toEqual([]);
    const read = excel.Excel.run(async (context) => {
      const last = context.workbook.worksheets.getItem('Data').getRange(`C${ROWS}`);
      last.load('values');
      context.workbook.worksheets.getItem('Data').getRange('A1').select();
      await context.sync();
      events.push('read');
      return last.values[0][0];
    });
    expect(await read).toBe(`checked ${ROWS}`);
    await marking;
    expect(events).toEqual(['marked', 'read']);
    expect(excel.stats.syncs.map((sync) => sync.operationCount)).toEqual([ROWS * 3 + 1, 2]);
  });

  it('keeps the cells it has not committed out of sight until it commits, and for good when it is refused', async () => {
    for (const refused of [false, true]) {
      const excel = host({ yieldEveryMs: 0, limits: refused ? { responseBytes: 4_000 } : {} });
      const sheet = excel.model.sheets[0];
      const before = sheet.cells.C2;
      const seen = new Set<unknown>();
      let watching = true;
      const watch = () => {
        seen.add(excel.committedCell(sheet, 'C2'));
        if (watching) setTimeout(watch, 0);
      };
      setTimeout(watch, 0);
      const marking = markEveryRow(excel);
      await (refused ? errorCodeOf(marking) : marking);
      watching = false;
      // Turns were given while the batch ran with C2 changed in the live map; the committed cell was the old one throughout.
      expect(seen).toEqual(new Set([before]));
      expect(excel.committedCell(excel.model.sheets[0], 'C2')).toEqual(refused ? before : { value: 'checked 2' });
    }
  });

  it('waits for work run outside syncs, and such work waits for the sync under way', async () => {
    const excel = host({ yieldEveryMs: 0 });
    const events: string[] = [];
    let release!: () => void;
    const held = excel.outsideSyncs(() => new Promise<void>((resolve) => {
      events.push('reading');
      release = resolve;
    }));
    const marking = markEveryRow(excel).then(() => events.push('marked'));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(events).toEqual(['reading']);
    expect(excel.stats.syncCount).toBe(0);
    release();
    await held;
    await marking;
    const afterMarking = excel.outsideSyncs(() => events.push(`read ${String(excel.model.sheets[0].cells.C1.value)}`));
    await afterMarking;
    expect(events).toEqual(['reading', 'marked', 'read checked 1']);
  });
});

describe('an unpaced host', () => {
  it('waits for work run outside syncs too', async () => {
    const excel = host();
    let release!: () => void;
    const held = excel.outsideSyncs(() => new Promise<void>((resolve) => (release = resolve)));
    const marking = markEveryRow(excel);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(excel.stats.syncCount).toBe(0);
    release();
    await held;
    await marking;
    expect(excel.stats.syncCount).toBe(1);
  });
});
