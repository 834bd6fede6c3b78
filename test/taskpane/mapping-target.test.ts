import type { Issue } from '../../src/core/model';
import type { TableInfo } from '../../src/excel/types';
import { columnsThatMayHold, mappingTarget } from '../../src/taskpane/components/MappingPanel/mapping-target';

/** Two tables on one sheet (an Excel table under a plain range), and a reports sheet. */
const TABLES: TableInfo[] = [
  {
    sheet: 'แผน', role: 'projects', headerRow: 3, rows: 5,
    headers: [{ column: 'A', text: 'รหัสโครงการ', field: 'code' }, { column: 'B', text: 'หน่วยงาน' }],
  },
  {
    sheet: 'แผน', role: 'projects', headerRow: 20, rows: 5, tableName: 'Table2',
    headers: [{ column: 'A', text: 'รหัสโครงการ', field: 'code' }, { column: 'C', text: 'ส่งคืน', candidates: ['spent', 'returned'] }],
  },
  {
    sheet: 'รายงาน', role: 'reports', headerRow: 1, rows: 9,
    headers: [
      { column: 'A', text: 'รหัสโครงการ', field: 'code' },
      { column: 'E', text: 'ยอดเงิน', candidates: ['budget', 'disbursedInPeriod'] },
      { column: 'G', text: 'เบิกจ่าย', candidates: ['disbursedToDate'] },
    ],
  },
];

function finding(rule: Issue['rule'], sheet: string, cell: string, field?: string): Issue {
  return { rule, severity: 'warning', sheet, cell, cells: [cell], ...(field ? { field } : {}), message: { th: 'x', en: 'x' } };
}

describe('where "Map column…" leads', () => {
  it('an unknown column: its table (by the header row holding the cell) and its column', () => {
    expect(mappingTarget(finding('unknown-column', 'แผน', 'C20'), TABLES)).toEqual({ key: 'แผน#Table2', column: 'C' });
    expect(mappingTarget(finding('unknown-column', 'แผน', 'B3'), TABLES)).toEqual({ key: 'แผน#0', column: 'B' });
  });

  it('a missing field: its table, the likeliest column for it, and the field', () => {
    expect(mappingTarget(finding('rules-not-run', 'แผน', 'A20', 'returned'), TABLES))
      .toEqual({ key: 'แผน#Table2', column: 'C', fields: ['returned'] });
    expect(mappingTarget(finding('missing-column', 'แผน', 'A3', 'budget'), TABLES))
      .toEqual({ key: 'แผน#0', column: 'A', fields: ['budget'] });
  });

  it('disbursement not found: a column that may hold either figure is offered, the likelier first', () => {
    const target = mappingTarget(finding('rules-not-run', 'รายงาน', 'A1', 'disbursedToDate'), TABLES);
    expect(target).toEqual({ key: 'รายงาน#2', column: 'G', fields: ['disbursedToDate', 'disbursedInPeriod'] });
    expect(columnsThatMayHold(TABLES[2].headers, target!.fields!).map((h) => h.column)).toEqual(['G', 'E']);
  });

  it('nowhere for other findings, or when the table is not in the summary', () => {
    expect(mappingTarget(finding('invalid-date', 'แผน', 'B4'), TABLES)).toBeUndefined();
    expect(mappingTarget(finding('unknown-column', 'ไม่มี', 'B1'), TABLES)).toBeUndefined();
    expect(mappingTarget(finding('unknown-column', 'แผน', 'Z3'), TABLES)).toBeUndefined();
  });
});
