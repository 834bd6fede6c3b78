import type { TableRow } from '../table/types';
import { rowAddress } from './context';
import { defineRule } from './rule';

interface DuplicateRowParams {
  row: number;
  firstRow: number;
}

/** The project code of a row when it was read, to tag the finding. */
function projectOf(row: TableRow): string | undefined {
  const result = row.cells.code?.result;
  return result?.ok && typeof result.value === 'string' ? result.value : undefined;
}

/**
 * A data row whose every cell equals an earlier row's of the same table
 * (DESIGN §5 `duplicate-row`) — usually pasted twice. Compared on raw values,
 * so `1,000` typed as text and 1000 as a number differ; blank rows are left to `blank-row`.
 */
export const duplicateRow = defineRule<DuplicateRowParams>({
  id: 'duplicate-row',
  severity: 'warning',
  fields: [],
  check({ tables }) {
    return tables.flatMap((table) => {
      const firstByValues = new Map<string, TableRow>();
      return table.rows.flatMap((row) => {
        if (row.blank) return [];
        const key = JSON.stringify(row.values);
        const first = firstByValues.get(key);
        if (!first) { firstByValues.set(key, row); return []; }
        const project = projectOf(row);
        return [{
          sheet: table.sheet,
          cells: [rowAddress(table, row), rowAddress(table, first)],
          ...(project !== undefined ? { project } : {}),
          params: { row: row.row, firstRow: first.row },
        }];
      });
    });
  },
  message: {
    th: (p) => `แถวที่ ${p.row} ซ้ำกับแถวที่ ${p.firstRow} ทุกช่อง`,
    en: (p) => `Row ${p.row} is identical to row ${p.firstRow}`,
  },
  fix: {
    th: (p) => `ลบแถวที่ ${p.row} หากบันทึกซ้ำ`,
    en: (p) => `Delete row ${p.row} if it was entered twice`,
  },
});
