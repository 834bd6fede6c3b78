import { defineRule } from './rule';

interface UnknownColumnParams {
  column: string;
  text: string;
}

/**
 * A header that names no known field (DESIGN §5 `unknown-column`): the column
 * is carried along but not checked. Often harmless (remarks), so only info.
 */
export const unknownColumn = defineRule<UnknownColumnParams>({
  id: 'unknown-column',
  severity: 'info',
  fields: [],
  check({ tables }) {
    return tables.flatMap((table) => table.headers
      .filter((header) => header.text !== '' && header.field === undefined)
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
