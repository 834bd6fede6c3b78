/// <reference types="office-js" />
import { EXCEL_LIMITS, utf8ByteLength } from '../../src/devhost/payload';
import { snapshotCells } from '../../src/devhost/model';
import { errorCodeOf, simulatedHost } from './helpers';

const MB = 1024 * 1024;

/** A column of `count` cells holding `length`-character strings. */
function bigColumn(count: number, length: number): string[][] {
  return Array.from({ length: count }, (_, i) => [String(i % 10).repeat(length)]);
}

describe('Excel on the web payload limits (5 MB per request and per response)', () => {
  test('the defaults are Excel’s limits', () => {
    expect(EXCEL_LIMITS.requestBytes).toBe(5 * MB);
    expect(EXCEL_LIMITS.responseBytes).toBe(5 * MB);
    expect(EXCEL_LIMITS.cellsPerRead).toBe(5_000_000);
  });

  test('a request over 5 MB fails with RequestPayloadSizeLimitExceeded and applies nothing of the batch', async () => {
    const host = simulatedHost([{ name: 'Data', rows: [['keep']] }]);
    const before = snapshotCells(host.model);
    await host.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Data');
      sheet.getRange('B1').values = [['small write, same batch']];
      sheet.getRange('C1:C200').values = bigColumn(200, 30_000); // ≈ 6 MB
      expect(await errorCodeOf(context.sync())).toBe('RequestPayloadSizeLimitExceeded');
    });
    expect(snapshotCells(host.model)).toEqual(before);
    expect(host.stats.syncs[0]).toMatchObject({ failedWith: 'RequestPayloadSizeLimitExceeded' });
    expect(host.stats.syncs[0].requestBytes).toBeGreaterThan(5 * MB);
  });

  test('the same data in two batches under the limit goes through', async () => {
    const host = simulatedHost([{ name: 'Data' }]);
    await host.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Data');
      sheet.getRange('C1:C100').values = bigColumn(100, 30_000);
      await context.sync();
      sheet.getRange('C101:C200').values = bigColumn(100, 30_000);
      await context.sync();
    });
    expect(host.stats.syncs.every((sync) => sync.requestBytes < 5 * MB)).toBe(true);
    expect(Object.keys(host.model.sheets[0].cells)).toHaveLength(200);
  });

  test('a response over 5 MB fails with ResponsePayloadSizeLimitExceeded and applies nothing of the batch', async () => {
    const rows = bigColumn(200, 30_000);
    const host = simulatedHost([{ name: 'Data', rows }]);
    await host.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Data');
      sheet.getRange('B1').values = [['written in the refused batch']];
      const range = sheet.getRange('A1:A200').load('values');
      expect(await errorCodeOf(context.sync())).toBe('ResponsePayloadSizeLimitExceeded');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
    expect(host.model.sheets[0].cells.B1).toBeUndefined();
  });

  test('the desktop host has no payload limit', async () => {
    const host = simulatedHost([{ name: 'Data' }], { platform: 'desktop' });
    await host.Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Data').getRange('C1:C200').values = bigColumn(200, 30_000);
      await context.sync();
    });
    expect(host.stats.syncs[0].failedWith).toBeUndefined();
  });

  test('limits can be lowered to test chunking cheaply, and bytes are counted as UTF-8 (Thai is 3 bytes a letter)', async () => {
    expect(utf8ByteLength('ถนน')).toBe(9);
    const host = simulatedHost([{ name: 'Data' }], { limits: { requestBytes: 2_000 } });
    const code = await errorCodeOf(
      host.Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Data').getRange('A1').values = [['ถ'.repeat(700)]]; // 2,100 bytes
        await context.sync();
      }),
    );
    expect(code).toBe('RequestPayloadSizeLimitExceeded');
  });

  test('stats record request and response bytes and cells read per sync', async () => {
    const host = simulatedHost([{ name: 'Data', rows: [['a', 'b'], ['c', 'd']] }]);
    await host.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Data').getRange('A1:B2').load('values, numberFormat');
      await context.sync();
      expect(range.values).toEqual([['a', 'b'], ['c', 'd']]);
    });
    const [sync] = host.stats.syncs;
    expect(sync.cellsRead).toBe(4);
    expect(sync.requestBytes).toBeGreaterThan(0);
    expect(sync.responseBytes).toBeGreaterThan(JSON.stringify([['a', 'b'], ['c', 'd']]).length);
    expect(host.stats.cellsRead).toBe(4);
  });
});

