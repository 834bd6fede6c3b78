import { expandFormula, offsetFormula } from '../../../src/core/template/formula-references';
import { movedMerges, movedRangeList, movedSpan } from '../../../src/core/template/row-expansion';

/**
 * References in a template's formulas move with its rows when the repeat row (row 10 here)
 * becomes one row per report; text, names, functions and other sheets' references stay.
 */

const NAMES = { own: 'แม่แบบ', renamed: 'แม่แบบ 03000000-2457' };
const forty = { row: 9, count: 40 };
const one = { row: 9, count: 1 };
const none = { row: 9, count: 0 };

describe('expandFormula outside the repeat row', () => {
  it.each([
    ['SUM(D10:D10)', 'SUM(D10:D49)', 'SUM(D10:D10)', 'SUM(D1048576:D1048576)'],
    ['SUM($D$10:$D$10)', 'SUM($D$10:$D$49)', 'SUM($D$10:$D$10)', 'SUM($D$1048576:$D$1048576)'],
    ['SUM(D9:D11)', 'SUM(D9:D50)', 'SUM(D9:D11)', 'SUM(D9:D10)'],
    ['D12+$D$12+D$8', 'D51+$D$51+D$8', 'D12+$D$12+D$8', 'D11+$D$11+D$8'],
    ['D10', 'D10', 'D10', 'D1048576'],
    ['SUM(10:10)+SUM($12:$13)', 'SUM(10:49)+SUM($51:$52)', 'SUM(10:10)+SUM($12:$13)', 'SUM(1048576:1048576)+SUM($11:$12)'],
    ['SUM(A:A)', 'SUM(A:A)', 'SUM(A:A)', 'SUM(A:A)'],
    ['Other!D12+\'แผน 2563\'!D12', 'Other!D12+\'แผน 2563\'!D12', 'Other!D12+\'แผน 2563\'!D12', 'Other!D12+\'แผน 2563\'!D12'],
    ['[1]แม่แบบ!D12+Sheet1:Sheet3!D12', '[1]แม่แบบ!D12+Sheet1:Sheet3!D12', '[1]แม่แบบ!D12+Sheet1:Sheet3!D12', '[1]แม่แบบ!D12+Sheet1:Sheet3!D12'],
    ['"D12 "&D12&LOG10(D12)', '"D12 "&D51&LOG10(D51)', '"D12 "&D12&LOG10(D12)', '"D12 "&D11&LOG10(D11)'],
    ['Table1[D12]+Total+D12', 'Table1[D12]+Total+D51', 'Table1[D12]+Total+D12', 'Table1[D12]+Total+D11'],
  ])('%s → %s (40 reports), %s (1), %s (none)', (formula, forty40, one1, none0) => {
    expect(expandFormula(formula, forty, NAMES)).toBe(forty40);
    expect(expandFormula(formula, one, NAMES)).toBe(one1);
    expect(expandFormula(formula, none, NAMES)).toBe(none0);
  });

  it('moves references to its own sheet by name and writes the filled sheet\'s name', () => {
    expect(expandFormula("SUM('แม่แบบ'!D10:D10)+แม่แบบ!B3", forty, NAMES)).toBe("SUM('แม่แบบ 03000000-2457'!D10:D49)+'แม่แบบ 03000000-2457'!B3");
    expect(expandFormula("'แม่แบบ'!$A$1:$I$14", forty, NAMES)).toBe("'แม่แบบ 03000000-2457'!$A$1:$I$53");
  });
});

describe('expandFormula in a copy of the repeat row acts as a row filled down', () => {
  it.each([
    ['F10/$B$3', 0, 'F10/$B$3'],
    ['F10/$B$3', 3, 'F13/$B$3'],
    ['SUM($F$10:F10)', 5, 'SUM($F$10:F15)'],
    ['E9+D10', 1, 'E10+D11'],
    ['D12', 2, 'D53'],
  ])('%s in copy %i → %s', (formula, copy, expected) => {
    expect(expandFormula(formula, forty, NAMES, copy)).toBe(expected);
  });
});

describe('offsetFormula: a shared formula for the cells sharing it', () => {
  it('moves relative parts only, on every sheet', () => {
    expect(offsetFormula('A1+$B$1+Sheet2!C3+$A1:A$2', 2, 1)).toBe('B3+$B$1+Sheet2!D5+$A3:B$2');
    expect(offsetFormula('A1', -1, 0)).toBe('#REF!');
  });
});

describe('row expansion of areas', () => {
  it('a span holding the repeat row grows over the copies and shrinks without any', () => {
    expect(movedSpan(forty, 9, 9)).toEqual({ first: 9, last: 48 });
    expect(movedSpan(none, 9, 9)).toBeUndefined();
    expect(movedSpan(none, 8, 11)).toEqual({ first: 8, last: 10 });
    expect(movedSpan(forty, 2, 5)).toEqual({ first: 2, last: 5 });
  });

  it('merged areas in the repeat row repeat in every copy; those below move; none left of a merge over the row alone', () => {
    const inRow = { firstRow: 9, lastRow: 9, firstColumn: 2, lastColumn: 3 };
    expect(movedMerges({ row: 9, count: 3 }, inRow).map((m) => m.firstRow)).toEqual([9, 10, 11]);
    expect(movedMerges(none, inRow)).toEqual([]);
    expect(movedMerges(forty, { firstRow: 10, lastRow: 10, firstColumn: 0, lastColumn: 3 })).toEqual([{ firstRow: 49, lastRow: 49, firstColumn: 0, lastColumn: 3 }]);
    expect(movedMerges(none, { firstRow: 8, lastRow: 9, firstColumn: 0, lastColumn: 0 })).toEqual([]);
  });

  it('a sqref list moves area by area and drops areas gone', () => {
    expect(movedRangeList({ row: 9, count: 3 }, 'D10 A12 B2:C3')).toBe('D10:D12 A14 B2:C3');
    expect(movedRangeList(none, 'D10 A12')).toBe('A11');
  });
});
