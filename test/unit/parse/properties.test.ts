import fc from 'fast-check';
import type { CellValue, FieldKind } from '../../../src/core/model';
import {
  cleanText, hasThaiDigits, isDateFormat, isFormulaError, isPercentFormat, isTextFormat, parseAmount, parseCell,
  parseCode, parseCount, parseDate, parseFiscalYear, parsePercent, parseText, parseYesNo, thaiToArabicDigits,
  type ParseFailure, type ParseResult,
} from '../../../src/core/parse';
import { isoToSerial, serialToIso, toIso } from '../../../src/core/parse/calendar';
import { formatDateThai, formatDateThaiShort } from '../../../src/core/format';

const KINDS: FieldKind[] = ['code', 'text', 'year', 'date', 'amount', 'percent', 'count', 'yesno'];
const FAILURES: ParseFailure[] = [
  'empty', 'formula-error', 'not-a-date', 'impossible-date', 'not-a-number', 'not-a-percent', 'not-yes-no', 'not-a-year', 'not-a-count',
];

/** Thai block U+0E00..U+0E7F (letters, vowels, digits ๐–๙), plus the spaces and marks parsers look for. */
const thaiChar = fc.oneof(
  fc.integer({ min: 0x0e00, max: 0x0e7f }).map((code) => String.fromCharCode(code)),
  fc.constantFrom(' ', '\u00A0', '\u200B', '\uFEFF', '/', '-', '.', ',', '%', '(', ')', ':', 'T', 'Z', '#', '!'),
);
/** Fragments that drive the parsers down their deeper paths when glued together. */
const fragment = fc.oneof(
  fc.constantFrom('1,918,000', '.-', ' บาท', ' ล้าน', '(', ')', '-', '19/10/', '2562', '63', '2019-10-01', ' 00:00:00',
    'พ.ค.', 'พฤษภาคม', 'Oct', 'วันที่ ', 'ร้อยละ', '%', 'ครั้งที่', 'พ.ศ.', 'ปีงบประมาณ', '#REF!', '๑๙', 'ใช่', '✔️'),
  fc.integer({ min: -99999, max: 99999 }).map(String),
);
const anyText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: thaiChar }),
  fc.array(fragment, { maxLength: 6 }).map((parts) => parts.join('')),
);
const anyCell: fc.Arbitrary<CellValue> = fc.oneof(
  anyText,
  fc.double(),
  fc.integer(),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0, 43739, 2563, 60, 61),
  fc.boolean(),
  fc.constant(null),
);
const anyFormat = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.constantFrom('General', '', '@', '0%', '0.00%', 'd/m/yyyy', '[$-th-TH,107]d mmm yyyy', '[$-107041E]d/m/yyyy', 'bbbb-mm-dd', '"%"0', '[', '"'),
);

function expectWellFormed(result: ParseResult<unknown>): void {
  expect(Array.isArray(result.notes)).toBe(true);
  if (result.ok) expect('value' in result).toBe(true);
  else expect(FAILURES).toContain(result.reason);
}

describe('no parser throws, and each answers a value or a reason', () => {
  it('parseCell, every kind', () => {
    fc.assert(fc.property(fc.constantFrom(...KINDS), anyCell, anyFormat, (kind, value, format) => {
      expectWellFormed(parseCell(kind, value, format));
    }), { numRuns: 2000 });
  });

  it('each parser on its own', () => {
    fc.assert(fc.property(anyCell, anyFormat, (value, format) => {
      for (const result of [
        parseText(value), parseCode(value), parseAmount(value), parsePercent(value, format), parseDate(value, format),
        parseFiscalYear(value), parseCount(value), parseYesNo(value),
      ]) expectWellFormed(result);
      expect(typeof isFormulaError(value)).toBe('boolean');
    }), { numRuns: 2000 });
  });

  it('the text and format helpers', () => {
    fc.assert(fc.property(anyText, anyFormat, (text, format) => {
      expect(typeof cleanText(text).text).toBe('string');
      expect(hasThaiDigits(thaiToArabicDigits(text))).toBe(false);
      for (const answer of [isDateFormat(format), isPercentFormat(format), isTextFormat(format)]) expect(typeof answer).toBe('boolean');
    }));
  });
});

describe('long text (Excel allows 32,767 characters) is read without runaway backtracking', () => {
  const LONGEST_CELL = 32_767;
  const fill = (unit: string, before = '', after = '') =>
    before + unit.repeat(Math.floor((LONGEST_CELL - before.length - after.length) / unit.length)) + after;
  it.each([
    ['spaces between digits and a letter', fill(' ', '1', 'x')],
    ['spaces before a Thai letter', fill(' ', '1', 'บ')],
    ['spaces after ร้อยละ', fill(' ', 'ร้อยละ', 'x')],
    ['spaces after a year prefix', fill(' ', 'ปีงบประมาณ', 'x')],
    ['digits and spaces', fill('1 ', '', 'x')],
    ['digits', fill('1', '', 'x')],
    ['dots', fill('1.', '', 'x')],
    ['commas', fill('1,')],
    ['Thai letters and spaces', fill('ก ', '', '1')],
    ['nested parentheses', `${'('.repeat(16_000)}1${')'.repeat(16_000)}`],
  ])('%s', (_shape, text) => {
    const started = Date.now();
    for (const kind of KINDS) expectWellFormed(parseCell(kind, text, 'General'));
    expect(Date.now() - started).toBeLessThan(1000);
  });
});

