import { FIELD_KIND, type Field, type FieldKind } from '../model';
import { headerConcepts, type Concept, type ConceptWord } from './header-words';

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
  stage: ['ขั้นตอนการดำเนินงาน', 'ขั้นตอน', 'อยู่ระหว่างขั้นตอน', 'รายละเอียด', 'stage', 'status', 'details'],
  progress: ['ความก้าวหน้า', 'ความก้าวหน้าของงาน', 'ความก้าวหน้าของงานฯ', 'ร้อยละความก้าวหน้า', 'progress'],
  disbursedToDate: ['เบิกจ่ายสะสม', 'งบประมาณที่เบิกจ่ายสะสม', 'ยอดเบิกจ่ายสะสม', 'เบิกจ่ายรวม', 'disbursed to date', 'cumulative disbursement'],
  disbursedInPeriod: ['เบิกจ่ายในงวด', 'เบิกจ่ายครั้งนี้', 'งบประมาณที่เบิกใช้ครั้งนี้', 'disbursed in period'],
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

/** The field kinds a unit suits: `(บาท)` an amount, `%` a percent, `พ.ศ.` a year or a date. */
function kindsOfUnit(unit: string): readonly FieldKind[] {
  if (/%|ร้อยละ|percent/iu.test(unit)) return ['percent'];
  if (/พ\.?\s*ศ|\bbe\b/iu.test(unit)) return ['year', 'date'];
  return ['amount'];
}

/**
 * The header as compared with the accepted names: whole, and without its trailing units, which
 * count only for a field they suit — `เป้าหมาย (ร้อยละ)` is a target figure, not the targets text.
 */
function headerForms(text: string): { key: string; kinds?: readonly FieldKind[] }[] {
  const forms: { key: string; kinds?: readonly FieldKind[] }[] = [{ key: normalizeHeader(text) }];
  let stripped = text.trim();
  const kinds = new Set<FieldKind>();
  for (let i = 0; i < 2; i++) {
    const unit = UNIT_SUFFIX.exec(stripped);
    if (!unit) break;
    for (const kind of kindsOfUnit(unit[0])) kinds.add(kind);
    stripped = stripped.slice(0, unit.index).trim();
  }
  const withoutUnit = normalizeHeader(stripped);
  if (withoutUnit && withoutUnit !== forms[0].key) forms.push({ key: withoutUnit, kinds: [...kinds] });
  return forms;
}

const FIELD_BY_HEADER = new Map<string, Field>();
for (const [field, synonyms] of Object.entries(HEADER_SYNONYMS) as [Field, readonly string[]][]) {
  for (const synonym of synonyms) {
    const key = normalizeHeader(synonym);
    if (!FIELD_BY_HEADER.has(key)) FIELD_BY_HEADER.set(key, field);
  }
}

/**
 * What a header says about its column (DESIGN §3): a field (`synonym`: an accepted header
 * name; `meaning`: its words), two fields the column's data must decide between (`open`), or
 * none. `blockedBy` names the word that kept a tempting field away (`แผน`: a planned figure).
 */
export interface HeaderRecognition {
  field?: Field;
  /** The open pair for `open`; the likely field of a header too vague to map (`ร้อยละ`); else empty. */
  candidates: Field[];
  how: 'synonym' | 'meaning' | 'open' | 'none';
  blockedBy?: string;
}

const NONE: HeaderRecognition = Object.freeze({ candidates: [], how: 'none' }) as HeaderRecognition;

/** Concepts naming something other than a field: a column with one of them carries no field. */
const OTHER_SUBJECT: readonly Concept[] = ['sequence', 'remark', 'problem', 'phone', 'signature', 'contract', 'indicator', 'duration', 'instalment'];
/** Concepts that turn an actual figure or date into a planned, compared or remaining one. */
const NOT_ACTUAL: readonly Concept[] = ['plan', 'target', 'compare', 'remaining'];

