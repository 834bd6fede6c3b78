import type { CellValue } from '../model';
import { failed, NO_NOTES, parsed, type ParseNote, type ParseResult } from './result';
import { prepareCell } from './text';

/** '3' or 'ครั้งที่ 3' — a report number, nothing more ('3/2563' is not one). */
const COUNT_TEXT = /^(?:รายงานครั้งที่|ครั้งที่)?\s*(\d+)$/;

/** A whole number ≥ 0 (a report number): `parseCount('ครั้งที่ ๓')` → 3 (notes 'thai-digits', 'number-as-text'). */
export function parseCount(value: CellValue): ParseResult<number> {
  // A number needs no preparing (prepareCell would only wrap it in a result to unwrap here).
  if (typeof value === 'number') return countOfNumber(value, NO_NOTES);
  const cell = prepareCell(value, 'convert-thai-digits');
  if (!cell.ok) return failed(cell.reason, cell.notes);
  const { value: prepared, notes } = cell;
  if (typeof prepared === 'boolean') return failed('not-a-count', notes);
  if (typeof prepared === 'number') return countOfNumber(prepared, notes);
  const match = COUNT_TEXT.exec(prepared);
  const count = match ? Number(match[1]) : NaN;
  return Number.isSafeInteger(count) ? parsed(count, [...notes, 'number-as-text']) : failed('not-a-count', notes);
}

function countOfNumber(number: number, notes: ParseNote[]): ParseResult<number> {
  return Number.isSafeInteger(number) && number >= 0 ? parsed(number, notes) : failed('not-a-count', notes);
}
