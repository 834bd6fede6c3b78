/**
 * The words of a header and what they mean: a header is split into Thai and English words
 * (`Intl.Segmenter`, Thai word granularity), units and filler are dropped, and each run of
 * words that carries a meaning becomes a concept — `เบิก|จ่าย|สะสม` → disburse + cumulative.
 * `headers.ts` decides the field from the concepts.
 */

/** What a word or run of words of a header says. */
export type Concept =
  | 'disburse' | 'cumulative' | 'period' | 'percent' | 'progress' | 'result' | 'date' | 'asOf'
  | 'report' | 'ordinal' | 'plan' | 'target' | 'return' | 'remaining' | 'budget' | 'spent' | 'approve'
  | 'code' | 'project' | 'name' | 'fiscalYear' | 'year' | 'start' | 'end' | 'agency' | 'owner'
  | 'coordinator' | 'strategy' | 'rationale' | 'objective' | 'stage' | 'onPlan' | 'onTarget'
  | 'contract' | 'phone' | 'problem' | 'indicator' | 'compare' | 'sequence' | 'remark' | 'source'
  | 'duration' | 'signature' | 'actual' | 'instalment' | 'amount';

/**
 * Thai words and runs of words, written without spaces, as the segmenter splits them at its
 * boundaries: a keyword matches only a run of whole words, so `แผน` (plan) never matches
 * inside `แผนก` (a section of an office). Longer runs are tried first.
 */
