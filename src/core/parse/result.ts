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

/**
 * The notes of a cell on which nothing was noticed — nearly every cell — as one
 * shared, frozen array rather than an empty array per cell (a workbook of 100,000
 * rows has about a million cells). Frozen, so a mistaken push fails loudly.
 */
export const NO_NOTES: ParseNote[] = Object.freeze([]) as unknown as ParseNote[];

/**
 * The notes of a cell on which one thing was noticed, one shared frozen array per note: a
 * CSV's every number is text, so each of its numeric cells carries `['number-as-text']`.
 */
const singleNotes = new Map<ParseNote, ParseNote[]>();

function singleNote(note: ParseNote): ParseNote[] {
  let notes = singleNotes.get(note);
  if (!notes) singleNotes.set(note, (notes = Object.freeze([note]) as unknown as ParseNote[]));
  return notes;
}

/** Whole numbers up to this (years such as 2563 included) have one shared result each, per shared notes. */
const SHARED_WHOLE_NUMBER_LIMIT = 10_000;
const sharedNumberResults = new Map<ParseNote[], (ParseResult<number> | undefined)[]>();
const sharedBooleanResults = new Map<boolean, ParseResult<boolean>>();
const sharedFailures = new Map<ParseFailure, ParseResult<never>>();

function frozenResult<T>(value: T, notes: ParseNote[]): ParseResult<T> {
  return Object.freeze({ ok: true as const, value, notes });
}

/**
 * The shared result of a value that repeats down a column — a report number, a progress
 * figure, a fiscal year, yes/no — with no notes or one shared note (`notes`, NO_NOTES or
 * singleNote's); undefined for other values.
 */
function sharedResult<T>(value: T, notes: ParseNote[]): ParseResult<T> | undefined {
  if (typeof value === 'boolean') {
    if (notes !== NO_NOTES) return undefined;
    let result = sharedBooleanResults.get(value);
    if (!result) sharedBooleanResults.set(value, (result = frozenResult(value, notes)));
    return result as ParseResult<T>;
  }
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value >= SHARED_WHOLE_NUMBER_LIMIT || Object.is(value, -0)) return undefined;
  let results = sharedNumberResults.get(notes);
  // Made full length: filled sparsely (a year 2563 before any small number), V8 would keep it as a
  // slow dictionary, and every numeric cell looks here.
  if (!results) sharedNumberResults.set(notes, (results = new Array(SHARED_WHOLE_NUMBER_LIMIT)));
  return (results[value] ??= frozenResult(value, notes)) as ParseResult<T>;
}

/** Results are values: never modified once made, so equal ones may be one shared object. */
export function parsed<T>(value: T, notes: ParseNote[] = NO_NOTES): ParseResult<T> {
  if (notes.length > 1) return { ok: true, value, notes };
  const shared = notes.length === 0 ? NO_NOTES : singleNote(notes[0]);
  return sharedResult(value, shared) ?? { ok: true, value, notes: shared };
}

export function failed<T>(reason: ParseFailure, notes: ParseNote[] = NO_NOTES): ParseResult<T> {
  if (notes.length > 0) return { ok: false, reason, notes: notes.length === 1 ? singleNote(notes[0]) : notes };
  let result = sharedFailures.get(reason);
  if (!result) sharedFailures.set(reason, (result = Object.freeze({ ok: false as const, reason, notes: NO_NOTES })));
  return result;
}
