/// <reference types="office-js" />
import type { SheetModel } from '../../src/devhost/model';
import { errorCodeOf, simulatedHost } from './helpers';

function sheetOf(host: ReturnType<typeof simulatedHost>, name: string): SheetModel {
  const sheet = host.model.sheets.find((candidate) => candidate.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

describe('page layout (ExcelApi 1.9)', () => {
  test('orientation, paper, margins, zoom, print area, title rows, headers and page breaks are kept as set', async () => {
    const host = simulatedHost([{ name: 'Form' }]);
    await host.Excel.run(async (context) => {
      const page = context.workbook.worksheets.getItem('Form').pageLayout;
      page.orientation = 'Portrait';
      page.paperSize = 'A4';
      page.topMargin = 70.87;
      page.leftMargin = 85.04;
      page.centerHorizontally = true;
      page.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      page.setPrintArea('A1:G40');
      page.setPrintTitleRows('$27:$28');
      page.headersFooters.state = 'FirstAndDefault';
      page.headersFooters.defaultForAllPages.centerHeader = '- &P -';
      const sheet = context.workbook.worksheets.getItem('Form');
      sheet.horizontalPageBreaks.add('A30');
      sheet.horizontalPageBreaks.add('A12');
      await context.sync();
    });
    expect(sheetOf(host, 'Form').layout?.page).toEqual({
      orientation: 'Portrait',
      paperSize: 'A4',
      margins: { top: 70.87, left: 85.04 },
      centerHorizontally: true,
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printArea: [{ row: 0, col: 0, rowCount: 40, colCount: 7 }],
      printTitleRows: { first: 26, last: 27 },
      headersFooters: { state: 'FirstAndDefault', texts: { defaultForAllPages: { centerHeader: '- &P -' } } },
      rowBreaks: [11, 29],
    });
    // Read back through the API, with Excel's defaults for what was not set.
    await host.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Form');
      const page = sheet.pageLayout.load('orientation,paperSize,topMargin,bottomMargin,zoom');
      const count = sheet.horizontalPageBreaks.getCount();
      await context.sync();
      expect([page.orientation, page.paperSize, page.topMargin, page.bottomMargin, page.zoom]).toEqual(['Portrait', 'A4', 70.87, 54, { horizontalFitToPages: 1, verticalFitToPages: 0 }]);
      // eslint-disable-next-line office-addins/load-object-before-read -- a ClientResult's value needs only the sync
      expect(count.value).toBe(2);
    });
  });

  test('a host without ExcelApi 1.9 refuses page layout at sync (ApiNotFound), changing nothing of it', async () => {
    const host = simulatedHost([{ name: 'Form' }], { supported: { ExcelApi: '1.8' } });
    const code = await errorCodeOf(host.Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Form').pageLayout.orientation = 'Landscape';
      await context.sync();
    }));
    expect(code).toBe('ApiNotFound');
    expect(sheetOf(host, 'Form').layout?.page).toBeUndefined();
  });

  test.each([
    ['an orientation Excel does not know', (sheet: Excel.Worksheet) => { sheet.pageLayout.orientation = 'Sideways' as Excel.PageOrientation; }],
    ['a paper size Excel does not know', (sheet: Excel.Worksheet) => { sheet.pageLayout.paperSize = 'A4 ' as Excel.PaperType; }],
    ['a negative margin', (sheet: Excel.Worksheet) => { sheet.pageLayout.leftMargin = -1; }],
    ['a scale below 10 %', (sheet: Excel.Worksheet) => { sheet.pageLayout.zoom = { scale: 5 }; }],
    ['a fit-to count that is not whole', (sheet: Excel.Worksheet) => { sheet.pageLayout.zoom = { horizontalFitToPages: 1.5 }; }],
    ['an empty zoom', (sheet: Excel.Worksheet) => { sheet.pageLayout.zoom = {}; }],
    ['a print area on another sheet', (sheet: Excel.Worksheet) => sheet.pageLayout.setPrintArea("'Other'!A1:B2")],
    ['a print area that is no address', (sheet: Excel.Worksheet) => sheet.pageLayout.setPrintArea('A1:')],
    ['a header of 256 characters', (sheet: Excel.Worksheet) => { sheet.pageLayout.headersFooters.firstPage.centerHeader = 'ก'.repeat(256); }],
    ['a header state Excel does not know', (sheet: Excel.Worksheet) => { sheet.pageLayout.headersFooters.state = 'FirstOnly' as Excel.HeaderFooterState; }],
    ['a page break above the first row', (sheet: Excel.Worksheet) => sheet.horizontalPageBreaks.add('A1')],
  ])('%s is InvalidArgument', async (_case, change) => {
    const host = simulatedHost([{ name: 'Form' }, { name: 'Other' }]);
    const code = await errorCodeOf(host.Excel.run(async (context) => {
      change(context.workbook.worksheets.getItem('Form'));
      await context.sync();
    }));
    expect(code).toBe('InvalidArgument');
    expect(sheetOf(host, 'Form').layout?.page).toBeUndefined();
  });

  test('more than 1,026 page breaks is InvalidOperation', async () => {
    const host = simulatedHost([{ name: 'Form' }]);
    const code = await errorCodeOf(host.Excel.run(async (context) => {
      const breaks = context.workbook.worksheets.getItem('Form').horizontalPageBreaks;
      for (let row = 2; row <= 1028; row++) breaks.add(`A${row}`);
      await context.sync();
    }));
    expect(code).toBe('InvalidOperation');
    expect(sheetOf(host, 'Form').layout?.page?.rowBreaks).toHaveLength(1026);
  });
});