const THAI_WORDS: Record<string, Concept> = {
  เบิก: 'disburse', เบิกจ่าย: 'disburse', เบิกใช้: 'disburse', เบิกเงิน: 'disburse', การเบิกจ่าย: 'disburse',
  จ่ายเงิน: 'disburse',
  สะสม: 'cumulative', แล้ว: 'cumulative', รวม: 'cumulative', ยอดรวม: 'cumulative', ถึงปัจจุบัน: 'cumulative',
  ปัจจุบัน: 'cumulative', ทั้งหมด: 'cumulative',
  งวด: 'period', งวดนี้: 'period', เดือน: 'period', ประจำเดือน: 'period', รายเดือน: 'period', เดือนนี้: 'period',
  ครั้งนี้: 'period', ในงวด: 'period', ไตรมาส: 'period', ประจำงวด: 'period',
  ร้อยละ: 'percent', เปอร์เซ็นต์: 'percent', เปอร์เซนต์: 'percent',
  ความก้าวหน้า: 'progress', ก้าวหน้า: 'progress', ความคืบหน้า: 'progress', คืบหน้า: 'progress',
  ผลการดำเนินงาน: 'result', ผลดำเนินงาน: 'result', ผลการดำเนินการ: 'result', ผลงาน: 'result',
  ผลการปฏิบัติงาน: 'result', ดำเนินงาน: 'result', ดำเนินการ: 'result',
  วันที่: 'date', วัน: 'date', วันเดือนปี: 'date', ลงวันที่: 'date',
  ณวันที่: 'asOf', ณ: 'asOf', ข้อมูลณ: 'asOf',
  รายงาน: 'report', รายงานผล: 'report', การรายงาน: 'report',
  ครั้งที่: 'ordinal', ครั้ง: 'ordinal',
  แผน: 'plan', แผนการ: 'plan', ตามแผน: 'plan', ประมาณการ: 'plan', คาดการณ์: 'plan', คาดว่า: 'plan',
  เป้าหมาย: 'target', เป้า: 'target',
  ส่งคืน: 'return', คืน: 'return', เงินคืน: 'return', พับ: 'return',
  คงเหลือ: 'remaining', เหลือ: 'remaining', เหลือจ่าย: 'remaining', เงินเหลือจ่าย: 'remaining', ยอดคงเหลือ: 'remaining',
  งบประมาณ: 'budget', งบ: 'budget', วงเงิน: 'budget', วงเงินงบประมาณ: 'budget', ประมาณ: 'budget',
  ได้รับจัดสรร: 'budget', จัดสรร: 'budget',
  ใช้ไป: 'spent', ใช้จ่าย: 'spent', ค่าใช้จ่าย: 'spent', ใช้: 'spent',
  อนุมัติ: 'approve', เห็นชอบ: 'approve', ลงนาม: 'signature', ลายมือชื่อ: 'signature', ลงชื่อ: 'signature',
  รหัส: 'code', เลขที่: 'code', เลข: 'code', หมายเลข: 'code',
  โครงการ: 'project', กิจกรรม: 'project', แผนงานโครงการ: 'project',
  ชื่อ: 'name',
  ปีงบประมาณ: 'fiscalYear', ปีงบ: 'fiscalYear', ปี: 'year',
  เริ่ม: 'start', เริ่มต้น: 'start', เริ่มโครงการ: 'start',
  สิ้นสุด: 'end', เสร็จ: 'end', เสร็จสิ้น: 'end', แล้วเสร็จ: 'end', ครบกำหนด: 'end',
  หน่วยงาน: 'agency', สำนัก: 'agency', สำนักงาน: 'agency', กอง: 'agency', ส่วนราชการ: 'agency', แผนก: 'agency',
  ฝ่าย: 'agency', กลุ่มงาน: 'agency', เขต: 'agency', กรม: 'agency',
  ผู้รับผิดชอบ: 'owner', รับผิดชอบ: 'owner', เจ้าของโครงการ: 'owner',
  ผู้ประสานงาน: 'coordinator', ประสานงาน: 'coordinator', ผู้ติดต่อ: 'coordinator',
  ยุทธศาสตร์: 'strategy', ประเด็นยุทธศาสตร์: 'strategy', แผนพัฒนา: 'strategy', มิติ: 'strategy',
  หลักการ: 'rationale', เหตุผล: 'rationale', ความเป็นมา: 'rationale',
  วัตถุประสงค์: 'objective',
  ขั้นตอน: 'stage', สถานะ: 'stage', รายละเอียด: 'stage', สถานภาพ: 'stage',
  เป็นไปตามแผน: 'onPlan', เป็นไปตามเป้าหมาย: 'onTarget', ตามเป้าหมาย: 'onTarget', บรรลุเป้าหมาย: 'onTarget',
  สัญญา: 'contract', หนังสือ: 'contract', ผู้รับจ้าง: 'contract', คู่สัญญา: 'contract', ตรวจรับ: 'contract', ส่งมอบ: 'contract',
  โทร: 'phone', โทรศัพท์: 'phone', เบอร์: 'phone', เบอร์โทร: 'phone', อีเมล: 'phone',
  ปัญหา: 'problem', อุปสรรค: 'problem', ข้อเสนอแนะ: 'problem',
  ตัวชี้วัด: 'indicator',
  เทียบ: 'compare', เปรียบเทียบ: 'compare', ผลต่าง: 'compare', ส่วนต่าง: 'compare', สูงกว่า: 'compare', ต่ำกว่า: 'compare',
  ลำดับ: 'sequence', ลำดับที่: 'sequence',
  หมายเหตุ: 'remark',
  แหล่ง: 'source', แหล่งเงิน: 'source', ประเภท: 'source', หมวด: 'source', หมวดงบ: 'source',
  ระยะเวลา: 'duration',
  จริง: 'actual',
  งวดงาน: 'instalment', งวดที่: 'instalment',
  จำนวนเงิน: 'amount', ยอดเงิน: 'amount', ยอด: 'amount', เงิน: 'amount',
};

/**
 * English words by their start (`disburs` → disbursed, disbursement) — checked longest first,
 * so `projection` is a plan, not a project.
 */
