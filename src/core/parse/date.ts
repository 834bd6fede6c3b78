import type { CellValue } from '../model';
import { remembered } from '../remembered';
import { beToCe, ceToBe, isRealDate, serialToIso, toIso } from './calendar';
import { isDateFormat } from './number-format';
import { failed, NO_NOTES, parsed, type DateForm, type ParseNote, type ParseResult, type ParsedDate } from './result';
import { prepareCell } from './text';
import { COMMON_ERA_YEARS, fromTwoDigitYear } from './year';

/** Above this a four-digit year is Buddhist Era (DESIGN §4). */
const BUDDHIST_ERA_ABOVE = 2400;
/** The last plausible BE year: the same day as the last plausible CE year. */
const LAST_PLAUSIBLE_BE_YEAR = ceToBe(COMMON_ERA_YEARS.max);

type Era = 'be' | 'ce';

/** A date as the text wrote it, before its era is known. */
interface WrittenDate {
  day: number;
  month: number;
  year: number;
  twoDigitYear: boolean;
  /** How a two-digit year is completed: Thai and numeric dates mean 25yy BE, English ones 20yy CE. */
  twoDigitEra: Era;
}

/** An optional time after a date: ' 00:00', ' 00:00:00', 'T00:00:00.000Z', ' 09:30 น.'. */
const TIME = String.raw`(?:(?:\s+|T)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2}|น\.)?)?`;
/** '2019-10-01', '2020-3-18 00:00:00', '2563/10/19'. */
const YEAR_FIRST = new RegExp(String.raw`^(\d{4})\s*([-/.])\s*(\d{1,2})\s*\2\s*(\d{1,2})${TIME}$`);
/** '19/10/2562', '1-10-62', '19.10.2019'. */
const DAY_FIRST = new RegExp(String.raw`^(\d{1,2})\s*([-/.])\s*(\d{1,2})\s*\2\s*(\d{4}|\d{2})${TIME}$`);
/**
 * '25 พฤษภาคม 2563', '25 พ.ค.2563', '25 พฤษภาคม พ.ศ. 2563', '19 Oct 2019'. The spaces stay inside the
 * month word (readMonthName drops them): separate `\s*` around it would backtrack cubically on long text.
 */
const DAY_MONTH_NAME_YEAR = /^(\d{1,2})(\D+)(\d{4}|\d{2})$/;
/** 'October 19, 2019'. */
const MONTH_NAME_DAY_YEAR = /^([a-z]+\.?)\s*(\d{1,2}),?\s*(\d{4})$/i;
/** 'วันที่ 25 …', 'วันจันทร์ที่ 25 …'. */
const DAY_PREFIX = /^วัน[\u0E00-\u0E7F]*?ที่\s*/;

/** Month names as written, compared without dots, spaces, commas, dashes or slashes; index + 1 is the month. */
const THAI_MONTHS: readonly (readonly string[])[] = [
  ['มกราคม', 'มค'], ['กุมภาพันธ์', 'กพ'], ['มีนาคม', 'มีค'], ['เมษายน', 'เมย'], ['พฤษภาคม', 'พค'],
  ['มิถุนายน', 'มิย'], ['กรกฎาคม', 'กรกฏาคม', 'กค'], ['สิงหาคม', 'สค'], ['กันยายน', 'กย'], ['ตุลาคม', 'ตค'],
  ['พฤศจิกายน', 'พย'], ['ธันวาคม', 'ธค'],
];
const ENGLISH_MONTHS: readonly (readonly string[])[] = [
  ['january', 'jan'], ['february', 'feb'], ['march', 'mar'], ['april', 'apr'], ['may'], ['june', 'jun'],
  ['july', 'jul'], ['august', 'aug'], ['september', 'sep', 'sept'], ['october', 'oct'], ['november', 'nov'],
  ['december', 'dec'],
];

function monthTable(names: readonly (readonly string[])[], era: Era): Map<string, { month: number; era: Era }> {
  return new Map(names.flatMap((spellings, index) => spellings.map((s) => [s, { month: index + 1, era }] as const)));
}
const MONTH_BY_NAME = new Map([...monthTable(THAI_MONTHS, 'be'), ...monthTable(ENGLISH_MONTHS, 'ce')]);

/** 'พ.ค.', 'พฤษภาคม พ.ศ.', 'Oct' → month and the era a two-digit year would be in. */
function readMonthName(word: string): { month: number; era: Era } | undefined {
  const key = word.toLowerCase().replace(/[\s.,\-/]/g, '');
  const era = /พศ$/.test(key) ? 'be' : /คศ$/.test(key) ? 'ce' : undefined;
  const found = MONTH_BY_NAME.get(era ? key.slice(0, -2) : key);
  return found && { month: found.month, era: era ?? found.era };
}

function writtenDate(day: string, month: number, year: string, twoDigitEra: Era): WrittenDate {
  return { day: Number(day), month, year: Number(year), twoDigitYear: year.length === 2, twoDigitEra };
}

