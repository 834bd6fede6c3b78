import type { CellValue, FieldKind } from '../model';
import { parseAmount } from './amount';
import { parseCount } from './count';
import { parseDate } from './date';
import { parsePercent } from './percent';
import type { ParseResult } from './result';
import { parseCode, parseText } from './text';
import { parseYesNo } from './yes-no';
import { parseFiscalYear } from './year';

export * from './result';
export * from './thai-digits';
export * from './text';
export * from './amount';
export * from './percent';
export * from './date';
export * from './year';
export * from './count';
export * from './yes-no';
export * from './formula-error';
export * from './number-format';

/** The parser of each field kind; those that ignore the number format simply take one argument. */
const PARSER_OF_KIND: Record<FieldKind, (value: CellValue, numberFormat: string) => ParseResult<unknown>> = {
  code: parseCode,
  text: parseText,
  year: parseFiscalYear,
  date: parseDate,
  amount: parseAmount,
  percent: parsePercent,
  count: parseCount,
  yesno: parseYesNo,
};

/**
 * Reads one cell as its field's kind: a value, or the reason it cannot be read, with notes either way.
 * `parseCell('amount', '1,918,000 บาท', 'General')` → `{ ok: true, value: 1918000, notes: ['number-as-text'] }`.
 */
export function parseCell(kind: FieldKind, value: CellValue, numberFormat: string): ParseResult<unknown> {
  return parserOf(kind)(value, numberFormat);
}

/** The parser of a kind, for reading a whole column with it: `parserOf('date')(43739, 'd/m/yyyy')`. */
export function parserOf(kind: FieldKind): (value: CellValue, numberFormat: string) => ParseResult<unknown> {
  return PARSER_OF_KIND[kind];
}
