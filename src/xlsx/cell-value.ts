import type ExcelJS from 'exceljs';
import type { CellValue } from '../core/model';

const DAY_MS = 86_400_000;
/** Days from Excel's day 0 (1900 system) to 1970-01-01, as ExcelJS counts them. */
const UNIX_EPOCH_SERIAL = 25_569;

/**
 * A date ExcelJS handed over → its Excel serial in the 1900 date system.
 * ExcelJS builds the Date in UTC from the stored serial (also for 1904-system
 * workbooks), so this is its exact inverse: `dateToSerial(new Date(Date.UTC(2019, 9, 1)))` → 43739.
 */
export function dateToSerial(date: Date): number | null {
  const ms = date.getTime();
  return Number.isFinite(ms) ? UNIX_EPOCH_SERIAL + ms / DAY_MS : null;
}

function richTextOf(value: { richText: { text: string }[] }): string {
  return value.richText.map((run) => run.text ?? '').join('');
}

/**
 * A cell's value as the core reads it (Grid): what Excel shows as the value,
 * never how it was produced. Formulas give their cached result (a formula
 * error its text, e.g. `#REF!`), rich text and hyperlinks their plain text,
 * dates their serial; a formula never calculated gives null.
 */
export function plainCellValue(value: ExcelJS.CellValue | undefined): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (value instanceof Date) return dateToSerial(value);
  if (typeof value !== 'object') return null;
  if ('error' in value) return value.error;
  if ('richText' in value) return richTextOf(value);
  if ('hyperlink' in value) {
    const text = (value as { text?: unknown }).text;
    if (typeof text === 'string') return text;
    if (text && typeof text === 'object' && 'richText' in text) return richTextOf(text as { richText: { text: string }[] });
    return value.hyperlink ?? null;
  }
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: unknown }).result;
    if (result === undefined || result === null) return null;
    if (typeof result === 'object' && !(result instanceof Date) && 'error' in result) return String((result as { error: unknown }).error);
    return plainCellValue(result as ExcelJS.CellValue);
  }
  return null;
}

/**
 * plainCellValue of a cell, its formula's cached result taken from
 * `cell.result`: ExcelJS's `cell.value` leaves a result out when it is 0,
 * false or '' (FormulaValue._copyModel keeps only truthy fields), so a formula
 * worth 0 would read as empty. `cellValueOf(cell)` for `=B3-C3` cached as 0 → 0.
 */
export function cellValueOf(cell: ExcelJS.Cell): CellValue {
  const value = cell.value;
  const isFormula = typeof value === 'object' && value !== null && ('formula' in value || 'sharedFormula' in value);
  return plainCellValue(isFormula ? ({ ...value, result: cell.result } as ExcelJS.CellValue) : value);
}
