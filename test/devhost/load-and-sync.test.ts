/// <reference types="office-js" />
import { errorCodeOf, simulatedHost } from './helpers';

const rows = [
  ['code', 'budget'],
  ['03000000-2457', 1918000],
];

describe('properties are readable only after load + sync', () => {
  test('reading a property before load and sync throws PropertyNotLoaded', async () => {
    const { Excel } = simulatedHost([{ name: 'Data', rows }]);
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Data').getRange('A1:B2');
      // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read -- on purpose: the simulated host must refuse this read as Excel does
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      range.load('values');
      // Loaded but not yet synced: still not available.
      // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/call-sync-after-load -- on purpose: the simulated host must refuse this read as Excel does
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect(range.values).toEqual(rows);
      // A property that was not asked for stays unavailable.
      // eslint-disable-next-line office-addins/load-object-before-read -- on purpose: the simulated host must refuse this read as Excel does
      expect(() => range.address).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });

  test('the error names the property, like RichApi.Error', async () => {
    const { Excel } = simulatedHost([{ name: 'Data', rows }]);
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Data');
      let caught: unknown;
      try {
        // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read -- on purpose: the simulated host must refuse this read as Excel does
        void sheet.name;
      } catch (error) {
        caught = error;
      }
      expect(caught).toMatchObject({ name: 'RichApi.Error', code: 'PropertyNotLoaded', debugInfo: { errorLocation: 'Worksheet.name' } });
      expect((caught as Error).message).toContain("'name'");
    });
  });

  test.each([
    ['a comma list', 'values, address'],
    ['an array', ['values', 'address']],
    ['select', { select: 'values,address' }],
    ['the object form', { values: true, address: true }],
  ])('load accepts %s', async (_form, option) => {
    const { Excel } = simulatedHost([{ name: 'Data', rows }]);
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Data').getRange('A1:B2');
      /* eslint-disable office-addins/no-empty-load, office-addins/load-object-before-read -- the rules read only literal load arguments; each form here loads values and address */
      range.load(option as string);
      await context.sync();
      expect(range.address).toBe('Data!A1:B2');
      expect(range.values).toEqual(rows);
      /* eslint-enable office-addins/no-empty-load, office-addins/load-object-before-read */
    });
  });

  test('nested paths load navigation properties and collection items', async () => {
    const { Excel } = simulatedHost([{ name: 'Data', rows }, { name: 'Other' }]);
    await Excel.run(async (context) => {
      const worksheets = context.workbook.worksheets;
      worksheets.load('items/name');
      const range = worksheets.getItem('Data').getRange('A1');
      range.load('format/fill/color, format/font/bold, worksheet/name');
      await context.sync();
      expect(worksheets.items.map((sheet) => sheet.name)).toEqual(['Data', 'Other']);
      expect(() => worksheets.items[0].visibility).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      expect(range.format.fill.color).toBe('#FFFFFF');
      expect(range.format.font.bold).toBe(false);
      expect(range.worksheet.name).toBe('Data');
    });
  });

  test('on a collection, load of a plain name means that property of every item', async () => {
    const { Excel } = simulatedHost([{ name: 'Data' }, { name: 'Hidden', visibility: 'Hidden' }]);
    await Excel.run(async (context) => {
      const worksheets = context.workbook.worksheets;
      worksheets.load('name, visibility');
      await context.sync();
      expect(worksheets.items.map((sheet) => [sheet.name, sheet.visibility])).toEqual([
        ['Data', 'Visible'],
        ['Hidden', 'Hidden'],
      ]);
    });
  });

  test('reads show the workbook as of the sync that loaded them', async () => {
    const { Excel } = simulatedHost([{ name: 'Data', rows }]);
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Data').getRange('A1');
      range.load('values');
      await context.sync();
      const other = context.workbook.worksheets.getItem('Data').getRange('A1');
      other.values = [['changed']];
      await context.sync();
      expect(range.values).toEqual([['code']]);
      range.load('values');
      await context.sync();
      expect(range.values).toEqual([['changed']]);
    });
  });

  test('isNullObject and ClientResult.value are unavailable before the sync', async () => {
    const { Excel } = simulatedHost([{ name: 'Data' }]);
    await Excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject('Nope');
      const count = context.workbook.worksheets.getCount();
      // eslint-disable-next-line office-addins/call-sync-before-read -- on purpose: the simulated host must refuse this read as Excel does
      expect(() => missing.isNullObject).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read -- on purpose: the simulated host must refuse this read as Excel does
      expect(() => count.value).toThrow(expect.objectContaining({ code: 'ValueNotLoaded' }));
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      // eslint-disable-next-line office-addins/load-object-before-read -- a ClientResult's value needs only the sync, there is nothing to load
      expect(count.value).toBe(1);
    });
  });

  test('getItem of a missing sheet fails at sync with ItemNotFound', async () => {
    const { Excel } = simulatedHost([{ name: 'Data' }]);
    const code = await errorCodeOf(
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem('Nope');
        sheet.load('name');
        await context.sync();
      }),
    );
    expect(code).toBe('ItemNotFound');
  });

  test('a member the simulator does not model fails loudly, not with undefined', async () => {
    const { Excel } = simulatedHost([{ name: 'Data' }]);
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Data').getRange('A1') as unknown as Record<string, unknown>;
      expect(() => range.formulasR1C1).toThrow(/does not simulate Excel\.Range\.formulasR1C1/);
      expect(() => {
        range.formulasR1C1 = [['=1']];
      }).toThrow(/does not simulate/);
    });
  });
});
