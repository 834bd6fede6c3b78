/// <reference types="office-js" />
import { errorCodeOf, simulatedHost } from './helpers';
import type { SheetSpec } from '../../src/devhost/model';

/** A small template: a header, a repeat row (row 3), a total row (row 4) and a merged note below. */
const TEMPLATE: SheetSpec = {
  name: 'แม่แบบ',
  rows: [
    ['Title'],
    ['No.', 'Amount'],
    ['{{reportNo}}', '{{disbursedInPeriod}}', '=B3*2'],
    ['Total', '=SUM(B3:B3)', "=SUM('แม่แบบ'!B2:B3)"],
    ['Signed'],
  ],
  numberFormats: [[], [], ['General', '#,##0.00']],
};

/** The template with a merge and height below the repeat row, a print area, print titles and a page break. */
async function laidOutHost(options?: Parameters<typeof simulatedHost>[1]) {
  const host = simulatedHost([TEMPLATE, { name: 'Other', rows: [['x']] }], options);
  await host.Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem('แม่แบบ');
    sheet.getRange('A5:C5').merge();
    sheet.getRange('A5').format.rowHeight = 40;
    sheet.getRange('A3').format.rowHeight = 22;
    sheet.getRange('A3:B3').format.horizontalAlignment = 'Center';
    sheet.pageLayout.setPrintArea('A1:C5');
    sheet.pageLayout.setPrintTitleRows('$2:$2');
    sheet.horizontalPageBreaks.add('A5');
    await context.sync();
  });
  return host;
}

const sheetOf = (host: ReturnType<typeof simulatedHost>, name: string) => host.model.sheets.find((sheet) => sheet.name === name)!;

describe('Range.insert (whole rows, down)', () => {
  test('moves cells, formulas, merges, heights, print area, titles and breaks below; a range ending above does not grow', async () => {
    const host = await laidOutHost();
    await host.Excel.run(async (context) => {
      context.workbook.worksheets.getItem('แม่แบบ').getRange('4:5').insert('Down' as Excel.InsertShiftDirection);
      await context.sync();
    });
    const sheet = sheetOf(host, 'แม่แบบ');
    expect(sheet.cells.A6.value).toBe('Total');
    // SUM(B3:B3) ends above the inserted rows: Excel leaves it; one spanning them grows.
    expect(sheet.cells.B6.formula).toBe('=SUM(B3:B3)');
    expect(sheet.cells.C6.formula).toBe("=SUM('แม่แบบ'!B2:B3)");
    expect(sheet.cells.C3.formula).toBe('=B3*2');
    expect(sheet.layout?.merges).toEqual([{ row: 6, col: 0, rowCount: 1, colCount: 3 }]);
    expect(sheet.layout?.rowHeights).toEqual({ '2': 22, '6': 40 });
    expect(sheet.layout?.page?.printArea).toEqual([{ row: 0, col: 0, rowCount: 7, colCount: 3 }]);
    expect(sheet.layout?.page?.printTitleRows).toEqual({ first: 1, last: 1 });
    expect(sheet.layout?.page?.rowBreaks).toEqual([6]);
    // The inserted rows take the formats of the row above them.
    expect(sheet.cells.B4).toEqual({ numberFormat: '#,##0.00' });
    expect(sheet.layout?.cells?.A4).toEqual({ horizontalAlignment: 'Center' });
  });

  test('a range spanning the inserted rows grows', async () => {
    const host = simulatedHost([{ name: 'S', rows: [[1], [2], [3], ['=SUM(A1:A3)']] }]);
    await host.Excel.run(async (context) => {
      context.workbook.worksheets.getItem('S').getRange('2:3').insert('Down' as Excel.InsertShiftDirection);
      await context.sync();
    });
    expect(host.model.sheets[0].cells.A6.formula).toBe('=SUM(A1:A5)');
  });

  test('refuses to push a filled cell off the sheet, leaving the sheet as it was', async () => {
    const host = simulatedHost([{ name: 'S', rows: [['a']] }]);
    await host.Excel.run(async (context) => {
      context.workbook.worksheets.getItem('S').getRange('A1048576').values = [['last']];
      await context.sync();
    });
    const code = await errorCodeOf(host.Excel.run(async (context) => {
      context.workbook.worksheets.getItem('S').getRange('1:1').insert('Down' as Excel.InsertShiftDirection);
      await context.sync();
    }));
    expect(code).toBe('InvalidOperation');
    expect(host.model.sheets[0].cells.A1.value).toBe('a');
  });

  test('refuses a bad direction; a protected sheet is AccessDenied', async () => {
    const host = simulatedHost([{ name: 'S', rows: [['a']] }, { name: 'P', protected: true }]);
    expect(await errorCodeOf(host.Excel.run(async (context) => {
      context.workbook.worksheets.getItem('S').getRange('1:1').insert('Sideways' as Excel.InsertShiftDirection);
      await context.sync();
    }))).toBe('InvalidArgument');
    expect(await errorCodeOf(host.Excel.run(async (context) => {
      context.workbook.worksheets.getItem('P').getRange('1:1').insert('Down' as Excel.InsertShiftDirection);
      await context.sync();
    }))).toBe('AccessDenied');
  });
});

