import { formatCellText } from '../../core/cell-text';
import { formatDateEnglish, formatDateThai } from '../../core/format';
import { serialToIso } from '../../core/parse/calendar';
import { isDateFormat } from '../../core/parse/number-format';
import type { CellContent, Language } from '../../excel/types';
import { UI_TEXT } from '../i18n';

/**
 * A cell's value as the reviewer reads it in a sentence: text in quotes (so spaces and
 * Thai digits show as typed), a date cell as its date, other numbers as the cell
 * shows them through its number format (`504,000.00`, not `504000`), an empty cell named.
 *
 * @example shownCellValue({ value: '๑๒๐,๐๐๐', numberFormat: 'General' }, 'en') // '“๑๒๐,๐๐๐”'
 * @example shownCellValue({ value: 43757, numberFormat: 'd/m/yyyy' }, 'th') // '19 ตุลาคม 2562'
 * @example shownCellValue({ value: 504000, numberFormat: '#,##0.00' }, 'en') // '504,000.00'
 */
export function shownCellValue({ value, numberFormat }: CellContent, lang: Language): string {
  if (value === null) return UI_TEXT[lang].blankCell;
  if (typeof value === 'string') return `“${value}”`;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  const iso = isDateFormat(numberFormat) ? serialToIso(value) : undefined;
  if (iso) return lang === 'th' ? formatDateThai(iso) : formatDateEnglish(iso);
  return formatCellText(value, numberFormat);
}
