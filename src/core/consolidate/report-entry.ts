import type { ReportField } from '../model';
import { thaiToArabicDigits } from '../parse/thai-digits';

/**
 * One entry of section 2 of the printed form (DESIGN §2), cut into its pieces as written:
 * `รายงานครั้งที่ 9 :: 2020-3-18 : อยู่ระหว่างขั้นตอน… :: ความก้าวหน้าของงานฯ = 60.00 % :
 * งบประมาณที่เบิกใช้ (ครั้งที่ 9) = 0 บาท : เป็นไปตามแผน : ไม่เป็นไปตามเป้าหมาย`.
 * Nothing is parsed: the checker's parsers read the pieces later and its rules see every quirk.
 *
 * `งบประมาณที่เบิกใช้ (ครั้งที่ N)` is read as the amount disbursed *in* report N
 * (`disbursedInPeriod`): the label numbers the report the amount belongs to, as the form's own
 * `งบประมาณที่เบิกใช้ครั้งนี้` does, and the project's `งบประมาณที่ใช้ไป` is the total; the
 * cumulative figure is then the running sum (DESIGN §3).
 */

/** The start of an entry: `รายงานครั้งที่ 9 ::` (also `๙`, also one colon). */
const ENTRY_START = /^\s*รายงาน\s*ครั้ง\s*ที่\s*([0-9๐-๙]+)\s*::?/u;
/** The start as the printout writes it, with `::` — the sign of a printed form. */
const PRINTED_ENTRY_START = /^\s*รายงาน\s*ครั้ง\s*ที่\s*[0-9๐-๙]+\s*::/u;
/** Starts like an entry: `รายงานครั้งที่`, with or without a number. */
const ENTRY_WORDS = /^\s*รายงาน\s*ครั้ง\s*ที่/u;
/** The progress clause that ends the stage text: `:: ความก้าวหน้าของงานฯ = 60.00 %`. */
const PROGRESS_CLAUSE = /::?\s*ความก้าวหน้า/gu;
/** The number a disbursement label names: `งบประมาณที่เบิกใช้ (ครั้งที่ 8)`. */
const LABEL_NUMBER = /\(\s*ครั้ง\s*ที่\s*([0-9๐-๙]+)\s*\)/u;
const DIGIT = /[0-9๐-๙]/u;
/** The last piece of a whole entry: `… : เป็นไปตามเป้าหมาย` or `ไม่เป็นไปตามเป้าหมาย`. */
const ENTRY_END = /เป็นไปตาม\s*เป้าหมาย\s*$/u;

/** True when a line opens a report entry (`รายงานครั้งที่ N :` or `::`). */
export function startsReportEntry(text: string): boolean {
  return ENTRY_START.test(text);
}

/** True when a line opens a report entry the way the printed form writes it: `รายงานครั้งที่ N ::`. */
export function startsPrintedReportEntry(text: string): boolean {
  return PRINTED_ENTRY_START.test(text);
}

/**
 * True when a line that does not open a readable entry still looks meant as one:
 * `รายงานครั้งที่ …` followed by a colon, `=` or a percent — unlike a table header `รายงานครั้งที่`.
 */
export function looksLikeReportEntry(text: string): boolean {
  return ENTRY_WORDS.test(text) && /[:：=%]/u.test(text);
}

/** True when an entry's text already holds its last piece, so a following line is not part of it. */
export function isWholeEntry(text: string): boolean {
  return ENTRY_END.test(text);
}

/** A piece of an entry: the field, the text as written (trimmed), where it starts in the entry's text. */
export interface EntryPiece {
  field: ReportField;
  raw: string;
  at: number;
}

export interface ReadEntry {
  pieces: EntryPiece[];
  /** Why part of the entry could not be read, in both languages (empty when all was read). */
  unread: { th: string; en: string }[];
}

/** Where the date ends: the first colon that is not inside a time (`00:00:00`). */
function dateEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    if (text[i] !== ':' && text[i] !== '：') continue;
    if (DIGIT.test(text[i - 1] ?? '') && DIGIT.test(text[i + 1] ?? '')) continue;
    return i;
  }
  return -1;
}

/** A piece from `start` to `end` of the text, trimmed, with where it starts; undefined when empty. */
function piece(text: string, start: number, end: number): { raw: string; at: number } | undefined {
  const slice = text.slice(start, end);
  const raw = slice.trim();
  if (raw === '') return undefined;
  return { raw, at: start + (slice.length - slice.trimStart().length) };
}

/**
 * Reads an entry's text (lines of a wrapped entry joined by one space) into its pieces.
 * `readReportEntry('รายงานครั้งที่ 1 :: 19/10/2562 : อยู่ระหว่างขั้นตอนจัดซื้อ :: ความก้าวหน้าของงานฯ = 10.00 % : งบประมาณที่เบิกใช้ (ครั้งที่ 1) = 0 บาท : เป็นไปตามแผน : เป็นไปตามเป้าหมาย')`
 * → reportNo `1`, reportDate `19/10/2562`, stage `อยู่ระหว่างขั้นตอนจัดซื้อ`, progress `10.00`,
 * disbursedInPeriod `0 บาท`, onPlan `เป็นไปตามแผน`, onTarget `เป็นไปตามเป้าหมาย`.
 */
