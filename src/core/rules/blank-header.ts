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
    return tables.flatMap((table) => {
      const blank = table.headers.map((header) => header.text === '' && header.field === undefined);
      if (!blank.includes(true)) return [];
      // One pass over the rows' cells, not one per blank header: a table may be 16,384 columns wide.
      const filledRows = new Array<number>(blank.length).fill(0);
      const firstRow = new Array<number>(blank.length).fill(0);
      for (const row of table.rows) {
        const { values } = row;
        const end = Math.min(values.length, blank.length);
        for (let index = 0; index < end; index++) {
          if (!blank[index] || isEmptyValue(values[index])) continue;
          if (filledRows[index]++ === 0) firstRow[index] = row.row;
        }
      }
      return table.headers.flatMap((header, index) => (filledRows[index] === 0 ? [] : [{
        sheet: table.sheet,
        cells: [header.address, `${header.column}${firstRow[index]}`],
        params: { column: header.column, filledRows: filledRows[index] },
      }]));
    });
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
