import { formatCellText } from '../../src/devhost/number-format';

describe('Range.text through number formats', () => {
  test.each([
    [1918000, 'General', '1918000'],
    [0.1 + 0.2, 'General', '0.3'],
    [123456789012, 'General', '1.23457E+11'],
    [1918000, '#,##0', '1,918,000'],
    [1918000.5, '#,##0.00', '1,918,000.50'],
    [-1918000, '#,##0.00', '-1,918,000.00'],
    [-5, '0;(0)', '(5)'],
    [0, '0.00;-0.00;"-"', '-'],
    [0.6, '0%', '60%'],
    [0.6, '0.00%', '60.00%'],
    [1918000, '#,##0 "บาท"', '1,918,000 บาท'],
    [43739, 'd/m/yyyy', '1/10/2019'],
    [43739, 'yyyy-mm-dd', '2019-10-01'],
    [43739, '[$-th-TH,107]d mmmm yyyy', '1 ตุลาคม 2562'],
    [43739, '[$-107041E]d mmm yy', '1 ต.ค. 62'],
    [43739, 'd/m/bbbb', '1/10/2562'],
    [43739.5, 'h:mm AM/PM', '12:00 PM'],
    [43739.75, 'yyyy-mm-dd hh:mm:ss', '2019-10-01 18:00:00'],
    ['ถนน', '@', 'ถนน'],
    [true, 'General', 'TRUE'],
    [null, '0.00', ''],
  ])('%p with %p shows %p', (value, format, text) => {
    expect(formatCellText(value, format)).toBe(text);
  });
});
