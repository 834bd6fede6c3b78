import { parseFiscalYear } from '../../../src/core/parse/year';

describe('parseFiscalYear', () => {
  it.each([
    [2563, 2563, []],
    [2020, 2563, []],
    [1900, 2443, []],
    [2300, 2843, []],
    [63, 2563, ['two-digit-year']],
    [0, 2500, ['two-digit-year']],
    [2350, 2350, []],
    [3000, 3000, []],
    [150, 150, []],
  ] as const)('number %p → BE %p', (value, year, notes) => {
    expect(parseFiscalYear(value)).toEqual({ ok: true, value: year, notes });
  });

  it.each([
    ['2563', 2563, ['number-as-text']],
    ['พ.ศ. 2563', 2563, ['number-as-text']],
    ['พ.ศ.2563', 2563, ['number-as-text']],
    ['2563 พ.ศ.', 2563, ['number-as-text']],
    ['ปีงบประมาณ 2563', 2563, ['number-as-text']],
    ['ปีงบประมาณ พ.ศ. 2563', 2563, ['number-as-text']],
    ['FY2020', 2563, ['number-as-text']],
    ['ค.ศ. 2020', 2563, ['number-as-text']],
    ['63', 2563, ['number-as-text', 'two-digit-year']],
    ['๒๕๖๓', 2563, ['thai-digits', 'number-as-text']],
  ] as const)('text %p → %p', (text, year, notes) => {
    expect(parseFiscalYear(text)).toEqual({ ok: true, value: year, notes });
  });

  it.each([[2563.5], ['2563.5'], ['2562-2563'], ['ปีหน้า'], [true], [Number.NaN], [Number.POSITIVE_INFINITY]])(
    '%p → not-a-year',
    (value) => {
      expect(parseFiscalYear(value)).toMatchObject({ ok: false, reason: 'not-a-year' });
    },
  );
});
