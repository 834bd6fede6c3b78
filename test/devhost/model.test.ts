import { cloneWorkbook, snapshotCells, workbookFromRows } from '../../src/devhost/model';
import { sheetNameProblem } from '../../src/devhost/sheet-names';

describe('the workbook model', () => {
  test('is built from rows, sparse, keyed by A1, with formulas kept as formulas', () => {
    const model = workbookFromRows([
      { name: 'แผน 2563', rows: [['code', null, 'budget'], ['03000000-2457', undefined, '=B2*2']], numberFormats: [[], [undefined, undefined, '#,##0']] },
      { name: 'Hidden', visibility: 'VeryHidden', protected: true },
    ]);
    expect(model.sheets[0].cells).toEqual({
      A1: { value: 'code' },
      C1: { value: 'budget' },
      A2: { value: '03000000-2457' },
      C2: { formula: '=B2*2', numberFormat: '#,##0' },
    });
    expect(model.sheets[1]).toMatchObject({ visibility: 'VeryHidden', protected: true });
    expect(model.activeSheetId).toBe(model.sheets[0].id);
  });

  test('is plain JSON: it round-trips unchanged', () => {
    const model = workbookFromRows([{ name: 'Data', rows: [[1, 'ก', true]] }]);
    model.settings.config = { nested: [1, 'two', null] };
    model.sheets[0].cells.A1.note = 'หมายเหตุ';
    expect(JSON.parse(JSON.stringify(model))).toEqual(model);
    expect(cloneWorkbook(model)).toEqual(model);
    expect(cloneWorkbook(model)).not.toBe(model);
  });

  test('a snapshot spells out defaults so equal cells compare equal and blank cells are left out', () => {
    const model = workbookFromRows([{ name: 'Data', rows: [['x', null]] }]);
    model.sheets[0].cells.B1 = { numberFormat: 'General', font: {} };
    expect(snapshotCells(model)).toEqual({
      Data: {
        A1: {
          value: 'x',
          formula: null,
          numberFormat: 'General',
          fill: null,
          font: { bold: false, italic: false, color: '#000000', name: 'Calibri', size: 11 },
          note: null,
          hyperlink: null,
        },
      },
    });
  });

  test('refuses sheet names Excel refuses', () => {
    expect(() => workbookFromRows([{ name: 'a/b' }])).toThrow(/cannot contain/);
    expect(() => workbookFromRows([{ name: 'Data' }, { name: 'DATA' }])).toThrow(/already exists/);
    expect(() => workbookFromRows([{ name: 'Only', visibility: 'Hidden' }])).toThrow(/visible/);
    expect(sheetNameProblem('x'.repeat(31), [])).toBeUndefined();
    expect(sheetNameProblem('x'.repeat(32), [])).toMatch(/31/);
    expect(sheetNameProblem('History', [])).toMatch(/reserved/);
  });
});
