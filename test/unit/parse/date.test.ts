import { parseDate } from '../../../src/core/parse/date';

describe('parseDate: real date cells (Excel serials, whatever the display format)', () => {
  it.each([
    [43739, 'd/m/yyyy'],
    [43739, '[$-th-TH,107]d mmm yyyy'],
    [43739, '[$-107041E]d/m/yyyy'],
    [43739, 'bbbb-mm-dd'],
    [43739, 'B2d/m/yyyy'],
    [43739, 'General'],
    [43739.75, 'd/m/yyyy h:mm'],
  ])('%p in %p → 2019-10-01', (serial, format) => {
    expect(parseDate(serial, format)).toEqual({ ok: true, value: { iso: '2019-10-01', form: 'date-cell' }, notes: [] });
  });

  it.each([
    [60, 'd/m/yyyy', 'before 1 March 1900, where Excel invents 29 February'],
    [0, 'd/m/yyyy', 'day zero'],
    [-5, 'General', 'negative'],
    [2563, 'General', 'a BE year typed into a General cell'],
    [2020, 'General', 'a CE year typed into a General cell'],
    [3e6, 'd/m/yyyy', 'past 9999-12-31'],
    [Number.NaN, 'General', 'not a number at all'],
  ])('%p in %p is not a date (%s)', (serial, format) => {
    expect(parseDate(serial, format)).toEqual({ ok: false, reason: 'not-a-date', notes: [] });
  });

  it('takes 2563 in a date-formatted cell as the serial it is (the date rules judge the year 1907)', () => {
    expect(parseDate(2563, 'd/m/yyyy')).toMatchObject({ ok: true, value: { iso: '1907-01-06', form: 'date-cell' } });
  });
});

describe('parseDate: dates written as text', () => {
  it.each([
    ['19/10/2562', '2019-10-19', 'text-be', []],
    ['1/10/2562', '2019-10-01', 'text-be', []],
    ['01-10-2562', '2019-10-01', 'text-be', []],
    ['19.10.2562', '2019-10-19', 'text-be', []],
    ['19/10/2019', '2019-10-19', 'text-ce', []],
    ['19/10/62', '2019-10-19', 'text-be', ['two-digit-year']],
    ['19/10/2562 00:00', '2019-10-19', 'text-be', []],
    ['2020-3-18', '2020-03-18', 'text-ce', []],
    ['2019-10-01 00:00:00', '2019-10-01', 'text-ce', []],
    ['2019-10-01T00:00:00.000Z', '2019-10-01', 'text-ce', []],
    ['2019-10-01T07:00:00', '2019-10-01', 'text-ce', []],
    ['2562-10-01', '2019-10-01', 'text-be', []],
    ['2563/10/19', '2020-10-19', 'text-be', []],
    ['25 พฤษภาคม 2563', '2020-05-25', 'text-be', []],
    ['25 พ.ค. 2563', '2020-05-25', 'text-be', []],
    ['25 พ.ค.2563', '2020-05-25', 'text-be', []],
    ['25 พ.ค 2563', '2020-05-25', 'text-be', []],
    ['25 พค 2563', '2020-05-25', 'text-be', []],
    ['25พฤษภาคม2563', '2020-05-25', 'text-be', []],
    ['25 พ.ค. 63', '2020-05-25', 'text-be', ['two-digit-year']],
    ['1 ต.ค. 2562', '2019-10-01', 'text-be', []],
    ['วันที่ 1 ต.ค. 2562', '2019-10-01', 'text-be', []],
    ['วันอังคารที่ 1 ตุลาคม 2562', '2019-10-01', 'text-be', []],
    ['25 พฤษภาคม พ.ศ. 2563', '2020-05-25', 'text-be', []],
    ['5 กรกฏาคม 2563', '2020-07-05', 'text-be', []],
    ['25 พฤษภาคม 2020', '2020-05-25', 'text-ce', []],
    ['19 Oct 2019', '2019-10-19', 'text-ce', []],
    ['19 October 2019', '2019-10-19', 'text-ce', []],
    ['19-Oct-19', '2019-10-19', 'text-ce', ['two-digit-year']],
    ['October 19, 2019', '2019-10-19', 'text-ce', []],
    ['29/2/2563', '2020-02-29', 'text-be', []],
  ] as const)('%p → %p (%s)', (text, iso, form, notes) => {
    expect(parseDate(text)).toEqual({ ok: true, value: { iso, form }, notes });
  });

  it('reads Thai digits, noting them', () => {
    expect(parseDate('๑๙/๑๐/๒๕๖๒')).toEqual({ ok: true, value: { iso: '2019-10-19', form: 'text-be' }, notes: ['thai-digits'] });
    expect(parseDate('๒๕ พ.ค. ๖๓')).toEqual({
      ok: true, value: { iso: '2020-05-25', form: 'text-be' }, notes: ['thai-digits', 'two-digit-year'],
    });
  });

  it.each([
    ['1/1/2350', '2350-01-01', 'text-ce', 'between the eras: taken as written'],
    ['1/1/1800', '1800-01-01', 'text-ce', 'too early for either era'],
    ['1/1/3000', '2457-01-01', 'text-be', 'too late even as BE'],
  ] as const)('%p → %p (%s) with an implausible-year note: %s', (text, iso, form, _why) => {
    expect(parseDate(text)).toEqual({ ok: true, value: { iso, form }, notes: ['implausible-year'] });
  });

  it.each([
    ['31/02/2563'],
    ['29/2/2562'],
    ['2563-13-01'],
    ['0/10/2562'],
    ['32 ต.ค. 2562'],
    ['10/19/2019'],
  ])('%p looks like a date but is not a real one → impossible-date', (text) => {
    expect(parseDate(text)).toMatchObject({ ok: false, reason: 'impossible-date' });
  });

  it.each([
    ['ไม่ระบุ'], ['2563'], ['19/10'], ['19/10/256'], ['19/10-2562'], ['25 มะม่วง 2563'], ['43739'],
  ])('%p → not-a-date', (text) => {
    expect(parseDate(text)).toEqual({ ok: false, reason: 'not-a-date', notes: [] });
  });

  it('keeps its notes when it fails', () => {
    expect(parseDate(' 31/02/63')).toEqual({ ok: false, reason: 'impossible-date', notes: ['stray-whitespace', 'two-digit-year'] });
  });

  it.each([
    [true, 'not-a-date'], [false, 'not-a-date'], [null, 'empty'], ['', 'empty'], ['  ', 'empty'], ['#REF!', 'formula-error'],
  ] as const)('%p → %p', (value, reason) => {
    expect(parseDate(value)).toMatchObject({ ok: false, reason });
  });
});