const ENGLISH_STEMS: [string, Concept][] = [
  ['disburs', 'disburse'], ['paid', 'disburse'], ['payment', 'disburse'], ['drawdown', 'disburse'],
  ['cumulative', 'cumulative'], ['accumulated', 'cumulative'], ['todate', 'cumulative'], ['total', 'cumulative'],
  ['ytd', 'cumulative'],
  ['period', 'period'], ['monthly', 'period'], ['month', 'period'], ['quarter', 'period'], ['current', 'period'],
  ['percent', 'percent'], ['pct', 'percent'],
  ['progress', 'progress'], ['complet', 'progress'], ['accomplish', 'progress'],
  ['date', 'date'], ['asof', 'asOf'], ['dated', 'date'],
  ['report', 'report'],
  ['no', 'ordinal'], ['number', 'ordinal'], ['round', 'ordinal'],
  ['projection', 'plan'], ['planned', 'plan'], ['plan', 'plan'], ['forecast', 'plan'], ['expected', 'plan'],
  ['scheduled', 'plan'], ['baseline', 'plan'],
  ['target', 'target'],
  ['return', 'return'], ['refund', 'return'], ['lapsed', 'return'],
  ['remaining', 'remaining'], ['balance', 'remaining'], ['unspent', 'remaining'], ['available', 'remaining'],
  ['budget', 'budget'], ['allocat', 'budget'], ['appropriat', 'budget'], ['fund', 'budget'],
  ['spent', 'spent'], ['spend', 'spent'], ['expend', 'spent'], ['used', 'spent'],
  ['approv', 'approve'], ['sanction', 'approve'], ['financ', 'disburse'], ['sign', 'signature'],
  ['code', 'code'], ['id', 'code'],
  ['project', 'project'], ['activity', 'project'], ['programme', 'project'], ['program', 'project'],
  ['name', 'name'], ['title', 'name'],
  ['fiscal', 'fiscalYear'], ['fy', 'fiscalYear'], ['year', 'year'],
  ['start', 'start'], ['begin', 'start'], ['commenc', 'start'],
  ['end', 'end'], ['finish', 'end'], ['close', 'end'],
  ['agency', 'agency'], ['department', 'agency'], ['division', 'agency'], ['office', 'agency'], ['ministry', 'agency'],
  ['unit', 'agency'], ['organi', 'agency'], ['bureau', 'agency'],
  ['owner', 'owner'], ['officer', 'owner'], ['person', 'owner'], ['responsible', 'owner'], ['manager', 'owner'], ['incharge', 'owner'],
  ['coordinat', 'coordinator'], ['contact', 'coordinator'], ['focal', 'coordinator'],
  ['strateg', 'strategy'],
  ['rationale', 'rationale'], ['background', 'rationale'], ['justification', 'rationale'],
  ['objective', 'objective'], ['purpose', 'objective'], ['goal', 'objective'],
  ['stage', 'stage'], ['status', 'stage'], ['detail', 'stage'], ['description', 'stage'], ['phase', 'stage'],
  ['contract', 'contract'], ['vendor', 'contract'], ['supplier', 'contract'],
  ['phone', 'phone'], ['tel', 'phone'], ['email', 'phone'], ['mail', 'phone'],
  ['issue', 'problem'], ['problem', 'problem'], ['risk', 'problem'],
  ['indicator', 'indicator'], ['kpi', 'indicator'],
  ['variance', 'compare'], ['vs', 'compare'], ['versus', 'compare'], ['difference', 'compare'], ['deviation', 'compare'],
  ['seq', 'sequence'], ['item', 'sequence'],
  ['remark', 'remark'], ['note', 'remark'], ['comment', 'remark'],
  ['source', 'source'], ['type', 'source'], ['category', 'source'],
  ['duration', 'duration'],
  ['actual', 'actual'],
  ['instal', 'instalment'], ['tranche', 'instalment'], ['milestone', 'instalment'],
  ['amount', 'amount'], ['value', 'amount'],
];
ENGLISH_STEMS.sort((a, b) => b[0].length - a[0].length);

/** English words that stand alone: only the whole word counts (`end` is not `endorse`). */
const WHOLE_ENGLISH = new Set(['no', 'id', 'fy', 'end', 'vs', 'paid', 'used', 'sign', 'tel', 'plan', 'seq', 'round', 'unit']);

/** Words that say nothing about the field: units, particles, filler (DESIGN §3, issue list). */
const FILLER = new Set([
  'บาท', 'ล้าน', 'ล้านบาท', 'พศ', 'คศ', 'ที่', 'ของ', 'ทั้งสิ้น', 'และ', 'หรือ', 'ใน', 'การ', 'ความ', 'ได้', 'รับ',
  'ได้รับ', 'ผล', 'ข้อมูล', 'ฯ', 'ต่อ', 'กับ', 'ให้', 'เป็น', 'ไป', 'ตาม', 'จาก', 'ถึง', 'นี้', 'จำนวน',
  // English ones as one string: a plain list of them reads like import statements to the purity check.
  ...'the of and or in to a an for thb baht mb million be ce by per on at as this with from is mln'.split(' '),
]);

