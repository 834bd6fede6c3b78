/// <reference types="office-js" />
import { createSimulatedExcel } from '../../src/devhost/excel';
import { cloneWorkbook } from '../../src/devhost/model';
import { simulatedHost } from './helpers';

describe('workbook settings', () => {
  test('settings are stored in the model and survive a save and reopen (a JSON round trip)', async () => {
    const host = simulatedHost([{ name: 'Data' }]);
    await host.Excel.run(async (context) => {
      context.workbook.settings.add('reportChecker.config', { thresholds: { progress: 100 }, lang: 'th' });
      context.workbook.settings.add('reportChecker.version', 1);
      await context.sync();
    });
    expect(host.model.settings).toEqual({ 'reportChecker.config': { thresholds: { progress: 100 }, lang: 'th' }, 'reportChecker.version': 1 });

    const reopened = createSimulatedExcel(cloneWorkbook(host.model));
    await reopened.Excel.run(async (context) => {
      const config = context.workbook.settings.getItemOrNullObject('reportChecker.config').load('value');
      const missing = context.workbook.settings.getItemOrNullObject('nope');
      const all = context.workbook.settings.load('items/key');
      await context.sync();
      expect(config.value).toEqual({ thresholds: { progress: 100 }, lang: 'th' });
      expect(missing.isNullObject).toBe(true);
      expect(all.items.map((setting) => setting.key)).toEqual(['reportChecker.config', 'reportChecker.version']);
    });
  });

  test('add replaces a value; value can be set and the setting deleted', async () => {
    const host = simulatedHost([{ name: 'Data' }]);
    await host.Excel.run(async (context) => {
      const settings = context.workbook.settings;
      settings.add('k', 'one');
      settings.add('k', 'two');
      await context.sync();
      settings.getItem('k').value = 'three';
      await context.sync();
      expect(host.model.settings.k).toBe('three');
      settings.getItem('k').delete();
      await context.sync();
    });
    expect(host.model.settings).toEqual({});
  });

  test('a loaded value is a copy: changing it does not change the workbook', async () => {
    const host = simulatedHost([{ name: 'Data' }]);
    host.model.settings.list = [1, 2];
    await host.Excel.run(async (context) => {
      const setting = context.workbook.settings.getItem('list').load('value');
      await context.sync();
      (setting.value as number[]).push(3);
    });
    expect(host.model.settings.list).toEqual([1, 2]);
  });
});