describe('cell and address limits', () => {
  test('reading more than 5,000,000 cells fails with RangeExceedsLimit', async () => {
    const { Excel } = simulatedHost([{ name: 'Data' }], { platform: 'desktop' });
    expect(
      await errorCodeOf(
        Excel.run(async (context) => {
          context.workbook.worksheets.getItem('Data').getRangeByIndexes(0, 0, 1_000_001, 5).load('address, values');
          await context.sync();
        }),
      ),
    ).toBe('RangeExceedsLimit');
  });

  test('the per-read cell limit is a limit per range: at the limit passes, one cell more fails', async () => {
    const { Excel } = simulatedHost([{ name: 'Data' }], { limits: { cellsPerRead: 10 } });
    const read = (rows: number) =>
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem('Data');
        sheet.getRangeByIndexes(0, 0, rows, 1).load('values');
        sheet.getRangeByIndexes(0, 1, rows, 1).load('values');
        await context.sync();
      });
    await expect(read(10)).resolves.toBeUndefined();
    expect(await errorCodeOf(read(11))).toBe('RangeExceedsLimit');
  });

  test('whole columns read as null for cell-level properties, and cost no cells', async () => {
    const host = simulatedHost([{ name: 'Data', rows: [[1]] }]);
    await host.Excel.run(async (context) => {
      const column = context.workbook.worksheets.getItem('Data').getRange('A:A').load('values, address, cellCount');
      await context.sync();
      expect(column.values).toBeNull();
      expect(column.address).toBe('Data!A:A');
      expect(column.cellCount).toBe(1_048_576);
    });
    expect(host.stats.cellsRead).toBe(0);
  });

  test('writing values to whole columns is refused', async () => {
    const { Excel } = simulatedHost([{ name: 'Data' }]);
    const code = await errorCodeOf(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Data').getRange('A:B').values = 'Due Date' as unknown as unknown[][];
        await context.sync();
      }),
    );
    expect(code).toBe('InvalidOperation');
  });

  test('getRanges fails past 500 areas or 8,192 address characters, with InvalidArgument', async () => {
    const { Excel } = simulatedHost([{ name: 'Data' }]);
    const areas = (count: number) => Array.from({ length: count }, (_, i) => `A${2 * i + 1}`).join(',');
    const load = (address: string) =>
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Data').getRanges(address).load('areaCount');
        await context.sync();
      });
    await expect(load(areas(500))).resolves.toBeUndefined();
    expect(await errorCodeOf(load(areas(501)))).toBe('InvalidArgument');
    const long = Array.from({ length: 450 }, (_, i) => `AAA${100_000 + i}:AAB${100_000 + i}`).join(','); // 450 areas, 8,999 characters
    expect(long.length).toBeGreaterThan(8_192);
    expect(await errorCodeOf(load(long))).toBe('InvalidArgument');
  });

  test('setCellProperties above 80,000 cells fails with GeneralException (office-js issue #2564)', async () => {
    const { Excel } = simulatedHost([{ name: 'Data' }]);
    const grid = (rows: number, cols: number) =>
      Array.from({ length: rows }, () => Array.from({ length: cols }, () => ({ format: { fill: { color: '#FFC7CE' } } })));
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Data').getRangeByIndexes(0, 0, 400, 200).setCellProperties(grid(400, 200));
        await context.sync();
      }),
    ).resolves.toBeUndefined();
    const code = await errorCodeOf(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Data').getRangeByIndexes(0, 0, 450, 200).setCellProperties(grid(450, 200));
        await context.sync();
      }),
    );
    expect(code).toBe('GeneralException');
  });
});
