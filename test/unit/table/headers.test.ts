import { fieldOfHeader, normalizeHeader } from '../../../src/core/table/headers';

describe('header mapping', () => {
  it.each([
    ['รหัสโครงการ', 'code'],
    ['ชื่อโครงการ/กิจกรรม', 'name'],
    ['ปีงบประมาณ พ.ศ.', 'fiscalYear'],
    ['เริ่มต้นโครงการ', 'startDate'],
    ['สิ้นสุดโครงการ', 'endDate'],
    ['งบประมาณที่ได้รับ (บาท)', 'budget'],
    ['งบประมาณที่ใช้ไป', 'spent'],
    ['หน่วยงานที่รับผิดชอบ', 'agency'],
    ['รายงานครั้งที่', 'reportNo'],
    ['วันที่รายงาน', 'reportDate'],
    ['ความก้าวหน้า (%)', 'progress'],
    ['ความก้าวหน้าของงานฯ', 'progress'],
    ['เบิกจ่ายสะสม (บาท)', 'disbursedToDate'],
    ['เป็นไปตามแผน', 'onPlan'],
    ['เป็นไปตามเป้าหมาย', 'onTarget'],
    ['เป้าหมาย', 'targets'],
    ['Project Code', 'code'],
    ['  BUDGET (THB) ', 'budget'],
    ['Progress %', 'progress'],
    ['report_no', 'reportNo'],
    ['ความ\u200bก้าวหน้า', 'progress'],
  ])('%s → %s', (text, field) => {
    expect(fieldOfHeader(text)).toBe(field);
  });

  it.each(['หมายเหตุ', 'remarks', '', 'ลำดับ'])('%s maps to no field', (text) => {
    expect(fieldOfHeader(text)).toBeUndefined();
  });

  it('ignores case, spaces, punctuation and zero-width characters but keeps Thai marks', () => {
    expect(normalizeHeader(' Report-No. ')).toBe('reportno');
    expect(normalizeHeader('ความ\u200bก้าว หน้า')).toBe('ความก้าวหน้า');
    expect(normalizeHeader('ปี ๒๕๖๓')).toBe('ปี2563');
  });
});