const THAI_ZERO = 0x0e50;

/** Longer text is a title, a note or data, never a column header: not split into words. */
export const LONGEST_HEADER = 160;
/** A sentence, not a header: more words than a header has (`ผลการเบิกจ่ายสะสม ณ สิ้นเดือน (บาท)` has 9). */
const MOST_HEADER_WORDS = 14;
/** An amount written out (`2,480,000`): data or a message, not a header. */
const WRITTEN_AMOUNT = /\d{1,3}(?:,\d{3})+/;

/** The header as segmented words: lower case, Thai digits as Arabic, punctuation gone. */
export function headerWords(text: string): string[] {
  const clean = text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\u0e50-\u0e59]/g, (d) => String(d.charCodeAt(0) - THAI_ZERO))
    // พ.ศ. and ค.ศ. are one unit; ฯ (an abbreviation mark) and ๆ are punctuation here.
    .replace(/พ\.\s*ศ\.?/g, ' พศ ')
    .replace(/ค\.\s*ศ\.?/g, ' คศ ')
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/[ฯๆ]/g, ' ')
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ');
  const words: string[] = [];
  for (const part of segmenter().segment(clean)) {
    if (part.isWordLike) words.push(part.segment);
  }
  return words;
}

let thaiSegmenter: Intl.Segmenter | undefined;
function segmenter(): Intl.Segmenter {
  thaiSegmenter ??= new Intl.Segmenter('th', { granularity: 'word' });
  return thaiSegmenter;
}

const THAI_LETTER = /[\u0e00-\u0e7f]/u;
const LONGEST_THAI_RUN = 5;

/** One concept found in a header, with the words it was read from. */
export interface ConceptWord {
  concept: Concept;
  words: string;
}

function englishConcept(word: string): Concept | undefined {
  if (WHOLE_ENGLISH.has(word)) {
    const entry = ENGLISH_STEMS.find(([stem]) => stem === word);
    return entry?.[1];
  }
  for (const [stem, concept] of ENGLISH_STEMS) {
    if (!WHOLE_ENGLISH.has(stem) && word.startsWith(stem)) return concept;
  }
  return undefined;
}

/**
 * The concepts of a header, left to right: Thai runs of whole words, longest first; English
 * words by their stems, and the two-word phrases `to date`, `as of`, `in charge`.
 * `headerConcepts('ผลการเบิกจ่ายสะสม (บาท)')` → disburse (`เบิกจ่าย`), cumulative (`สะสม`).
 */
export function headerConcepts(text: string): ConceptWord[] {
  if (text.length > LONGEST_HEADER || WRITTEN_AMOUNT.test(text)) return [];
  const words = headerWords(text);
  if (words.length > MOST_HEADER_WORDS) return [];
  const raw = text.toLowerCase();
  const found: ConceptWord[] = [];
  // "%" is punctuation to the segmenter but a word here.
  if (raw.includes('%') || /\(\s*ร้อยละ\s*\)/u.test(raw)) found.push({ concept: 'percent', words: '%' });
  for (let i = 0; i < words.length;) {
    const word = words[i];
    if (THAI_LETTER.test(word)) {
      let matched = 0;
      for (let length = Math.min(LONGEST_THAI_RUN, words.length - i); length >= 1 && matched === 0; length--) {
        const run = words.slice(i, i + length).join('');
        const concept = THAI_WORDS[run];
        if (concept) { found.push({ concept, words: run }); matched = length; }
      }
      i += matched || 1;
      continue;
    }
    const pair = `${word}${words[i + 1] ?? ''}`;
    if (pair === 'todate' || pair === 'asof' || pair === 'incharge') {
      found.push({ concept: englishConcept(pair) ?? 'cumulative', words: `${word} ${words[i + 1]}` });
      i += 2;
      continue;
    }
    if (!FILLER.has(word)) {
      const concept = englishConcept(word);
      if (concept) found.push({ concept, words: word });
    }
    i += 1;
  }
  return found;
}
