/// <reference types="office-js" />
import fc from 'fast-check';
import { cellKey, formatRangeAddress, parseCellKey, parseRangeReference, quoteSheetName } from '../../src/devhost/address';
import { errorCodeOf, simulatedHost } from './helpers';

describe('A1 references', () => {
  test.each([
    ['A1', undefined, { row: 0, col: 0, rowCount: 1, colCount: 1 }],
    ['$B$2:c3', undefined, { row: 1, col: 1, rowCount: 2, colCount: 2 }],
    ['C3:A1', undefined, { row: 0, col: 0, rowCount: 3, colCount: 3 }],
    ['Sheet1!A1', 'Sheet1', { row: 0, col: 0, rowCount: 1, colCount: 1 }],
    ["'แผน 2563'!A1:C3", 'แผน 2563', { row: 0, col: 0, rowCount: 3, colCount: 3 }],
    ["'O''Brien'!B2", "O'Brien", { row: 1, col: 1, rowCount: 1, colCount: 1 }],
    ['A:A', undefined, { row: 0, col: 0, rowCount: 1_048_576, colCount: 1 }],
    ['3:5', undefined, { row: 2, col: 0, rowCount: 3, colCount: 16_384 }],
    ['XFD1048576', undefined, { row: 1_048_575, col: 16_383, rowCount: 1, colCount: 1 }],
  ])('parses %s', (text, sheet, rect) => {
    expect(parseRangeReference(text)).toEqual({ sheet, rect });
  });

  test.each(['', 'A', '3', 'A0', 'XFE1', 'A1048577', 'A1:3', ' A1', 'A1 ', 'A1:B2:C3', 'แผน 2563!A1', "'unterminated!A1", 'R1C1'])(
    'refuses %j',
    (text) => {
      expect(parseRangeReference(text)).toBeUndefined();
    },
  );

  test('cell keys read back to the row and column they were made from', () => {
    expect(parseCellKey('XFD1048576')).toEqual({ row: 1_048_575, col: 16_383 });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_048_575 }), fc.integer({ min: 0, max: 16_383 }), (row, col) => {
        expect(parseCellKey(cellKey(row, col))).toEqual({ row, col });
      }),
    );
  });

  test.each(['', 'A', '3', '1A', 'a1', 'A1 ', 'A1:B2', '$A$1'])('refuses the cell key %j', (key) => {
    expect(() => parseCellKey(key)).toThrow('Not a cell key');
  });

  test('quotes sheet names the way Excel writes them', () => {
    expect(quoteSheetName('Sheet1')).toBe('Sheet1');
    expect(quoteSheetName('แผน')).toBe('แผน');
    expect(quoteSheetName('โครงการปี')).toBe('โครงการปี');
    expect(quoteSheetName('แผน 2563')).toBe("'แผน 2563'");
    expect(quoteSheetName("O'Brien")).toBe("'O''Brien'");
    expect(quoteSheetName('2563')).toBe("'2563'");
    expect(quoteSheetName('A1')).toBe("'A1'");
    expect(formatRangeAddress('Data', { row: 0, col: 0, rowCount: 1_048_576, colCount: 2 })).toBe('Data!A:B');
  });
});

describe('addresses through the API', () => {
  const rows = [
    ['code', 'name', 'budget'],
    ['03000000-2457', 'ถนน', 1918000],
  ];

  test('a Thai sheet with a space is reached by name and reports a quoted address', async () => {
    const { Excel } = simulatedHost([{ name: 'แผน 2563', rows }]);
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('แผน 2563');
      const range = sheet.getRange("'แผน 2563'!A1:C2").load('address, values, rowIndex, columnIndex, rowCount, columnCount');
      const cell = sheet.getRange('$B$2').load('address');
      await context.sync();
      expect(range.address).toBe("'แผน 2563'!A1:C2");
      expect(range.values).toEqual(rows);
      expect([range.rowIndex, range.columnIndex, range.rowCount, range.columnCount]).toEqual([0, 0, 2, 3]);
      expect(cell.address).toBe("'แผน 2563'!B2");
    });
  });

  test("an apostrophe in a sheet name is doubled in addresses", async () => {
    const { Excel } = simulatedHost([{ name: "O'Brien", rows }]);
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("O'Brien").getRange("'O''Brien'!B2").load('address, values');
      await context.sync();
      expect(range.address).toBe("'O''Brien'!B2");
      expect(range.values).toEqual([['ถนน']]);
    });
  });

  test.each(['A0', 'B2:', 'Other!A1', 'แผน 2563!A1', 'ZZZZ1'])('getRange(%j) fails at sync with InvalidArgument', async (address) => {
    const { Excel } = simulatedHost([{ name: 'แผน 2563', rows }, { name: 'Other' }]);
    const code = await errorCodeOf(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('แผน 2563').getRange(address).load('address');
        await context.sync();
      }),
    );
    expect(code).toBe('InvalidArgument');
  });

  test('a 2-D array whose shape differs from the range is refused with InvalidArgument', async () => {
    const { Excel } = simulatedHost([{ name: 'Data' }]);
    const write = (values: unknown) =>
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Data').getRange('A1:B2').values = values as unknown[][];
        await context.sync();
      });
    expect(await errorCodeOf(write([[1, 2]]))).toBe('InvalidArgument');
    expect(await errorCodeOf(write([[1, 2], [3]]))).toBe('InvalidArgument');
    expect(await errorCodeOf(write([[1]]))).toBe('InvalidArgument');
    expect(await errorCodeOf(write(null))).toBe('InvalidArgument');
    await expect(write([[1, 2], [3, 4]])).resolves.toBeUndefined();
  });

  test('getCell, getOffsetRange, getResizedRange, getRow and getColumn move and size like Excel', async () => {
    const { Excel } = simulatedHost([{ name: 'Data' }]);
    await Excel.run(async (context) => {
      const base = context.workbook.worksheets.getItem('Data').getRange('B2:C3');
      const addresses = [
        base.getCell(1, 1),
        base.getCell(5, 0),
        base.getOffsetRange(1, 2),
        base.getResizedRange(2, -1),
        base.getRow(1),
        base.getColumn(0),
      ].map((range) => range.load('address'));
      await context.sync();
      expect(addresses.map((range) => range.address)).toEqual(['Data!C3', 'Data!B7', 'Data!D3:E4', 'Data!B2:B5', 'Data!B3:C3', 'Data!B2:B3']);
    });
    const code = await errorCodeOf(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Data').getRange('A1').getOffsetRange(-1, 0).load('address');
        await context.sync();
      }),
    );
    expect(code).toBe('InvalidArgument');
  });
});
