/// <reference types="office-js" />
import { errorCodeOf, simulatedHost } from './helpers';

describe('notes (ExcelApi 1.18)', () => {
  test('add, read and change a note through Worksheet.notes', async () => {
    const host = simulatedHost([{ name: 'แผน 2563', rows: [['x']] }]);
    expect(host.Office.context.requirements.isSetSupported('ExcelApi', '1.18')).toBe(true);
    await host.Excel.run(async (context) => {
      const notes = context.workbook.worksheets.getItem('แผน 2563').notes;
      notes.add('B2', 'ความก้าวหน้า 100 % แต่เบิกจ่าย 0 บาท');
      await context.sync();
      const note = notes.getItem('B2').load('content, authorName');
      const missing = notes.getItemOrNullObject('C3');
      await context.sync();
      expect(note.content).toBe('ความก้าวหน้า 100 % แต่เบิกจ่าย 0 บาท');
      expect(note.authorName).toBe('Simulated User');
      expect(missing.isNullObject).toBe(true);
      note.content = 'แก้แล้ว';
      await context.sync();
    });
    expect(host.model.sheets[0].cells.B2).toEqual({ note: 'แก้แล้ว' });
  });

  test('a cell that already has a note refuses a second one; delete removes it', async () => {
    const host = simulatedHost([{ name: 'Data' }]);
    host.model.sheets[0].cells.A1 = { value: 1, note: 'old' };
    const code = await errorCodeOf(
      host.Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Data').notes.add('A1', 'new');
        await context.sync();
      }),
    );
    expect(code).toBe('ItemAlreadyExists');
    await host.Excel.run(async (context) => {
      context.workbook.notes.getItem('Data!A1').delete();
      await context.sync();
    });
    expect(host.model.sheets[0].cells.A1).toEqual({ value: 1 });
  });

  test('a note goes on one cell only', async () => {
    const { Excel } = simulatedHost([{ name: 'Data' }]);
    const code = await errorCodeOf(
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem('Data');
        sheet.notes.add(sheet.getRange('A1:B2'), 'too big');
        await context.sync();
      }),
    );
    expect(code).toBe('InvalidArgument');
  });

  test('on the web, load items/content; a bare load("items") also asks for unsupported properties and fails (office-js #6198)', async () => {
    const host = simulatedHost([{ name: 'Data' }]);
    host.model.sheets[0].cells.A1 = { note: 'one' };
    host.model.sheets[0].cells.C2 = { note: 'two' };
    await host.Excel.run(async (context) => {
      const notes = context.workbook.worksheets.getItem('Data').notes.load('items/content');
      await context.sync();
      expect(notes.items.map((note) => note.content)).toEqual(['one', 'two']);
    });
    const code = await errorCodeOf(
      host.Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Data').notes.load('items');
        await context.sync();
      }),
    );
    expect(code).toBe('NotImplemented');
  });

  test('a host without ExcelApi 1.18 says so, and refuses notes with ApiNotFound', async () => {
    const host = simulatedHost([{ name: 'Data' }], { supported: { ExcelApi: '1.17' } });
    expect(host.Office.context.requirements.isSetSupported('ExcelApi', '1.18')).toBe(false);
    expect(host.Office.context.requirements.isSetSupported('ExcelApi', '1.9')).toBe(true);
    expect(host.Office.context.requirements.isSetSupported('ExcelApi', 1.17)).toBe(true);
    const code = await errorCodeOf(
      host.Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Data').notes.add('A1', 'x');
        await context.sync();
      }),
    );
    expect(code).toBe('ApiNotFound');
    expect(host.model.sheets[0].cells).toEqual({});
  });
});
