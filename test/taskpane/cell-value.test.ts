import type { CellContent } from '../../src/excel/types';
import { shownCellValue } from '../../src/taskpane/components/cell-value';

const general = (value: CellContent['value']): CellContent => ({ value, numberFormat: 'General' });

describe('a cell value in a sentence', () => {
  it('quotes text as typed, keeping its spaces and Thai digits', () => {
    expect(shownCellValue(general('๑๒๐,๐๐๐'), 'en')).toBe('“๑๒๐,๐๐๐”');
    expect(shownCellValue(general('  ปรับปรุงถนน  ซอย 5 '), 'th')).toBe('“  ปรับปรุงถนน  ซอย 5 ”');
    expect(shownCellValue(general(''), 'en')).toBe('“”');
  });

  it('shows numbers in the General format as Excel does, in either language', () => {
    expect(shownCellValue(general(120000), 'en')).toBe('120000');
    expect(shownCellValue(general(120000), 'th')).toBe('120000');
    expect(shownCellValue(general(0.6), 'en')).toBe('0.6');
    expect(shownCellValue(general(-1918000.5), 'th')).toBe('-1918000.5');
  });

  it('shows a date cell as its date: Buddhist era in Thai', () => {
    expect(shownCellValue({ value: 43757, numberFormat: 'd/m/yyyy' }, 'th')).toBe('19 ตุลาคม 2562');
    expect(shownCellValue({ value: 43757, numberFormat: '[$-th-TH,107]d mmm yy' }, 'en')).toBe('19 Oct 2019');
  });

  it('shows a number as the cell shows it: separators and decimals of its number format', () => {
    expect(shownCellValue({ value: 504000, numberFormat: '#,##0.00' }, 'en')).toBe('504,000.00');
    expect(shownCellValue({ value: 504000, numberFormat: '#,##0' }, 'th')).toBe('504,000');
    expect(shownCellValue({ value: 0.6, numberFormat: '0%' }, 'en')).toBe('60%');
    expect(shownCellValue({ value: 43757, numberFormat: '#,##0.00' }, 'en')).toBe('43,757.00');
  });

  it('shows logical values as Excel does and names an empty cell', () => {
    expect(shownCellValue(general(true), 'th')).toBe('TRUE');
    expect(shownCellValue(general(false), 'en')).toBe('FALSE');
    expect(shownCellValue(general(null), 'en')).toBe('(blank cell)');
    expect(shownCellValue(general(null), 'th')).toBe('(เซลล์ว่าง)');
  });
});
