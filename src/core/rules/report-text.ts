import { thaiToArabicDigits } from '../parse/thai-digits';
import { remembered } from '../remembered';

/**
 * Reading a report's free text (the `stage` cell) for what it claims — the
 * report number it names and the progress it states — for label-mismatch and
 * conflicting-progress. The only re-reading of a cell that rules do (STYLE):
 * free text has no parser of its own. Thai digits are turned into Arabic ones
 * first; each is one UTF-16 unit either way, so match positions fit the text as written.
 */

/**
 * Visits every match of a global pattern, as `text.matchAll(pattern)` would give them, but
 * read with the pattern itself: matchAll copies the pattern on every call, which made
 * reading a workbook's report texts about three times slower.
 */
function forEachMatch(pattern: RegExp, text: string, visit: (match: RegExpExecArray) => void): void {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    // Never loop on an empty match (none of ours can be empty; matchAll steps past one too).
    if (match[0] === '') pattern.lastIndex += 1;
    visit(match);
  }
}

/** A report number the text names, and the words that name it, as written. */
export interface NamedReportNumber {
  reportNo: number;
  quote: string;
}

/**
 * Only wordings that clearly mean *the report*: "ครั้งที่ 8" alone is also how
 * meetings, rounds and instalments are counted ("ประชุมครั้งที่ 2", "ครั้งที่ 2/2563").
 * One pattern of three alternatives, so a text is scanned once and its matches come in text
 * order. They begin differently ("ร", "(", "ค") and none can start inside another's match,
 * so this finds what three separate scans would.
 */
const REPORT_NUMBER = new RegExp([
  // "รายงานครั้งที่ 8", "รายงานความก้าวหน้า ครั้งที่ 8", "รายงานผลการดำเนินงานครั้งที่ 8"
  String.raw`รายงาน(?:ความก้าวหน้า|ผล(?:การดำเนินงาน)?)?\s*ครั้ง\s*ที่\s*(\d+)`,
  // a bare "(ครั้งที่ 8)", as the standard form writes it: "งบประมาณที่เบิกใช้ (ครั้งที่ 8)"
  String.raw`\(\s*ครั้ง\s*ที่\s*(\d+)\s*\)`,
  // "ครั้งที่ 8 ..." opening the text, unless it is a numbered round such as "ครั้งที่ 2/2563"
  String.raw`^ครั้ง\s*ที่\s*(\d+)(?![\d/.])`,
].join('|'), 'gu');

/** Things counted in rounds: a bare "(ครั้งที่ N)" after one of them numbers the round, not the report. */
const ROUND_WORDS = ['อบรม', 'ประชุม', 'สัมมนา', 'งวด', 'ฝึก', 'รุ่น', 'ประกวด', 'แข่งขัน', 'เวที', 'ลงพื้นที่', 'ตรวจเยี่ยม'];
/** Words of the report form itself ("งบประมาณที่เบิกใช้ (ครั้งที่ 8)"): after them the count is the report's. */
const REPORT_WORDS = ['รายงาน', 'งบประมาณ', 'เบิกใช้', 'เบิกจ่าย', 'ตรวจรับ', 'ความก้าวหน้า'];
/** Where a clause ends, for report numbers: the form separates its parts with ":" and "=". */
const NUMBER_CLAUSE_BREAK = /[\n;|:=,]/gu;

/**
 * True when the nearest word before a bare "(ครั้งที่ N)" in its clause is a round word:
 * "จัดอบรมผู้นำชุมชน (ครั้งที่ 2)", "เบิกจ่ายงวดที่ 2 (ครั้งที่ 2)" count a training or an
 * instalment; "งบประมาณที่เบิกใช้ (ครั้งที่ 8)" counts the report.
 */
function countsARound(before: string): boolean {
  let clauseStart = 0;
  forEachMatch(NUMBER_CLAUSE_BREAK, before, (match) => { clauseStart = match.index + 1; });
  const clause = before.slice(clauseStart);
  const last = (words: readonly string[]) => Math.max(-1, ...words.map((word) => clause.lastIndexOf(word)));
  const roundAt = last(ROUND_WORDS);
  return roundAt >= 0 && roundAt > last(REPORT_WORDS);
}

