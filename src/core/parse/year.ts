import type { CellValue } from '../model';
import { ceToBe } from './calendar';
import { failed, parsed, type ParseNote, type ParseResult } from './result';
import { prepareCell } from './text';

/** Common-era years a Thai form plausibly means; a four-digit year here is read as CE (DESIGN §4). */
export const COMMON_ERA_YEARS = { min: 1900, max: 2300 } as const;

/** A two-digit year is the end of a Buddhist-era one: `fromTwoDigitYear(63)` → 2563. */
export function fromTwoDigitYear(twoDigits: number): number {
  return 2500 + twoDigits;
}

/** Around the figure: 'ปีงบประมาณ', 'ปีงบ', 'ปี' or 'FY' before; 'พ.ศ.'/'ค.ศ.' before or after. */
// The spaces next to an era mark belong to it, so no two `\s*` meet (they would backtrack on long text).
const ERA_MARK = String.raw`[พค]\.?\s*ศ\.?`;
const YEAR_TEXT = new RegExp(String.raw`^(?:ปีงบประมาณ|ปีงบ|ปี|FY)?\s*(?:${ERA_MARK}\s*)?(\d+)(?:\s*${ERA_MARK})?$`, 'i');

/**
 * A year as written → Buddhist Era: CE 1900–2300 gains 543, 0–99 is 25xx (noted);
 * anything else is returned for the out-of-range rule to judge.
 * `toBuddhistYear(2020)` → `{ year: 2563, notes: [] }`.
 */
export function toBuddhistYear(year: number): { year: number; notes: ParseNote[] } {
  if (year >= 0 && year <= 99) return { year: fromTwoDigitYear(year), notes: ['two-digit-year'] };
  if (year >= COMMON_ERA_YEARS.min && year <= COMMON_ERA_YEARS.max) return { year: ceToBe(year), notes: [] };
  return { year, notes: [] };
}

/**
 * A fiscal year in the Buddhist Era, from a number or text such as '๒๕๖๓', 'พ.ศ. 2563', 'ปีงบประมาณ 2563'.
 * `parseFiscalYear(2020)` → 2563; `parseFiscalYear('ปีงบประมาณ 2563')` → 2563 (note 'number-as-text').
 */
export function parseFiscalYear(value: CellValue): ParseResult<number> {
  const cell = prepareCell(value, 'convert-thai-digits');
  if (!cell.ok) return failed(cell.reason, cell.notes);
  const { value: prepared, notes } = cell;
  if (typeof prepared === 'boolean') return failed('not-a-year', notes);
  if (typeof prepared === 'number') {
    if (!Number.isSafeInteger(prepared)) return failed('not-a-year', notes);
    const read = toBuddhistYear(prepared);
    return parsed(read.year, [...notes, ...read.notes]);
  }
  const match = YEAR_TEXT.exec(prepared);
  const written = match ? Number(match[1]) : NaN;
  if (!Number.isSafeInteger(written)) return failed('not-a-year', notes);
  const read = toBuddhistYear(written);
  return parsed(read.year, [...notes, 'number-as-text', ...read.notes]);
}
