import type { CellValue, Project } from '../../../src/core/model';
import { readTables } from '../../../src/core/table/read-tables';
import { projectRecords } from '../../../src/core/table/records';
import type { TableRow } from '../../../src/core/table/types';
import { makeGrid } from '../../helpers/grid';

const HEADER = ['รหัสโครงการ', 'ชื่อโครงการ', 'ปีงบประมาณ', 'งบประมาณ', 'รายงานครั้งที่', 'วันที่รายงาน', 'ความก้าวหน้า (%)'];

/** A project's value worked out from the row's own cells, field by field. */
function ownValue(row: TableRow): Partial<Project> {
  const value: Record<string, unknown> = {};
  for (const field of ['code', 'name', 'fiscalYear', 'budget'] as const) {
    const result = row.cells[field]?.result;
    if (result?.ok) value[field] = result.value;
  }
  return value;
}

describe('projectRecords', () => {
  const rows: CellValue[][] = [
    HEADER,
    ['03-1', 'ถนน', 2563, 1_000_000, 1, '31/10/2562', 10],
    ['03-1', 'ถนน', 2563, 1_000_000, 2, '30/11/2562', 20],
    ['03-1', 'ถนน', 2563, 1_000_000, 3, '31/12/2562', 30],
    ['03-1', 'ถนน', 2563, 1_200_000, 4, '31/1/2563', 40],
    ['03-2', 'สะพาน', 2563, 500_000, 1, '31/10/2562', 5],
    [null, null, null, null, null, null, null],
    ['03-2', 'สะพาน', 2563, 500_000, 2, '30/11/2562', 15],
    ['03-2', 'สะพาน', 'ไม่ระบุ', 500_000, 3, '31/12/2562', 25],
  ];
  const [table] = readTables(makeGrid('แบบรายงาน', rows));
  const records = projectRecords(table);

  it('reads every non-blank row\'s project as its own cells say', () => {
    expect(table.role).toBe('flat');
    expect(records.map((r) => r.row.row)).toEqual([2, 3, 4, 5, 6, 8, 9]);
    for (const record of records) expect(record.value).toStrictEqual(ownValue(record.row));
  });

  it('gives a row that repeats the project cells above it that row\'s value, frozen, and a new one when any cell differs', () => {
    const [first, second, third, changedBudget, other, afterBlank, yearUnread] = records;
    expect(second.value).toBe(first.value);
    expect(third.value).toBe(first.value);
    expect(Object.isFrozen(first.value)).toBe(true);
    expect(changedBudget.value).not.toBe(first.value);
    expect(other.value).not.toBe(changedBudget.value);
    // A blank row between two rows of a project does not part them.
    expect(afterBlank.value).toBe(other.value);
    expect(yearUnread.value).not.toBe(other.value);
    expect(yearUnread.value.fiscalYear).toBeUndefined();
    expect(Object.isFrozen(yearUnread.value)).toBe(false);
  });
});
