import type { CellContent, Language } from '../../excel/types';
import { UI_TEXT } from '../i18n';

/**
 * A cell's value as the reviewer reads it in a sentence: text in quotes (so spaces and
 * Thai digits show as typed), numbers as typed into Excel, an empty cell named.
 *
 * @example shownCellValue('๑๒๐,๐๐๐', 'en') // '“๑๒๐,๐๐๐”'; shownCellValue(120000, 'th') // '120000'
 */
export function shownCellValue(value: CellContent['value'], lang: Language): string {
  if (value === null) return UI_TEXT[lang].blankCell;
  if (typeof value === 'string') return `“${value}”`;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}
