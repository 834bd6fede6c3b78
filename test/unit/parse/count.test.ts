import { parseCount } from '../../../src/core/parse/count';

describe('parseCount', () => {
  it.each([
    [3, 3, []],
    [0, 0, []],
    ['3', 3, ['number-as-text']],
    [' 3 ', 3, ['stray-whitespace', 'number-as-text']],
    ['๓', 3, ['thai-digits', 'number-as-text']],
    ['ครั้งที่ 3', 3, ['number-as-text']],
    ['ครั้งที่3', 3, ['number-as-text']],
    ['รายงานครั้งที่ 12', 12, ['number-as-text']],
  ] as const)('%p → %p', (value, count, notes) => {
    expect(parseCount(value)).toEqual({ ok: true, value: count, notes });
  });

  it.each([[2.5], [-1], ['3/2563'], ['3.0'], ['สาม'], ['ครั้งที่'], [true], [Number.NaN], ['99999999999999999999']])(
    '%p → not-a-count',
    (value) => {
      expect(parseCount(value)).toMatchObject({ ok: false, reason: 'not-a-count' });
    },
  );
});