/**
 * Decides the field from a header's concepts: the subject first (something else, yes/no,
 * money, dates, report number, progress, codes and names), then the qualifiers, and any word
 * that changes the meaning blocks the match. A wrong mapping is worse than none.
 */
function fieldByMeaning(found: readonly ConceptWord[]): HeaderRecognition {
  if (found.length === 0) return NONE;
  const has = (...concepts: Concept[]) => concepts.some((c) => found.some((f) => f.concept === c));
  const wordOf = (concepts: readonly Concept[]) => found.find((f) => concepts.includes(f.concept))?.words;
  const mapped = (field: Field): HeaderRecognition => ({ field, candidates: [], how: 'meaning' });
  const blocked = (concepts: readonly Concept[]): HeaderRecognition => ({ candidates: [], how: 'none', blockedBy: wordOf(concepts) });
  const open = (...fields: Field[]): HeaderRecognition => ({ candidates: fields, how: 'open' });
  const notActual = has(...NOT_ACTUAL);

  // A remark, a row number, a phone: the column is about something else, which is no finding.
  if (has(...OTHER_SUBJECT)) return NONE;
  if (has('onPlan', 'onTarget') && !has('disburse', 'spent', 'budget', 'percent', 'amount', 'date')) {
    return mapped(has('onPlan') ? 'onPlan' : 'onTarget');
  }
  // Money: what was disbursed, spent, returned or received.
  if (has('disburse')) {
    if (notActual || has('onPlan', 'onTarget')) return blocked([...NOT_ACTUAL, 'onPlan', 'onTarget']);
    if (has('percent', 'return', 'approve', 'source', 'date', 'asOf', 'code')) return blocked(['percent', 'return', 'approve', 'source', 'date', 'asOf', 'code']);
    if (has('cumulative')) return mapped('disbursedToDate');
    if (has('period')) return mapped('disbursedInPeriod');
    return open('disbursedToDate', 'disbursedInPeriod');
  }
  if (has('return')) {
    if (notActual || has('percent', 'date')) return blocked([...NOT_ACTUAL, 'percent', 'date']);
    return mapped('returned');
  }
  if (has('remaining')) return blocked(['remaining']);
  if (has('spent') && !has('progress', 'result')) {
    if (notActual || has('percent', 'source', 'date', 'code')) return blocked([...NOT_ACTUAL, 'percent', 'source', 'date', 'code']);
    if (has('cumulative')) return mapped('disbursedToDate');
    if (has('period')) return mapped('disbursedInPeriod');
    return mapped('spent');
  }
  if (has('budget') && !has('fiscalYear')) {
    if (notActual || has('percent', 'source', 'date', 'code', 'asOf', 'progress', 'result')) {
      return blocked([...NOT_ACTUAL, 'percent', 'source', 'date', 'code', 'asOf', 'progress', 'result']);
    }
    return mapped('budget');
  }
  // `จำนวนเงิน (บาท)`: money, but which money only the user can say.
  if (has('amount') && !has('progress', 'result', 'percent')) {
    return notActual ? blocked(NOT_ACTUAL) : { candidates: ['disbursedToDate', 'disbursedInPeriod', 'budget', 'spent'], how: 'none' };
  }
  // Dates: start, end, the report's date.
  if (has('date', 'asOf', 'start', 'end')) {
    if (notActual || has('approve')) return blocked([...NOT_ACTUAL, 'approve']);
    const completion = found.some((f) => f.concept === 'progress' && /^complet/.test(f.words));
    if (has('start') && (has('end') || completion)) return NONE;
    if (has('start')) return mapped('startDate');
    if (has('end') || completion) return mapped('endDate');
    if (has('asOf')) return mapped('reportDate');
    if (has('date') && !has('project', 'name', 'code', 'year', 'fiscalYear')) return mapped('reportDate');
    return NONE;
  }
  // `ครั้งที่` alone is the form's report number; `No.` alone is a row number.
  if (has('report') && has('ordinal', 'code')) return mapped('reportNo');
  if (found.some((f) => f.concept === 'ordinal' && f.words.startsWith('ครั้ง')) && !has('project', 'name')) return mapped('reportNo');
  // Progress: a percent of the work done, or a result the data must read.
  if (has('progress') || (has('result') && has('percent', 'actual'))) {
    if (notActual) return blocked(NOT_ACTUAL);
    return mapped('progress');
  }
  if (has('result')) {
    if (notActual) return blocked(NOT_ACTUAL);
    if (has('stage')) return mapped('stage');
    return open('progress', 'stage');
  }
  if (has('percent')) return notActual ? blocked(NOT_ACTUAL) : { candidates: ['progress'], how: 'none' };
  if (has('code')) {
    if (has('agency', 'budget', 'source', 'owner', 'coordinator', 'strategy', 'approve')) return blocked(['agency', 'budget', 'source', 'owner', 'coordinator', 'strategy', 'approve']);
    return has('report') ? mapped('reportNo') : mapped('code');
  }
  if (has('fiscalYear', 'year')) return mapped('fiscalYear');
  if (has('coordinator')) return mapped('coordinator');
  // `หน่วยงานที่รับผิดชอบ` is an agency; `ผู้รับผิดชอบ`, a responsible person, is the owner.
  if (has('owner') && !(has('agency') && !found.some((f) => f.concept === 'owner' && /^(ผู้|owner|officer|person|manager)/.test(f.words)))) return mapped('owner');
  if (has('agency')) return mapped('agency');
  if (has('strategy')) return mapped('strategy');
  if (has('rationale')) return mapped('rationale');
  if (has('objective')) return mapped('objectives');
  if (has('target') && !has('plan', 'compare')) return mapped('targets');
  if (has('stage')) return notActual ? blocked(NOT_ACTUAL) : mapped('stage');
  if (has('project', 'name')) return notActual ? blocked(NOT_ACTUAL) : mapped('name');
  return NONE;
}

