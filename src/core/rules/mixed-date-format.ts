import { formatBeDate, formatDateEnglish, formatDateThai, formatList } from '../format';
import type { Field, IsoDate } from '../model';
import { isoToSerial } from '../parse/calendar';
import type { DateForm, ParsedDate } from '../parse/result';
import type { FieldCell, SheetTable } from '../table/types';
import { columnFields, columnFinding, columnOf, fieldsOfKind, labelOf, someCellOfColumn, type LocatedCell } from './cells';
import { defineRule, type Finding } from './rule';

const DATE_FIELDS = fieldsOfKind('date');

/** The forms in the order messages list them, which is also the tie-break for the usual form. */
const FORMS: readonly DateForm[] = ['date-cell', 'text-be', 'text-ce'];

const FORM_NAME: Record<DateForm, { th: string; en: (count: number) => string }> = {
  'date-cell': { th: 'แบบวันที่ของ Excel', en: (n) => (n === 1 ? 'date cell' : 'date cells') },
  'text-be': { th: 'แบบ พ.ศ.', en: (n) => (n === 1 ? 'text date in the Buddhist era' : 'text dates in the Buddhist era') },
  'text-ce': { th: 'แบบ ค.ศ.', en: (n) => (n === 1 ? 'text date in the Common era' : 'text dates in the Common era') },
};

interface MixedDateParams {
  field: Field;
  /** Cells per form present in the column, in FORMS order. */
  counts: { form: DateForm; count: number }[];
  /** The form most cells use; the others are the ones marked. */
  usual: DateForm;
  /** The one differing cell's date, when the quick fix rewrites it in the usual form. */
  corrected?: IsoDate;
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

/** How many cells use each form: `แบบ พ.ศ. 8 ช่อง และแบบ ค.ศ. 1 ช่อง`, `8 text dates in the Buddhist era and 1 …`. */
function listCounts(counts: MixedDateParams['counts'], language: 'th' | 'en'): string {
  return formatList(counts.map(({ form, count }) => (language === 'th' ? `${FORM_NAME[form].th} ${count} ช่อง` : `${count} ${FORM_NAME[form].en(count)}`)), language);
}

/** The corrected date as the fix names it: Buddhist-era text as it will be written, a date cell as a date. */
function correctedDate(p: MixedDateParams, language: 'th' | 'en'): string | undefined {
  if (p.corrected === undefined) return undefined;
  if (p.usual === 'text-be') return formatBeDate(p.corrected);
  return language === 'th' ? formatDateThai(p.corrected) : formatDateEnglish(p.corrected);
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
function oneCellFix(odd: LocatedCell, usual: DateForm, usualCells: readonly LocatedCell[]): { fix: Pick<Finding, 'replacement' | 'replacementFormat'>; corrected?: IsoDate } {
  const { result } = odd.cell;
  if (!result.ok) return { fix: {} };
  const { iso } = result.value as ParsedDate;
  if (usual === 'date-cell') return { fix: { replacement: isoToSerial(iso), replacementFormat: usualFormat(usualCells) }, corrected: iso };
  if (usual === 'text-be') return { fix: { replacement: formatBeDate(iso) }, corrected: iso };
  return { fix: {} };
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
      const params: MixedDateParams = { field: column.field, counts, usual };
      if (marked.length !== 1) return [columnFinding(column, marked, params)];
      const { fix, corrected } = oneCellFix(marked[0], usual, byForm.get(usual)!);
      if (corrected !== undefined) params.corrected = corrected;
      return [{ ...columnFinding(column, marked, params), ...fix }];
    });
  },
  message: {
    th: (p) => `คอลัมน์${labelOf(p.field, 'th')} ใช้รูปแบบวันที่ปนกัน: ${listCounts(p.counts, 'th')}`,
    en: (p) => `The ${labelOf(p.field, 'en')} column mixes date forms: ${listCounts(p.counts, 'en')}`,
  },
  fix: {
    th: (p) => {
      const date = correctedDate(p, 'th');
      if (date === undefined) return `ใช้รูปแบบวันที่เดียวกันทั้งคอลัมน์ คือ${FORM_NAME[p.usual].th} เหมือนช่องส่วนใหญ่`;
      return p.usual === 'text-be'
        ? `แก้เป็น ${date} (${FORM_NAME[p.usual].th}) เหมือนช่องอื่น ๆ ในคอลัมน์`
        : `แก้เป็นวันที่ ${date} ในรูปแบบวันที่ของ Excel เหมือนช่องอื่น ๆ ในคอลัมน์`;
    },
    en: (p) => {
      const date = correctedDate(p, 'en');
      if (date === undefined) return `Use one form for the whole column, e.g. ${FORM_NAME[p.usual].en(2)} like the other cells`;
      return p.usual === 'text-be'
        ? `Change it to ${date} (Buddhist era), like the other cells of the column`
        : `Enter it as a date cell (${date}), like the other cells of the column`;
    },
  },
});
