import type { CellValue } from '../model';
import { failed, parsed, type ParseResult } from './result';
import { prepareCell } from './text';

/** A plain decimal: optional sign, digits with or without (correct) thousands commas, optional fraction. */
const DECIMAL = /^([-+\u2212\u2013]?)\s*((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+)$/;

/**
 * Reads a plain decimal, optionally scaled by a power of ten without float error;
 * undefined when the text is anything else.
 * `readDecimal('-1,918,000.50')` → -1918000.5; `readDecimal('1.918', 6)` → 1918000.
 */
export function readDecimal(text: string, powerOfTen = 0): number | undefined {
  const match = DECIMAL.exec(text);
  if (!match) return undefined;
  // Scaling in the exponent of the literal keeps '1.918' × 10⁶ exactly 1918000.
  const magnitude = Number(`${match[2].replace(/,/g, '')}e${powerOfTen}`);
  if (!Number.isFinite(magnitude)) return undefined;
  const negative = match[1] !== '' && match[1] !== '+';
  return negative && magnitude !== 0 ? -magnitude : magnitude;
}

/** A dash alone: accounting formats show zero this way, and forms use it for "none". */
const LONE_DASH = /^[-\u2012-\u2015\u2212]$/;
/** Accounting negatives, the unit possibly inside or after: '(1,000)', '(1,000 บาท)', '(1,000) บาท'. */
const PARENTHESISED = /^\(([^()]*)\)(.*)$/;
// Suffixes carry no leading `\s*`: unanchored, it would rescan long runs of spaces (quadratic); trimEnd does it.
const BAHT_SUFFIX = /(?:บาท|บ\.)$/;
const MILLION_SUFFIX = /ล้าน$/;
const BAHT_SIGN_PREFIX = /^฿/;
/** '1,918,000.-' — the dash says "no satang". */
const NO_SATANG_SUFFIX = /\.-$/;

/**
 * The amount a text states, in baht; undefined when it states none.
 * `readAmountText('1.918 ล้านบาท')` → 1918000; `readAmountText('(1,000)')` → -1000; `readAmountText('-')` → 0.
 */
export function readAmountText(text: string): number | undefined {
  if (LONE_DASH.test(text)) return 0;
  const parenthesised = PARENTHESISED.exec(text);
  if (parenthesised) {
    const inner = readAmountText(`${parenthesised[1]} ${parenthesised[2]}`.trim());
    if (inner === undefined || inner < 0) return undefined;
    return inner === 0 ? 0 : -inner;
  }
  let rest = text.replace(BAHT_SUFFIX, '').trimEnd();
  const inMillions = MILLION_SUFFIX.test(rest);
  rest = rest.replace(MILLION_SUFFIX, '').trimEnd().replace(NO_SATANG_SUFFIX, '').replace(BAHT_SIGN_PREFIX, '').trim();
  return readDecimal(rest, inMillions ? 6 : 0);
}

/**
 * An amount of baht. Numbers as they are; text such as '1,918,000.-', '1,918,000 บาท',
 * '1.918 ล้านบาท', '(1,000)' or '-' is read with the note 'number-as-text'.
 * `parseAmount('1,918,000 บาท')` → 1918000 (note 'number-as-text').
 */
export function parseAmount(value: CellValue): ParseResult<number> {
  // A number is read as it is, without going through prepareCell.
  if (typeof value === 'number') return Number.isFinite(value) ? parsed(value) : failed('not-a-number');
  const cell = prepareCell(value, 'convert-thai-digits');
  if (!cell.ok) return failed(cell.reason, cell.notes);
  const { value: prepared, notes } = cell;
  // A number is read as it is: prepareCell's result already says so.
  if (typeof prepared === 'number') return Number.isFinite(prepared) ? (cell as ParseResult<number>) : failed('not-a-number', notes);
  if (typeof prepared === 'boolean') return failed('not-a-number', notes);
  const amount = readAmountText(prepared);
  return amount === undefined ? failed('not-a-number', notes) : parsed(amount, [...notes, 'number-as-text']);
}
