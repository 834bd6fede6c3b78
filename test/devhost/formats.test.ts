/// <reference types="office-js" />
import { snapshotCells } from '../../src/devhost/model';
import { errorCodeOf, simulatedHost } from './helpers';

describe('fill and font', () => {
  test('no fill reads #FFFFFF like a white fill; tintAndShade tells them apart (office-js #4900, #6218)', async () => {
    const host = simulatedHost([{ name: 'Data' }]);
    host.model.sheets[0].cells.B1 = { fill: '#FFFFFF' };
    await host.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Data');
      const none = sheet.getRange('A1').format.fill.load('color, tintAndShade');
      const white = sheet.getRange('B1').format.fill.load('color, tintAndShade');
      await context.sync();
      expect([none.color, none.tintAndShade]).toEqual(['#FFFFFF', null]);
      expect([white.color, white.tintAndShade]).toEqual(['#FFFFFF', 0]);
    });
  });

  test('a property shared by every cell reads as that value, mixed cells read null', async () => {
    const { Excel } = simulatedHost([{ name: 'Data', rows: [['a', 'b']] }]);
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Data');
      sheet.getRange('A1').format.fill.color = 'yellow';
      sheet.getRange('A1:B1').format.font.bold = true;
      // eslint-disable-next-line office-addins/load-object-before-read -- format is a navigation property: reading it needs no load
      const pair = sheet.getRange('A1:B1').format;
      pair.load('fill/color, font/bold, font/name, font/size, font/color');
      await context.sync();
      expect(pair.fill.color).toBeNull();
      expect([pair.font.bold, pair.font.name, pair.font.size, pair.font.color]).toEqual([true, 'Calibri', 11, '#000000']);
    });
  });

  test('colours are normalised to #RRGGBB and bad values are refused', async () => {
    const host = simulatedHost([{ name: 'Data' }]);
    await host.Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Data').getRange('A1').format.fill.color = '#ffc7ce';
      await context.sync();
    });
    expect(host.model.sheets[0].cells.A1.fill).toBe('#FFC7CE');
    for (const [part, value] of [['fill', 'not a colour'], ['size', 0], ['bold', 'yes']] as const) {
      const code = await errorCodeOf(
        host.Excel.run(async (context) => {
          const format = context.workbook.worksheets.getItem('Data').getRange('A1').format;
          if (part === 'fill') format.fill.color = value as string;
          else if (part === 'size') format.font.size = value as number;
          else format.font.bold = value as unknown as boolean;
          // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one Excel.run per case, so each refusal is checked on its own
          await context.sync();
        }),
      );
      expect(code).toBe('InvalidArgument');
    }
  });

  test('fill.clear() removes the fill and clear(Formats) restores defaults, keeping the value', async () => {
    const host = simulatedHost([{ name: 'Data', rows: [['x', 'y']] }]);
    const before = snapshotCells(host.model);
    await host.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Data');
      sheet.getRange('A1').format.fill.color = '#FFC7CE';
      sheet.getRange('B1').format.font.color = '#9C0006';
      sheet.getRange('B1').numberFormat = [['@']];
      await context.sync();
      sheet.getRange('A1').format.fill.clear();
      sheet.getRange('B1').clear('Formats');
      await context.sync();
    });
    expect(snapshotCells(host.model)).toEqual(before);
  });
});

