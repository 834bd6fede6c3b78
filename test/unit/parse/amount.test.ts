import { parseAmount, readDecimal } from '../../../src/core/parse/amount';

describe('parseAmount', () => {
  it.each([
    [1918000, 1918000],
    [-250.5, -250.5],
    [0, 0],
  ])('a number %p is taken as it is', (value, amount) => {
    expect(parseAmount(value)).toEqual({ ok: true, value: amount, notes: [] });
  });

  it.each([
    ['1,918,000', 1918000],
    ['1918000', 1918000],
    ['1,918,000.-', 1918000],
    ['1,918,000 บาท', 1918000],
    ['1,918,000บาท', 1918000],
    ['1,918,000.00 บาท', 1918000],
    ['1,918,000.- บาท', 1918000],
    ['1,500.50', 1500.5],
    ['1.918 ล้านบาท', 1918000],
    ['1.918 ล้าน', 1918000],
    ['1.005 ล้านบาท', 1005000],
    ['2.5 ล้าน บาท', 2500000],
    ['฿1,000', 1000],
    ['(1,000)', -1000],
    ['(1,000) บาท', -1000],
    ['(1,000 บาท)', -1000],
    ['-1,000', -1000],
    ['−1,000', -1000],
    ['-', 0],
    ['–', 0],
  ])('text %p → %p, noted as number-as-text', (text, amount) => {
    expect(parseAmount(text)).toEqual({ ok: true, value: amount, notes: ['number-as-text'] });
  });

  it('reads Thai digits, noting them', () => {
    expect(parseAmount('๑,๙๑๘,๐๐๐ บาท')).toEqual({ ok: true, value: 1918000, notes: ['thai-digits', 'number-as-text'] });
  });

  it('notes stray whitespace, including a no-break space and a zero-width space', () => {
    expect(parseAmount('\u00A01,918,000\u200B')).toEqual({ ok: true, value: 1918000, notes: ['stray-whitespace', 'number-as-text'] });
  });

  it.each([
    ['หนึ่งล้านบาท'], ['1,91,8000'], ['1.918.000'], ['12 34'], ['(-1,000)'], ['บาท'], ['1,000 ดอลลาร์'], [true],
    [Number.POSITIVE_INFINITY], [Number.NaN],
  ])('%p → not-a-number', (value) => {
    expect(parseAmount(value)).toMatchObject({ ok: false, reason: 'not-a-number' });
  });

  it.each([
    ['', 'empty'], [null, 'empty'], ['#DIV/0!', 'formula-error'], ['#N/A', 'formula-error'],
  ] as const)('%p → %p', (value, reason) => {
    expect(parseAmount(value)).toEqual({ ok: false, reason, notes: [] });
  });
});

describe('readDecimal', () => {
  it.each([
    ['-1,918,000.50', 0, -1918000.5],
    ['1.918', 6, 1918000],
    ['.5', 0, 0.5],
    ['-0', 0, 0],
    ['1,2345', 0, undefined],
    ['1e5', 0, undefined],
    ['', 0, undefined],
  ] as const)('%p ×10^%p → %p', (text, power, expected) => {
    expect(readDecimal(text, power)).toBe(expected);
  });
});
