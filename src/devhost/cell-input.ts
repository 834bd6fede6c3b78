/**
 * What Excel stores when a value is written to `Range.values`: the value is
 * read as if typed, unless the cell is formatted as Text (`@`).
 *
 * - `=…`, and `+…`, `-…`, `@…` that are not numbers, become formulas (the
 *   Office.js reference for Range.values; DESIGN §7/§8 — set `@` first);
 * - numbers in text (`"1,918,000"`, `"60%"`, `"-5"`) become numbers, with the
 *   number format Excel would pick for them when the cell is General;
 * - `TRUE`/`FALSE` become booleans; ISO (`2020-03-18`) and en-US `m/d/yyyy`
 *   dates become serials. Other locale-shaped dates (`19/10/2562`) stay text,
 *   as the reference for Range.values says.
 * Whatever is not recognised stays text.
 *
 * In a cell formatted as Text, everything written stays text — numbers and
 * booleans too (`5` is stored as "5", a number stored as text), as when typed
 * there: to write a number into a Text cell, set another format first.
 */
import { isRealDate, isoToSerial, toIso } from '../core/parse/calendar';
import type { CellScalar } from './model';

export interface StoredInput {
  value: CellScalar;
  formula?: string;
  /** A number format Excel applies because of how the text looked (only used when the cell is General). */
  impliedFormat?: string;
}

const NUMBER_TEXT = /^([+-])?(\d{1,3}(?:,\d{3})+|\d+)?(?:\.(\d+))?(?:[eE]([+-]?\d+))?(%)?$/;

function numberFromText(text: string): StoredInput | undefined {
  const match = NUMBER_TEXT.exec(text.trim());
  if (!match || (match[2] === undefined && match[3] === undefined)) return undefined;
  const [, sign, whole = '0', fraction, exponent, percent] = match;
  let value = Number(`${whole.replace(/,/g, '')}${fraction ? `.${fraction}` : ''}${exponent ? `e${exponent}` : ''}`);
  if (sign === '-') value = -value;
  if (!Number.isFinite(value)) return undefined;
  const decimals = fraction ? '.' + '0'.repeat(Math.min(fraction.length, 2)) : '';
  if (percent) return { value: value / 100, impliedFormat: `0${decimals}%` };
  if (whole.includes(',')) return { value, impliedFormat: `#,##0${decimals}` };
  return { value };
}

function dateFromText(text: string): StoredInput | undefined {
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text.trim());
  let year: number, month: number, day: number;
  if (match) [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else {
    match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.trim());
    if (!match) return undefined;
    [month, day, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  }
  if (year < 1900 || !isRealDate(year, month, day)) return undefined;
  return { value: isoToSerial(toIso(year, month, day)), impliedFormat: 'm/d/yyyy' };
}

/** True when a string written to `values` would be taken as a formula (unless the cell is Text). */
export function looksLikeFormula(text: string): boolean {
  if (text.length < 2) return false;
  if (text.startsWith('=')) return true;
  return /^[+\-@]/.test(text) && numberFromText(text) === undefined;
}

/** A number as Excel writes it into a Text cell: at most 15 significant digits, `1E+21` beyond. */
function textOfNumber(value: number): string {
  return String(Number(value.toPrecision(15))).replace(/e([+-])(\d)$/, 'E$10$2').replace('e', 'E');
}

/**
 * `storedInput('=SUM(A1:A3)', 'General')` → `{ value: null, formula: '=SUM(A1:A3)' }`;
 * `storedInput('=SUM(A1:A3)', '@')` → `{ value: '=SUM(A1:A3)' }`;
 * `storedInput('1,918,000', 'General')` → `{ value: 1918000, impliedFormat: '#,##0' }`;
 * `storedInput(1918000, '@')` → `{ value: '1918000' }`.
 */
export function storedInput(input: string | number | boolean, numberFormat: string): StoredInput {
  if (typeof input === 'number') return { value: numberFormat === '@' ? textOfNumber(input) : input };
  if (typeof input === 'boolean') return { value: numberFormat === '@' ? (input ? 'TRUE' : 'FALSE') : input };
  if (input === '') return { value: null };
  if (numberFormat === '@') return { value: input };
  if (looksLikeFormula(input)) return { value: null, formula: input.startsWith('=') ? input : `=${input}` };
  const upper = input.trim().toUpperCase();
  if (upper === 'TRUE' || upper === 'FALSE') return { value: upper === 'TRUE' };
  return numberFromText(input) ?? dateFromText(input) ?? { value: input };
}
