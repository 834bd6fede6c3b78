import type { ProjectField } from '../model';

/**
 * The labels of the standard form (DESIGN §2) as a reader of forms meets them: in the form's
 * Thai words (the same as src/core/template/standard-form.ts writes) and the variants agencies
 * type — with or without the numbering `1.1`, with or without a colon, a unit in brackets — and
 * in English. Shared by the printed-form reader (a line of text) and the form-sheet reader (a
 * label cell).
 */

/** The parts of the form, in its order: a heading opens one; a field label belongs to one. */
export type FormSection =
  | 'title' | 'section1' | 'section11' | 'section12' | 'section13' | 'section14' | 'section15' | 'section16'
  | 'section2' | 'closing';

export interface FormLabel {
  /** Tells labels apart when counting how many a sheet holds: the field, or the section of a heading without one. */
  key: string;
  section: FormSection;
  /** The project field written beside (or under) the label. */
  field?: ProjectField;
  /** A heading opens its section; a field label only names a value. */
  heading: boolean;
  /** The label is part of the value: section 1.6's four parts stay named in the strategy text. */
  keepLabel?: boolean;
  /** Words too common elsewhere to be a label outside this section (`ตัวชี้วัด`, `เป้าหมายที่`). */
  onlyIn?: FormSection;
}

interface LabelDefinition extends FormLabel {
  words: readonly string[];
}

const DEFINITIONS: readonly LabelDefinition[] = [
  { key: 'title', section: 'title', heading: true, words: ['แบบแสดงรายงานความก้าวหน้าและข้อมูลเกี่ยวกับโครงการ', 'Project progress and information report'] },
  {
    key: 'section1', section: 'section1', heading: true,
    words: ['ชื่อโครงการและหน่วยงานที่รับผิดชอบโครงการ', 'ชื่อโครงการและหน่วยงานที่รับผิดชอบ', 'Project and responsible agency'],
  },
  { key: 'section11', section: 'section11', heading: true, words: ['รหัสโครงการและชื่อโครงการ', 'Project code and name'] },
  { key: 'name', section: 'section11', field: 'name', heading: false, words: ['ชื่อโครงการ/กิจกรรม', 'ชื่อโครงการ', 'ชื่อกิจกรรม', 'Project/activity name', 'Project name', 'Project title', 'Name'] },
  { key: 'code', section: 'section11', field: 'code', heading: false, words: ['รหัสโครงการ', 'รหัส', 'Project code', 'Project ID', 'Code'] },
  { key: 'fiscalYear', section: 'section11', field: 'fiscalYear', heading: false, words: ['ปีงบประมาณ พ.ศ.', 'ปีงบประมาณ', 'Fiscal year'] },
  {
    key: 'startDate', section: 'section11', field: 'startDate', heading: false,
    words: ['วันที่เริ่มต้นโครงการ', 'วันเริ่มต้นโครงการ', 'เริ่มต้นโครงการ', 'วันที่เริ่มต้น', 'วันเริ่มต้น', 'เริ่มต้น', 'Project start date', 'Project start', 'Start date'],
  },
  {
    key: 'endDate', section: 'section11', field: 'endDate', heading: false,
    words: ['วันที่สิ้นสุดโครงการ', 'วันสิ้นสุดโครงการ', 'สิ้นสุดโครงการ', 'วันที่สิ้นสุด', 'วันสิ้นสุด', 'สิ้นสุด', 'Project end date', 'Project end', 'End date'],
  },
  { key: 'budget', section: 'section11', field: 'budget', heading: false, words: ['งบประมาณที่ได้รับจัดสรร', 'งบประมาณที่ได้รับ', 'งบประมาณ', 'Budget received', 'Budget'] },
  { key: 'spent', section: 'section11', field: 'spent', heading: false, words: ['งบประมาณที่ใช้ไป', 'Budget spent', 'Spent'] },
  { key: 'section12', section: 'section12', field: 'agency', heading: true, words: ['หน่วยงานที่รับผิดชอบ', 'Responsible agency'] },
  { key: 'agency', section: 'section12', field: 'agency', heading: false, words: ['หน่วยงาน', 'Agency', 'Department'] },
  { key: 'owner', section: 'section12', field: 'owner', heading: false, words: ['ชื่อผู้รับผิดชอบ', 'ผู้รับผิดชอบโครงการ', 'ผู้รับผิดชอบ', 'Responsible person', 'Project owner', 'Owner'] },
  { key: 'coordinator', section: 'section12', field: 'coordinator', heading: false, words: ['ชื่อผู้ประสานงาน', 'ผู้ประสานงาน', 'Coordinator', 'Contact person'] },
  { key: 'rationale', section: 'section13', field: 'rationale', heading: true, words: ['หลักการและเหตุผล', 'Rationale'] },
  { key: 'objectives', section: 'section14', field: 'objectives', heading: true, words: ['วัตถุประสงค์ของโครงการ', 'วัตถุประสงค์', 'Objectives'] },
  { key: 'targets', section: 'section15', field: 'targets', heading: true, words: ['เป้าหมายของโครงการ', 'เป้าหมาย', 'Targets'] },
  {
    key: 'section16', section: 'section16', field: 'strategy', heading: true,
    words: ['สนับสนุนแผนพัฒนา กทม. ระยะ 20 ปี', 'สนับสนุนแผนพัฒนากรุงเทพมหานคร ระยะ 20 ปี', 'สนับสนุนแผนพัฒนา กทม.', 'สนับสนุนแผนพัฒนา', 'Strategy alignment', 'Strategy'],
  },
  { key: 'strategy', section: 'section16', field: 'strategy', heading: false, keepLabel: true, words: ['ประเด็นยุทธศาสตร์ย่อย', 'ประเด็นยุทธศาสตร์', 'Strategic sub-issue', 'Strategic issue'] },
  { key: 'strategy', section: 'section16', field: 'strategy', heading: false, keepLabel: true, onlyIn: 'section16', words: ['เป้าหมายที่', 'ตัวชี้วัด', 'Goal', 'Indicator'] },
  {
    key: 'section2', section: 'section2', heading: true,
    words: ['รายงานความก้าวหน้าของโครงการและการใช้จ่ายงบประมาณ', 'รายงานความก้าวหน้าของโครงการ', 'Progress reports'],
  },
  { key: 'closing', section: 'closing', heading: true, words: ['ขอรับรองว่า', 'ลงชื่อ', 'ตำแหน่ง', 'Certified that', 'Signed'] },
];

