import type { CellValue } from '../model';
import { failed, parsed, type ParseResult } from './result';
import { prepareCell } from './text';

/** Compared without case, spaces or emoji variation selectors ('✔️' is '✔'). */
function normalizeAnswer(text: string): string {
  return text.toLowerCase().replace(/[\s\uFE0F]/g, '');
}

const YES_WORDS = [
  'เป็นไปตามแผน', 'เป็นไปตามเป้าหมาย', 'เป็นไปตามเป้า', 'ตามแผน', 'ตามเป้าหมาย', 'ใช่',
  'y', 'yes', 'true', '1', '✓', '✔', '✅',
];
const NO_WORDS = [
  'ไม่เป็นไปตามแผน', 'ไม่เป็นไปตามเป้าหมาย', 'ไม่เป็นไปตามเป้า', 'ไม่ตามแผน', 'ไม่ตามเป้าหมาย', 'ไม่ใช่',
  'ล่าช้า', 'ล่าช้ากว่าแผน', 'n', 'no', 'false', '0', '✗', '✘', '❌',
];
const ANSWER = new Map<string, boolean>([
  ...YES_WORDS.map((word) => [normalizeAnswer(word), true] as const),
  ...NO_WORDS.map((word) => [normalizeAnswer(word), false] as const),
]);

/** Yes or no: `parseYesNo('เป็นไปตามแผน')` → true; `parseYesNo('ล่าช้า')` → false; `parseYesNo(1)` → true. */
export function parseYesNo(value: CellValue): ParseResult<boolean> {
  const cell = prepareCell(value, 'convert-thai-digits');
  if (!cell.ok) return failed(cell.reason, cell.notes);
  const { value: prepared, notes } = cell;
  if (typeof prepared === 'boolean') return parsed(prepared, notes);
  if (typeof prepared === 'number') {
    return prepared === 1 || prepared === 0 ? parsed(prepared === 1, notes) : failed('not-yes-no', notes);
  }
  // Answers are usually written as listed; normalising (two copies of the text) is the fallback.
  const answer = ANSWER.get(prepared) ?? ANSWER.get(normalizeAnswer(prepared));
  return answer === undefined ? failed('not-yes-no', notes) : parsed(answer, notes);
}
