import type { CellValue } from '../model';

/** True for a cell with nothing in it: null, or only whitespace. */
export function isEmptyValue(value: CellValue | undefined): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}
