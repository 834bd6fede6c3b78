/**
 * The placeholders of a custom template (DESIGN §9, README "Custom templates"): `{{field}}` in a
 * cell's text stands for a value of the project or, in the row marked `{{#reports}}`, of each
 * progress report. This file is the one list of them, with a one-line explanation each in Thai and
 * English (the task pane lists them from here), and finds them in a cell's text.
 */

export type PlaceholderScope = 'project' | 'report';

export interface PlaceholderInfo {
  scope: PlaceholderScope;
  explanation: { th: string; en: string };
}

/** Every placeholder a template may hold, in the order a reader meets them on the form. */
export const PLACEHOLDERS = {
  code: { scope: 'project', explanation: { th: 'รหัสโครงการ', en: 'Project code' } },
  name: { scope: 'project', explanation: { th: 'ชื่อโครงการ/กิจกรรม', en: 'Project name' } },
  fiscalYear: { scope: 'project', explanation: { th: 'ปีงบประมาณ (พ.ศ.) เป็นตัวเลข', en: 'Fiscal year (Buddhist era), a number' } },
  fiscalYearText: { scope: 'project', explanation: { th: 'ปีงบประมาณเป็นข้อความ: ปีงบประมาณ พ.ศ. 2563', en: 'Fiscal year as text: ปีงบประมาณ พ.ศ. 2563' } },
  startDate: { scope: 'project', explanation: { th: 'วันเริ่มต้นโครงการ (วันที่)', en: 'Project start (a date)' } },
  endDate: { scope: 'project', explanation: { th: 'วันสิ้นสุดโครงการ (วันที่)', en: 'Project end (a date)' } },
  budget: { scope: 'project', explanation: { th: 'งบประมาณที่ได้รับ (บาท)', en: 'Budget received (baht)' } },
  budgetText: { scope: 'project', explanation: { th: 'งบประมาณที่ได้รับเป็นตัวอักษร เช่น หนึ่งล้านบาทถ้วน', en: 'Budget received in Thai words, as BAHTTEXT writes it' } },
  spent: { scope: 'project', explanation: { th: 'งบประมาณที่ใช้ไป (บาท)', en: 'Budget spent (baht)' } },
  returned: { scope: 'project', explanation: { th: 'งบประมาณที่ส่งคืน (บาท)', en: 'Budget returned (baht)' } },
  disbursedPercent: { scope: 'project', explanation: { th: 'ร้อยละของงบประมาณที่เบิกจ่ายแล้ว (ตามรายงานล่าสุด)', en: 'Percent of the budget disbursed (latest report)' } },
  latestProgress: { scope: 'project', explanation: { th: 'ความก้าวหน้าล่าสุด (ร้อยละ)', en: 'Latest progress (percent)' } },
  agency: { scope: 'project', explanation: { th: 'หน่วยงานที่รับผิดชอบ', en: 'Responsible agency' } },
  owner: { scope: 'project', explanation: { th: 'ชื่อผู้รับผิดชอบ', en: 'Person responsible' } },
  coordinator: { scope: 'project', explanation: { th: 'ผู้ประสานงาน', en: 'Coordinator' } },
  strategy: { scope: 'project', explanation: { th: 'ความสอดคล้องกับแผนพัฒนา กทม. ระยะ 20 ปี', en: 'Strategy alignment (BMA 20-year plan)' } },
  rationale: { scope: 'project', explanation: { th: 'หลักการและเหตุผล', en: 'Rationale' } },
  objectives: { scope: 'project', explanation: { th: 'วัตถุประสงค์ของโครงการ', en: 'Objectives' } },
  targets: { scope: 'project', explanation: { th: 'เป้าหมายของโครงการ', en: 'Targets' } },
  today: { scope: 'project', explanation: { th: 'วันที่กรอกแบบฟอร์ม (วันที่)', en: 'The day the form is filled (a date)' } },
  reportNo: { scope: 'report', explanation: { th: 'รายงานครั้งที่', en: 'Report number' } },
  reportDate: { scope: 'report', explanation: { th: 'วันที่รายงาน (วันที่)', en: 'Report date (a date)' } },
  stage: { scope: 'report', explanation: { th: 'ขั้นตอนการดำเนินงาน', en: 'Stage of the work' } },
  progress: { scope: 'report', explanation: { th: 'ความก้าวหน้า (ร้อยละ)', en: 'Progress (percent)' } },
  disbursedToDate: { scope: 'report', explanation: { th: 'งบประมาณที่เบิกใช้สะสม (บาท)', en: 'Disbursed to date (baht)' } },
  disbursedInPeriod: { scope: 'report', explanation: { th: 'งบประมาณที่เบิกใช้ครั้งนี้ (บาท)', en: 'Disbursed in this report (baht)' } },
  onPlan: { scope: 'report', explanation: { th: 'เป็นไปตามแผน / ไม่เป็นไปตามแผน', en: 'On plan: เป็นไปตามแผน or ไม่เป็นไปตามแผน' } },
  onTarget: { scope: 'report', explanation: { th: 'เป็นไปตามเป้าหมาย / ไม่เป็นไปตามเป้าหมาย', en: 'On target: เป็นไปตามเป้าหมาย or ไม่เป็นไปตามเป้าหมาย' } },
} as const satisfies Record<string, PlaceholderInfo>;

