/**
 * Excel's rules for sheet names (DESIGN §8: generated sheets never overwrite
 * a user's sheet; names are unique, ≤ 31 characters, without []:*?/\).
 */

import { takesNoWidth } from './text-measure';

export const MAX_SHEET_NAME_LENGTH = 31;

const FORBIDDEN_CHARACTERS = /[[\]:*?/\\]/g;

/** Cuts to `max` UTF-16 units without splitting a surrogate pair or a Thai consonant from its marks. */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = /[\ud800-\udbff]/.test(text[max - 1]) ? max - 1 : max;
  while (end > 1 && takesNoWidth(text[end])) end--;
  return text.slice(0, end);
}

/**
 * A name Excel accepts for a sheet: forbidden characters become `_`, no
 * apostrophe at either end, at most 31 characters, never empty.
 * `safeSheetName('ผลงาน: ต.ค./2562')` → `ผลงาน_ ต.ค._2562`.
 */
export function safeSheetName(wanted: string, fallback = 'Sheet1'): string {
  // eslint-disable-next-line no-control-regex -- control characters are what this removes: Excel refuses them in a sheet name
  const cleaned = wanted.replace(FORBIDDEN_CHARACTERS, '_').replace(/[\u0000-\u001f]/g, '').trim();
  const trimmed = cut(cleaned, MAX_SHEET_NAME_LENGTH).replace(/^'+|'+$/g, '').trim();
  // "History" is reserved by Excel for change tracking.
  if (trimmed === '' || trimmed.toLowerCase() === 'history') return fallback;
  return trimmed;
}

/**
 * `wanted`, or `wanted (2)`, `wanted (3)`… — the first that no sheet in
 * `taken` has (Excel compares sheet names case-insensitively); always ≤ 31 characters.
 * `uniqueSheetName('Issues', ['Issues'])` → `Issues (2)`.
 */
export function uniqueSheetName(wanted: string, taken: Iterable<string>): string {
  const used = new Set([...taken].map((name) => name.toLowerCase()));
  const base = safeSheetName(wanted);
  if (!used.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = `${cut(base, MAX_SHEET_NAME_LENGTH - suffix.length).trimEnd()}${suffix}`;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}

/**
 * A sheet name as a formula or link writes it: quoted (apostrophes doubled)
 * unless it is a plain ASCII name that cannot be read as a cell reference.
 * `sheetReference('Sheet1')` → `Sheet1`; `sheetReference("รายงาน ต.ค.")` → `'รายงาน ต.ค.'`;
 * `sheetReference("Bob's")` → `'Bob''s'`.
 */
export function sheetReference(sheet: string): string {
  const plain = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet)
    && !/^[A-Za-z]{1,3}\d+$/.test(sheet)
    && !/^[Rr]\d*[Cc]\d*$/.test(sheet)
    && !/^(true|false)$/i.test(sheet);
  return plain ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}