/**
 * The report numbers a text names, in the order they appear.
 * `reportNumbersNamed('ตรวจรับงาน (ครั้งที่ ๘)')` → `[{ reportNo: 8, quote: '(ครั้งที่ ๘)' }]`;
 * `reportNumbersNamed('ประชุมครั้งที่ 2')` and `reportNumbersNamed('ประชุมคณะกรรมการ (ครั้งที่ 3)')` → `[]`.
 */
export function reportNumbersNamed(text: string): readonly NamedReportNumber[] {
  return reportNumbersOfText(text);
}

/**
 * How many distinct texts the readings of report texts are kept for: a sheet's texts repeat
 * (one wording per stage and report number, pasted down), and each is read once.
 */
const REMEMBERED_TEXTS = 10_000;

/** reportNumbersNamed's reading of each text, kept frozen: the lists are shared by every report that has the text. */
const reportNumbersOfText = remembered((text: string) => deepFrozen(readReportNumbersNamed(text)), REMEMBERED_TEXTS);

function deepFrozen<T extends object>(list: T[]): readonly Readonly<T>[] {
  for (const item of list) Object.freeze(item);
  return Object.freeze(list);
}

function readReportNumbersNamed(text: string): NamedReportNumber[] {
  const arabic = thaiToArabicDigits(text);
  const found: NamedReportNumber[] = [];
  forEachMatch(REPORT_NUMBER, arabic, (match) => {
    const at = match.index;
    // The bare form (group 2) numbers whatever it follows: a meeting's or a training's round is not a report.
    if (match[2] !== undefined && countsARound(arabic.slice(0, at))) return;
    // One of the three alternatives matched, and only its group is set.
    found.push({ reportNo: Number(match[1] ?? match[2] ?? match[3]), quote: text.slice(at, at + match[0].length) });
  });
  return found;
}

/** A progress figure the text states: the percent, its decimal places as written, and the words. */
export interface StatedProgress {
  percent: number;
  decimals: number;
  quote: string;
}

const NUMBER = String.raw`(?<![\d.,])(\d+(?:\.\d+)?)`;
const PERCENT_SIGN = String.raw`(?:%|％|เปอร์เซ็นต์|เปอร์เซนต์)`;
/**
 * Percent figures: "ร้อยละ 60", "60.00 %", "60 เปอร์เซ็นต์", and a progress
 * label with "=" or ":" before a plain number ("ความก้าวหน้า = 60") — the
 * labelled form is group 1, the others groups 2 and 3.
 */
const FIGURE = new RegExp(
  String.raw`ความก้าวหน้า[^\d\n;:=]{0,25}?[=:]\s*${NUMBER}(?:\s*${PERCENT_SIGN}|(?=\s*(?:$|[:;,)\n])))`
  + String.raw`|ร้อยละ\s*${NUMBER}`
  + String.raw`|${NUMBER}\s*${PERCENT_SIGN}`,
  'gu',
);

/** Words that say the figure after them is the work's progress. */
const PROGRESS_WORDS = ['ความก้าวหน้า', 'ผลการดำเนินงาน', 'ผลการดำเนินการ', 'ผลงาน', 'แล้วเสร็จ', 'ดำเนินการแล้ว', 'ดำเนินการได้'];
/**
 * Words that say a percent is of something else: money, the plan, a target, an indicator or
 * satisfaction; a threshold ("ไม่น้อยกว่าร้อยละ 80", "อย่างน้อยร้อยละ 60"); a tax, a rate or a fine
 * ("ภาษีมูลค่าเพิ่ม 7%", "อัตราร้อยละ 5", "ค่าปรับร้อยละ 0.1").
 */
const OTHER_WORDS = [
  'เบิก', 'จ่าย', 'งบประมาณ', 'เงิน', 'บาท', 'ประหยัด', 'ส่งคืน', 'แผน', 'เป้าหมาย', 'ตัวชี้วัด', 'เกณฑ์', 'พึงพอใจ', 'ผู้เข้า',
  'ไม่น้อยกว่า', 'ไม่ต่ำกว่า', 'อย่างน้อย', 'ไม่เกิน', 'ขั้นต่ำ',
  'ภาษี', 'vat', 'VAT', 'อัตรา', 'ค่าปรับ', 'ดอกเบี้ย', 'ส่วนลด',
];
/** Words that begin a name which a progress word may continue: "ตัวชี้วัดผลการดำเนินงาน" is an indicator. */
const NAME_WORDS = ['ตัวชี้วัด', 'เป้าหมาย', 'แผน'];
/** A heading whose clause after ":" is an indicator's or a target's: "ตัวชี้วัด : ความก้าวหน้าร้อยละ 80". */
const TARGET_HEADING = /(?:ตัวชี้วัด|เป้าหมาย)[^\s:;|,\n]*\s*:$/u;
/** Where a clause ends: a figure is labelled only by words of its own clause. */
const CLAUSE_BREAK = /[\n;|:,]/gu;

