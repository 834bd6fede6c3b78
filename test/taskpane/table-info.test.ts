import type { SheetTable } from '../../src/core/table/types';
import { tableInfo } from '../../src/excel/checker';

describe('what the pane is told of a table', () => {
  it('carries each header’s recognition, candidates and reason through from the core', () => {
    const reason = { th: '"งบประมาณที่เบิกใช้ (บาท)" อ่านเป็นยอดสะสม: ไม่เคยลดลง', en: '"งบประมาณที่เบิกใช้ (บาท)" read as cumulative: never decreases' };
    const table: SheetTable = {
      sheet: 'รายงาน', role: 'reports', headerRow: 2, tableName: 'Reports',
      headers: [
        { column: 'A', address: 'A2', text: 'รหัสโครงการ', field: 'code', recognition: 'synonym' },
        { column: 'B', address: 'B2', text: 'งบประมาณที่เบิกใช้ (บาท)', field: 'disbursedToDate', recognition: 'data', candidates: ['disbursedToDate', 'disbursedInPeriod'], reason },
        { column: 'C', address: 'C2', text: 'ยอดเงิน', recognition: 'none', candidates: [] },
        { column: 'D', address: 'D2', text: 'หมายเหตุ' },
      ],
      columns: { code: 'A', disbursedToDate: 'B' },
      rows: [],
    };
    expect(tableInfo(table)).toEqual({
      sheet: 'รายงาน', role: 'reports', headerRow: 2, rows: 0, tableName: 'Reports',
      headers: [
        { column: 'A', text: 'รหัสโครงการ', field: 'code', recognition: 'synonym' },
        { column: 'B', text: 'งบประมาณที่เบิกใช้ (บาท)', field: 'disbursedToDate', recognition: 'data', candidates: ['disbursedToDate', 'disbursedInPeriod'], reason },
        { column: 'C', text: 'ยอดเงิน', recognition: 'none' },
        { column: 'D', text: 'หมายเหตุ' },
      ],
    });
  });
});
