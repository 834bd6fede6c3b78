import type { CellValue } from '../model';
import { isFormulaError } from './formula-error';
import { failed, NO_NOTES, parsed, type ParseNote, type ParseResult } from './result';
import { hasThaiDigits, thaiToArabicDigits } from './thai-digits';

/** Characters that take no space yet make two equal-looking texts differ (U+200B..U+200D, U+2060, U+FEFF). */
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;
const NO_BREAK_SPACE = /\u00A0/g;
/** What may need preparing inside a text: an error's '#', invisible or no-break spaces, Thai digits. */
const MAY_NEED_PREPARING = /[#\u00A0\u200B-\u200D\u2060\uFEFF\u0E50-\u0E59]/;

/**
 * Trims and removes zero-width characters, turning no-break spaces into plain ones;
 * notes 'stray-whitespace' when anything changed.
 * `cleanText(' 1,000\u200B')` → `{ text: '1,000', notes: ['stray-whitespace'] }`.
 */
export function cleanText(text: string): { text: string; notes: ParseNote[] } {
  const cleaned = text.replace(ZERO_WIDTH, '').replace(NO_BREAK_SPACE, ' ').trim();
  return { text: cleaned, notes: cleaned === text ? NO_NOTES : ['stray-whitespace'] };
}

/** Whether a kind reads Thai digits as Arabic ones (all but free text do). */
export type ThaiDigitHandling = 'convert-thai-digits' | 'keep-thai-digits';

/**
 * The rules every kind shares (parse contract), run before a kind's own reading:
 * empty → 'empty'; an Excel error → 'formula-error'; text cleaned of stray
 * whitespace and, when asked, its Thai digits made Arabic — each with its note.
 * `prepareCell(' ๖๐ %', 'convert-thai-digits')` → `'60 %'` with notes ['stray-whitespace', 'thai-digits'].
 */
export function prepareCell(value: CellValue, thaiDigits: ThaiDigitHandling): ParseResult<string | number | boolean> {
  if (typeof value === 'number' || typeof value === 'boolean') return parsed(value);
  // Anything else that is not text (null, or undefined from a sparse row) holds nothing.
  if (typeof value !== 'string') return failed('empty');
  // Most text is ready as it is: one scan and a trim (which returns the same text) tell.
  if (value !== '' && value.trim() === value && !MAY_NEED_PREPARING.test(value)) return parsed(value);
  const { text, notes } = cleanText(value);
  if (text === '') return failed('empty');
  if (isFormulaError(text)) return failed('formula-error', notes);
  if (thaiDigits === 'convert-thai-digits' && hasThaiDigits(text)) {
    return parsed(thaiToArabicDigits(text), [...notes, 'thai-digits']);
  }
  return parsed(text, notes);
}

/** A free-text cell: `parseText(' ปรับปรุงถนน ')` → 'ปรับปรุงถนน' (note 'stray-whitespace'); numbers become text. */
export function parseText(value: CellValue): ParseResult<string> {
  return asString(value, 'keep-thai-digits');
}

/** A project code: `parseCode('๐๓๐๐๐๐๐๐-๒๔๕๗')` → '03000000-2457' (note 'thai-digits'); `parseCode(3000)` → '3000'. */
export function parseCode(value: CellValue): ParseResult<string> {
  return asString(value, 'convert-thai-digits');
}

function asString(value: CellValue, thaiDigits: ThaiDigitHandling): ParseResult<string> {
  const cell = prepareCell(value, thaiDigits);
  if (!cell.ok) return failed(cell.reason, cell.notes);
  // Text is already the answer: no second result per cell.
  if (typeof cell.value === 'string') return cell as ParseResult<string>;
  return parsed(String(cell.value), cell.notes);
}
