/**
 * A cell's value as Excel shows it through its number format (Range.text), far
 * enough for the formats these workbooks use — General, `@`, `0`, `0.00`,
 * `#,##0.00`, `0%`, literals and sections; dates with d/m/y/h/s tokens, Thai
 * month names for Thai locale tags and Buddhist-era years for `[$-th-TH,107]`,
 * `[$-107041E]` and `bbbb`. The serial itself stays Gregorian (DESIGN §7).
 * Formats beyond that render as General. Pure: the simulated host's
 * `Range.text`, the demo grid and the task pane's messages share it.
 */
import { remembered } from './remembered';

/** A cell's value as the host holds it. */
export type CellTextValue = string | number | boolean | null | undefined;

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
const BUDDHIST_ERA_OFFSET = 543;

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTHS_TH = ['มกราคม', 'กุมภาพันธ์', 'มีนาคม', 'เมษายน', 'พฤษภาคม', 'มิถุนายน', 'กรกฎาคม', 'สิงหาคม', 'กันยายน', 'ตุลาคม', 'พฤศจิกายน', 'ธันวาคม'];
const MONTHS_TH_SHORT = ['ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.', 'ต.ค.', 'พ.ย.', 'ธ.ค.'];
const DAYS_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const DAYS_TH = ['อาทิตย์', 'จันทร์', 'อังคาร', 'พุธ', 'พฤหัสบดี', 'ศุกร์', 'เสาร์'];

/** `formatCellText(43739, '[$-th-TH,107]d mmmm yyyy')` → `1 ตุลาคม 2562`; `formatCellText(1918000, '#,##0')` → `1,918,000`. */
export function formatCellText(value: CellTextValue, numberFormat: string | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  const sections = formatSections(numberFormat && numberFormat !== '' ? numberFormat : 'General');
  if (typeof value === 'string') {
    const textSection = sections[3] ?? (sections.length === 1 && sections[0].includes('@') ? sections[0] : undefined);
    return textSection ? renderLiterals(textSection).replace('@', value) : value;
  }
  if (!Number.isFinite(value)) return String(value);
  let section = sections[0];
  let number = value;
  let signPrefix = value < 0 ? '-' : '';
  if (value < 0 && sections[1] !== undefined) {
    section = sections[1];
    number = -value;
    signPrefix = '';
  } else if (value === 0 && sections[2] !== undefined) {
    section = sections[2];
  }
  const { body, locale, general, date } = numberSection(section);
  if (general) return generalNumber(value);
  if (date) return formatDate(value, date, locale);
  return signPrefix + formatNumber(Math.abs(number), body);
}

/** A number section as read once: its body without tags, its locale, whether it shows General, and its date tokens when it shows a date. */
interface NumberSection {
  body: string;
  locale: LocaleInfo;
  general: boolean;
  date?: DateTokens;
}

/** A date section split into tokens once: which `m` tokens are minutes, and whether the hours count to 12. */
interface DateTokens {
  parts: string[];
  minutes: boolean[];
  hasAmPm: boolean;
}

function dateTokens(body: string): DateTokens {
  const tokens = /"[^"]*"|\\.|_.|\*.|am\/pm|a\/p|y+|e+|b+|m+|d+|h+|s+|./gi;
  const parts = body.match(tokens) ?? [];
  return {
    parts,
    minutes: parts.map((token, index) => token.toLowerCase()[0] === 'm' && isMinutesToken(parts, index)),
    hasAmPm: /am\/pm|a\/p/i.test(stripLiterals(body)),
  };
}

/** A workbook has a few formats and many cells: each format is split and read once. */
const FORMATS_REMEMBERED = 512;

const formatSections = remembered((format: string): readonly string[] => splitSections(format), FORMATS_REMEMBERED);

const numberSection = remembered((section: string): NumberSection => {
  const { body, locale } = readTags(section);
  const trimmed = body.trim();
  const general = /^general$/i.test(trimmed) || trimmed === '@' || trimmed === '';
  return { body, locale, general, date: !general && isDateSection(body) ? dateTokens(body) : undefined };
}, FORMATS_REMEMBERED);

function splitSections(format: string): string[] {
  const sections: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch === '"') quoted = !quoted;
    if (ch === '\\' && !quoted) {
      current += ch + (format[i + 1] ?? '');
      i++;
      continue;
    }
    if (ch === ';' && !quoted) {
      sections.push(current);
      current = '';
    } else current += ch;
  }
  sections.push(current);
  return sections;
}

