import type { LocalizedText, RuleId } from '../core/model';

/**
 * A short title per rule id (DESIGN §5), for the findings list's group headings.
 * The full wording of a finding is the rule's own message; this only names the kind.
 */
export const RULE_TITLE: Record<RuleId, LocalizedText> = {
  // structure and cells
  'missing-column': { th: 'ไม่มีคอลัมน์ที่จำเป็น', en: 'Missing required column' },
  'duplicate-header': { th: 'หัวคอลัมน์ซ้ำ', en: 'Duplicate column header' },
  'blank-header': { th: 'หัวคอลัมน์ว่าง', en: 'Blank column header' },
  'unknown-column': { th: 'คอลัมน์ที่ไม่รู้จัก', en: 'Unrecognised column' },
  'rules-not-run': { th: 'มีกฎที่ไม่ได้ตรวจ', en: 'Checks not run' },
  'blank-row': { th: 'แถวว่างในตาราง', en: 'Blank row in a table' },
  'csv-broken-quote': { th: 'แถวถูกอ่านรวมในเซลล์เดียว (อัญประกาศไม่ปิด)', en: 'Rows read into one cell (unclosed quote)' },
  'duplicate-row': { th: 'แถวซ้ำ', en: 'Duplicate row' },
  'formula-error': { th: 'สูตรคำนวณผิดพลาด', en: 'Formula error' },
  'required-value': { th: 'ไม่ได้กรอกข้อมูลที่จำเป็น', en: 'Required value missing' },
  'invalid-date': { th: 'อ่านวันที่ไม่ได้', en: 'Unreadable date' },
  'ambiguous-date': { th: 'วันที่กำกวม', en: 'Ambiguous date' },
  'mixed-date-format': { th: 'รูปแบบวันที่ปนกัน', en: 'Mixed date formats' },
  'invalid-number': { th: 'อ่านตัวเลขไม่ได้', en: 'Unreadable number' },
  'number-as-text': { th: 'ตัวเลขที่เก็บเป็นข้อความ', en: 'Number stored as text' },
  'thai-digits': { th: 'ใช้เลขไทย', en: 'Thai digits' },
  'stray-whitespace': { th: 'มีช่องว่างเกิน', en: 'Stray spaces' },
  'invalid-code': { th: 'รหัสโครงการไม่ตรงรูปแบบ', en: 'Invalid project code' },
  'out-of-range': { th: 'ค่าอยู่นอกช่วงที่ยอมรับ', en: 'Value out of range' },
  // projects
  'duplicate-project': { th: 'รหัสโครงการซ้ำ', en: 'Duplicate project' },
  'conflicting-project-fields': { th: 'ข้อมูลโครงการเดียวกันไม่ตรงกัน', en: 'Conflicting project details' },
  'date-order': { th: 'วันเริ่มต้นอยู่หลังวันสิ้นสุด', en: 'Start date after end date' },
  'outside-fiscal-year': { th: 'วันที่อยู่นอกปีงบประมาณ', en: 'Outside the fiscal year' },
  'spent-exceeds-budget': { th: 'ใช้งบประมาณเกินที่ได้รับ', en: 'Spent exceeds budget' },
  'spent-mismatch': { th: 'งบที่ใช้ไปไม่ตรงกับเบิกจ่ายสะสม', en: 'Spent differs from disbursement' },
  'budget-balance': { th: 'งบใช้ไปและส่งคืนไม่สมดุลกับงบที่ได้รับ', en: 'Spent and returned do not balance the budget' },
  // reports
  'unknown-project': { th: 'รายงานของโครงการที่ไม่มีในตาราง', en: 'Report for an unknown project' },
  'duplicate-report': { th: 'รายงานซ้ำ', en: 'Duplicate report' },
  'report-number-gap': { th: 'ลำดับครั้งที่รายงานข้าม', en: 'Gap in report numbers' },
  'report-date-order': { th: 'วันที่รายงานย้อนลำดับ', en: 'Report dates out of order' },
  'report-outside-period': { th: 'รายงานอยู่นอกช่วงโครงการ', en: 'Report outside the project period' },
  'progress-decrease': { th: 'ความก้าวหน้าลดลง', en: 'Progress decreased' },
  'disbursement-decrease': { th: 'เบิกจ่ายสะสมลดลง', en: 'Disbursement decreased' },
  'progress-without-disbursement': { th: 'มีความก้าวหน้าแต่ยังไม่เบิกจ่าย', en: 'Progress without disbursement' },
  'completed-without-disbursement': { th: 'เสร็จ 100% แต่ไม่มีการเบิกจ่าย', en: 'Completed without disbursement' },
  'progress-disbursement-gap': { th: 'ความก้าวหน้านำการเบิกจ่ายมาก', en: 'Progress far ahead of disbursement' },
  'disbursement-exceeds-budget': { th: 'เบิกจ่ายเกินงบประมาณ', en: 'Disbursement exceeds budget' },
  'on-plan-but-behind': { th: 'ระบุว่าตามแผนแต่ล่าช้า', en: 'Marked on plan but behind' },
  'label-mismatch': { th: 'ข้อความระบุครั้งที่รายงานไม่ตรง', en: 'Report number in text differs' },
  'conflicting-progress': { th: 'ตัวเลขความก้าวหน้าขัดกัน', en: 'Conflicting progress figures' },
  'report-interval': { th: 'เว้นช่วงระหว่างรายงานนานเกินไป', en: 'Long gap between reports' },
  'missing-disbursement': { th: 'ไม่ได้กรอกยอดเบิกจ่าย', en: 'Disbursement not stated' },
  'too-many-findings': { th: 'พบปัญหามากเกินกว่าที่แสดง', en: 'More findings than listed' },
};
