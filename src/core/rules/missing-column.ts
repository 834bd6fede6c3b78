import { FIELD_LABEL, REQUIRED_FIELDS, type Field } from '../model';
import { HEADER_SYNONYMS } from '../table/headers';
import { defineRule } from './rule';

const THAI_LETTER = /[\u0e00-\u0e7f]/u;

/** Two accepted header names to suggest, one Thai and one English: code → `รหัสโครงการ`, `project code`. */
function suggestedHeaders(field: Field): { th: string; en: string } {
  const synonyms = HEADER_SYNONYMS[field];
  return {
    th: synonyms.find((s) => THAI_LETTER.test(s)) ?? synonyms[0],
    en: synonyms.find((s) => !THAI_LETTER.test(s)) ?? synonyms[0],
  };
}

interface MissingColumnParams {
  sheet: string;
  label: { th: string; en: string };
  headers: { th: string; en: string };
}

/**
 * A table has no column for a field its role requires (DESIGN §5
 * `missing-column`). Marked on the table's first header cell, one finding per field.
 */
export const missingColumn = defineRule<MissingColumnParams>({
  id: 'missing-column',
  severity: 'error',
  fields: REQUIRED_FIELDS.flat,
  check({ tables }) {
    return tables.flatMap((table) => {
      const headerCell = table.headers[0]?.address ?? `A${table.headerRow}`;
      return REQUIRED_FIELDS[table.role]
        .filter((field) => table.columns[field] === undefined)
        .map((field) => ({
          sheet: table.sheet,
          cells: [headerCell],
          field,
          params: { sheet: table.sheet, label: FIELD_LABEL[field], headers: suggestedHeaders(field) },
        }));
    });
  },
  message: {
    th: (p) => `ตารางในแผ่นงาน "${p.sheet}" ไม่มีคอลัมน์ "${p.label.th}" ซึ่งจำเป็นต้องมี`,
    en: (p) => `The table on sheet "${p.sheet}" has no "${p.label.en}" column, which is required`,
  },
  fix: {
    th: (p) => `เพิ่มคอลัมน์ "${p.label.th}" โดยตั้งหัวคอลัมน์เป็น "${p.headers.th}" หรือ "${p.headers.en}"`,
    en: (p) => `Add a "${p.label.en}" column headed "${p.headers.th}" or "${p.headers.en}"`,
  },
});
