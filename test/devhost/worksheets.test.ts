/// <reference types="office-js" />
import { errorCodeOf, simulatedHost } from './helpers';

describe('worksheets', () => {
  test('very hidden sheets are in the collection with their visibility', async () => {
    const { Excel } = simulatedHost([
      { name: 'Data' },
      { name: 'Hidden', visibility: 'Hidden' },
      { name: '_marks', visibility: 'VeryHidden' },
    ]);
    await Excel.run(async (context) => {
      const sheets = context.workbook.worksheets.load('items/name, items/visibility, items/position');
      const visibleCount = context.workbook.worksheets.getCount(true);
      await context.sync();
      expect(sheets.items.map((sheet) => [sheet.name, sheet.visibility, sheet.position])).toEqual([
        ['Data', 'Visible', 0],
        ['Hidden', 'Hidden', 1],
        ['_marks', 'VeryHidden', 2],
      ]);
      // eslint-disable-next-line office-addins/load-object-before-read -- a ClientResult's value needs only the sync, there is nothing to load
      expect(visibleCount.value).toBe(1);
    });
  });

  test('an add-in can create a very hidden sheet and find it again', async () => {
    const host = simulatedHost([{ name: 'Data' }]);
    await host.Excel.run(async (context) => {
      const store = context.workbook.worksheets.add('_report_checker_marks');
      store.visibility = 'VeryHidden';
      store.getRange('A1').values = [['{"A1":"#FFFFFF"}']];
      await context.sync();
    });
    await host.Excel.run(async (context) => {
      const store = context.workbook.worksheets.getItemOrNullObject('_REPORT_CHECKER_MARKS');
      store.load('visibility');
      await context.sync();
      expect(store.isNullObject).toBe(false);
      expect(store.visibility).toBe('VeryHidden');
    });
  });

  test('a very hidden sheet cannot be deleted until made visible again (office-js #365)', async () => {
    const host = simulatedHost([{ name: 'Data' }, { name: '_marks', visibility: 'VeryHidden' }]);
    const code = await errorCodeOf(
      host.Excel.run(async (context) => {
        context.workbook.worksheets.getItem('_marks').delete();
        await context.sync();
      }),
    );
    expect(code).toBe('GeneralException');
    await host.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('_marks');
      sheet.visibility = 'Hidden';
      sheet.delete();
      await context.sync();
    });
    expect(host.model.sheets.map((sheet) => sheet.name)).toEqual(['Data']);
  });

  test('the last visible sheet cannot be hidden or deleted; hiding the active sheet activates the next', async () => {
    const host = simulatedHost([{ name: 'One' }, { name: 'Two' }]);
    for (const change of [(sheet: Excel.Worksheet) => (sheet.visibility = 'Hidden'), (sheet: Excel.Worksheet) => sheet.delete()]) {
      const single = simulatedHost([{ name: 'Only' }, { name: 'Secret', visibility: 'VeryHidden' }]);
      const code = await errorCodeOf(
        single.Excel.run(async (context) => {
          change(context.workbook.worksheets.getItem('Only'));
          // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one Excel.run per case, so each refusal is checked on its own
          await context.sync();
        }),
      );
      expect(code).toBe('InvalidOperation');
    }
    await host.Excel.run(async (context) => {
      context.workbook.worksheets.getItem('One').visibility = 'Hidden';
      const active = context.workbook.worksheets.getActiveWorksheet().load('name');
      await context.sync();
      expect(active.name).toBe('Two');
    });
  });

  test.each([
    ['a name over 31 characters', 'x'.repeat(32), 'InvalidArgument'],
    ['a forbidden character', 'ปี 2563/64', 'InvalidArgument'],
    ['a leading apostrophe', "'quoted", 'InvalidArgument'],
    ['a blank name', '  ', 'InvalidArgument'],
    ['a name taken, ignoring case', 'DATA', 'ItemAlreadyExists'],
  ])('add() with %s fails with %s', async (_why, name, expected) => {
    const { Excel } = simulatedHost([{ name: 'Data' }]);
    const code = await errorCodeOf(
      Excel.run(async (context) => {
        context.workbook.worksheets.add(name);
        await context.sync();
      }),
    );
    expect(code).toBe(expected);
  });

  test('31 characters, Thai and apostrophes inside are fine; add() without a name picks SheetN', async () => {
    const host = simulatedHost([{ name: 'Sheet1' }]);
    await host.Excel.run(async (context) => {
      context.workbook.worksheets.add('ผลการตรวจสอบ ปีงบประมาณ 2563');
      context.workbook.worksheets.add("O'Brien");
      context.workbook.worksheets.add('x'.repeat(31));
      const unnamed = context.workbook.worksheets.add().load('name');
      await context.sync();
      expect(unnamed.name).toBe('Sheet5');
    });
    expect(host.model.sheets).toHaveLength(5);
  });

  test('activate() changes the active sheet; a hidden sheet cannot be activated', async () => {
    const host = simulatedHost([{ name: 'One' }, { name: 'Two' }, { name: 'Hidden', visibility: 'Hidden' }]);
    await host.Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Two').activate();
      const selected = context.workbook.getSelectedRange().load('address');
      await context.sync();
      expect(selected.address).toBe('Two!A1');
    });
    const code = await errorCodeOf(
      host.Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Hidden').activate();
        await context.sync();
      }),
    );
    expect(code).toBe('InvalidOperation');
  });

  test('select() moves the selection, and freezeRows freezes the header', async () => {
    const host = simulatedHost([{ name: 'Data' }, { name: 'Issues' }]);
    await host.Excel.run(async (context) => {
      const issues = context.workbook.worksheets.getItem('Issues');
      issues.freezePanes.freezeRows(1);
      context.workbook.worksheets.getItem('Data').getRange('C5').select();
      await context.sync();
    });
    expect(host.model.selection).toEqual({ sheetId: host.model.sheets[0].id, address: 'C5' });
    expect(host.model.sheets[1].frozenRows).toBe(1);
  });

  test('copy() makes "Name (2)" (ExcelApi 1.7)', async () => {
    const host = simulatedHost([{ name: 'แบบฟอร์ม', rows: [['{{name}}']] }]);
    await host.Excel.run(async (context) => {
      const copy = context.workbook.worksheets.getItem('แบบฟอร์ม').copy('End').load('name, position');
      await context.sync();
      expect([copy.name, copy.position]).toEqual(['แบบฟอร์ม (2)', 1]);
    });
    expect(host.model.sheets[1].cells.A1.value).toBe('{{name}}');
  });
});
