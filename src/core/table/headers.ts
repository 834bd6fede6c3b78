import type { Field } from '../model';

/**
 * Header texts per field, Thai and English (DESIGN §3). Matching is on the
 * normalised form, so case, spaces, punctuation and zero-width characters
 * do not matter, and a trailing unit ("(บาท)", "%", "พ.ศ.") is ignored.
 */
export const HEADER_SYNONYMS: Record<Field, readonly string[]> = {
  code: ['รหัสโครงการ', 'รหัส', 'รหัสโครงการ/กิจกรรม', 'project code', 'code', 'project id'],
  name: ['ชื่อโครงการ', 'ชื่อโครงการ/กิจกรรม', 'โครงการ', 'โครงการ/กิจกรรม', 'ชื่อกิจกรรม', 'project name', 'project', 'name'],
  fiscalYear: ['ปีงบประมาณ', 'ปีงบ', 'ปี', 'fiscal year', 'fy', 'year'],
  startDate: ['เริ่มต้นโครงการ', 'วันเริ่มต้นโครงการ', 'วันที่เริ่มต้นโครงการ', 'วันเริ่มต้น', 'วันที่เริ่มต้น', 'วันเริ่มโครงการ', 'เริ่มต้น', 'เริ่ม', 'start', 'start date', 'project start'],
  endDate: ['สิ้นสุดโครงการ', 'วันสิ้นสุดโครงการ', 'วันที่สิ้นสุดโครงการ', 'วันสิ้นสุด', 'วันที่สิ้นสุด', 'สิ้นสุด', 'end', 'end date', 'finish date', 'project end'],
  budget: ['งบประมาณที่ได้รับ', 'งบประมาณ', 'งบประมาณที่ได้รับจัดสรร', 'วงเงินงบประมาณ', 'budget', 'budget received'],
  spent: ['งบประมาณที่ใช้ไป', 'ใช้ไป', 'งบประมาณที่ใช้', 'spent', 'budget spent'],
  returned: ['งบประมาณที่ส่งคืน', 'ส่งคืน', 'เงินส่งคืน', 'returned', 'budget returned'],
  agency: ['หน่วยงานที่รับผิดชอบ', 'หน่วยงานรับผิดชอบ', 'หน่วยงาน', 'agency', 'department', 'responsible agency'],
  owner: ['ผู้รับผิดชอบ', 'ชื่อผู้รับผิดชอบ', 'ผู้รับผิดชอบโครงการ', 'owner', 'responsible person'],
  coordinator: ['ผู้ประสานงาน', 'coordinator', 'contact'],
  strategy: ['ยุทธศาสตร์', 'ประเด็นยุทธศาสตร์', 'สนับสนุนแผนพัฒนากทม.ระยะ 20 ปี', 'strategy'],
  rationale: ['หลักการและเหตุผล', 'rationale'],
  objectives: ['วัตถุประสงค์', 'วัตถุประสงค์ของโครงการ', 'objectives'],
  targets: ['เป้าหมาย', 'เป้าหมายของโครงการ', 'targets'],
  reportNo: ['รายงานครั้งที่', 'ครั้งที่', 'ครั้งที่รายงาน', 'report no', 'report no.', 'report number', 'report'],
  reportDate: ['วันที่รายงาน', 'วันที่', 'ณ วันที่', 'report date', 'date'],
  stage: ['ขั้นตอนการดำเนินงาน', 'ขั้นตอน', 'อยู่ระหว่างขั้นตอน', 'ผลการดำเนินงาน', 'รายละเอียด', 'stage', 'status', 'details'],
  progress: ['ความก้าวหน้า', 'ความก้าวหน้าของงาน', 'ความก้าวหน้าของงานฯ', 'ร้อยละความก้าวหน้า', 'progress'],
  disbursedToDate: ['เบิกจ่ายสะสม', 'งบประมาณที่เบิกจ่ายสะสม', 'ยอดเบิกจ่ายสะสม', 'เบิกจ่ายรวม', 'disbursed to date', 'cumulative disbursement'],
  disbursedInPeriod: ['เบิกจ่ายในงวด', 'งบประมาณที่เบิกใช้', 'เบิกจ่ายครั้งนี้', 'งบประมาณที่เบิกใช้ครั้งนี้', 'เบิกจ่าย', 'disbursed in period', 'disbursed'],
  onPlan: ['เป็นไปตามแผน', 'ตามแผน', 'on plan'],
  onTarget: ['เป็นไปตามเป้าหมาย', 'ตามเป้าหมาย', 'on target'],
};

const THAI_ZERO = 0x0e50;

/**
 * The form headers are compared in: lower case, Thai digits as Arabic, without
 * spaces, punctuation, symbols or invisible characters (Thai vowels and tone
 * marks are kept — they are letters' marks, not punctuation).
 * `normalizeHeader(' ชื่อโครงการ/กิจกรรม ')` → `ชื่อโครงการกิจกรรม`.
 */
export function normalizeHeader(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\u0e50-\u0e59]/g, (d) => String(d.charCodeAt(0) - THAI_ZERO))
    .replace(/[\p{P}\p{S}\p{Z}\p{C}\s]/gu, '');
}

/** Units written after a header that do not change its meaning. */
const UNIT_SUFFIX = /(?:\((?:บาท|baht|thb|%|ร้อยละ|percent|พ\.?ศ\.?|be|ล้านบาท)\)|บาท|baht|thb|%|ร้อยละ|percent|พ\.?\s*ศ\.?)\s*$/iu;

function headerForms(text: string): string[] {
  const forms = [normalizeHeader(text)];
  let stripped = text.trim();
  for (let i = 0; i < 2 && UNIT_SUFFIX.test(stripped); i++) stripped = stripped.replace(UNIT_SUFFIX, '').trim();
  const withoutUnit = normalizeHeader(stripped);
  if (withoutUnit && withoutUnit !== forms[0]) forms.push(withoutUnit);
  return forms;
}

const FIELD_BY_HEADER = new Map<string, Field>();
for (const [field, synonyms] of Object.entries(HEADER_SYNONYMS) as [Field, readonly string[]][]) {
  for (const synonym of synonyms) {
    const key = normalizeHeader(synonym);
    if (!FIELD_BY_HEADER.has(key)) FIELD_BY_HEADER.set(key, field);
  }
}

/** The field a header names, if any: `fieldOfHeader('งบประมาณที่ได้รับ (บาท)')` → `budget`. */
export function fieldOfHeader(text: string): Field | undefined {
  for (const form of headerForms(text)) {
    const field = FIELD_BY_HEADER.get(form);
    if (field) return field;
  }
  return undefined;
}