interface LocaleInfo {
  thai: boolean;
  buddhistEra: boolean;
}

/** Strips `[...]` tags, reading the locale and calendar ones: `[$-th-TH,107]`, `[$-107041E]`, `[$-41E]`. */
function readTags(section: string): { body: string; locale: LocaleInfo } {
  const locale: LocaleInfo = { thai: false, buddhistEra: false };
  const body = section.replace(/\[([^\]]*)\]/g, (_whole, tag: string) => {
    const localeTag = /^\$[^-]*-(.+)$/.exec(tag);
    if (localeTag) {
      const [code, calendar] = localeTag[1].split(',');
      if (/^th/i.test(code) || /41E$/i.test(code)) locale.thai = true;
      if (calendar === '107' || /^[0-9A-F]{0,2}07[0-9A-F]{4}$/i.test(code)) locale.buddhistEra = true;
    }
    return '';
  });
  return { body, locale };
}

function stripLiterals(section: string): string {
  return section.replace(/"[^"]*"/g, '').replace(/\\./g, '').replace(/[_*]./g, '');
}

function isDateSection(body: string): boolean {
  const code = stripLiterals(body).toLowerCase().replace(/am\/pm|a\/p/g, '').replace(/e[+-]/g, '');
  return /[dymhsbe]/.test(code);
}

/** Literal text of a section (quotes and escapes resolved, padding dropped). */
function renderLiterals(section: string): string {
  return section.replace(/"([^"]*)"/g, '$1').replace(/\\(.)/g, '$1').replace(/_./g, ' ').replace(/\*./g, '');
}

