import { parsePercent } from '../../../src/core/parse/percent';

describe('parsePercent', () => {
  it.each([
    [0.45, '0%', 45, []],
    [0.6, '0.00%', 60, []],
    [1, '0%', 100, []],
    [0.1234, '0.00%', 12.34, []],
    [0.29, '0%', 29, []],
    [60, 'General', 60, []],
    [0.6, 'General', 0.6, ['fraction-percent']],
    [1, 'General', 1, ['fraction-percent']],
    [0, 'General', 0, []],
    [0.6, '0.00 "%"', 0.6, ['fraction-percent']],
    [120, 'General', 120, []],
  ] as const)('%p in %p → %p', (value, format, percent, notes) => {
    expect(parsePercent(value, format)).toEqual({ ok: true, value: percent, notes });
  });

  it.each([
    ['60', 60],
    ['60%', 60],
    ['60.00 %', 60],
    ['ร้อยละ 60', 60],
    ['ร้อยละ60.5', 60.5],
    ['60 เปอร์เซ็นต์', 60],
    ['0.5%', 0.5],
    ['-5 %', -5],
  ])('text %p → %p, noted as number-as-text', (text, percent) => {
    expect(parsePercent(text)).toEqual({ ok: true, value: percent, notes: ['number-as-text'] });
  });

  it('a bare fraction in text is as ambiguous as in a number', () => {
    expect(parsePercent('0.6')).toEqual({ ok: true, value: 0.6, notes: ['number-as-text', 'fraction-percent'] });
  });

  it('reads Thai digits, noting them', () => {
    expect(parsePercent('๖๐ %')).toEqual({ ok: true, value: 60, notes: ['thai-digits', 'number-as-text'] });
  });

  it.each([['ครึ่งหนึ่ง'], ['%'], ['ร้อยละ'], ['60 % 70 %'], [true], [Number.NaN]])('%p → not-a-percent', (value) => {
    expect(parsePercent(value)).toMatchObject({ ok: false, reason: 'not-a-percent' });
  });

  it('an empty cell is empty, not a bad percent', () => {
    expect(parsePercent('', '0%')).toEqual({ ok: false, reason: 'empty', notes: [] });
  });
});
