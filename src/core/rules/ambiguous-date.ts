import { formatBeDate, formatDateEnglish, formatDateThai } from '../format';
import type { Field, IsoDate } from '../model';
import { beToCe } from '../parse/calendar';
import type { ParsedDate } from '../parse/result';
import type { FieldCell } from '../table/types';
import { cellFinding, fieldsOfKind, forEachNoteworthyCell, hasNote, labelOf, shownValue } from './cells';
import { defineRule, type Finding } from './rule';

const DATE_AND_YEAR_FIELDS = fieldsOfKind('date', 'year');

/** What the parser read a doubtful cell as: a date or a fiscal year (BE). */
type Reading = { kind: 'date'; iso: IsoDate } | { kind: 'year'; year: number };

interface AmbiguousDateParams {
  field: Field;
  value: string;
  /** A two-digit year has one clear guess (25yy BE); an implausible year has none. */
  doubt: 'two-digit-year' | 'implausible-year';
  reading: Reading;
}

function readingOf(cell: FieldCell): Reading | undefined {
  const { result } = cell;
  if (!result.ok) return undefined;
  if (typeof result.value === 'number') return { kind: 'year', year: result.value };
  const date = result.value as ParsedDate;
  return typeof date?.iso === 'string' ? { kind: 'date', iso: date.iso } : undefined;
}

/** The cell's new value when the guess is clear: `25/5/2563` for a date, `2563` for a fiscal year. */
function clearGuess(params: AmbiguousDateParams): string | number | undefined {
  if (params.doubt !== 'two-digit-year') return undefined;
  return params.reading.kind === 'date' ? formatBeDate(params.reading.iso) : params.reading.year;
}

function readAsThai(reading: Reading): string {
  return reading.kind === 'date' ? formatDateThai(reading.iso) : `พ.ศ. ${reading.year}`;
}

function readAsEnglish(reading: Reading): string {
  return reading.kind === 'date'
    ? `${formatDateEnglish(reading.iso)} (${formatBeDate(reading.iso)})`
    : `${reading.year} BE (${beToCe(reading.year)} CE)`;
}

/**
 * A date or fiscal year whose year was guessed: written with two digits
 * (`25 พ.ค. 63`), or fitting neither era plausibly (DESIGN §5 `ambiguous-date`).
 * Only readable cells: an unreadable one is already `invalid-date`.
 */
export const ambiguousDate = defineRule<AmbiguousDateParams>({
  id: 'ambiguous-date',
  severity: 'warning',
  fields: DATE_AND_YEAR_FIELDS,
  check(context) {
    const findings: Finding<AmbiguousDateParams>[] = [];
    forEachNoteworthyCell(context, DATE_AND_YEAR_FIELDS, (cell, row, table) => {
      const doubt = hasNote(cell, 'two-digit-year') ? 'two-digit-year' : hasNote(cell, 'implausible-year') ? 'implausible-year' : undefined;
      const reading = doubt && readingOf(cell);
      if (!doubt || !reading) return;
      const params: AmbiguousDateParams = { field: cell.field, value: shownValue(cell.raw), doubt, reading };
      findings.push(cellFinding({ table, row, cell }, params, clearGuess(params)));
    }, { result: (result) => result.notes.includes('two-digit-year') || result.notes.includes('implausible-year') });
    return findings;
  },
  message: {
    th: (p) => p.doubt === 'two-digit-year'
      ? `${labelOf(p.field, 'th')} "${p.value}" เขียนปีเป็นเลขสองหลัก จึงอ่านเป็น ${readAsThai(p.reading)} ซึ่งอาจไม่ใช่ปีที่ตั้งใจ`
      : `${labelOf(p.field, 'th')} "${p.value}" มีปีที่ไม่น่าจะเป็นได้ทั้ง พ.ศ. และ ค.ศ. จึงอ่านได้เพียงคาดเดาเป็น ${readAsThai(p.reading)}`,
    en: (p) => p.doubt === 'two-digit-year'
      ? `The ${labelOf(p.field, 'en')} "${p.value}" has a two-digit year and was read as ${readAsEnglish(p.reading)}, which may not be the year meant`
      : `The ${labelOf(p.field, 'en')} "${p.value}" has a year that fits neither the Buddhist nor the Common era; it was only guessed as ${readAsEnglish(p.reading)}`,
  },
  fix: {
    th: (p) => {
      const guess = clearGuess(p);
      if (guess === undefined) return 'ตรวจสอบปีแล้วกรอกวันที่ในรูปแบบ วัน/เดือน/ปี พ.ศ. เช่น 19/10/2562';
      return p.reading.kind === 'date' ? `กรอกปี พ.ศ. ให้ครบสี่หลัก: ${guess}` : `กรอกปีงบประมาณเป็น พ.ศ. สี่หลัก: ${guess}`;
    },
    en: (p) => {
      const guess = clearGuess(p);
      if (guess === undefined) return 'Check the year and enter the date as d/m/yyyy in the Buddhist era, e.g. 19/10/2562';
      return `Write the full four-digit Buddhist-era year: ${guess}`;
    },
  },
});
