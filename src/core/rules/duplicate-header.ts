import { FIELD_LABEL } from '../model';
import { normalizeHeader } from '../table/headers';
import type { HeaderCell } from '../table/types';
import { defineRule } from './rule';

interface DuplicateHeaderParams {
  column: string;
  text: string;
  firstColumn: string;
  firstText: string;
  /** The field both columns map to; absent when they only share the same (unmapped) text. */
  label?: { th: string; en: string };
}

/** Whether `later` repeats `earlier`: the same field, or the same non-empty text once normalised. */
function repeats(later: HeaderCell, earlier: HeaderCell): boolean {
  if (later.field !== undefined && later.field === earlier.field) return true;
  const text = normalizeHeader(later.text);
  return text !== '' && text === normalizeHeader(earlier.text);
}

/**
 * Two header cells of a table map to the same field or carry the same header
 * (DESIGN §5 `duplicate-header`). Only the first such column is read, so the
 * later one is marked, with the first as the second cell.
 */
export const duplicateHeader = defineRule<DuplicateHeaderParams>({
  id: 'duplicate-header',
  severity: 'error',
  fields: [],
  check({ tables }) {
    return tables.flatMap((table) => table.headers.flatMap((header, index) => {
      const first = table.headers.slice(0, index).find((earlier) => repeats(header, earlier));
      if (!first) return [];
      const label = header.field !== undefined && header.field === first.field ? FIELD_LABEL[header.field] : undefined;
      return [{
        sheet: table.sheet,
        cells: [header.address, first.address],
        ...(header.field ? { field: header.field } : {}),
        value: header.text,
        params: {
          column: header.column, text: header.text, firstColumn: first.column, firstText: first.text,
          ...(label ? { label } : {}),
        },
      }];
    }));
  },
  message: {
    th: (p) => p.label
      ? `คอลัมน์ ${p.column} ("${p.text}") เป็นคอลัมน์ "${p.label.th}" ซ้ำกับคอลัมน์ ${p.firstColumn} ("${p.firstText}") ระบบจะอ่านเฉพาะคอลัมน์ ${p.firstColumn}`
      : `หัวคอลัมน์ "${p.text}" ในคอลัมน์ ${p.column} ซ้ำกับหัวคอลัมน์ของคอลัมน์ ${p.firstColumn}`,
    en: (p) => p.label
      ? `Column ${p.column} ("${p.text}") is a second "${p.label.en}" column after column ${p.firstColumn} ("${p.firstText}"); only column ${p.firstColumn} is read`
      : `The header "${p.text}" in column ${p.column} repeats the header of column ${p.firstColumn}`,
  },
  fix: {
    th: (p) => `ถ้าทั้งสองคอลัมน์เป็นข้อมูลเดียวกัน ให้ลบคอลัมน์ ${p.column} ถ้าเป็นข้อมูลต่างกัน ให้เปลี่ยนหัวคอลัมน์ ${p.column} ให้บอกชัดว่าเป็นข้อมูลอะไร`,
    en: (p) => `If both columns hold the same data, delete column ${p.column}; if not, rename its header to say what it holds`,
  },
});
