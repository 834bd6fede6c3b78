/**
 * Tables and findings of the column mapping's tests: columns not recognised, one read from its
 * data, and the findings that lead to the mapping (unknown column, missing column, checks not run).
 */
import type { Issue } from '../../src/core/model';
import type { TableInfo } from '../../src/excel/types';

/**
 * A projects table whose "returned" column was not recognised (C may hold it, by its words) and
 * a reports table with a column read from its data (G) and one not read at all (H).
 */
export const MAPPING_TABLES: TableInfo[] = [
  {
    sheet: 'Projects', role: 'projects', headerRow: 1, rows: 3,
    headers: [
      { column: 'A', text: 'รหัสโครงการ', field: 'code', recognition: 'synonym' },
      { column: 'B', text: 'ชื่อโครงการ', field: 'name', recognition: 'synonym' },
      { column: 'C', text: 'เงินเหลือจ่าย', recognition: 'none', candidates: ['returned', 'spent'] },
      { column: 'D', text: 'หมายเหตุ', recognition: 'none' },
    ],
  },
  {
    sheet: 'Reports', role: 'reports', headerRow: 2, rows: 6,
    headers: [
      { column: 'A', text: 'รหัสโครงการ', field: 'code', recognition: 'synonym' },
      { column: 'B', text: 'รายงานครั้งที่', field: 'reportNo', recognition: 'synonym' },
      { column: 'F', text: 'ความก้าวหน้า', field: 'progress', recognition: 'synonym' },
      {
        column: 'G', text: 'งบประมาณที่เบิกใช้ (บาท)', field: 'disbursedToDate', recognition: 'data',
        candidates: ['disbursedToDate', 'disbursedInPeriod'],
        reason: {
          th: '"งบประมาณที่เบิกใช้ (บาท)" อ่านเป็นยอดสะสม: ไม่เคยลดลง',
          en: '"งบประมาณที่เบิกใช้ (บาท)" read as cumulative: never decreases',
        },
      },
      // `budget` is a project's field: not offered in a reports table.
      { column: 'H', text: 'ยอดเงินงวดนี้', recognition: 'none', candidates: ['disbursedInPeriod', 'budget', 'disbursedToDate'] },
    ],
  },
];

export const UNKNOWN_H: Issue = {
  rule: 'unknown-column', severity: 'info', sheet: 'Reports', cell: 'H2', cells: ['H2'], value: 'ยอดเงินงวดนี้',
  message: {
    th: 'ไม่รู้จักหัวคอลัมน์ "ยอดเงินงวดนี้" (คอลัมน์ H) ข้อมูลในคอลัมน์นี้จึงไม่ถูกตรวจสอบ',
    en: 'The header "ยอดเงินงวดนี้" (column H) matches no known field, so the column is not checked',
  },
};

export const RETURNED_NOT_RUN: Issue = {
  rule: 'rules-not-run', severity: 'warning', sheet: 'Projects', cell: 'A1', cells: ['A1'], field: 'returned',
  message: {
    th: 'ไม่พบคอลัมน์งบประมาณที่ส่งคืนในแผ่นงาน "Projects" จึงไม่ได้ตรวจ 1 กฎที่ต้องใช้ข้อมูลนี้ (budget-balance) คอลัมน์ C "เงินเหลือจ่าย" น่าจะเป็นงบประมาณที่ส่งคืน',
    en: 'Budget returned was not found on sheet "Projects": 1 rule needing it was not run (budget-balance). Column C "เงินเหลือจ่าย" looks like budget returned.',
  },
};

export const NO_START_DATE: Issue = {
  rule: 'missing-column', severity: 'error', sheet: 'Projects', cell: 'A1', cells: ['A1'], field: 'startDate',
  message: {
    th: 'ตารางในแผ่นงาน "Projects" ไม่มีคอลัมน์ "วันเริ่มต้นโครงการ" ซึ่งจำเป็นต้องมี',
    en: 'The table on sheet "Projects" has no "start date" column, which is required',
  },
};

export const PROGRESS_WARNING: Issue = {
  rule: 'progress-without-disbursement', severity: 'warning', sheet: 'Reports', cell: 'F7', cells: ['F7'], project: '03000000-2458',
  report: 1, field: 'progress', value: 40,
  message: { th: 'ความก้าวหน้า 40.00% แต่ยังไม่เบิกจ่าย', en: 'Progress 40.00% with nothing disbursed' },
};