describe('cell layout, merges, widths and heights', () => {
  test('alignment, wrapping, indent, borders, merges, widths, heights and gridlines are kept and read back', async () => {
    const host = simulatedHost([{ name: 'Form', rows: [['title', 'lost'], ['a', 'b']] }]);
    await host.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Form');
      const title = sheet.getRange('A1:B1');
      title.merge(false);
      title.format.horizontalAlignment = 'Center';
      title.format.wrapText = true;
      title.format.indentLevel = 2;
      const box = sheet.getRange('A2:B2');
      box.format.borders.getItem('EdgeTop').style = 'Continuous';
      box.format.borders.getItem('EdgeBottom').style = 'Dot';
      box.format.borders.getItem('InsideVertical').weight = 'Medium';
      sheet.getRange('A1').format.columnWidth = 31.18;
      sheet.getRange('A2:A3').format.rowHeight = 22.5;
      sheet.showGridlines = false;
      await context.sync();
    });
    const sheet = sheetOf(host, 'Form');
    expect(sheet.layout?.merges).toEqual([{ row: 0, col: 0, rowCount: 1, colCount: 2 }]);
    // Merging keeps the top-left value only, as Excel does.
    expect(sheet.cells.B1?.value).toBeUndefined();
    expect(sheet.cells.A1?.value).toBe('title');
    expect(sheet.layout?.cells?.A1).toEqual({ horizontalAlignment: 'Center', wrapText: true, indentLevel: 2 });
    expect(sheet.layout?.cells?.A2?.borders).toEqual({
      EdgeTop: { style: 'Continuous', weight: 'Thin', color: '#000000' },
      EdgeBottom: { style: 'Dot', weight: 'Thin', color: '#000000' },
      EdgeRight: { style: 'Continuous', weight: 'Medium', color: '#000000' },
    });
    expect(sheet.layout?.cells?.B2?.borders?.EdgeLeft).toEqual({ style: 'Continuous', weight: 'Medium', color: '#000000' });
    expect(sheet.layout?.columnWidths).toEqual({ 0: 31.18 });
    expect(sheet.layout?.rowHeights).toEqual({ 1: 22.5, 2: 22.5 });
    expect(sheet.layout?.showGridlines).toBe(false);
    await host.Excel.run(async (context) => {
      const worksheet = context.workbook.worksheets.getItem('Form').load('showGridlines');
      const a1 = worksheet.getRange('A1:B1').format.load('horizontalAlignment,verticalAlignment,wrapText,columnWidth');
      const rows = worksheet.getRange('A2:A3').format.load('rowHeight');
      const mixed = worksheet.getRange('A1:A2').format.load('horizontalAlignment');
      const top = worksheet.getRange('A2:B2').format.borders.getItem('EdgeTop').load('style,weight');
      await context.sync();
      expect([worksheet.showGridlines, a1.horizontalAlignment, a1.verticalAlignment, a1.wrapText, a1.columnWidth]).toEqual([false, 'Center', 'Bottom', true, null]);
      expect([rows.rowHeight, mixed.horizontalAlignment, top.style, top.weight]).toEqual([22.5, null, 'Continuous', 'Thin']);
    });
  });

  test.each([
    ['an alignment Excel does not know', (range: Excel.Range) => { range.format.horizontalAlignment = 'Middle' as Excel.HorizontalAlignment; }, 'InvalidArgument'],
    ['a row higher than 409 points', (range: Excel.Range) => { range.format.rowHeight = 410; }, 'InvalidArgument'],
    ['an indent above 250', (range: Excel.Range) => { range.format.indentLevel = 251; }, 'InvalidArgument'],
    ['a border style Excel does not know', (range: Excel.Range) => { range.format.borders.getItem('EdgeTop').style = 'Dotted' as Excel.BorderLineStyle; }, 'InvalidArgument'],
    ['a merge cutting through a merged area', (range: Excel.Range) => { range.worksheet.getRange('A1:B2').merge(); range.worksheet.getRange('B2:C3').merge(); }, 'InvalidOperation'],
  ])('%s is refused', async (_case, change, expected) => {
    const host = simulatedHost([{ name: 'Form' }]);
    const code = await errorCodeOf(host.Excel.run(async (context) => {
      change(context.workbook.worksheets.getItem('Form').getRange('A1:C3'));
      await context.sync();
    }));
    expect(code).toBe(expected);
  });

  test('indent and shrink to fit need ExcelApi 1.9; alignment, merges and widths work on 1.8', async () => {
    const host = simulatedHost([{ name: 'Form' }], { supported: { ExcelApi: '1.8' } });
    await host.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Form').getRange('A1:B1');
      range.merge();
      range.format.verticalAlignment = 'Top';
      range.format.columnWidth = 60;
      await context.sync();
    });
    expect(sheetOf(host, 'Form').layout?.merges).toHaveLength(1);
    const code = await errorCodeOf(host.Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Form').getRange('A1').format.shrinkToFit = true;
      await context.sync();
    }));
    expect(code).toBe('ApiNotFound');
  });

  test('a protected sheet refuses layout changes', async () => {
    const host = simulatedHost([{ name: 'Form', protected: true }]);
    const code = await errorCodeOf(host.Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Form').getRange('A1:B1').merge();
      await context.sync();
    }));
    expect(code).toBe('AccessDenied');
  });

  test('a later sync that changes other cells keeps the layout', async () => {
    const host = simulatedHost([{ name: 'Form' }]);
    await host.Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Form').getRange('A1:C1').merge();
      await context.sync();
      context.workbook.worksheets.getItem('Form').getRange('A5').values = [['later']];
      await context.sync();
    });
    expect(sheetOf(host, 'Form').layout?.merges).toEqual([{ row: 0, col: 0, rowCount: 1, colCount: 3 }]);
  });
});
