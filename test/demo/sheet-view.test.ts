import { workbookFromRows } from '../../src/devhost';
import { checkedFileName } from '../../src/demo/demo-session';
import {
  DEFAULT_ROW_PX, MEASURED_ROWS, ROW_BLOCK, cellSelected, mergeMap, movedSelection, rectContains, rowAtOffset, rowWindow, selectionRect, sheetView,
} from '../../src/demo/sheet-view';
import type { SheetModel } from '../../src/devhost/model';
import type { SheetLayout } from '../../src/devhost/sheet-layout';

// 43739 is 1 October 2019 (Excel's serial), 2562 in the Buddhist era.
const OCT_1_2019 = 43739;

describe('sheetView: what the demo grid draws', () => {
  it('shows values through their number formats: CE and BE dates, amounts, text', () => {
    const [sheet] = workbookFromRows([
      {
        name: 'Data',
        rows: [[OCT_1_2019, OCT_1_2019, 1918000, '๑๙/๑๐/๒๕๖๒']],
        numberFormats: [['d/m/yyyy', '[$-th-TH,107]d mmmm yyyy', '#,##0.00', '@']],
      },
    ]).sheets;
    const view = sheetView(sheet);
    expect(view.columns).toEqual(['A', 'B', 'C', 'D']);
    expect(view.row(0).cells.map((cell) => [cell.text, cell.numeric])).toEqual([
      ['1/10/2019', true],
      ['1 ตุลาคม 2562', true],
      ['1,918,000.00', true],
      ['๑๙/๑๐/๒๕๖๒', false],
    ]);
  });

  it('carries fills, notes and the Issues sheet’s links to cells on other sheets', () => {
    const model = workbookFromRows([{ name: 'Issues', rows: [['x', 'y']] }]);
    const sheet = model.sheets[0];
    sheet.cells.A1 = { value: 'G5', fill: '#FFC7CE', note: 'Progress fell', hyperlink: { documentReference: "'แผน 2563'!G5" } };
    const [cell] = sheetView(sheet).row(0).cells;
    expect(cell).toMatchObject({ fill: '#FFC7CE', note: 'Progress fell', link: { sheet: 'แผน 2563', address: 'G5', text: 'G5' } });
  });

  it('lets a title run on over the empty cells to its right without widening its column', () => {
    const title = 'บัญชีโครงการ ประจำปีงบประมาณ พ.ศ. 2563 สำนักการโยธา';
    const [sheet] = workbookFromRows([{ name: 'P', rows: [[title], ['03000000-2441', 'ถนน', 2563]] }]).sheets;
    const view = sheetView(sheet);
    const [a1, b1, c1] = view.row(0).cells;
    expect(a1.spills).toBe(true);
    expect(view.widths[0]).toBe('03000000-2441'.length);
    expect([a1.joinsRight, b1.joinsRight, c1.joinsRight]).toEqual([true, true, false]);
    // Thai vowel and tone marks take no width: 'ถนน' is 3 characters wide, the minimum is 4.
    expect(view.widths[1]).toBe(4);
  });

  it('draws every row of a long sheet but at most the first columns, and says how many columns there are', () => {
    const [sheet] = workbookFromRows([{ name: 'Big', rows: Array.from({ length: 30 }, (_, i) => Array(8).fill(i)) }]).sheets;
    const view = sheetView(sheet, 5);
    expect(view.rowCount).toBe(30);
    expect(view.row(29).cells).toHaveLength(5);
    expect(view).toMatchObject({ totalColumns: 8, columns: ['A', 'B', 'C', 'D', 'E'] });
  });
});

/** A sheet of `rows` rows of two values, laid out as `layout` says. */
function sheetWith(rows: number, layout: SheetLayout = {}): SheetModel {
  const [sheet] = workbookFromRows([{ name: 'S', rows: Array.from({ length: rows }, (_, i) => [`r${i + 1}`, i + 1]) }]).sheets;
  sheet.layout = layout;
  return sheet;
}

