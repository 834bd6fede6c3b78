import type { IsoDate } from '../model';

/**
 * Something noticed while reading a cell that did not stop it being read;
 * the cell rules of DESIGN §5 report these (they never re-parse a cell).
 */
export type ParseNote =
  | 'thai-digits'        // Thai digits were converted (thai-digits)
  | 'number-as-text'     // a number, amount or percent came from a text cell (number-as-text)
  | 'stray-whitespace'   // leading/trailing/zero-width spaces (stray-whitespace)
  | 'two-digit-year'     // a date or fiscal year with a two-digit year (ambiguous-date)
  | 'implausible-year'   // a year that fits neither era plausibly (ambiguous-date)
  | 'fraction-percent';  // a plain number ≤ 1 in a general-format percent cell; scale unknown

/** Why a cell could not be read. */
export type ParseFailure =
  | 'empty'
  | 'formula-error'
  | 'not-a-date'
  | 'impossible-date'   // e.g. 31/02/2563
  | 'not-a-number'
  | 'not-a-percent'
  | 'not-yes-no'
  | 'not-a-year'
  | 'not-a-count';

/** A parser's answer: a value or a reason, never an exception. */
export type ParseResult<T> =
  | { ok: true; value: T; notes: ParseNote[] }
  | { ok: false; reason: ParseFailure; notes: ParseNote[] };

/** How a date was written: a real date cell, or text with a Buddhist-era or Common-era year. */
export type DateForm = 'date-cell' | 'text-be' | 'text-ce';

export interface ParsedDate {
  iso: IsoDate;
  form: DateForm;
}

export function parsed<T>(value: T, notes: ParseNote[] = []): ParseResult<T> {
  return { ok: true, value, notes };
}

export function failed<T>(reason: ParseFailure, notes: ParseNote[] = []): ParseResult<T> {
  return { ok: false, reason, notes };
}
