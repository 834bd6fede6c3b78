import { rowAddress } from './context';
import { defineRule } from './rule';

interface BlankRowParams {
  row: number;
}

/**
 * An empty row between data rows of a table (DESIGN §5 `blank-row`). Blank
 * rows after the last data row (room left at the bottom of an Excel table)
 * are not inside the data and are not reported.
 */
export const blankRow = defineRule<BlankRowParams>({
  id: 'blank-row',
  severity: 'info',
  fields: [],
  check({ tables }) {
    return tables.flatMap((table) => {
      let end = table.rows.length;
      while (end > 0 && table.rows[end - 1].blank) end--;
      return table.rows
        .slice(0, end)
        .filter((row) => row.blank)
        .map((row) => ({ sheet: table.sheet, cells: [rowAddress(table, row)], params: { row: row.row } }));
    });
  },
  message: {
    th: (p) => `แถวที่ ${p.row} เป็นแถวว่างอยู่ระหว่างข้อมูลในตาราง`,
    en: (p) => `Row ${p.row} is empty, inside the table's data`,
  },
  fix: {
    th: (p) => `ลบแถวที่ ${p.row} หรือกรอกข้อมูลหากตกหล่น`,
    en: (p) => `Delete row ${p.row}, or fill it in if data is missing`,
  },
});