export function readReportEntry(text: string): ReadEntry {
  const pieces: EntryPiece[] = [];
  const unread: { th: string; en: string }[] = [];
  const head = ENTRY_START.exec(text);
  if (!head) {
    return { pieces, unread: [{ th: 'ไม่พบเลขครั้งที่ของรายงาน (รายงานครั้งที่ N ::)', en: 'no report number (รายงานครั้งที่ N ::)' }] };
  }
  const reportNo = head[1];
  pieces.push({ field: 'reportNo', raw: reportNo, at: head.index + head[0].indexOf(reportNo, head[0].indexOf('ที่')) });

  const afterHead = head.index + head[0].length;
  const dateStop = dateEnd(text, afterHead);
  if (dateStop < 0) {
    const date = piece(text, afterHead, text.length);
    if (date) pieces.push({ field: 'reportDate', ...date });
    unread.push({ th: 'ไม่พบเครื่องหมาย ":" หลังวันที่ จึงอ่านขั้นตอนและความก้าวหน้าไม่ได้', en: 'no ":" after the date, so the stage and progress could not be read' });
    return { pieces, unread };
  }
  const date = piece(text, afterHead, dateStop);
  if (date) pieces.push({ field: 'reportDate', ...date });
  else unread.push({ th: 'ไม่มีวันที่รายงาน', en: 'no report date' });

  let stageStart = dateStop + 1;
  if (text[stageStart] === ':' || text[stageStart] === '：') stageStart++;
  // The progress clause that closes the stage: the last one written after `::`, else the last after `:`,
  // so a progress figure inside the stage text stays in the stage.
  let clause: RegExpExecArray | undefined;
  let doubleColon: RegExpExecArray | undefined;
  PROGRESS_CLAUSE.lastIndex = stageStart;
  for (let match = PROGRESS_CLAUSE.exec(text); match; match = PROGRESS_CLAUSE.exec(text)) {
    clause = match;
    if (match[0].startsWith('::')) doubleColon = match;
  }
  clause = doubleColon ?? clause;
  const stageEnd = clause ? clause.index : text.length;
  const stage = piece(text, stageStart, stageEnd);
  if (!clause) {
    if (stage) pieces.push({ field: 'stage', ...stage });
    unread.push({ th: 'ไม่พบ "ความก้าวหน้าของงานฯ = … %"', en: 'no "ความก้าวหน้าของงานฯ = … %" (progress)' });
    return { pieces, unread };
  }

  let stageNote = '';
  const tailStart = clause.index + (clause[0].startsWith('::') ? 2 : 1);
  const parts = splitOnColons(text, tailStart);
  for (const part of parts) {
    const found = piece(text, part.start, part.end);
    if (!found) continue;
    const equals = found.raw.search(/[=＝]/u);
    const label = equals < 0 ? found.raw : found.raw.slice(0, equals);
    const value = equals < 0 ? undefined : piece(text, found.at + equals + 1, part.end);
    if (/^ความก้าวหน้า/u.test(found.raw)) {
      if (value) {
        const number = value.raw.replace(/\s*[%％]$/u, '').trimEnd();
        if (number !== '') pieces.push({ field: 'progress', raw: number, at: value.at });
      } else {
        unread.push({ th: `อ่านความก้าวหน้าไม่ได้: "${found.raw}"`, en: `progress not readable: "${found.raw}"` });
      }
    } else if (/เบิก|จ่าย|งบประมาณ/u.test(label)) {
      if (value) pieces.push({ field: 'disbursedInPeriod', raw: value.raw, at: value.at });
      const named = LABEL_NUMBER.exec(label);
      // A disbursement label naming another report ("(ครั้งที่ 8)" in report 9) is a quirk the checker
      // reads in the stage text (label-mismatch), so it is kept there.
      if (named && thaiToArabicDigits(named[1]) !== thaiToArabicDigits(reportNo)) stageNote = ` :: ${label.trim()}`;
    } else if (/^(?:ไม่\s*)?เป็นไปตาม\s*แผน/u.test(found.raw)) {
      pieces.push({ field: 'onPlan', ...found });
    } else if (/^(?:ไม่\s*)?เป็นไปตาม\s*เป้าหมาย/u.test(found.raw)) {
      pieces.push({ field: 'onTarget', ...found });
    } else {
      unread.push({ th: `ไม่เข้าใจส่วน "${found.raw}"`, en: `part not understood: "${found.raw}"` });
    }
  }
  if (stage) pieces.push({ field: 'stage', raw: stage.raw + stageNote, at: stage.at });
  pieces.sort((a, b) => a.at - b.at);
  return { pieces, unread };
}

/** The stretches between colons from `from` on (`::` is one separator). */
function splitOnColons(text: string, from: number): { start: number; end: number }[] {
  const parts: { start: number; end: number }[] = [];
  let start = from;
  for (let i = from; i <= text.length; i++) {
    if (i === text.length || text[i] === ':' || text[i] === '：') {
      if (i > start) parts.push({ start, end: i });
      start = i + 1;
    }
  }
  return parts;
}