export type PlaceholderName = keyof typeof PLACEHOLDERS;

/** The marker of the row repeated once per report; the cell holding it keeps its other text. */
export const REPEAT_MARKER = '{{#reports}}';
export const REPEAT_MARKER_EXPLANATION = {
  th: 'ใส่ในเซลล์ใดก็ได้ของแถว: แถวนั้นซ้ำหนึ่งแถวต่อรายงานความก้าวหน้าหนึ่งครั้ง',
  en: 'Put in any cell of a row: the row repeats once per progress report',
} as const;

/** A `{{…}}` found in a text: what is between the braces (trimmed), and where the whole token is. */
export interface PlaceholderToken {
  /** `budget`, `#reports`, or whatever was written (`budjet`). */
  name: string;
  /** The token as written: `{{ budget }}`. */
  text: string;
  start: number;
  end: number;
}

const TOKEN = /\{\{\s*([^{}]*?)\s*\}\}/g;

/** `isPlaceholderName('budget')` → true; `isPlaceholderName('budjet')` → false. */
export function isPlaceholderName(name: string): name is PlaceholderName {
  return Object.prototype.hasOwnProperty.call(PLACEHOLDERS, name);
}

/** Whether a token is the repeat marker (`{{#reports}}`, spaces inside the braces allowed). */
export function isRepeatMarker(token: PlaceholderToken): boolean {
  return token.name === '#reports';
}

/** Every `{{…}}` in a text, in order: `placeholderTokens('งบ {{budget}} บาท')` → one token named `budget` at 3–13. */
export function placeholderTokens(text: string): PlaceholderToken[] {
  if (!text.includes('{{')) return [];
  return [...text.matchAll(TOKEN)].map((match) => ({ name: match[1], text: match[0], start: match.index, end: match.index + match[0].length }));
}

/** The placeholder a text is, when it is exactly one and nothing else (spaces around it allowed): `soleToken(' {{budget}} ')` → `budget`. */
export function solePlaceholder(text: string): PlaceholderName | undefined {
  const tokens = placeholderTokens(text);
  if (tokens.length !== 1 || text.slice(0, tokens[0].start).trim() !== '' || text.slice(tokens[0].end).trim() !== '') return undefined;
  return isPlaceholderName(tokens[0].name) ? tokens[0].name : undefined;
}

/** The text without the repeat marker: `withoutRepeatMarker('{{#reports}}{{reportNo}}')` → `{{reportNo}}`. */
export function withoutRepeatMarker(text: string): string {
  return placeholderTokens(text).filter(isRepeatMarker).reverse().reduce((out, token) => out.slice(0, token.start) + out.slice(token.end), text);
}

/** The text with each known placeholder replaced by `valueText(name)` and the repeat marker taken out. */
export function substitutePlaceholders(text: string, valueText: (name: PlaceholderName) => string): string {
  let out = '';
  let from = 0;
  for (const token of placeholderTokens(text)) {
    out += text.slice(from, token.start);
    if (isPlaceholderName(token.name)) out += valueText(token.name);
    else if (!isRepeatMarker(token)) out += token.text;
    from = token.end;
  }
  return out + text.slice(from);
}

/** Edit distance, for suggesting the placeholder a typo meant. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length];
}

/** The placeholder an unknown name most likely meant: `suggestedPlaceholder('budjet')` → `budget`; undefined when none is close. */
export function suggestedPlaceholder(name: string): PlaceholderName | undefined {
  const lower = name.toLowerCase().replace(/[\s_-]/g, '');
  let best: { name: PlaceholderName; score: number } | undefined;
  for (const candidate of Object.keys(PLACEHOLDERS) as PlaceholderName[]) {
    const score = distance(lower, candidate.toLowerCase());
    if (score <= 2 && (best === undefined || score < best.score)) best = { name: candidate, score };
  }
  return best?.name;
}