/** Excel's General format for numbers: up to 11 significant characters, scientific beyond. */
export function generalNumber(value: number): string {
  const magnitude = Math.abs(value);
  if (magnitude !== 0 && (magnitude >= 1e11 || magnitude < 1e-9)) {
    const [mantissa, exponent] = value.toExponential(5).split('e');
    const trimmed = mantissa.replace(/\.?0+$/, '');
    const exp = Number(exponent);
    return `${trimmed}E${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  return String(Number(value.toPrecision(10)));
}

/** Splits a section into what is shown and a mask where literal text is blanked out, aligned character by character. */
function literalMask(body: string): { shown: string; code: string } {
  let shown = '';
  let code = '';
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    let literal: string | undefined;
    if (ch === '"') {
      const close = body.indexOf('"', i + 1);
      literal = body.slice(i + 1, close < 0 ? undefined : close);
      i = close < 0 ? body.length : close;
    } else if (ch === '\\' || ch === '_') {
      literal = ch === '_' ? ' ' : body[i + 1] ?? '';
      i++;
    } else if (ch === '*') {
      i++;
      continue;
    }
    if (literal === undefined) {
      shown += ch;
      code += ch;
    } else {
      shown += literal;
      code += '\u0000'.repeat(literal.length);
    }
  }
  return { shown, code };
}

function formatNumber(value: number, body: string): string {
  const { shown, code } = literalMask(body);
  const match = /[0#?][0#?,.]*|\.[0#?][0#?,]*/.exec(code);
  if (!match) return shown;
  const spanEnd = match.index + match[0].length;
  const prefix = shown.slice(0, match.index);
  const [integerPart, fractionPart = ''] = match[0].split('.');
  const maxDecimals = (fractionPart.match(/[0#?]/g) ?? []).length;
  const minDecimals = (fractionPart.match(/0/g) ?? []).length;
  const minIntegerDigits = (integerPart.match(/0/g) ?? []).length;
  const grouping = /[0#?],[0#?]/.test(integerPart);
  const trailingCommas = /(,+)$/.exec(integerPart)?.[1].length ?? 0;
  const percentSigns = (code.match(/%/g) ?? []).length;
  const scaled = (value * Math.pow(100, percentSigns)) / Math.pow(1000, trailingCommas);

  const exponent = /^[eE]([+-])(0+)/.exec(code.slice(spanEnd));
  if (exponent) {
    const [mantissa, power] = scaled.toExponential(maxDecimals).split('e');
    const exp = Number(power);
    const sign = exp < 0 ? '-' : exponent[1] === '+' ? '+' : '';
    return `${prefix}${mantissa}E${sign}${String(Math.abs(exp)).padStart(exponent[2].length, '0')}${shown.slice(spanEnd + exponent[0].length)}`;
  }

  let [whole, fraction = ''] = scaled.toFixed(maxDecimals).split('.');
  while (fraction.length > minDecimals && fraction.endsWith('0')) fraction = fraction.slice(0, -1);
  if (whole === '0' && minIntegerDigits === 0) whole = '';
  whole = whole.padStart(minIntegerDigits, '0');
  if (grouping) whole = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${prefix}${whole}${fraction ? `.${fraction}` : ''}${shown.slice(spanEnd)}`;
}

function formatDate(serial: number, { parts, minutes: isMinutes, hasAmPm }: DateTokens, locale: LocaleInfo): string {
  const ms = EXCEL_EPOCH_MS + Math.round(serial * DAY_MS);
  const date = new Date(ms);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth();
  const day = date.getUTCDate();
  const weekday = date.getUTCDay();
  const hours = date.getUTCHours();
  const minutes = date.getUTCMinutes();
  const seconds = date.getUTCSeconds();
  const shownYear = locale.buddhistEra ? year + BUDDHIST_ERA_OFFSET : year;
  let out = '';
  for (let i = 0; i < parts.length; i++) {
    const token = parts[i];
    const lower = token.toLowerCase();
    if (token.startsWith('"')) out += token.slice(1, -1);
    else if (token.startsWith('\\')) out += token.slice(1);
    else if (token.startsWith('_')) out += ' ';
    else if (token.startsWith('*')) continue;
    else if (lower === 'am/pm') out += hours < 12 ? 'AM' : 'PM';
    else if (lower === 'a/p') out += hours < 12 ? 'A' : 'P';
    else if (lower[0] === 'y' || lower[0] === 'e') out += lower.length <= 2 && lower[0] === 'y' ? String(shownYear % 100).padStart(2, '0') : String(shownYear);
    else if (lower[0] === 'b') out += lower.length <= 2 ? String((year + BUDDHIST_ERA_OFFSET) % 100).padStart(2, '0') : String(year + BUDDHIST_ERA_OFFSET);
    else if (lower[0] === 'd') {
      if (lower.length === 1) out += String(day);
      else if (lower.length === 2) out += String(day).padStart(2, '0');
      else if (lower.length === 3) out += locale.thai ? DAYS_TH[weekday] : DAYS_EN[weekday].slice(0, 3);
      else out += locale.thai ? DAYS_TH[weekday] : DAYS_EN[weekday];
    } else if (lower[0] === 'h') {
      const shownHours = hasAmPm ? ((hours + 11) % 12) + 1 : hours;
      out += lower.length >= 2 ? String(shownHours).padStart(2, '0') : String(shownHours);
    } else if (lower[0] === 's') out += lower.length >= 2 ? String(seconds).padStart(2, '0') : String(seconds);
    else if (lower[0] === 'm') {
      if (isMinutes[i] && lower.length <= 2) out += lower.length === 2 ? String(minutes).padStart(2, '0') : String(minutes);
      else if (lower.length === 1) out += String(month + 1);
      else if (lower.length === 2) out += String(month + 1).padStart(2, '0');
      else if (lower.length === 3) out += locale.thai ? MONTHS_TH_SHORT[month] : MONTHS_EN[month].slice(0, 3);
      else if (lower.length === 5) out += (locale.thai ? MONTHS_TH[month] : MONTHS_EN[month]).slice(0, 1);
      else out += locale.thai ? MONTHS_TH[month] : MONTHS_EN[month];
    } else out += token;
  }
  return out;
}

/** `m`/`mm` is minutes right after an hour token or right before a seconds token (Excel's rule). */
function isMinutesToken(parts: string[], index: number): boolean {
  const isToken = (t: string | undefined, letter: string) => t !== undefined && t.toLowerCase()[0] === letter && /^[a-z]+$/i.test(t);
  for (let i = index - 1; i >= 0; i--) {
    if (/^[a-z]+$/i.test(parts[i])) {
      if (isToken(parts[i], 'h')) return true;
      break;
    }
  }
  for (let i = index + 1; i < parts.length; i++) {
    if (/^[a-z]+$/i.test(parts[i])) return isToken(parts[i], 's');
  }
  return false;
}
