import { readCellFormats, restyleCells } from '../../src/xlsx/package/sheet-cells';

/** A worksheet part around `data` (the content of sheetData), as Excel writes one. */
const sheet = (data: string, before = '') => `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${before}<sheetData>${data}</sheetData></worksheet>`;

describe('restyleCells — a cell\'s s attribute changed in the sheet\'s text, nothing else', () => {
  it('sets, replaces and (for format 0) removes s, leaving the value and every other attribute as written', () => {
    const xml = sheet('<row r="2" spans="1:3" x14ac:dyDescent="0.25"><c r="A2" t="s"><v>0</v></c><c r="B2" s="4" t="str"><f>A2&amp;"x"</f><v>ก_x000D_x</v></c><c r="C2" s="2"/></row>');
    const out = restyleCells(xml, new Map([['A2', { style: 7 }], ['B2', { style: 9 }], ['C2', { style: 0 }]]));
    expect(out).toBe(sheet('<row r="2" spans="1:3" x14ac:dyDescent="0.25"><c r="A2" t="s" s="7"><v>0</v></c><c r="B2" s="9" t="str"><f>A2&amp;"x"</f><v>ก_x000D_x</v></c><c r="C2"/></row>'));
  });

  it('inserts a cell the row lacks in column order, widening the row\'s spans; opens a self-closing row', () => {
    const xml = sheet('<row r="1" spans="2:3"><c r="B1"><v>1</v></c><c r="D1"><v>2</v></c></row><row r="2" ht="30" customHeight="1"/>');
    const out = restyleCells(xml, new Map([['C1', { style: 5 }], ['A1', { style: 5 }], ['B2', { style: 6 }]]));
    expect(out).toBe(sheet('<row r="1" spans="1:3"><c r="A1" s="5"/><c r="B1"><v>1</v></c><c r="C1" s="5"/><c r="D1"><v>2</v></c></row><row r="2" ht="30" customHeight="1"><c r="B2" s="6"/></row>'));
  });

  it('inserts rows the sheet lacks in row order, also into an empty sheetData, and grows the dimension', () => {
    const xml = sheet('<row r="2"><c r="A2"><v>1</v></c></row><row r="5"><c r="A5"><v>2</v></c></row>', '<dimension ref="A2:A5"/>');
    expect(restyleCells(xml, new Map([['B1', { style: 3 }], ['C4', { style: 3 }], ['D9', { style: 3 }]]))).toBe(sheet(
      '<row r="1"><c r="B1" s="3"/></row><row r="2"><c r="A2"><v>1</v></c></row><row r="4"><c r="C4" s="3"/></row><row r="5"><c r="A5"><v>2</v></c></row><row r="9"><c r="D9" s="3"/></row>',
      '<dimension ref="A1:D9"/>',
    ));
    const empty = '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>';
    expect(restyleCells(empty, new Map([['A1', { style: 1 }]]))).toBe(sheet('<row r="1"><c r="A1" s="1"/></row>'));
  });

  it('follows rows and cells written without r (each one after the one before)', () => {
    const xml = sheet('<row><c><v>1</v></c><c><v>2</v></c></row><row><c><v>3</v></c></row>');
    expect(restyleCells(xml, new Map([['B1', { style: 2 }], ['A2', { style: 3 }], ['C2', { style: 4 }]])))
      .toBe(sheet('<row><c><v>1</v></c><c s="2"><v>2</v></c></row><row><c s="3"><v>3</v></c><c r="C2" s="4"/></row>'));
  });

  it('takes out an empty cell it was asked to drop, and a row of its own left empty; a cell someone filled stays', () => {
    const xml = sheet('<row r="1"><c r="A1"><v>1</v></c><c r="B1" s="8"/></row><row r="3"><c r="C3" s="8"/></row><row r="4"><c r="D4" s="8"><v>5</v></c></row>');
    const drop = { style: 0, dropIfEmpty: true };
    expect(restyleCells(xml, new Map([['B1', drop], ['C3', drop], ['D4', drop]])))
      .toBe(sheet('<row r="1"><c r="A1"><v>1</v></c></row><row r="4"><c r="D4"><v>5</v></c></row>'));
  });
});

describe('readCellFormats — the format a cell shows', () => {
  it('is its own s, else its row\'s (customFormat), else its column\'s, else 0', () => {
    const xml = sheet('<row r="1"><c r="A1" s="3"><v>1</v></c></row><row r="2" s="5" customFormat="1"/>', '<cols><col min="3" max="4" width="9" style="7"/></cols>');
    const formats = readCellFormats(xml, [{ row: 0, col: 0 }, { row: 1, col: 1 }, { row: 2, col: 2 }, { row: 2, col: 5 }]);
    expect([...formats]).toEqual([
      ['A1', { style: 3, listed: true, filled: true }],
      ['B2', { style: 5, listed: false, filled: false }],
      ['C3', { style: 7, listed: false, filled: false }],
      ['F3', { style: 0, listed: false, filled: false }],
    ]);
  });
});
