import type { IsoDate } from './model';
import { isoParts } from './parse/calendar';
import { remembered } from './remembered';

/**
 * How values appear in messages and generated sheets. Intl does the Thai
 * calendar and digits (DESIGN §4); nothing here parses.
 */

const bahtFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** `formatAmount(1918000)` → `1,918,000`; `formatAmount(1500.5)` → `1,500.5`. */
export function formatAmount(amount: number): string {
  return bahtFormat.format(amount);
}

const percentFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
/** Progress figures repeat (60, 100) across a workbook's findings, and Intl is slow next to the rest of a message. */
const percentNumber = remembered((percent: number) => percentFormat.format(percent), 10_000);

/**
 * A percent as each language's messages write it: `60%` in English, `ร้อยละ 60` in Thai, the
 * way official Thai documents write a percentage. `formatPercent(12.345)` → `12.35%`;
 * `formatPercent(60, 'th')` → `ร้อยละ 60`.
 */
export function formatPercent(percent: number, language: 'th' | 'en' = 'en'): string {
  return language === 'th' ? `ร้อยละ ${percentNumber(percent)}` : `${percentNumber(percent)}%`;
}

/**
 * Items joined as a sentence lists them: `formatList(['4', '5', '8'], 'en')` → `4, 5 and 8`;
 * in Thai `และ` joins the last item, with a space only before a number, as Thai is written:
 * `formatList(['4', '8'], 'th')` → `4 และ 8`; `formatList(['แบบ พ.ศ. 2 ช่อง', 'แบบ ค.ศ. 1 ช่อง'], 'th')`
 * → `แบบ พ.ศ. 2 ช่อง และแบบ ค.ศ. 1 ช่อง`.
 */
export function formatList(items: readonly string[], language: 'th' | 'en'): string {
  if (items.length < 2) return items.join('');
  const last = items[items.length - 1];
  const and = language === 'th' ? (/^[\d(]/.test(last) ? 'และ ' : 'และ') : 'and ';
  return `${items.slice(0, -1).join(', ')} ${and}${last}`;
}

function isoToDate(iso: IsoDate): Date {
  const { year, month, day } = isoParts(iso);
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return d;
}

const thaiLong = new Intl.DateTimeFormat('th-TH', { dateStyle: 'long', timeZone: 'UTC' });
const thaiShort = new Intl.DateTimeFormat('th-TH', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/**
 * Intl formatting is slow next to the rest of a message, and the findings of one
 * workbook name the same days over and over.
 */
const thaiLongDate = remembered((iso: IsoDate) => thaiLong.format(isoToDate(iso)), 10_000);

/** `formatDateThai('2019-10-19')` → `19 ตุลาคม 2562` (Buddhist era). */
export function formatDateThai(iso: IsoDate): string {
  return thaiLongDate(iso);
}

/** `formatDateThaiShort('2019-10-19')` → `19 ต.ค. 2562`. */
export function formatDateThaiShort(iso: IsoDate): string {
  return thaiShort.format(isoToDate(iso));
}

const ENGLISH_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Remembered like the Thai dates: a workbook's findings name the same days over and over. */
const englishDate = remembered((iso: IsoDate) => {
  const { year, month, day } = isoParts(iso);
  return `${day} ${ENGLISH_MONTHS[month - 1]} ${year}`;
}, 10_000);

/**
 * `formatDateEnglish('2019-10-19')` → `19 Oct 2019`. Spelled out here because
 * en-GB's short months differ between ICU versions ("Sep" or "Sept").
 */
export function formatDateEnglish(iso: IsoDate): string {
  return englishDate(iso);
}

/** `formatBeDate('2019-10-19')` → `19/10/2562`, the way Thai forms write dates. */
export function formatBeDate(iso: IsoDate): string {
  const { year, month, day } = isoParts(iso);
  return `${day}/${month}/${year + 543}`;
}

/** Sheet names Excel writes without quotes: a plain identifier that cannot be read as a cell reference. */
function isBareSheetName(sheet: string): boolean {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(sheet) && !/^[A-Za-z]{1,3}\d+$/.test(sheet) && !/^[Rr]?\d*[Cc]?\d*$/.test(sheet);
}

/**
 * A cell's address as listed in an issue on `issueSheet`: bare when the cell is on that sheet,
 * else sheet-qualified the way Excel writes it, so a cell on another sheet is never taken for
 * one on the issue's sheet. `addressOnSheet('Reports', 'Projects', 'G2')` → `Projects!G2`;
 * `addressOnSheet('Reports', 'แผน 2563', 'G2')` → `'แผน 2563'!G2`.
 */
export function addressOnSheet(issueSheet: string, sheet: string, address: string): string {
  if (sheet === issueSheet) return address;
  const name = isBareSheetName(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return `${name}!${address}`;
}

/** `formatReports([4, 8], 'th')` → `รายงานครั้งที่ 4 และ 8`; `formatReports([4], 'en')` → `report 4`. */
export function formatReports(numbers: readonly number[], language: 'th' | 'en'): string {
  const list = formatList(numbers.map(String), language);
  if (language === 'th') return `รายงานครั้งที่ ${list}`;
  return `${numbers.length === 1 ? 'report' : 'reports'} ${list}`;
}

/** `formatRowThai(5)` → `แถวที่ 5`; `formatRowThai(5, 'Projects')` → `แถวที่ 5 ของชีต Projects` (another sheet). */
export function formatRowThai(row: number, sheet?: string): string {
  return sheet === undefined ? `แถวที่ ${row}` : `แถวที่ ${row} ของชีต ${sheet}`;
}

/** `formatRowEnglish(5)` → `row 5`; `formatRowEnglish(5, 'Projects')` → `row 5 of sheet Projects` (another sheet). */
export function formatRowEnglish(row: number, sheet?: string): string {
  return sheet === undefined ? `row ${row}` : `row ${row} of sheet ${sheet}`;
}
