import { readSourceSheet } from '../../../src/core/consolidate/read-source';
import { headerVocabulary } from '../../../src/core/table/read-tables';
import { PRINTED_FORM } from '../../consolidate/agency-files';
import { gridOf } from './form-grid';

/**
 * How each sheet of a source is read, decided once on its first rows: a table, the standard form
 * as typed, the printed form pasted into a sheet.
 */

const vocabulary = headerVocabulary(undefined);

describe('readSourceSheet', () => {
  it('reads a table under title rows written like the printout\'s labels as the table it is', () => {
    const grid = gridOf('โครงการ', [
      ['หน่วยงาน : สำนักการโยธา'],
      ['ปีงบประมาณ : 2563'],
      ['ผู้รับผิดชอบ : นาย ก'],
      [],
      ['รหัสโครงการ', 'ชื่อโครงการ', 'งบประมาณ', 'เริ่มต้น', 'สิ้นสุด'],
      ['03000000-2457', 'ถนน', 1_918_000, 43739, 44074],
      ['03000000-2458', 'คลอง', 500_000, 43739, 44074],
    ]);
    const reading = readSourceSheet(grid, 'agency.xlsx', vocabulary);
    expect(reading.kind).toBe('table');
    expect(reading.records.projects.map((row) => [row.source.row, row.values.code, row.values.budget])).toEqual([
      [6, '03000000-2457', 1_918_000],
      [7, '03000000-2458', 500_000],
    ]);
  });

  it('reads the printout pasted into column A as the printed form, its entries as reports', () => {
    const reading = readSourceSheet(gridOf('วางข้อความ', PRINTED_FORM.map((line) => [line])), 'pasted.xlsx', vocabulary);
    expect(reading.kind).toBe('printed-form');
    expect(reading.records.projects.map((row) => row.values.code)).toEqual(['03000000-2457']);
    expect(reading.records.reports.map((row) => [row.source.row, row.values.reportNo, row.values.disbursedInPeriod])).toEqual([
      [12, '1', '0 บาท'],
      [13, '2', '500,000 บาท'],
    ]);
  });

  it('reads a form typed with section 2 as a table as the standard form', () => {
    const reading = readSourceSheet(gridOf('แบบฟอร์ม', [
      ['รหัสโครงการ', '03000000-2901'],
      ['ชื่อโครงการ', 'ก่อสร้างสะพาน'],
      ['ปีงบประมาณ', 2563],
      [],
      ['รายงานครั้งที่', 'วันที่รายงาน', 'ความก้าวหน้า (%)', 'เบิกจ่ายสะสม (บาท)'],
      [1, '31/10/2562', 15, 0],
    ]), 'form.xlsx', vocabulary);
    expect(reading.kind).toBe('form');
    expect(reading.records.reports.map((row) => row.values)).toEqual([{ code: '03000000-2901', reportNo: 1, reportDate: '31/10/2562', progress: 15, disbursedToDate: 0 }]);
  });
});
