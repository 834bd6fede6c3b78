/// <reference types="office-js" />
import { snapshotCells } from '../../src/devhost/model';
import { errorCodeOf, simulatedHost } from './helpers';

describe('a protected sheet refuses changes with AccessDenied', () => {
  const specs = () => [
    { name: 'Locked', rows: [['a', 'b']], protected: true },
    { name: 'Open', rows: [['c']] },
  ];

  test.each([
    ['values', (range: Excel.Range) => (range.values = [['x', 'y']])],
    ['numberFormat', (range: Excel.Range) => (range.numberFormat = [['@', '@']])],
    ['fill', (range: Excel.Range) => (range.format.fill.color = '#FFC7CE')],
    ['font', (range: Excel.Range) => (range.format.font.bold = true)],
    ['clear', (range: Excel.Range) => range.clear()],
    ['setCellProperties', (range: Excel.Range) => range.setCellProperties([[{ format: { font: { bold: true } } }, {}]])],
  ])('%s on a protected sheet fails at sync and applies nothing', async (_name, write) => {
    const host = simulatedHost(specs());
    const before = snapshotCells(host.model);
    const code = await errorCodeOf(
      host.Excel.run(async (context) => {
        write(context.workbook.worksheets.getItem('Locked').getRange('A1:B1'));
        await context.sync();
      }),
    );
    expect(code).toBe('AccessDenied');
    expect(snapshotCells(host.model)).toEqual(before);
  });

  test('adding a note to a protected sheet is refused too', async () => {
    const host = simulatedHost(specs());
    const code = await errorCodeOf(
      host.Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Locked').notes.add('A1', 'ผิด');
        await context.sync();
      }),
    );
    expect(code).toBe('AccessDenied');
    expect(host.model.sheets[0].cells.A1.note).toBeUndefined();
  });

  test('reading, and writing other sheets, still work; protection is readable and can be lifted', async () => {
    const host = simulatedHost(specs());
    await host.Excel.run(async (context) => {
      const locked = context.workbook.worksheets.getItem('Locked');
      const values = locked.getRange('A1:B1').load('values');
      const protection = locked.protection.load('protected');
      context.workbook.worksheets.getItem('Open').getRange('A1').values = [['changed']];
      await context.sync();
      expect(values.values).toEqual([['a', 'b']]);
      expect(protection.protected).toBe(true);
      locked.protection.unprotect();
      locked.getRange('A1').values = [['now allowed']];
      await context.sync();
    });
    expect(host.model.sheets[0].cells.A1.value).toBe('now allowed');
    expect(host.model.sheets[1].cells.A1.value).toBe('changed');
  });
});
