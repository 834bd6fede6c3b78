import { SOURCE_HEADERS } from '../consolidate/output-grids';
import { normalizeHeader } from '../table/headers';
import { defineRule } from './rule';

/**
 * Headers of columns that carry no field — a row number or remarks — which every form has
 * and nobody needs told about, and the source columns a consolidated table carries. Compared
 * as headers are (normalizeHeader); a header of symbols only (`#`) is compared as written.
 */
const NO_FIELD_HEADERS = [
  'ลำดับ', 'ลำดับที่', 'ที่', 'ข้อ', 'หมายเหตุ',
  'No.', 'No', '#', 'Seq', 'Seq.', 'Sequence', 'Item', 'Item No.', 'S/N', 'Sr. No.',
  'Remark', 'Remarks', 'Note', 'Notes', 'Comment', 'Comments',
  ...Object.values(SOURCE_HEADERS).flatMap((headers) => Object.values(headers)),
];

const headerKey = (text: string) => normalizeHeader(text) || text.trim();
const NO_FIELD_KEYS = new Set(NO_FIELD_HEADERS.map(headerKey));

/** True for a header such as `ลำดับที่`, `หมายเหตุ`, `No.` or `Remarks`: a column with no field to check. */
export function carriesNoField(text: string): boolean {
  return NO_FIELD_KEYS.has(headerKey(text));
}

interface UnknownColumnParams {
  column: string;
  text: string;
}

/**
 * A header that names no known field (DESIGN §5 `unknown-column`): the column
 * is carried along but not checked. Often harmless, so only info; row-number and
 * remark columns (NO_FIELD_HEADERS) are not reported at all.
 */
export const unknownColumn = defineRule<UnknownColumnParams>({
  id: 'unknown-column',
  severity: 'info',
  fields: [],
  check({ tables }) {
    return tables.flatMap((table) => table.headers
      .filter((header) => header.text !== '' && header.field === undefined && !carriesNoField(header.text))
      .map((header) => ({
        sheet: table.sheet,
        cells: [header.address],
        value: header.text,
        params: { column: header.column, text: header.text },
      })));
  },
  message: {
    th: (p) => `ไม่รู้จักหัวคอลัมน์ "${p.text}" (คอลัมน์ ${p.column}) ข้อมูลในคอลัมน์นี้จึงไม่ถูกตรวจสอบ`,
    en: (p) => `The header "${p.text}" (column ${p.column}) matches no known field, so the column is not checked`,
  },
  fix: {
    th: () => 'หากต้องการให้ตรวจคอลัมน์นี้ ให้เปลี่ยนหัวคอลัมน์เป็นชื่อตามแบบรายงาน หรือจับคู่คอลัมน์เอง หากเป็นคอลัมน์เพิ่มเติม เช่น หมายเหตุ ไม่ต้องแก้ไข',
    en: () => 'If this column should be checked, rename its header to the name used on the report form or map the column yourself; if it is an extra column such as remarks, ignore this',
  },
});
