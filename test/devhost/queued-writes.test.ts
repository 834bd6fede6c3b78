/// <reference types="office-js" />
import { createSimulatedExcel } from '../../src/devhost/excel';
import { snapshotCells, workbookFromRows } from '../../src/devhost/model';
import { errorCodeOf, simulatedHost } from './helpers';

describe('writes are queued and applied at sync, in order', () => {
  test('a queued write is invisible to the workbook until sync', async () => {
    const host = simulatedHost([{ name: 'Data', rows: [['old']] }]);
    await host.Excel.run(async (context) => {
      const cell = context.workbook.worksheets.getItem('Data').getRange('A1');
      cell.values = [['new']];
      cell.format.fill.color = '#FFC7CE';
      expect(host.model.sheets[0].cells.A1).toEqual({ value: 'old' });
      await context.sync();
      expect(host.model.sheets[0].cells.A1).toEqual({ value: 'new', fill: '#FFC7CE' });
    });
  });

  test('a load queued before a write in the same batch sees the old value; one queued after sees the new', async () => {
    const { Excel } = simulatedHost([{ name: 'Data', rows: [['old']] }]);
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Data');
      const before = sheet.getRange('A1').load('values');
      sheet.getRange('A1').values = [['new']];
      const after = sheet.getRange('A1').load('values');
      await context.sync();
      expect(before.values).toEqual([['old']]);
      expect(after.values).toEqual([['new']]);
    });
  });

  test('operations apply in the order they were queued', async () => {
    const host = simulatedHost([{ name: 'Data' }]);
    await host.Excel.run(async (context) => {
      const cell = context.workbook.worksheets.getItem('Data').getRange('A1');
      cell.values = [['first']];
      cell.values = [['second']];
      context.workbook.worksheets.add('Added');
      context.workbook.worksheets.getItem('Added').getRange('B2').values = [[42]];
      await context.sync();
    });
    expect(host.model.sheets[0].cells.A1.value).toBe('second');
    expect(host.model.sheets[1].cells.B2.value).toBe(42);
  });

  test('every sync is counted, and Excel.run sends what is still queued when the batch resolves', async () => {
    const host = simulatedHost([{ name: 'Data' }]);
    await host.Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Data').getRange('A1').values = [[1]];
      await context.sync();
      context.workbook.worksheets.getItem('Data').getRange('A2').values = [[2]];
      await context.sync();
      context.workbook.worksheets.getItem('Data').getRange('A3').values = [[3]];
    });
    await host.Excel.run(async (context) => {
      await context.sync(); // nothing queued: no round trip
    });
    expect(host.stats.syncCount).toBe(3);
    expect(host.stats.syncs.map((sync) => sync.operationCount)).toEqual([1, 1, 1]);
    expect(host.model.sheets[0].cells.A3.value).toBe(3);
  });

  test('a batch function that does not return a promise fails with RunMustReturnPromise', async () => {
    const { Excel } = simulatedHost([{ name: 'Data' }]);
    const code = await errorCodeOf(Excel.run((() => undefined) as unknown as (context: Excel.RequestContext) => Promise<void>));
    expect(code).toBe('RunMustReturnPromise');
  });

  test('objects of a finished Excel.run cannot be used in another', async () => {
    const { Excel } = simulatedHost([{ name: 'Data' }]);
    let stale: Excel.Range | undefined;
    await Excel.run(async (context) => {
      stale = context.workbook.worksheets.getItem('Data').getRange('A1:B2');
    });
    const code = await errorCodeOf(
      Excel.run(async (context) => {
        context.workbook.tables.add(stale!, true);
        await context.sync();
      }),
    );
    expect(code).toBe('InvalidRequestContext');
  });

  test('a failing operation stops the batch: earlier operations stay, it and later ones apply nothing, no load is delivered', async () => {
    // Excel does not roll a batch back (OfficeExtension.Error.traceMessages: messages "executed before the error occurred").
    const host = simulatedHost([{ name: 'Data' }]);
    await host.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Data');
      sheet.getRange('A1').values = [['before']];
      const loaded = sheet.getRange('A1').load('values');
      sheet.getRange('A2:B2').values = [['one column short']];
      sheet.getRange('A3').values = [['after']];
      expect(await errorCodeOf(context.sync())).toBe('InvalidArgument');
      expect(() => loaded.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
    expect(snapshotCells(host.model).Data).toEqual({ A1: expect.objectContaining({ value: 'before' }) });
    expect(host.stats.syncs[0].failedWith).toBe('InvalidArgument');
  });

  test('a proxy stays bound to its sheet when the sheet is renamed', async () => {
    const host = simulatedHost([{ name: 'Data' }]);
    await host.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Data');
      sheet.load('id');
      await context.sync();
      sheet.name = 'Renamed';
      sheet.getRange('A1').values = [['still here']];
      sheet.load('name');
      await context.sync();
      expect(sheet.name).toBe('Renamed');
    });
    expect(host.model.sheets[0]).toMatchObject({ name: 'Renamed', cells: { A1: { value: 'still here' } } });
  });

  test('a set property reads back locally once it was loaded (Office.js keeps its copy in step)', async () => {
    const { Excel } = simulatedHost([{ name: 'Data' }]);
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Data');
      expect(() => {
        sheet.name = 'Never loaded';
        // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read -- on purpose: the simulated host must refuse this read as Excel does
        return sheet.name;
      }).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      sheet.load('name');
      await context.sync();
      sheet.name = 'Renamed';
      expect(sheet.name).toBe('Renamed');
    });
  });
});

describe('onSync', () => {
  test('is told about every sync with its record, after the model changed', async () => {
    const seen: Array<[number, unknown]> = [];
    const model = workbookFromRows([{ name: 'Data' }]);
    const host = createSimulatedExcel(model, { onSync: (record) => seen.push([record.operationCount, model.sheets[0].cells.A1?.value]) });
    await host.Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Data').getRange('A1').values = [['x']];
      await context.sync();
      context.workbook.worksheets.getItem('Nope').getRange('A1').values = [['y']];
      await context.sync().catch(() => undefined);
    });
    expect(seen).toEqual([
      [1, 'x'],
      [1, 'x'],
    ]);
    expect(host.stats.syncs[1].failedWith).toBe('ItemNotFound');
  });
});
