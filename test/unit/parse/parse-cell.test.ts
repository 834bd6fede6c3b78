import type { FieldKind } from '../../../src/core/model';
import { parseCell } from '../../../src/core/parse';

describe('parseCell', () => {
  it.each([
    ['code', '๐๓๐๐๐๐๐๐-๒๔๕๗', 'General', '03000000-2457', ['thai-digits']],
    ['text', ' ถนน ', 'General', 'ถนน', ['stray-whitespace']],
    ['year', '๒๕๖๓', 'General', 2563, ['thai-digits', 'number-as-text']],
    ['date', 43739, '[$-th-TH,107]d mmm yyyy', { iso: '2019-10-01', form: 'date-cell' }, []],
    ['date', '19/10/2562', 'General', { iso: '2019-10-19', form: 'text-be' }, []],
    ['amount', '1,918,000 บาท', 'General', 1918000, ['number-as-text']],
    ['percent', 0.45, '0%', 45, []],
    ['percent', 0.6, 'General', 0.6, ['fraction-percent']],
    ['count', 'ครั้งที่ 3', 'General', 3, ['number-as-text']],
    ['yesno', 'เป็นไปตามแผน', 'General', true, []],
  ] as const)('%s %p (%p) → %p', (kind, value, format, expected, notes) => {
    expect(parseCell(kind, value, format)).toEqual({ ok: true, value: expected, notes });
  });

  const KINDS: FieldKind[] = ['code', 'text', 'year', 'date', 'amount', 'percent', 'count', 'yesno'];

  it.each(KINDS)('%s: empty and formula errors fail the same way for every kind', (kind) => {
    expect(parseCell(kind, '', 'General')).toEqual({ ok: false, reason: 'empty', notes: [] });
    expect(parseCell(kind, null, 'General')).toEqual({ ok: false, reason: 'empty', notes: [] });
    expect(parseCell(kind, ' \u00A0 ', 'General')).toEqual({ ok: false, reason: 'empty', notes: [] });
    expect(parseCell(kind, '#REF!', 'General')).toEqual({ ok: false, reason: 'formula-error', notes: [] });
    expect(parseCell(kind, '#DIV/0! ', 'General')).toEqual({ ok: false, reason: 'formula-error', notes: ['stray-whitespace'] });
  });
});
