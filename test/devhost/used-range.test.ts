/// <reference types="office-js" />
import { errorCodeOf, simulatedHost } from './helpers';

/**
 * The Office.js reference: Worksheet.getUsedRange on a blank sheet returns the
 * top-left cell ("it will *not* throw an error"); Range.getUsedRange throws
 * ItemNotFound when the range has no used cell. The *OrNullObject variants
 * return a null object instead.
 */
describe('used ranges', () => {
  test('Worksheet.getUsedRange covers every used cell, formats included unless valuesOnly', async () => {
    const host = simulatedHost([{ name: 'Data', rows: [[null, null], [null, 'x', null, 5]] }]);
    host.model.sheets[0].cells.F9 = { fill: '#FFFF00' };
    await host.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Data');
      const all = sheet.getUsedRange().load('address');
      const valuesOnly = sheet.getUsedRange(true).load('address');
      await context.sync();
      expect(all.address).toBe('Data!B2:F9');
      expect(valuesOnly.address).toBe('Data!B2:D2');
    });
  });

  test('on a blank sheet Worksheet.getUsedRange is A1, and getUsedRangeOrNullObject is a null object', async () => {
    const { Excel } = simulatedHost([{ name: 'Blank' }]);
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Blank');
      const used = sheet.getUsedRange().load('address, values');
      const orNull = sheet.getUsedRangeOrNullObject().load('address');
      await context.sync();
      expect(used.address).toBe('Blank!A1');
      expect(used.values).toEqual([['']]);
      expect(orNull.isNullObject).toBe(true);
      expect(orNull.address).toBeNull();
    });
  });

  test('Range.getUsedRange throws ItemNotFound when the range holds nothing; the OrNullObject variant does not', async () => {
    const { Excel } = simulatedHost([{ name: 'Data', rows: [['x']] }]);
    await Excel.run(async (context) => {
      const empty = context.workbook.worksheets.getItem('Data').getRange('C3:D4');
      const orNull = empty.getUsedRangeOrNullObject();
      await context.sync();
      expect(orNull.isNullObject).toBe(true);
    });
    const code = await errorCodeOf(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Data').getRange('C3:D4').getUsedRange().load('address');
        await context.sync();
      }),
    );
    expect(code).toBe('ItemNotFound');
  });

  test('Range.getUsedRange narrows to the used cells inside the range', async () => {
    const { Excel } = simulatedHost([{ name: 'Data', rows: [['a', 'b', 'c'], ['d', 'e', 'f']] }]);
    await Excel.run(async (context) => {
      const used = context.workbook.worksheets.getItem('Data').getRange('B1:Z100').getUsedRange().load('address');
      await context.sync();
      expect(used.address).toBe('Data!B1:C2');
    });
  });
});