describe('sheetView: a long sheet drawn a window of rows at a time', () => {
  it('counts each row at Excel’s default height, or the height the sheet sets, in pixels', () => {
    const view = sheetView(sheetWith(60_000, { rowHeights: { 1: 30, 59_999: 7.5 } }));
    expect(view.rowCount).toBe(60_000);
    expect(view.rowTops[1]).toBe(DEFAULT_ROW_PX);
    expect(view.rowTops[2] - view.rowTops[1]).toBe(40);
    expect(view.rowTops[60_000] - view.rowTops[59_999]).toBe(10);
    expect(rowAtOffset(view.rowTops, 0)).toBe(0);
    expect(rowAtOffset(view.rowTops, 59)).toBe(1);
    expect(rowAtOffset(view.rowTops, 60)).toBe(2);
    expect(rowAtOffset(view.rowTops, 1e9)).toBe(59_999);
  });

  it('builds only the rows asked for beyond the first measured ones', () => {
    const view = sheetView(sheetWith(60_000));
    expect(view.row(59_999)).toMatchObject({ number: 60_000, cells: [{ address: 'A60000', text: 'r60000' }, { address: 'B60000', text: '60000' }] });
    expect(view.row(59_999)).toBe(view.row(59_999));
    expect(MEASURED_ROWS).toBeLessThan(60_000);
  });

  it('draws the rows in view with a margin, in whole blocks, within the sheet', () => {
    const view = sheetView(sheetWith(60_000));
    // Scrolled to row 50,001 (0-based 50,000), 400px (20 rows) in view, 10 rows of margin.
    const window = rowWindow(view, 50_000 * DEFAULT_ROW_PX, 400, 10)!;
    expect(window.first).toBeLessThanOrEqual(50_000 - 10);
    expect(window.last).toBeGreaterThanOrEqual(50_020 + 10);
    expect(window.first % ROW_BLOCK).toBe(0);
    expect((window.last + 1) % ROW_BLOCK).toBe(0);
    expect(window.last - window.first + 1).toBeLessThan(100);
    expect(rowWindow(view, 0, 400, 10)).toEqual({ first: 0, last: 49 });
    expect(rowWindow(view, 1e9, 400, 10)!.last).toBe(59_999);
    expect(rowWindow(sheetView(sheetWith(0)), 0, 400, 10)).toBeUndefined();
  });

  it('widens the window to whole merged areas, so no row span is cut', () => {
    const view = sheetView(sheetWith(1000, { merges: [{ row: 40, col: 0, rowCount: 20, colCount: 2 }, { row: 95, col: 0, rowCount: 10, colCount: 1 }] }));
    // Rows 50–99 in view with no margin: the merge from row 40 pulls the start up, the one to row 104 the end down.
    expect(rowWindow(view, 50 * DEFAULT_ROW_PX, 49 * DEFAULT_ROW_PX, 0)).toEqual({ first: 40, last: 104 });
  });
});

describe('sheetView: what a form sets', () => {
  it('maps every cell of a merged area to it, clipped to the columns drawn, and draws the area as one cell', () => {
    const merges = mergeMap([{ row: 0, col: 0, rowCount: 2, colCount: 3 }, { row: 5, col: 3, rowCount: 1, colCount: 4 }, { row: 9, col: 0, rowCount: 1, colCount: 1 }], 5);
    expect(merges.get('1:2')).toEqual({ row: 0, col: 0, rowCount: 2, colCount: 3 });
    expect(merges.get('5:4')).toEqual({ row: 5, col: 3, rowCount: 1, colCount: 2 });
    expect(merges.has('5:5')).toBe(false);
    expect(merges.has('9:0')).toBe(false);

    const sheet = sheetWith(3, { merges: [{ row: 0, col: 0, rowCount: 2, colCount: 2 }] });
    const view = sheetView(sheet);
    expect(view.row(0).cells.map((cell) => [cell.address, cell.rowSpan, cell.colSpan])).toEqual([['A1', 2, 2]]);
    expect(view.row(0).reach).toBe(1);
    // Row 2's cells are all covered by the merged area.
    expect(view.row(1).cells).toEqual([]);
    expect(view.row(2).cells.map((cell) => cell.address)).toEqual(['A3', 'B3']);
    expect(cellSelected(selectionRect('B2'), view.row(0).cells[0])).toBe(true);
    expect(cellSelected(selectionRect('B3'), view.row(0).cells[0])).toBe(false);
  });

  it('draws each border on the edge it is kept on, by either cell beside it, with its weight, style and colour', () => {
    const thin = { style: 'Continuous', weight: 'Thin', color: '#000000' } as const;
    const sheet = sheetWith(3, {
      cells: {
        A1: { borders: { EdgeTop: thin, EdgeLeft: thin, EdgeBottom: { style: 'Double', weight: 'Thick', color: '#FF0000' } } },
        B2: { borders: { EdgeLeft: { style: 'Dash', weight: 'Medium', color: '#0000FF' }, EdgeTop: thin } },
      },
      showGridlines: false,
    });
    const view = sheetView(sheet);
    expect(view.gridlines).toBe(false);
    expect(view.row(0).cells[0].borders).toEqual({ top: '1px solid #000000', left: '1px solid #000000', bottom: '3px double #FF0000' });
    // B2's top is B1's bottom; B2's left is A2's right.
    expect(view.row(0).cells[1].borders).toEqual({ bottom: '1px solid #000000' });
    expect(view.row(1).cells[0].borders).toEqual({ right: '2px dashed #0000FF' });
  });

  it('carries alignment, wrapping, font size and the column widths the sheet sets', () => {
    const sheet = sheetWith(2, {
      cells: { A1: { horizontalAlignment: 'Center', verticalAlignment: 'Center', wrapText: true }, B1: { horizontalAlignment: 'General', verticalAlignment: 'Top' } },
      columnWidths: { 0: 150 },
    });
    sheet.cells.A1 = { ...sheet.cells.A1, font: { size: 16, bold: true } };
    const view = sheetView(sheet);
    expect(view.row(0).cells[0]).toMatchObject({ horizontal: 'center', vertical: 'center', wrap: true, bold: true, fontScale: 16 / 11 });
    expect(view.row(0).cells[1]).toMatchObject({ vertical: 'top', wrap: false });
    expect(view.row(0).cells[1].horizontal).toBeUndefined();
    expect(view.pixelWidths).toEqual([200, undefined]);
    // TH Sarabun's small glyphs are drawn smaller still, as the form's widths expect.
    sheet.cells.A2 = { ...sheet.cells.A2, font: { name: 'TH Sarabun New', size: 16 } };
    expect(sheetView(sheet).row(1).cells[0].fontScale).toBeCloseTo((16 / 11) * 0.8);
  });
});