/** A word of a label as a pattern: spaces optional, `/` with or without spaces, `.` optional (`พ.ศ.`, `กทม.`), digits Thai or Arabic. */
function wordPattern(word: string): string {
  let pattern = '';
  for (const ch of word) {
    if (ch === ' ') pattern += String.raw`\s*`;
    else if (ch === '.') pattern += String.raw`\.?\s*`;
    else if (ch === '/') pattern += String.raw`\s*/\s*`;
    else if (ch === '-') pattern += String.raw`[-\s]?`;
    else if (/[0-9]/.test(ch)) pattern += '[0-9๐-๙]';
    else pattern += ch.replace(/[\\^$*+?()[\]{}|]/g, '\\$&');
  }
  return pattern;
}

/** The numbering or bullet before a label: `1.1`, `๑.๓`, `1.`, `2)`, `(3)`, `-`, `•`. */
const NUMBERING = String.raw`(?:[-•·*]\s*)?(?:\(?[0-9๐-๙]+(?:\s*\.\s*[0-9๐-๙]+)*\s*[.)]?\s*)?`;
/** What may follow a label: the end, a space, a colon, `=`, a bracketed unit. */
const AFTER_LABEL = String.raw`(?=$|[\s:：=(])`;
/** A unit in brackets after a label: `(บาท)`, `(พ.ศ.)`, `(%)`. */
const UNIT = /^\s*\((?:บาท|baht|thb|พ\.?\s*ศ\.?|be|ร้อยละ|%)\)/iu;
const SEPARATORS = /^[\s:：=]+/u;

