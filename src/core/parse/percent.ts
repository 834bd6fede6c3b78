import type { CellValue } from '../model';
import { readDecimal } from './amount';
import { isPercentFormat } from './number-format';
import { failed, NO_NOTES, parsed, type ParseNote, type ParseResult } from './result';
import { prepareCell } from './text';

/** '60', '60%', '60.00 %', 'ร้อยละ 60', '60 เปอร์เซ็นต์': the figure, with what says "percent" before or after it. */
const PERCENT_WORD_BEFORE = /^ร้อยละ/;
const PERCENT_MARK_AFTER = /(?:%|เปอร์เซ็นต์|เปอร์เซนต์)$/;

/** A plain number in (0, 1] may be a fraction (0.6 = 60 %) or a tiny percent; the column rule decides. */
function fractionNote(percent: number): ParseNote[] {
  return percent > 0 && percent <= 1 ? ['fraction-percent'] : NO_NOTES;
}

/** `×100` without float noise: 0.45 × 100 is 45, not 45.00000000000001. */
function hundredTimes(fraction: number): number {
  return Number((fraction * 100).toPrecision(15));
}

/**
 * A percent on the 0–100 scale. A number in a percent-formatted cell is a fraction (0.45 → 45);
 * in any other format it is taken as written, noting 'fraction-percent' when 0 < n ≤ 1.
 * `parsePercent(0.45, '0%')` → 45; `parsePercent('60.00 %')` → 60 (note 'number-as-text').
 */
export function parsePercent(value: CellValue, numberFormat = 'General'): ParseResult<number> {
  // A number needs no preparing (prepareCell would only wrap it in a result to unwrap here).
  if (typeof value === 'number') return percentOfNumber(value, numberFormat, NO_NOTES);
  const cell = prepareCell(value, 'convert-thai-digits');
  if (!cell.ok) return failed(cell.reason, cell.notes);
  const { value: prepared, notes } = cell;
  if (typeof prepared === 'boolean') return failed('not-a-percent', notes);
  if (typeof prepared === 'number') return percentOfNumber(prepared, numberFormat, notes);
  const saysPercent = PERCENT_WORD_BEFORE.test(prepared) || PERCENT_MARK_AFTER.test(prepared);
  const percent = readDecimal(prepared.replace(PERCENT_WORD_BEFORE, '').replace(PERCENT_MARK_AFTER, '').trim());
  if (percent === undefined) return failed('not-a-percent', notes);
  return parsed(percent, [...notes, 'number-as-text', ...(saysPercent ? [] : fractionNote(percent))]);
}

/** A number as a percent: a fraction in a percent-formatted cell, else as written. */
function percentOfNumber(number: number, numberFormat: string, notes: ParseNote[]): ParseResult<number> {
  const inPercentFormat = isPercentFormat(numberFormat);
  const percent = inPercentFormat ? hundredTimes(number) : number;
  if (!Number.isFinite(percent)) return failed('not-a-percent', notes);
  const fraction = inPercentFormat ? NO_NOTES : fractionNote(percent);
  return parsed(percent, fraction.length > 0 ? [...notes, ...fraction] : notes);
}