describe('getCellProperties / setCellProperties (ExcelApi 1.9)', () => {
  test('reads exactly the requested properties per cell', async () => {
    const host = simulatedHost([{ name: 'แผน 2563', rows: [['a', 'b']] }]);
    host.model.sheets[0].cells.A1 = { value: 'a', fill: '#FFC7CE', font: { bold: true } };
    await host.Excel.run(async (context) => {
      const result = context.workbook.worksheets
        .getItem('แผน 2563')
        .getRange('A1:B1')
        .getCellProperties({ address: true, format: { fill: { color: true, tintAndShade: true }, font: { bold: true, color: true } } });
      await context.sync();
      // eslint-disable-next-line office-addins/load-object-before-read -- a ClientResult's value needs only the sync, there is nothing to load
      expect(result.value).toEqual([
        [
          { address: "'แผน 2563'!A1", format: { fill: { color: '#FFC7CE', tintAndShade: 0 }, font: { bold: true, color: '#000000' } } },
          { address: "'แผน 2563'!B1", format: { fill: { color: '#FFFFFF', tintAndShade: null }, font: { bold: false, color: '#000000' } } },
        ],
      ]);
    });
    expect(host.stats.cellsRead).toBe(2);
  });

  test('writes per-cell fills and fonts, and pattern None removes a fill', async () => {
    const host = simulatedHost([{ name: 'Data', rows: [['a', 'b']] }]);
    host.model.sheets[0].cells.B1 = { value: 'b', fill: '#FFFF00' };
    await host.Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Data').getRange('A1:B1').setCellProperties([
        [{ format: { fill: { color: '#FFC7CE' }, font: { bold: true, color: '#9C0006' } } }, { format: { fill: { pattern: 'None' } } }],
      ]);
      await context.sync();
    });
    expect(host.model.sheets[0].cells).toEqual({
      A1: { value: 'a', fill: '#FFC7CE', font: { bold: true, color: '#9C0006' } },
      B1: { value: 'b' },
    });
  });

  test('the data must match the range exactly', async () => {
    const { Excel } = simulatedHost([{ name: 'Data' }]);
    const code = await errorCodeOf(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Data').getRange('A1:B1').setCellProperties([[{ format: { font: { bold: true } } }]]);
        await context.sync();
      }),
    );
    expect(code).toBe('InvalidArgument');
  });

  test('a host below ExcelApi 1.9 refuses them with ApiNotFound', async () => {
    const { Excel } = simulatedHost([{ name: 'Data' }], { supported: { ExcelApi: '1.8' } });
    const code = await errorCodeOf(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Data').getRange('A1').getCellProperties({ format: { fill: { color: true } } });
        await context.sync();
      }),
    );
    expect(code).toBe('ApiNotFound');
  });
});

describe('RangeAreas from getRanges', () => {
  test('colours many areas in one operation and lists them', async () => {
    const host = simulatedHost([{ name: 'แผน 2563' }]);
    await host.Excel.run(async (context) => {
      const areas = context.workbook.worksheets.getItem('แผน 2563').getRanges('A1, C3:D4; F6');
      areas.format.fill.color = '#FFEB9C';
      areas.load('address, areaCount, cellCount');
      areas.areas.load('items/address');
      await context.sync();
      expect(areas.address).toBe("'แผน 2563'!A1, 'แผน 2563'!C3:D4, 'แผน 2563'!F6");
      expect([areas.areaCount, areas.cellCount]).toEqual([3, 6]);
      expect(areas.areas.items.map((range) => range.address)).toEqual(["'แผน 2563'!A1", "'แผน 2563'!C3:D4", "'แผน 2563'!F6"]);
    });
    expect(Object.keys(host.model.sheets[0].cells).sort()).toEqual(['A1', 'C3', 'C4', 'D3', 'D4', 'F6']);
    await host.Excel.run(async (context) => {
      context.workbook.worksheets.getItem('แผน 2563').getRanges('C3:D4').format.fill.clear();
      await context.sync();
    });
    expect(Object.keys(host.model.sheets[0].cells).sort()).toEqual(['A1', 'F6']);
  });
});

describe('hyperlinks', () => {
  test('a link to a cell shows its text and reads back', async () => {
    const host = simulatedHost([{ name: 'Issues' }, { name: 'แผน 2563' }]);
    await host.Excel.run(async (context) => {
      const cell = context.workbook.worksheets.getItem('Issues').getRange('A2');
      cell.hyperlink = { documentReference: "'แผน 2563'!C5", textToDisplay: 'แผน 2563!C5' };
      await context.sync();
      cell.load('hyperlink, values');
      await context.sync();
      expect(cell.hyperlink).toEqual({ documentReference: "'แผน 2563'!C5", textToDisplay: 'แผน 2563!C5' });
      expect(cell.values).toEqual([['แผน 2563!C5']]);
    });
  });
});
