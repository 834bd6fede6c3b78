import { EXCEL_ERRORS, isFormulaError } from '../../../src/core/parse/formula-error';

describe('isFormulaError', () => {
  it.each(EXCEL_ERRORS.map((error) => [error]))('%p is an Excel error', (error) => {
    expect(isFormulaError(error)).toBe(true);
  });

  it.each([['#ref!', true], [' #N/A ', true], ['#REF', false], ['REF!', false], ['#', false], ['หมายเหตุ #1', false], [0, false], [null, false]] as const)(
    '%p → %p',
    (value, expected) => {
      expect(isFormulaError(value)).toBe(expected);
    },
  );
});
