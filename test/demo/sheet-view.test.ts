import { workbookFromRows } from '../../src/devhost';
import { checkedFileName } from '../../src/demo/demo-session';
import { movedSelection, rectContains, selectionRect, sheetView } from '../../src/demo/sheet-view';

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
    expect(view.rows[0].cells.map((cell) => [cell.text, cell.numeric])).toEqual([
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
    const [cell] = sheetView(sheet).rows[0].cells;
    expect(cell).toMatchObject({ fill: '#FFC7CE', note: 'Progress fell', link: { sheet: 'แผน 2563', address: 'G5', text: 'G5' } });
  });

  it('lets a title run on over the empty cells to its right without widening its column', () => {
    const title = 'บัญชีโครงการ ประจำปีงบประมาณ พ.ศ. 2563 สำนักการโยธา';
    const [sheet] = workbookFromRows([{ name: 'P', rows: [[title], ['03000000-2441', 'ถนน', 2563]] }]).sheets;
    const view = sheetView(sheet);
    const [a1, b1, c1] = view.rows[0].cells;
    expect(a1.spills).toBe(true);
    expect(view.widths[0]).toBe('03000000-2441'.length);
    expect([a1.joinsRight, b1.joinsRight, c1.joinsRight]).toEqual([true, true, false]);
    // Thai vowel and tone marks take no width: 'ถนน' is 3 characters wide, the minimum is 4.
    expect(view.widths[1]).toBe(4);
  });

  it('draws at most the first rows and columns of a big sheet and says how many there are', () => {
    const [sheet] = workbookFromRows([{ name: 'Big', rows: Array.from({ length: 30 }, (_, i) => Array(8).fill(i)) }]).sheets;
    const view = sheetView(sheet, 10, 5);
    expect(view.rows).toHaveLength(10);
    expect(view.rows[0].cells).toHaveLength(5);
    expect(view).toMatchObject({ totalRows: 30, totalColumns: 8, columns: ['A', 'B', 'C', 'D', 'E'] });
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

  it('ignores other keys and an empty sheet', () => {
    expect(movedSelection('B3', 'Enter', 10, 5)).toBeUndefined();
    expect(movedSelection('B3', 'ArrowDown', 0, 0)).toBeUndefined();
  });
});
