import { isDateFormat, isPercentFormat, isTextFormat } from '../../../src/core/parse/number-format';

describe('number formats', () => {
  it.each([
    ['d/m/yyyy', true],
    ['[$-th-TH,107]d mmm yyyy', true],
    ['[$-107041E]d/m/yyyy', true],
    ['[$-1070000]d/mm/yyyy;@', true],
    ['bbbb-mm-dd', true],
    ['B2d/m/yyyy', true],
    ['mmm', true],
    ['yyyy-mm-dd hh:mm:ss', true],
    ['General', false],
    ['', false],
    ['0.00', false],
    ['#,##0.00 "บาท"', false],
    ['"date" 0', false],
    ['0.00E+00', false],
    ['h:mm', false],
    ['[h]:mm:ss', false],
    ['h:mm AM/PM', false],
    ['@', false],
  ])('%p is a date format: %p', (format, expected) => {
    expect(isDateFormat(format)).toBe(expected);
  });

  it.each([
    ['0%', true],
    ['0.00%', true],
    ['0.00 "%"', false],
    ['0.00\\%', false],
    ['General', false],
  ])('%p is a percent format: %p', (format, expected) => {
    expect(isPercentFormat(format)).toBe(expected);
  });

  it.each([
    ['@', true],
    ['d/m/yyyy;@', false],
    ['General', false],
  ])('%p is a text format: %p', (format, expected) => {
    expect(isTextFormat(format)).toBe(expected);
  });
});
