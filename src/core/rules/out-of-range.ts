import { formatAmount, formatPercent } from '../format';
import { FIELD_KIND, type Field, type FieldKind, type Thresholds } from '../model';
import { cellFinding, fieldsOfKind, forEachCell, labelOf } from './cells';
import type { ParseResult } from '../parse/result';
import { defineRule, type Finding } from './rule';

type RangedKind = Extract<FieldKind, 'amount' | 'percent' | 'year' | 'count'>;
const RANGED_FIELDS = fieldsOfKind('amount', 'percent', 'year', 'count');

interface Range { min: number; max?: number }

/** The allowed values of a field: amounts not negative, percent 0–100, fiscal year per config, report no. ≥ 1. */
function allowedRange(kind: RangedKind, thresholds: Thresholds): Range {
  switch (kind) {
    case 'amount': return { min: 0 };
    case 'percent': return { min: 0, max: 100 };
    case 'year': return { min: thresholds.minFiscalYear, max: thresholds.maxFiscalYear };
    case 'count': return { min: 1 };
  }
}

/** How a value reads in each language, by kind; a range is two of them: `0%–100%`, `2400–2700`. */
const SHOWN: Record<RangedKind, { th: (v: number) => string; en: (v: number) => string }> = {
  amount: { th: (v) => `${formatAmount(v)} บาท`, en: (v) => `${formatAmount(v)} baht` },
  percent: { th: (v) => formatPercent(v, 'th'), en: (v) => formatPercent(v) },
  year: { th: String, en: String },
  count: { th: String, en: String },
};

/** A Thai range: `ร้อยละ 0–100` (the word once, as Thai writes it), `2400–2700`. */
function thaiRange(kind: RangedKind, min: number, max: number): string {
  return kind === 'percent' ? `ร้อยละ ${formatAmount(min)}–${formatAmount(max)}` : `${SHOWN[kind].th(min)}–${SHOWN[kind].th(max)}`;
}

/** The field's Thai label before its value: `ความก้าวหน้า` rather than `ความก้าวหน้า (%)` before `ร้อยละ 120`. */
function thaiLabel(field: Field): string {
  return labelOf(field, 'th').replace(/\s*\(%\)$/u, '');
}

interface OutOfRangeParams extends Range { field: Field; value: number }

const kindOf = (field: Field) => FIELD_KIND[field] as RangedKind;

/**
 * A readable number outside what its field allows (DESIGN §5 `out-of-range`):
 * progress outside 0–100 %, a negative amount, a fiscal year outside the
 * configured years, a report number below 1.
 */
export const outOfRange = defineRule<OutOfRangeParams>({
  id: 'out-of-range',
  severity: 'error',
  fields: RANGED_FIELDS,
  check({ tables, config }) {
    const findings: Finding<OutOfRangeParams>[] = [];
    const rangeOf = new Map(RANGED_FIELDS.map((field) => [field, allowedRange(kindOf(field), config.thresholds)]));
    // A value is measured against its range before a cell is made for it.
    const outside = (result: ParseResult<unknown>, field: Field) => {
      if (!result.ok || typeof result.value !== 'number') return false;
      const range = rangeOf.get(field) as Range;
      return !(result.value >= range.min && (range.max === undefined || result.value <= range.max));
    };
    forEachCell(tables, RANGED_FIELDS, (cell, row, table) => {
      const { result } = cell;
      if (!result.ok) return;
      findings.push(cellFinding({ table, row, cell }, { field: cell.field, value: result.value as number, ...(rangeOf.get(cell.field) as Range) }));
    }, outside);
    return findings;
  },
  message: {
    th: (p) => {
      const shown = SHOWN[kindOf(p.field)];
      return p.max === undefined
        ? `${thaiLabel(p.field)} ${shown.th(p.value)} ต้องไม่น้อยกว่า ${shown.th(p.min)}`
        : `${thaiLabel(p.field)} ${shown.th(p.value)} อยู่นอกช่วงที่กำหนด ${thaiRange(kindOf(p.field), p.min, p.max)}`;
    },
    en: (p) => {
      const shown = SHOWN[kindOf(p.field)];
      return p.max === undefined
        ? `The ${labelOf(p.field, 'en')} ${shown.en(p.value)} is below the allowed minimum of ${shown.en(p.min)}`
        : `The ${labelOf(p.field, 'en')} ${shown.en(p.value)} is outside the allowed range ${shown.en(p.min)}–${shown.en(p.max)}`;
    },
  },
  fix: {
    th: (p) => FIX[kindOf(p.field)].th,
    en: (p) => FIX[kindOf(p.field)].en,
  },
});

const FIX: Record<RangedKind, { th: string; en: string }> = {
  amount: { th: 'ตรวจสอบจำนวนเงิน ซึ่งต้องไม่ติดลบ', en: 'Check the amount; it cannot be negative' },
  percent: { th: 'กรอกความก้าวหน้าเป็นร้อยละ 0–100', en: 'Enter the progress as a percentage from 0 to 100' },
  year: { th: 'กรอกปีงบประมาณเป็น พ.ศ. สี่หลัก เช่น 2563', en: 'Enter the fiscal year as a four-digit Buddhist-era year, e.g. 2563' },
  count: { th: 'รายงานครั้งแรกคือครั้งที่ 1', en: 'The first report is number 1' },
};