describe('Range.delete (whole rows, up)', () => {
  test('removes the rows: below moves up, a range over them shrinks, a reference to nothing else is #REF!', async () => {
    const host = await laidOutHost();
    await host.Excel.run(async (context) => {
      context.workbook.worksheets.getItem('แม่แบบ').getRange('3:3').delete('Up' as Excel.DeleteShiftDirection);
      await context.sync();
    });
    const sheet = sheetOf(host, 'แม่แบบ');
    expect(sheet.cells.A3.value).toBe('Total');
    expect(sheet.cells.B3.formula).toBe('=SUM(#REF!)');
    expect(sheet.cells.C3.formula).toBe("=SUM('แม่แบบ'!B2:B2)");
    expect(sheet.layout?.merges).toEqual([{ row: 3, col: 0, rowCount: 1, colCount: 3 }]);
    expect(sheet.layout?.rowHeights).toEqual({ '3': 40 });
    expect(sheet.layout?.page?.printArea).toEqual([{ row: 0, col: 0, rowCount: 4, colCount: 3 }]);
    expect(sheet.layout?.page?.rowBreaks).toEqual([3]);
  });
});

describe('Range.copyFrom', () => {
  test('a row pasted over several rows repeats it: formulas moved relatively, formats, layout, merges and heights (ExcelApi 1.9)', async () => {
    const host = await laidOutHost();
    await host.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('แม่แบบ');
      sheet.getRange('A3:B3').merge();
      await context.sync();
      sheet.getRange('4:6').insert('Down' as Excel.InsertShiftDirection);
      sheet.getRange('4:6').copyFrom(sheet.getRange('3:3'), 'All' as Excel.RangeCopyType);
      await context.sync();
    });
    const sheet = sheetOf(host, 'แม่แบบ');
    expect([3, 4, 5, 6].map((row) => sheet.cells[`C${row}`].formula)).toEqual(['=B3*2', '=B4*2', '=B5*2', '=B6*2']);
    expect(sheet.cells.A6).toEqual({ value: '{{reportNo}}' });
    expect(sheet.cells.B5.numberFormat).toBe('#,##0.00');
    expect(sheet.layout?.rowHeights?.['5']).toBe(22);
    expect(sheet.layout?.merges).toEqual(expect.arrayContaining([
      { row: 2, col: 0, rowCount: 1, colCount: 2 }, { row: 3, col: 0, rowCount: 1, colCount: 2 }, { row: 5, col: 0, rowCount: 1, colCount: 2 },
    ]));
  });

  test('a source smaller than the destination is pasted once from its top-left cell; a string source is on this sheet', async () => {
    const host = simulatedHost([{ name: 'S', rows: [['a', 'b', '=A1&B1']] }]);
    await host.Excel.run(async (context) => {
      context.workbook.worksheets.getItem('S').getRange('A3').copyFrom('A1:C1');
      await context.sync();
    });
    const cells = host.model.sheets[0].cells;
    expect([cells.A3.value, cells.B3.value, cells.C3.formula]).toEqual(['a', 'b', '=A3&B3']);
  });

  test('needs ExcelApi 1.9; a bad copy type is InvalidArgument; pasting into part of a merged area is refused', async () => {
    const older = simulatedHost([{ name: 'S', rows: [['a']] }], { supported: { ExcelApi: '1.8' } });
    expect(await errorCodeOf(older.Excel.run(async (context) => {
      context.workbook.worksheets.getItem('S').getRange('A2').copyFrom('A1');
      await context.sync();
    }))).toBe('ApiNotFound');
    const host = simulatedHost([{ name: 'S', rows: [['a']] }]);
    expect(await errorCodeOf(host.Excel.run(async (context) => {
      context.workbook.worksheets.getItem('S').getRange('A2').copyFrom('A1', 'Everything' as Excel.RangeCopyType);
      await context.sync();
    }))).toBe('InvalidArgument');
    expect(await errorCodeOf(host.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('S');
      sheet.getRange('B2:C2').merge();
      sheet.getRange('A2:B2').copyFrom('A1:B1');
      await context.sync();
    }))).toBe('InvalidOperation');
  });
});

describe('Worksheet.copy', () => {
  test('copies layout, merges, heights and page layout; references qualified with the sheet name point at the copy', async () => {
    const host = await laidOutHost();
    await host.Excel.run(async (context) => {
      context.workbook.worksheets.getItem('แม่แบบ').copy('End' as Excel.WorksheetPositionType);
      await context.sync();
    });
    const copy = sheetOf(host, 'แม่แบบ (2)');
    expect(copy.cells.C4.formula).toBe("=SUM('แม่แบบ (2)'!B2:B3)");
    expect(copy.layout).toEqual(sheetOf(host, 'แม่แบบ').layout);
    expect(host.model.sheets.map((sheet) => sheet.name)).toEqual(['แม่แบบ', 'Other', 'แม่แบบ (2)']);
  });

  test('needs ExcelApi 1.7', async () => {
    const host = simulatedHost([{ name: 'S' }], { supported: { ExcelApi: '1.6' } });
    expect(await errorCodeOf(host.Excel.run(async (context) => {
      context.workbook.worksheets.getItem('S').copy('End' as Excel.WorksheetPositionType);
      await context.sync();
    }))).toBe('ApiNotFound');
  });
});