interface CompiledLabel {
  label: FormLabel;
  at: RegExp;
  /** The same word later in a line, after a space and followed by a colon: a second label on one line. */
  inline: RegExp;
}

const COMPILED: readonly CompiledLabel[] = DEFINITIONS
  .flatMap(({ words, ...label }) => words.map((word) => ({ label, word })))
  // Longest first: `ชื่อโครงการ/กิจกรรม` before `ชื่อโครงการ`, `ประเด็นยุทธศาสตร์ย่อย` before `ประเด็นยุทธศาสตร์`.
  .sort((a, b) => b.word.length - a.word.length)
  .map(({ label, word }) => ({
    label,
    at: new RegExp(`^\\s*${NUMBERING}(${wordPattern(word)})${AFTER_LABEL}`, 'iu'),
    inline: new RegExp(`(?<=\\s)(${wordPattern(word)})(?=\\s*[:：])`, 'iu'),
  }));

/** A label found at the start of a text, and what follows it. */
export interface LabelMatch {
  label: FormLabel;
  /** The label as written, numbering included: `1.1 รหัสโครงการและชื่อโครงการ`. */
  written: string;
  /** The text after the label, its unit and its colon, trimmed; '' when there is none. */
  rest: string;
  /** Where `rest` starts in the text. */
  restAt: number;
  /**
   * Written as a label for sure: numbered (`1.3`), followed by a colon, or alone on its line or in
   * its cell. Inside a free text only such a label ends the text ("Budget was cut…" is prose).
   */
  certain: boolean;
}

/**
 * The label a text starts with, if any. `section` is where the reader is: some words are
 * labels only inside section 1.6.
 * `matchLabel('1.1 รหัสโครงการ : 03000000-2457')` → code, rest `03000000-2457`.
 */
export function matchLabel(text: string, section?: FormSection): LabelMatch | undefined {
  for (const { label, at } of COMPILED) {
    if (label.onlyIn && label.onlyIn !== section) continue;
    const match = at.exec(text);
    if (!match) continue;
    let end = match[0].length;
    const unit = UNIT.exec(text.slice(end));
    if (unit) end += unit[0].length;
    const separators = SEPARATORS.exec(text.slice(end));
    if (separators) end += separators[0].length;
    const rest = text.slice(end).trimEnd();
    const numbered = /[0-9๐-๙]/u.test(match[0].slice(0, match[0].length - match[1].length));
    const certain = numbered || rest === '' || /[:：=]/u.test(separators?.[0] ?? '');
    return { label, written: match[0].trim(), rest, restAt: end, certain };
  }
  return undefined;
}

/**
 * A value that goes on with another label of sections 1.1–1.2 on the same line, as a printed form
 * puts two short fields side by side: `2019-10-01 สิ้นสุดโครงการ : 2020-09-30` → the value
 * `2019-10-01` and the next label at the offset where `สิ้นสุดโครงการ` starts.
 */
export function nextInlineLabel(text: string, section?: FormSection): number | undefined {
  let first: number | undefined;
  for (const { label, inline } of COMPILED) {
    if (label.heading || label.keepLabel || (label.onlyIn && label.onlyIn !== section)) continue;
    const match = inline.exec(text);
    if (match && (first === undefined || match.index < first)) first = match.index;
  }
  return first;
}

/** A cell that holds only the numbering of the label beside it: `1.1`, `๑.๖`, `2)`. */
export function isNumberingOnly(text: string): boolean {
  return /^\s*\(?[0-9๐-๙]+(?:\s*\.\s*[0-9๐-๙]+)*\s*[.)]?\s*$/u.test(text) && /[.)]/u.test(text);
}

/** A page number or page header a printout carries: `- 2 -`, `หน้า 2`, `หน้า 2/3`, `Page 2`. */
export function isPageMarker(text: string): boolean {
  return /^\s*[-–]\s*[0-9๐-๙]+\s*[-–]\s*$/u.test(text) || /^\s*(?:หน้า(?:ที่)?|page)\s*[0-9๐-๙]+(?:\s*\/\s*[0-9๐-๙]+)?\s*$/iu.test(text);
}
