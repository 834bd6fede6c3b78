import { formatBeDate } from '../format';
import type { Field } from '../model';
import { isoToSerial } from '../parse/calendar';
import type { DateForm, ParsedDate } from '../parse/result';
import type { FieldCell, SheetTable } from '../table/types';
import { columnFields, columnFinding, columnOf, fieldsOfKind, labelOf, someCellOfColumn, type LocatedCell } from './cells';
import { defineRule, type Finding } from './rule';

const DATE_FIELDS = fieldsOfKind('date');

/** The forms in the order messages list them, which is also the tie-break for the usual form. */
const FORMS: readonly DateForm[] = ['date-cell', 'text-be', 'text-ce'];

const FORM_NAME: Record<DateForm, { th: string; en: (count: number) => string }> = {
  'date-cell': { th: 'เซลล์วันที่', en: (n) => (n === 1 ? 'date cell' : 'date cells') },
  'text-be': { th: 'ข้อความปี พ.ศ.', en: (n) => (n === 1 ? 'text date in the Buddhist era' : 'text dates in the Buddhist era') },
  'text-ce': { th: 'ข้อความปี ค.ศ.', en: (n) => (n === 1 ? 'text date in the Common era' : 'text dates in the Common era') },
};

interface MixedDateParams {
  field: Field;
  /** Cells per form present in the column, in FORMS order. */
  counts: { form: DateForm; count: number }[];
  /** The form most cells use; the others are the ones marked. */
  usual: DateForm;
}

function formOfCell(cell: FieldCell): DateForm | undefined {
  return cell.result.ok ? (cell.result.value as ParsedDate).form : undefined;
}

function formOf({ cell }: LocatedCell): DateForm | undefined {
  return formOfCell(cell);
}

/** Whether a date column holds two forms or more, told without listing its cells (most hold one). */
function mixesForms(table: SheetTable, field: Field): boolean {
  let first: DateForm | undefined;
  return someCellOfColumn(table, field, (cell) => {
    const form = formOfCell(cell);
    if (form === undefined) return false;
    first ??= form;
    return form !== first;
  });
}

/** `a, b and c` in English (`a b และ c` in Thai). */
function listCounts(counts: MixedDateParams['counts'], name: (form: DateForm, count: number) => string, separator: string, and: string): string {
  const parts = counts.map(({ form, count }) => name(form, count));
  return parts.length < 2 ? parts.join('') : `${parts.slice(0, -1).join(separator)} ${and} ${parts[parts.length - 1]}`;
}

/** The number format most cells of the usual form show their dates in (the first met on a tie). */
function usualFormat(cells: readonly LocatedCell[]): string {
  const counts = new Map<string, number>();
  for (const { cell } of cells) counts.set(cell.numberFormat, (counts.get(cell.numberFormat) ?? 0) + 1);
  let best = cells[0].cell.numberFormat;
  for (const [format, count] of counts) if (count > counts.get(best)!) best = format;
  return best;
}

/**
 * The quick fix when a single cell differs: the same date written the way the
 * others are — a date cell in their number format, or a Buddhist-era text date.
 * Common-era text has several usual spellings, so it gets advice only; so does
 * a column with several odd cells (one fix writes one cell).
 */
function oneCellFix(odd: LocatedCell, usual: DateForm, usualCells: readonly LocatedCell[]): Pick<Finding, 'replacement' | 'replacementFormat'> {
  const { result } = odd.cell;
  if (!result.ok) return {};
  const { iso } = result.value as ParsedDate;
  if (usual === 'date-cell') return { replacement: isoToSerial(iso), replacementFormat: usualFormat(usualCells) };
  if (usual === 'text-be') return { replacement: formatBeDate(iso) };
  return {};
}

/**
 * One date column mixes Buddhist-era and Common-era text dates, or text dates
 * and real date cells (DESIGN §5 `mixed-date-format`): a sign of pasted or
 * retyped data whose years may have been misread. One finding per column,
 * on the cells that differ from the form most cells use.
 */
export const mixedDateFormat = defineRule<MixedDateParams>({
  id: 'mixed-date-format',
  severity: 'warning',
  fields: DATE_FIELDS,
  check({ tables }) {
    const mixedColumns = tables.flatMap((table) => columnFields(table, DATE_FIELDS)
      .filter((field) => mixesForms(table, field))
      .map((field) => columnOf(table, field)));
    return mixedColumns.flatMap((column) => {
      const byForm = new Map<DateForm, LocatedCell[]>();
      for (const located of column.cells) {
        const form = formOf(located);
        if (!form) continue;
        const cells = byForm.get(form);
        if (cells) cells.push(located);
        else byForm.set(form, [located]);
      }
      if (byForm.size < 2) return [];
      const counts = FORMS.filter((form) => byForm.has(form)).map((form) => ({ form, count: byForm.get(form)!.length }));
      const usual = counts.reduce((best, c) => (c.count > best.count ? c : best)).form;
      const marked = column.cells.filter((located) => {
        const form = formOf(located);
        return form !== undefined && form !== usual;
      });
      const finding = columnFinding(column, marked, { field: column.field, counts, usual });
      return [marked.length === 1 ? { ...finding, ...oneCellFix(marked[0], usual, byForm.get(usual)!) } : finding];
    });
  },
  message: {
    th: (p) => `คอลัมน์${labelOf(p.field, 'th')} ใช้รูปแบบวันที่ปนกัน: ${listCounts(p.counts, (form, n) => `${FORM_NAME[form].th} ${n} ช่อง`, ' ', 'และ')}`,
    en: (p) => `The ${labelOf(p.field, 'en')} column mixes date forms: ${listCounts(p.counts, (form, n) => `${n} ${FORM_NAME[form].en(n)}`, ', ', 'and')}`,
  },
  fix: {
    th: (p) => `ใช้รูปแบบเดียวกันทั้งคอลัมน์ เช่น ${FORM_NAME[p.usual].th} แบบเดียวกับช่องอื่น ๆ`,
    en: (p) => `Use one form for the whole column, e.g. ${FORM_NAME[p.usual].en(2)} like the other cells`,
  },
});