/**
 * Lower-case words joined by hyphens (`spent-exceeds-budget`) are an identifier — a rule id in an
 * Issues sheet, a key — not a header written for people: read by accepted names only.
 */
const IDENTIFIER = /^[a-z0-9]+(?:-[a-z0-9]+)+$/;

const RECOGNISED = new Map<string, HeaderRecognition>();
const RECOGNISED_LIMIT = 10_000;

/**
 * What a header says about its column: an accepted name first, else its words' meaning.
 * `recognizeHeader('ผลการเบิกจ่ายสะสม (บาท)')` → `{ field: 'disbursedToDate', how: 'meaning' }`;
 * `recognizeHeader('งบประมาณที่เบิกใช้ (บาท)')` → open between disbursedToDate and disbursedInPeriod;
 * `recognizeHeader('แผนการเบิกจ่าย (บาท)')` → none, blocked by `แผนการ`.
 */
export function recognizeHeader(text: string): HeaderRecognition {
  const known = RECOGNISED.get(text);
  if (known) return known;
  let recognition: HeaderRecognition = NONE;
  for (const { key, kinds } of headerForms(text)) {
    const field = FIELD_BY_HEADER.get(key);
    if (field && (!kinds || kinds.includes(FIELD_KIND[field]))) { recognition = { field, candidates: [], how: 'synonym' }; break; }
  }
  if (recognition === NONE && text.trim() !== '' && !IDENTIFIER.test(text.trim())) recognition = fieldByMeaning(headerConcepts(text));
  // Headers repeat across the sheets and rows looked at; a bound keeps a hostile file from growing it.
  if (RECOGNISED.size >= RECOGNISED_LIMIT) RECOGNISED.clear();
  RECOGNISED.set(text, Object.freeze(recognition));
  return recognition;
}

/** The field a header names on its own, if any: `fieldOfHeader('งบประมาณที่ได้รับ (บาท)')` → `budget`. */
export function fieldOfHeader(text: string): Field | undefined {
  return recognizeHeader(text).field;
}