describe('selections and file names', () => {
  it('reads a selection as a rectangle', () => {
    const rect = selectionRect('C5:B3');
    expect(rect).toEqual({ top: 2, left: 1, bottom: 4, right: 2 });
    expect(rectContains(rect, 3, 2)).toBe(true);
    expect(rectContains(rect, 5, 2)).toBe(false);
    expect(selectionRect('not an address')).toBeUndefined();
  });

  it('names the downloaded workbook after the one opened', () => {
    expect(checkedFileName('bma-projects-2563.xlsx')).toBe('bma-projects-2563-checked.xlsx');
    expect(checkedFileName('แผน.XLSX')).toBe('แผน-checked.xlsx');
    // A macro-enabled workbook stays one when its package is kept; written anew, it holds no macros.
    expect(checkedFileName('แผน.xlsm', true)).toBe('แผน-checked.xlsm');
    expect(checkedFileName('แผน.xlsm')).toBe('แผน-checked.xlsx');
  });
});

describe('movedSelection: the arrow keys in the demo grid', () => {
  it('moves one cell from the active cell, as Excel does', () => {
    expect(movedSelection('B3', 'ArrowUp', 10, 5)).toBe('B2');
    expect(movedSelection('B3', 'ArrowDown', 10, 5)).toBe('B4');
    expect(movedSelection('B3', 'ArrowLeft', 10, 5)).toBe('A3');
    expect(movedSelection('B3', 'ArrowRight', 10, 5)).toBe('C3');
    // From a range, the step starts at its first (active) cell.
    expect(movedSelection('A1:C4', 'ArrowRight', 10, 5)).toBe('B1');
  });

  it('stops at the edges of the cells drawn, and starts at A1 with nothing selected', () => {
    expect(movedSelection('A1', 'ArrowUp', 10, 5)).toBe('A1');
    expect(movedSelection('A1', 'ArrowLeft', 10, 5)).toBe('A1');
    expect(movedSelection('E10', 'ArrowDown', 10, 5)).toBe('E10');
    expect(movedSelection('E10', 'ArrowRight', 10, 5)).toBe('E10');
    expect(movedSelection(undefined, 'ArrowDown', 10, 5)).toBe('A1');
  });

  it('treats a merged area as one cell: leaves it from its edge and lands on its top-left cell', () => {
    const merges = mergeMap([{ row: 0, col: 0, rowCount: 2, colCount: 3 }], 5);
    expect(movedSelection('A1', 'ArrowRight', 10, 5, merges)).toBe('D1');
    expect(movedSelection('A1', 'ArrowDown', 10, 5, merges)).toBe('A3');
    expect(movedSelection('B3', 'ArrowUp', 10, 5, merges)).toBe('A1');
    expect(movedSelection('D2', 'ArrowLeft', 10, 5, merges)).toBe('A1');
    expect(movedSelection('A1', 'ArrowUp', 10, 5, merges)).toBe('A1');
  });

  it('ignores other keys and an empty sheet', () => {
    expect(movedSelection('B3', 'Enter', 10, 5)).toBeUndefined();
    expect(movedSelection('B3', 'ArrowDown', 0, 0)).toBeUndefined();
  });
});
