import { EXCEL_LIMITS, workbookFromRows, type WorkbookModel } from '../../src/devhost';
import { BLOCK_CELLS, readGrids } from '../../src/excel/read';
import { scanWorkbook } from '../../src/excel/workbook-scan';
import { readWorkbook } from '../../src/xlsx/read';
import { buildSampleWorkbook } from '../../src/xlsx/sample';
import { largestPayload, modelFromGrids, simulated } from './helpers';

async function readAll(model: WorkbookModel, options?: Parameters<typeof simulated>[1]) {
  const host = simulated(model, options);
  const grids = await host.Excel.run(async (context) => readGrids(context, await scanWorkbook(context)));
  return { host, grids };
}

describe('readGrids', () => {
  it('reads the sample workbook as the .xlsx reader does, in 3 syncs', async () => {
    const expected = await readWorkbook(await buildSampleWorkbook(), 'sample.xlsx');
    const { host, grids } = await readAll(modelFromGrids(expected));
    expect(grids).toEqual(expected);
    expect(host.stats.syncCount).toBe(3);
  });

  it('reads a 100,000-row × 10-column sheet in few syncs, every one far below 5 MB', async () => {
    const rows: Array<Array<string | number>> = [['รหัสโครงการ', 'ชื่อโครงการ', 'ปีงบประมาณ', 'งบประมาณ', 'a', 'b', 'c', 'd', 'e', 'f']];
    for (let i = 0; i < 100_000; i++) {
      rows.push([`03000000-${String(i % 10_000).padStart(4, '0')}`, `โครงการก่อสร้างถนนสายที่ ${i}`, 2563, 1_918_000 + i, i, i * 2, 'x', 'y', i / 7, 'ข้อความ']);
    }
    const { host, grids } = await readAll(workbookFromRows([{ name: 'ข้อมูล', rows }]));
    expect(grids[0].values).toHaveLength(100_001);
    expect(grids[0].values[100_000]).toEqual(rows[100_000]);
    expect(host.stats.syncs.filter((sync) => sync.failedWith)).toEqual([]);
    const { request, response } = largestPayload(host);
    expect(response).toBeLessThan(EXCEL_LIMITS.responseBytes * 0.8);
    expect(request).toBeLessThan(EXCEL_LIMITS.requestBytes * 0.8);
    // The data, and the two cells of the Issues sheet's marker (J1:K1) the scan looks at.
    expect(host.stats.cellsRead).toBe(1_000_010 + 2);
    // 2 syncs to look at the workbook, then ~3.2 MB of data a sync.
    expect(host.stats.syncCount).toBeLessThanOrEqual(30);
    console.log(`100k rows × 10 columns: ${host.stats.syncCount} syncs, largest response ${response} bytes, largest request ${request} bytes`);
  }, 120_000);

  it('awaits `pause` for each block it queues and takes in, and reads the same grids', async () => {
    const model = workbookFromRows([{ name: 'ข้อมูล', rows: Array.from({ length: 30_000 }, (_, row) => [`R-${row}`, row]) }]);
    const { grids: expected } = await readAll(model);
    const host = simulated(model);
    const paused: number[] = [];
    const grids = await host.Excel.run(async (context) => readGrids(context, await scanWorkbook(context), {
      pause: async () => {
        paused.push(host.stats.syncCount);
        await new Promise((resolve) => setTimeout(resolve, 0));
      },
    }));
    expect(grids).toEqual(expected);
    const blocks = Math.ceil((30_000 * 2) / BLOCK_CELLS);
    expect(blocks).toBeGreaterThan(1);
    expect(paused).toHaveLength(2 * blocks);
    // Paused while queueing, before a data sync was sent, and while taking the blocks in, after the last one.
    expect(paused[0]).toBeLessThan(host.stats.syncCount);
    expect(paused[paused.length - 1]).toBe(host.stats.syncCount);
  });

  it('reads every visible and hidden sheet whatever its name, skips very hidden ones, and keeps each grid where its cells are', async () => {
    const model = workbookFromRows([
      { name: 'แผน 2563', rows: [['รหัสโครงการ', 'ชื่อ'], ['03000000-2457', 'ถนน']] },
      { name: "O'Brien's data", rows: [[null, null], [null, null, 'x', 1]] },
      { name: 'Blank' },
      { name: 'Hidden one', rows: [['h']], visibility: 'Hidden' },
      { name: 'Secret', rows: [['s']], visibility: 'VeryHidden' },
    ]);
    const { grids } = await readAll(model);
    expect(grids.map((grid) => grid.sheet)).toEqual(['แผน 2563', "O'Brien's data", 'Blank', 'Hidden one']);
    expect(grids[1]).toEqual({ sheet: "O'Brien's data", origin: { row: 1, col: 2 }, values: [['x', 1]], numberFormats: [['General', 'General']] });
    expect(grids[2]).toEqual({ sheet: 'Blank', origin: { row: 0, col: 0 }, values: [], numberFormats: [] });
  });

  it('reads empty cells as null and keeps number formats (a date is a serial told by its format)', async () => {
    const model = workbookFromRows([{ name: 'D', rows: [['a', null, 43831]], numberFormats: [['@', undefined, 'd/m/yyyy']] }]);
    const { grids } = await readAll(model);
    expect(grids[0].values).toEqual([['a', null, 43831]]);
    expect(grids[0].numberFormats).toEqual([['@', 'General', 'd/m/yyyy']]);
  });

  it('reads Excel tables, growing the grid over their empty rows, relative to the grid', async () => {
    const model = workbookFromRows([{ name: 'T', rows: [[], [null, 'title'], [], [null, 'รหัสโครงการ', 'ชื่อโครงการ'], [null, '03000000-2457', 'ถนน']] }]);
    model.tables.push({ id: '99', name: 'ตารางโครงการ', sheetId: model.sheets[0].id, address: 'B4:C7', showHeaders: true });
    const { grids } = await readAll(model);
    expect(grids[0].origin).toEqual({ row: 1, col: 1 });
    expect(grids[0].values).toHaveLength(6);
    expect(grids[0].tables).toEqual([{ name: 'ตารางโครงการ', headerRow: 2, lastRow: 5, firstCol: 0, lastCol: 1 }]);
  });

  it('halves a block whose answer is larger than guessed, and still reads everything', async () => {
    const long = 'ก'.repeat(400);
    const rows = Array.from({ length: 3000 }, (_, i) => [long, i]);
    const { host, grids } = await readAll(workbookFromRows([{ name: 'Long', rows }]), { limits: { responseBytes: 1_000_000 } });
    expect(host.stats.syncs.some((sync) => sync.failedWith === 'ResponsePayloadSizeLimitExceeded')).toBe(true);
    expect(grids[0].values).toEqual(rows);
  });
});
