import { isEmptyValue } from '../table/read-tables';
import { defineRule } from './rule';

interface BlankHeaderParams {
  column: string;
  /** How many data rows hold something in the column. */
  filledRows: number;
}

/**
 * An empty header cell inside a table whose column holds data (DESIGN §5
 * `blank-header`): that data is not read. An empty header over an empty
 * (spacer) column loses nothing and is not reported; neither is an empty
 * header the user mapped to a field by hand.
 */
export const blankHeader = defineRule<BlankHeaderParams>({
  id: 'blank-header',
  severity: 'warning',
  fields: [],
  check({ tables }) {
    return tables.flatMap((table) => table.headers.flatMap((header, index) => {
      if (header.text !== '' || header.field !== undefined) return [];
      const filled = table.rows.filter((row) => !isEmptyValue(row.values[index]));
      if (filled.length === 0) return [];
      return [{
        sheet: table.sheet,
        cells: [header.address, `${header.column}${filled[0].row}`],
        params: { column: header.column, filledRows: filled.length },
      }];
    }));
  },
  message: {
    th: (p) => `คอลัมน์ ${p.column} ไม่มีหัวคอลัมน์ แต่มีข้อมูลอยู่ ${p.filledRows} แถว ข้อมูลในคอลัมน์นี้จึงไม่ถูกตรวจสอบ`,
    en: (p) => `Column ${p.column} has no header but holds data in ${p.filledRows} ${p.filledRows === 1 ? 'row' : 'rows'}; that data is not checked`,
  },
  fix: {
    th: (p) => `ใส่หัวคอลัมน์ ${p.column} ให้บอกว่าเป็นข้อมูลอะไร หรือลบคอลัมน์นี้หากไม่ใช้แล้ว`,
    en: (p) => `Give column ${p.column} a header that says what it holds, or delete the column if it is no longer used`,
  },
});
