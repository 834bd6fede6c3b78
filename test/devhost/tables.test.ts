/// <reference types="office-js" />
import { errorCodeOf, simulatedHost } from './helpers';

describe('tables', () => {
  const rows = [
    ['code', 'name', ''],
    ['03000000-2457', 'ถนน', 1],
    ['03000000-2458', 'สะพาน', 2],
  ];

  test('add() makes a table whose header and body ranges the reader can load', async () => {
    const host = simulatedHost([{ name: 'แผน 2563', rows }]);
    await host.Excel.run(async (context) => {
      const table = context.workbook.worksheets.getItem('แผน 2563').tables.add('A1:C3', true);
      table.load('name');
      const header = table.getHeaderRowRange().load('address, values');
      const body = table.getDataBodyRange().load('address');
      const sheet = table.worksheet.load('name');
      await context.sync();
      expect(table.name).toBe('Table1');
      expect(header.address).toBe("'แผน 2563'!A1:C1");
      expect(header.values).toEqual([['code', 'name', 'Column3']]);
      expect(body.address).toBe("'แผน 2563'!A2:C3");
      expect(sheet.name).toBe('แผน 2563');
    });
    expect(host.model.tables).toEqual([expect.objectContaining({ name: 'Table1', address: 'A1:C3', sheetId: host.model.sheets[0].id })]);
  });

  test('workbook.tables lists tables of every sheet and finds them by name', async () => {
    const host = simulatedHost([{ name: 'A', rows }, { name: 'B', rows }]);
    await host.Excel.run(async (context) => {
      context.workbook.tables.add('A!A1:C3', true);
      context.workbook.tables.add("'B'!A1:B3", true).name = 'Reports';
      await context.sync();
      const tables = context.workbook.tables.load('items/name');
      const reports = context.workbook.tables.getItem('REPORTS').getRange().load('address');
      const none = context.workbook.tables.getItemOrNullObject('Nope');
      await context.sync();
      expect(tables.items.map((table) => table.name)).toEqual(['Table1', 'Reports']);
      expect(reports.address).toBe('B!A1:B3');
      expect(none.isNullObject).toBe(true);
    });
  });

  test('tables may not overlap, and a bad name is refused', async () => {
    const host = simulatedHost([{ name: 'Data', rows }]);
    await host.Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Data').tables.add('A1:C3', true);
      await context.sync();
    });
    expect(
      await errorCodeOf(
        host.Excel.run(async (context) => {
          context.workbook.worksheets.getItem('Data').tables.add('B2:D4', true);
          await context.sync();
        }),
      ),
    ).toBe('InvalidOperation');
    expect(
      await errorCodeOf(
        host.Excel.run(async (context) => {
          context.workbook.tables.getItem('Table1').name = 'has space';
          await context.sync();
        }),
      ),
    ).toBe('InvalidArgument');
  });
});
