import { shownCellValue } from '../../src/taskpane/components/cell-value';

describe('a cell value in a sentence', () => {
  it('quotes text as typed, keeping its spaces and Thai digits', () => {
    expect(shownCellValue('๑๒๐,๐๐๐', 'en')).toBe('“๑๒๐,๐๐๐”');
    expect(shownCellValue('  ปรับปรุงถนน  ซอย 5 ', 'th')).toBe('“  ปรับปรุงถนน  ซอย 5 ”');
    expect(shownCellValue('', 'en')).toBe('“”');
  });

  it('shows numbers as typed into Excel, in either language', () => {
    expect(shownCellValue(120000, 'en')).toBe('120000');
    expect(shownCellValue(120000, 'th')).toBe('120000');
    expect(shownCellValue(0.6, 'en')).toBe('0.6');
    expect(shownCellValue(-1918000.5, 'th')).toBe('-1918000.5');
  });

  it('shows logical values as Excel does and names an empty cell', () => {
    expect(shownCellValue(true, 'th')).toBe('TRUE');
    expect(shownCellValue(false, 'en')).toBe('FALSE');
    expect(shownCellValue(null, 'en')).toBe('(blank cell)');
    expect(shownCellValue(null, 'th')).toBe('(เซลล์ว่าง)');
  });
});