/** Real dates 1900–2200 as ISO. */
const isoDate = fc
  .date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2200, 11, 31)), noInvalidDate: true })
  .map((d) => ({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), iso: toIso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()) }));

describe('dates round-trip between the eras and through serials', () => {
  it('d/m/(year + 543) reads back as the same day, written in BE', () => {
    fc.assert(fc.property(isoDate, fc.boolean(), ({ year, month, day, iso }, padded) => {
      const pad = (n: number) => (padded ? String(n).padStart(2, '0') : String(n));
      expect(parseDate(`${pad(day)}/${pad(month)}/${year + 543}`)).toEqual({ ok: true, value: { iso, form: 'text-be' }, notes: [] });
    }));
  });

  it('yyyy-mm-dd reads back as the same day, written in CE', () => {
    fc.assert(fc.property(isoDate, ({ iso }) => {
      expect(parseDate(iso)).toEqual({ ok: true, value: { iso, form: 'text-ce' }, notes: [] });
    }));
  });

  it('Intl\'s Thai long and short dates read back (our month table agrees with Intl)', () => {
    fc.assert(fc.property(isoDate, ({ iso }) => {
      expect(parseDate(formatDateThai(iso))).toEqual({ ok: true, value: { iso, form: 'text-be' }, notes: [] });
      expect(parseDate(formatDateThaiShort(iso))).toEqual({ ok: true, value: { iso, form: 'text-be' }, notes: [] });
    }));
  });

  it('iso → serial → iso, and a serial in a date cell reads as that day', () => {
    fc.assert(fc.property(isoDate.filter(({ iso }) => iso >= '1900-03-01'), ({ iso }) => {
      const serial = isoToSerial(iso);
      expect(serialToIso(serial)).toBe(iso);
      expect(parseDate(serial, 'd/m/yyyy')).toEqual({ ok: true, value: { iso, form: 'date-cell' }, notes: [] });
    }));
  });

  it('serial → iso → serial', () => {
    fc.assert(fc.property(fc.integer({ min: 61, max: 2_958_465 }), (serial) => {
      expect(isoToSerial(serialToIso(serial)!)).toBe(serial);
    }));
  });
});

/** Whole baht and baht-and-satang amounts. */
const wholeBaht = fc.integer({ min: -1e12, max: 1e12 });
const bahtAndSatang = fc.integer({ min: -1e12, max: 1e12 }).map((satang) => satang / 100);
const english = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const thaiDigits = new Intl.NumberFormat('th-TH-u-nu-thai', { useGrouping: true, maximumFractionDigits: 2 });

describe('formatted amounts read back as the number', () => {
  it('en-US grouping, with or without " บาท"', () => {
    fc.assert(fc.property(fc.oneof(wholeBaht, bahtAndSatang), fc.constantFrom('', ' บาท'), (amount, unit) => {
      expect(parseAmount(`${english.format(amount)}${unit}`)).toEqual({ ok: true, value: amount + 0, notes: ['number-as-text'] });
    }));
  });

  it('whole amounts with ".-", with or without " บาท"', () => {
    fc.assert(fc.property(wholeBaht, fc.constantFrom('', ' บาท'), (amount, unit) => {
      expect(parseAmount(`${english.format(amount)}.-${unit}`)).toMatchObject({ ok: true, value: amount + 0 });
    }));
  });

  it('Thai digits with grouping', () => {
    fc.assert(fc.property(fc.oneof(wholeBaht, bahtAndSatang), (amount) => {
      const text = thaiDigits.format(amount);
      expect(parseAmount(text)).toEqual({
        ok: true, value: amount + 0, notes: hasThaiDigits(text) ? ['thai-digits', 'number-as-text'] : ['number-as-text'],
      });
    }));
  });
});

describe('amounts in millions read back without float error', () => {
  it('`${k / 1000} ล้านบาท` → k × 1000', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 10_000_000 }), (thousands) => {
      expect(parseAmount(`${(thousands / 1000).toFixed(3)} ล้านบาท`)).toMatchObject({ ok: true, value: thousands * 1000 });
    }));
  });
});

describe('formatted percents read back', () => {
  it('a fraction in a percent-formatted cell is read ×100 without float error', () => {
    fc.assert(fc.property(fc.integer({ min: -10_000, max: 20_000 }), (hundredths) => {
      expect(parsePercent(hundredths / 10_000, '0.00%')).toEqual({ ok: true, value: hundredths / 100 + 0, notes: [] });
    }));
  });


  it('`${n.toFixed(2)} %` → n', () => {
    fc.assert(fc.property(fc.integer({ min: -10_000, max: 20_000 }).map((hundredths) => hundredths / 100), (percent) => {
      expect(parsePercent(`${percent.toFixed(2)} %`)).toEqual({ ok: true, value: percent + 0, notes: ['number-as-text'] });
    }));
  });
});
