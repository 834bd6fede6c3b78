import { formatPercent } from '../format';
import { FIELD_KIND, type Field, type FieldKind } from '../model';
import type { ParseFailure } from '../parse/result';
import type { SheetTable } from '../table/types';
import {
  cellFinding, columnFields, failedFor, columnFinding, columnOf, fieldsOfKind, forEachNoteworthyCell, hasNote, labelOf, shownValue, someCellOfColumn, type LocatedColumn,
} from './cells';
import { defineRule, type Finding } from './rule';

const NUMBER_FIELDS = fieldsOfKind('amount', 'percent', 'count', 'year');
const PERCENT_FIELDS = fieldsOfKind('percent');
const NUMBER_FAILURES: readonly ParseFailure[] = ['not-a-number', 'not-a-percent', 'not-a-count', 'not-a-year'];

type NumberKind = Extract<FieldKind, 'amount' | 'percent' | 'count' | 'year'>;

type InvalidNumberParams =
  /** One cell that is not a number of its kind. */
  | { kind: 'unreadable'; field: Field; value: string }
  /** A percent column whose plain numbers are all ≤ 1: 0.6 may mean 60 % or 0.6 % (DESIGN §4). */
  | { kind: 'fraction-scale'; field: Field; count: number; example: number };

const WHAT_IT_IS_NOT: Record<NumberKind, { th: string; en: string }> = {
  amount: { th: 'ไม่ใช่จำนวนเงินที่อ่านได้', en: 'is not a readable amount' },
  percent: { th: 'ไม่ใช่ค่าร้อยละที่อ่านได้', en: 'is not a readable percentage' },
  count: { th: 'ไม่ใช่จำนวนเต็มที่อ่านได้', en: 'is not a whole number' },
  year: { th: 'ไม่ใช่ปีที่อ่านได้', en: 'is not a readable year' },
};

const HOW_TO_WRITE: Record<NumberKind, { th: string; en: string }> = {
  amount: { th: 'กรอกจำนวนเงินเป็นตัวเลข เช่น 1,918,000', en: 'Enter the amount as a number, e.g. 1,918,000' },
  percent: { th: 'กรอกเป็นตัวเลข 0–100 เช่น 60', en: 'Enter a number from 0 to 100, e.g. 60' },
  count: { th: 'กรอกเป็นจำนวนเต็ม เช่น 3', en: 'Enter a whole number, e.g. 3' },
  year: { th: 'กรอกปี พ.ศ. สี่หลัก เช่น 2563', en: 'Enter the four-digit Buddhist-era year, e.g. 2563' },
};

const kindOf = (field: Field) => FIELD_KIND[field] as NumberKind;

/** Whether a percent column may be on the fraction scale, told without listing its cells (most are not). */
function mayBeFractionScale(table: SheetTable, field: Field): boolean {
  return someCellOfColumn(table, field, (cell) => hasNote(cell, 'fraction-percent'))
    && !someCellOfColumn(table, field, (cell) => cell.result.ok && typeof cell.result.value === 'number' && cell.result.value > 1);
}

/**
 * The cells of a percent column noted as plain fractions, when no readable value of the
 * column exceeds 1; a column with values above 1 is on the 0–100 scale and not ambiguous.
 */
function fractionScaleCells(column: LocatedColumn) {
  const noted = column.cells.filter(({ cell }) => hasNote(cell, 'fraction-percent'));
  const onHundredScale = column.cells.some(({ cell }) => cell.result.ok && typeof cell.result.value === 'number' && cell.result.value > 1);
  return onHundredScale ? [] : noted;
}

/**
 * An amount, percent, report number or fiscal year that is not a number, and a
 * progress column whose scale cannot be told (DESIGN §5 `invalid-number`, §4 Percent).
 */
export const invalidNumber = defineRule<InvalidNumberParams>({
  id: 'invalid-number',
  severity: 'error',
  fields: NUMBER_FIELDS,
  check(context) {
    const { tables } = context;
    const findings: Finding<InvalidNumberParams>[] = [];
    forEachNoteworthyCell(context, NUMBER_FIELDS, (cell, row, table) => {
      findings.push(cellFinding<InvalidNumberParams>({ table, row, cell }, { kind: 'unreadable', field: cell.field, value: shownValue(cell.raw) }));
    }, { result: failedFor(...NUMBER_FAILURES) });
    const percentColumns = tables.flatMap((table) => columnFields(table, PERCENT_FIELDS)
      .filter((field) => mayBeFractionScale(table, field))
      .map((field) => columnOf(table, field)));
    const ambiguousScale = percentColumns.flatMap((column) => {
      const cells = fractionScaleCells(column);
      if (cells.length === 0) return [];
      const first = cells[0].cell.result;
      const example = first.ok ? (first.value as number) : 0;
      return [columnFinding<InvalidNumberParams>(column, cells, { kind: 'fraction-scale', field: column.field, count: cells.length, example })];
    });
    // A loop, not push(...): spreading a long array into arguments overflows the stack.
    for (const finding of ambiguousScale) findings.push(finding);
    return findings;
  },
  message: {
    th: (p) => p.kind === 'unreadable'
      ? `${labelOf(p.field, 'th')} "${p.value}" ${WHAT_IT_IS_NOT[kindOf(p.field)].th}`
      : `คอลัมน์${labelOf(p.field, 'th')} มีค่าไม่เกิน 1 ทุกช่อง (${p.count} ช่อง) และไม่ได้จัดรูปแบบเป็นเปอร์เซ็นต์ จึงไม่แน่ชัดว่า ${p.example} หมายถึง${formatPercent(p.example * 100, 'th')} หรือ${formatPercent(p.example, 'th')}`,
    en: (p) => p.kind === 'unreadable'
      ? `The ${labelOf(p.field, 'en')} "${p.value}" ${WHAT_IT_IS_NOT[kindOf(p.field)].en}`
      : `Every value of the ${labelOf(p.field, 'en')} column is at most 1 (${p.count} ${p.count === 1 ? 'cell' : 'cells'}) and not formatted as percent, so ${p.example} may mean ${formatPercent(p.example * 100)} or ${formatPercent(p.example)}`,
  },
  fix: {
    th: (p) => p.kind === 'unreadable'
      ? HOW_TO_WRITE[kindOf(p.field)].th
      : `ถ้า ${p.example} หมายถึง${formatPercent(p.example * 100, 'th')} ให้จัดรูปแบบคอลัมน์เป็นเปอร์เซ็นต์ (%) ถ้าไม่ใช่ ให้ตรวจสอบค่าให้ถูกต้องบนสเกล 0–100`,
    en: (p) => p.kind === 'unreadable'
      ? HOW_TO_WRITE[kindOf(p.field)].en
      : `If ${p.example} means ${formatPercent(p.example * 100)}, format the column as percent (%); if not, check the values on the 0–100 scale`,
  },
});