/**
 * The progress figures a text states, in order. A percent counts when the
 * nearest label before it in its clause is a progress word, or when it has no
 * label at all ("ตรวจรับงาน 60.00 %"); a percent labelled by money, plan or
 * target words ("เบิกจ่ายแล้วร้อยละ 30", "แผนงานร้อยละ 70"), or followed by
 * "ของ" + such a word ("ร้อยละ 100 ของงบประมาณ"), is not progress.
 * `progressFiguresStated('ความก้าวหน้าของงานฯ = ๖๐.๐๐ %')` → `[{ percent: 60, decimals: 2, quote: 'ความก้าวหน้าของงานฯ = ๖๐.๐๐ %' }]`.
 */
export function progressFiguresStated(text: string): readonly StatedProgress[] {
  return progressFiguresOfText(text);
}

/** progressFiguresStated's reading of each text, kept frozen like reportNumbersOfText's. */
const progressFiguresOfText = remembered((text: string) => deepFrozen(readProgressFiguresStated(text)), REMEMBERED_TEXTS);

function readProgressFiguresStated(text: string): StatedProgress[] {
  const arabic = thaiToArabicDigits(text);
  const figures: StatedProgress[] = [];
  forEachMatch(FIGURE, arabic, (match) => {
    const at = match.index;
    const end = at + match[0].length;
    const [, labelled, afterWord, beforeSign] = match;
    const number = labelled ?? afterWord ?? beforeSign;
    const isProgress = labelled !== undefined
      || (nearestLabel(arabic.slice(0, at)) !== 'other' && !isShareOfSomethingElse(arabic.slice(end)));
    if (!isProgress) return;
    figures.push({ percent: Number(number), decimals: number.split('.')[1]?.length ?? 0, quote: text.slice(at, end) });
  });
  return figures;
}

/** The kind of the last label word in the clause that ends the text before a figure. */
function nearestLabel(before: string): 'progress' | 'other' | undefined {
  // A ":" or "=" right before the figure joins it to its label; it does not end the clause.
  const trimmed = before.replace(/[\s:=]+$/u, '');
  let clauseStart = 0;
  forEachMatch(CLAUSE_BREAK, trimmed, (match) => { clauseStart = Math.max(clauseStart, match.index + 1); });
  const clause = trimmed.slice(clauseStart);
  if (TARGET_HEADING.test(trimmed.slice(0, clauseStart))) return 'other';
  const last = (words: readonly string[]) => Math.max(-1, ...words.map((word) => clause.lastIndexOf(word)));
  const progressAt = last(PROGRESS_WORDS);
  const otherAt = last(OTHER_WORDS);
  if (progressAt < 0 && otherAt < 0) return undefined;
  if (progressAt < otherAt) return 'other';
  // A progress word written onto an indicator's or a target's name, with no space or figure between, is part of that name.
  const nameAt = last(NAME_WORDS);
  return nameAt >= 0 && !/[\s\d]/u.test(clause.slice(nameAt, progressAt)) ? 'other' : 'progress';
}

/** "…ร้อยละ 100 ของงบประมาณ": the figure is a share of money, a plan or a target; "ร้อยละ 80 ขึ้นไป" is a threshold. */
function isShareOfSomethingElse(after: string): boolean {
  const rest = after.trimStart();
  if (rest.startsWith('ขึ้นไป')) return true;
  if (!rest.startsWith('ของ')) return false;
  const phrase = rest.slice(0, 30);
  return OTHER_WORDS.some((word) => phrase.includes(word));
}

/**
 * True when a stated figure is the cell's value as the text would write it:
 * `60.00` states 60, `33.3` states 33.33 (the cell rounded to the text's decimals).
 */
export function statesValue(stated: StatedProgress, value: number): boolean {
  return Math.abs(value - stated.percent) <= 0.5 * 10 ** -stated.decimals + 1e-9;
}
