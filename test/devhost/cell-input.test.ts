/// <reference types="office-js" />
import { storedInput } from '../../src/devhost/cell-input';
import { simulatedHost } from './helpers';

describe('a string written to values is read as if typed (DESIGN §7/§8)', () => {
  test("'=' text becomes a formula", async () => {
    const host = simulatedHost([{ name: 'Data' }]);
    await host.Excel.run(async (context) => {
      const cell = context.workbook.worksheets.getItem('Data').getRange('A1');
      cell.values = [['=SUM(B1:B3)']];
      await context.sync();
      cell.load('formulas, values, valueTypes');
      await context.sync();
      expect(cell.formulas).toEqual([['=SUM(B1:B3)']]);
    });
    expect(host.model.sheets[0].cells.A1).toEqual({ formula: '=SUM(B1:B3)' });
  });

  test("numberFormat '@' set first in the same batch keeps the text as text", async () => {
    const host = simulatedHost([{ name: 'Data' }]);
    await host.Excel.run(async (context) => {
      const cells = context.workbook.worksheets.getItem('Data').getRange('A1:D1');
      cells.numberFormat = [['@', '@', '@', '@']];
      cells.values = [['=1+1', '+66 81 234 5678', '-ไม่มี', '0812345678']];
      await context.sync();
    });
    const stored = host.model.sheets[0].cells;
    expect([stored.A1.value, stored.B1.value, stored.C1.value, stored.D1.value]).toEqual(['=1+1', '+66 81 234 5678', '-ไม่มี', '0812345678']);
    expect(Object.values(stored).every((cell) => cell.formula === undefined)).toBe(true);
  });

  test("'@' set after the value in the same batch is too late: the formula is already there", async () => {
    const host = simulatedHost([{ name: 'Data' }]);
    await host.Excel.run(async (context) => {
      const cell = context.workbook.worksheets.getItem('Data').getRange('A1');
      cell.values = [['=1+1']];
      cell.numberFormat = [['@']];
      await context.sync();
    });
    expect(host.model.sheets[0].cells.A1).toEqual({ formula: '=1+1', numberFormat: '@' });
  });

  test('+, - and @ text that is not a number becomes a formula; numbers stay numbers', () => {
    expect(storedInput('+abc', 'General')).toEqual({ value: null, formula: '=+abc' });
    expect(storedInput('-ไม่มี', 'General')).toEqual({ value: null, formula: '=-ไม่มี' });
    expect(storedInput('@ref', 'General')).toEqual({ value: null, formula: '=@ref' });
    expect(storedInput('-5', 'General')).toEqual({ value: -5 });
    expect(storedInput('-', 'General')).toEqual({ value: '-' });
  });

  test('number-looking text becomes a number with the format Excel would give it', () => {
    expect(storedInput('2563', 'General')).toEqual({ value: 2563 });
    expect(storedInput('1,918,000', 'General')).toEqual({ value: 1918000, impliedFormat: '#,##0' });
    expect(storedInput('60%', 'General')).toEqual({ value: 0.6, impliedFormat: '0%' });
    expect(storedInput('60.00 %', 'General')).toEqual({ value: '60.00 %' });
    expect(storedInput('TRUE', 'General')).toEqual({ value: true });
    expect(storedInput('1,918,000 บาท', 'General')).toEqual({ value: '1,918,000 บาท' });
    expect(storedInput('03000000-2457', 'General')).toEqual({ value: '03000000-2457' });
  });

  test('ISO and en-US dates become serials; Thai d/m/BE dates stay text', () => {
    expect(storedInput('2019-10-01', 'General')).toEqual({ value: 43739, impliedFormat: 'm/d/yyyy' });
    expect(storedInput('10/1/2019', 'General')).toEqual({ value: 43739, impliedFormat: 'm/d/yyyy' });
    expect(storedInput('19/10/2562', 'General')).toEqual({ value: '19/10/2562' });
  });

  test('null leaves a cell unchanged and an empty string clears it', async () => {
    const host = simulatedHost([{ name: 'Data', rows: [['keep', 'clear']] }]);
    await host.Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Data').getRange('A1:B1').values = [[null, '']];
      await context.sync();
    });
    expect(host.model.sheets[0].cells).toEqual({ A1: { value: 'keep' } });
  });

  test('a typed number keeps an existing number format; a value over a formula replaces it', async () => {
    const host = simulatedHost([{ name: 'Data', rows: [['=NOW()']], numberFormats: [['d/m/yyyy']] }]);
    await host.Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Data').getRange('A1').values = [['1,000']];
      await context.sync();
    });
    expect(host.model.sheets[0].cells.A1).toEqual({ value: 1000, numberFormat: 'd/m/yyyy' });
  });

  test('values of other types and over-long text are refused', async () => {
    const { Excel } = simulatedHost([{ name: 'Data' }]);
    for (const bad of [{}, [1], Number.NaN, 'x'.repeat(32_768)]) {
      await expect(
        Excel.run(async (context) => {
          context.workbook.worksheets.getItem('Data').getRange('A1').values = [[bad]];
          // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one Excel.run per case, so each refusal is checked on its own
          await context.sync();
        }),
      ).rejects.toMatchObject({ code: 'InvalidArgument' });
    }
  });
});
