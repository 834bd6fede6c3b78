import type { CellValue } from '../model';

/** The error values Excel shows in a cell (and hands over as text). */
export const EXCEL_ERRORS: readonly string[] = [
  '#REF!', '#DIV/0!', '#VALUE!', '#N/A', '#NAME?', '#NUM!', '#NULL!', '#SPILL!', '#CALC!',
  '#GETTING_DATA', '#FIELD!', '#BLOCKED!', '#CONNECT!', '#BUSY!', '#UNKNOWN!',
];

const ERROR_SET = new Set(EXCEL_ERRORS.map((error) => error.toUpperCase()));

/** `isFormulaError('#REF!')` → true; `isFormulaError('REF')` → false. Surrounding spaces are ignored. */
export function isFormulaError(value: CellValue): boolean {
  // Every error starts with '#': most cells are ruled out without copying them.
  return typeof value === 'string' && value.includes('#') && ERROR_SET.has(value.trim().toUpperCase());
}