/** The date a text writes, in any accepted shape; undefined when it is none of them. */
function readWrittenDate(text: string): WrittenDate | undefined {
  let match = YEAR_FIRST.exec(text);
  if (match) return writtenDate(match[4], Number(match[3]), match[1], 'be');
  match = DAY_FIRST.exec(text);
  if (match) return writtenDate(match[1], Number(match[3]), match[4], 'be');
  match = DAY_MONTH_NAME_YEAR.exec(text);
  const named = match && readMonthName(match[2]);
  if (match && named) return writtenDate(match[1], named.month, match[3], named.era);
  match = MONTH_NAME_DAY_YEAR.exec(text);
  const leading = match && readMonthName(match[1]);
  if (match && leading) return writtenDate(match[2], leading.month, match[3], leading.era);
  return undefined;
}

/**
 * The CE year a written year means: > 2400 is BE, 1900–2300 CE, two digits 25yy BE
 * (or 20yy with an English month); anything else is a best guess, noted.
 */
function resolveEra(written: WrittenDate): { ceYear: number; form: DateForm; notes: ParseNote[] } {
  const { year } = written;
  if (written.twoDigitYear) {
    return written.twoDigitEra === 'be'
      ? { ceYear: beToCe(fromTwoDigitYear(year)), form: 'text-be', notes: ['two-digit-year'] }
      : { ceYear: 2000 + year, form: 'text-ce', notes: ['two-digit-year'] };
  }
  if (year >= COMMON_ERA_YEARS.min && year <= COMMON_ERA_YEARS.max) return { ceYear: year, form: 'text-ce', notes: [] };
  if (year > BUDDHIST_ERA_ABOVE) {
    return { ceYear: beToCe(year), form: 'text-be', notes: year <= LAST_PLAUSIBLE_BE_YEAR ? [] : ['implausible-year'] };
  }
  return { ceYear: year, form: 'text-ce', notes: ['implausible-year'] };
}

function readDateText(text: string, notes: ParseNote[]): ParseResult<ParsedDate> {
  const written = readWrittenDate(text.replace(DAY_PREFIX, ''));
  if (!written) return failed('not-a-date', notes);
  const { ceYear, form, notes: eraNotes } = resolveEra(written);
  const allNotes = [...notes, ...eraNotes];
  if (!isRealDate(ceYear, written.month, written.day)) return failed('impossible-date', allNotes);
  return parsed({ iso: toIso(ceYear, written.month, written.day), form }, allNotes);
}

/** A whole number that reads as a year (CE 1900–2300 or BE up to 2843), as typed into a General cell. */
function looksLikeYear(value: number): boolean {
  return Number.isInteger(value) && value >= COMMON_ERA_YEARS.min && value <= LAST_PLAUSIBLE_BE_YEAR;
}

function readSerialAsIs(serial: number, notes: ParseNote[]): ParseResult<ParsedDate> {
  const iso = serialToIso(serial);
  return iso === undefined ? failed('not-a-date', notes) : parsed({ iso, form: 'date-cell' }, notes);
}

/**
 * The result of a whole-day date cell without notes, made once per day: a workbook's
 * date cells share a few hundred days, and results are values, so the cells of one day
 * share one frozen result.
 */
const wholeDayResult = remembered((serial: number) => deepFreeze(readSerialAsIs(serial, NO_NOTES)), 10_000);

function deepFreeze(result: ParseResult<ParsedDate>): ParseResult<ParsedDate> {
  if (result.ok) Object.freeze(result.value);
  return Object.freeze(result);
}

function readSerial(serial: number, numberFormat: string, notes: ParseNote[]): ParseResult<ParsedDate> {
  if (!isDateFormat(numberFormat) && looksLikeYear(serial)) return failed('not-a-date', notes);
  return notes.length === 0 && Number.isInteger(serial) ? wholeDayResult(serial) : readSerialAsIs(serial, notes);
}

/**
 * A date, as an ISO day and the form it was written in. Numbers are Excel serials whatever the
 * display format (Thai-calendar formats included); text may be d/m/yyyy (BE or CE), ISO, or use
 * Thai or English month names.
 * `parseDate('19/10/2562')` → `{ iso: '2019-10-19', form: 'text-be' }`;
 * `parseDate(43739, '[$-th-TH,107]d mmm yyyy')` → `{ iso: '2019-10-01', form: 'date-cell' }`.
 */
export function parseDate(value: CellValue, numberFormat = 'General'): ParseResult<ParsedDate> {
  // A number needs no preparing (prepareCell would only wrap it in a result to unwrap here):
  // most date cells of a large sheet are numbers.
  if (typeof value === 'number') return readSerial(value, numberFormat, NO_NOTES);
  const cell = prepareCell(value, 'convert-thai-digits');
  if (!cell.ok) return failed(cell.reason, cell.notes);
  const { value: prepared, notes } = cell;
  if (typeof prepared === 'boolean') return failed('not-a-date', notes);
  if (typeof prepared === 'number') return readSerial(prepared, numberFormat, notes);
  return readDateText(prepared, notes);
}
