import { isoToSerial } from '../parse/calendar';
import { isDateFormat } from '../parse/number-format';
import { expandFormula, type SheetNames } from './formula-references';
import { formatPlaceholderValue, type PlaceholderValue, type TemplateValues } from './placeholder-values';
import { PLACEHOLDERS, solePlaceholder, substitutePlaceholders, withoutRepeatMarker, type PlaceholderName } from './placeholders';
import { movedRow, type RowExpansion } from './row-expansion';

/**
 * A template's cells filled, as a writer that copies the template sheet and expands its repeat
 * row in the host (the task pane, through the Office JavaScript API) writes them: each placeholder cell's value,
 * and the number format it must have first so the value stays what it is — text never read as a
 * formula, number or date, a number never stored as text, a date a serial of its own day with a
 * date format. The command line's package writer fills the same values (filled-template-sheet.ts).
 */

/** The value a template text takes: one placeholder alone is typed; otherwise text with the placeholders written in. */
export function filledText(template: string, valueOf: (name: PlaceholderName) => PlaceholderValue): PlaceholderValue {
  const text = withoutRepeatMarker(template);
  const sole = solePlaceholder(text);
  if (sole !== undefined) return valueOf(sole);
  const substituted = substitutePlaceholders(text, (name) => formatPlaceholderValue(valueOf(name)));
  return substituted.trim() === '' ? { kind: 'empty' } : { kind: 'text', text: substituted };
}

/** The values for a cell outside the repeat row (`copy` undefined: the project's) or in its copy `copy` (the report's, and the project's). */
export function valuesIn(values: TemplateValues, copy: number | undefined): (name: PlaceholderName) => PlaceholderValue {
  if (copy === undefined) return values.project;
  return (name) => (PLACEHOLDERS[name].scope === 'report' ? values.report(copy, name) : values.project(name));
}

/** The format a date gets in a cell whose format shows none: the standard form's Thai long date (`19 ตุลาคม 2562`). */
export const THAI_LONG_DATE_FORMAT = '[$-107041E]d mmmm yyyy';

/** A template text cell, 0-based, with its number format ('' or General for none). */
export interface TemplateCellSource {
  row: number;
  column: number;
  text: string;
  numberFormat: string;
}

/** One cell to write on the filled sheet, 0-based: the format to set first (when it must change), then the value ('' clears it). */
export interface TemplateCellWrite {
  row: number;
  column: number;
  numberFormat?: string;
  value: string | number;
}

/** A text that the host would read as something else unless the cell is Text: a formula (`=`, `+`, `-`, `@`), a tab, a number, a date, TRUE/FALSE. */
function readAsOtherThanText(text: string): boolean {
  const trimmed = text.trim();
  return /^[=+\-@\t]/.test(text) || /^[+-]?[\d.,]+%?$/.test(trimmed) || /^\d{1,4}[-/]\d{1,2}[-/]\d{1,4}$/.test(trimmed) || /^(true|false)$/i.test(trimmed);
}

function cellWrite(row: number, column: number, value: PlaceholderValue, numberFormat: string): TemplateCellWrite {
  switch (value.kind) {
    case 'empty':
      return { row, column, value: '' };
    case 'text':
      return readAsOtherThanText(value.text) && numberFormat !== '@' ? { row, column, numberFormat: '@', value: value.text } : { row, column, value: value.text };
    case 'number':
      // A number written into a Text cell would be stored as text.
      return numberFormat === '@' ? { row, column, numberFormat: 'General', value: value.number } : { row, column, value: value.number };
    case 'date': {
      const format = isDateFormat(numberFormat) ? undefined : THAI_LONG_DATE_FORMAT;
      return { row, column, ...(format ? { numberFormat: format } : {}), value: isoToSerial(value.iso) };
    }
  }
}

/**
 * The writes that fill `cells` (a template's text cells holding `{{`) on a copy whose repeat row
 * has become `values.reportCount` rows: cells above stay, the repeat row's go into each copy with
 * that report's values, those below move with the rows.
 * `templateCellWrites([{ row: 0, column: 1, text: '{{budget}}', numberFormat: '@' }], undefined, values)`
 * → `[{ row: 0, column: 1, numberFormat: 'General', value: 1918000 }]`.
 */
export function templateCellWrites(cells: readonly TemplateCellSource[], repeatRow: number | undefined, values: TemplateValues): TemplateCellWrite[] {
  const expansion: RowExpansion | undefined = repeatRow === undefined ? undefined : { row: repeatRow, count: values.reportCount };
  return cells.flatMap((cell) => {
    if (cell.row === repeatRow) {
      return Array.from({ length: values.reportCount }, (_, copy) => cellWrite(cell.row + copy, cell.column, filledText(cell.text, valuesIn(values, copy)), cell.numberFormat));
    }
    return [cellWrite(movedRow(expansion, cell.row)!, cell.column, filledText(cell.text, values.project), cell.numberFormat)];
  });
}

/** A formula cell of the template (`=…`), 0-based. */
export interface TemplateFormulaCell {
  row: number;
  column: number;
  formula: string;
}

/**
 * The formulas outside the repeat row as the command line writes them (expandFormula): a range
 * holding the repeat row covers every copy of it, so a total below sums all the reports — which
 * Excel's own row insertion does not do for a range that ends on the repeat row. Those that the
 * host's insertion already leaves right are written all the same: one rule for every formula.
 */
export function templateFormulaWrites(formulas: readonly TemplateFormulaCell[], repeatRow: number | undefined, reportCount: number, names: SheetNames): TemplateFormulaCell[] {
  if (repeatRow === undefined || reportCount === 1) return [];
  const expansion = { row: repeatRow, count: reportCount };
  return formulas.flatMap((cell) => (cell.row === repeatRow ? [] : [{
    row: movedRow(expansion, cell.row)!,
    column: cell.column,
    formula: `=${expandFormula(cell.formula.replace(/^=/, ''), expansion, names)}`,
  }]));
}
