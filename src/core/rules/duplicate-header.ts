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

/**
 * For each header, the first earlier header it repeats — the same field, or the same non-empty
 * text once normalised — or undefined. One pass with the first header of each field and of each
 * text: a sheet 16,384 columns wide has 134 million pairs of headers.
 */
function firstRepeated(headers: readonly HeaderCell[]): (HeaderCell | undefined)[] {
  const firstOfField = new Map<string, number>();
  const firstOfText = new Map<string, number>();
  return headers.map((header, index) => {
    const text = normalizeHeader(header.text);
    const byField = header.field === undefined ? undefined : firstOfField.get(header.field);
    const byText = text === '' ? undefined : firstOfText.get(text);
    if (header.field !== undefined && byField === undefined) firstOfField.set(header.field, index);
    if (text !== '' && byText === undefined) firstOfText.set(text, index);
    const first = byField === undefined ? byText : byText === undefined ? byField : Math.min(byField, byText);
    return first === undefined ? undefined : headers[first];
  });
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
    return tables.flatMap((table) => {
      const firsts = firstRepeated(table.headers);
      return table.headers.flatMap((header, index) => {
        const first = firsts[index];
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
      });
    });
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
