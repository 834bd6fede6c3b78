import type { IsoDate } from '../model';
import { remembered } from '../remembered';

/** Years between the eras: BE = CE + 543. */
export const BUDDHIST_ERA_OFFSET = 543;

/** `ceToBe(2020)` → 2563. */
export function ceToBe(ceYear: number): number {
  return ceYear + BUDDHIST_ERA_OFFSET;
}

/** `beToCe(2563)` → 2020. */
export function beToCe(beYear: number): number {
  return beYear - BUDDHIST_ERA_OFFSET;
}

/** True when year/month/day (CE, month 1–12) is a real calendar date. */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month, 0);
  return d.getUTCDate();
}

/** `toIso(2020, 3, 18)` → `2020-03-18` (CE year). */
export function toIso(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Splits an ISO date into numbers: `isoParts('2020-03-18')` → `{ year: 2020, month: 3, day: 18 }`. */
export function isoParts(iso: IsoDate): { year: number; month: number; day: number } {
  return { year: isoNumber(iso, 0, 4), month: isoNumber(iso, 5, 7), day: isoNumber(iso, 8, 10) };
}

/**
 * `Number(iso.slice(from, to))`, read digit by digit without copying when the part is
 * all digits (it always is in a date this code wrote): rules split dates per report.
 */
function isoNumber(iso: IsoDate, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) {
    const digit = iso.charCodeAt(i) - 48;
    if (!(digit >= 0 && digit <= 9)) return Number(iso.slice(from, to));
    value = value * 10 + digit;
  }
  return value;
}

const DAY_MS = 86_400_000;
/** Excel's day 0 in the 1900 system, with its fictitious 29 Feb 1900 accounted for (serials ≥ 61). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** Rules measure the same few hundred days for every report. */
const isoToUtcMs = remembered(utcMsOfIso, 10_000);

function utcMsOfIso(iso: IsoDate): number {
  const { year, month, day } = isoParts(iso);
  // Date.UTC needs no Date object (rules call this for every report), but reads years 0–99 as 19xx.
  if (year >= 100) return Date.UTC(year, month - 1, day);
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return d.getTime();
}

/** Days from `from` to `to` (negative when `to` is earlier): `daysBetween('2020-01-01', '2020-01-31')` → 30. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((isoToUtcMs(to) - isoToUtcMs(from)) / DAY_MS);
}

/** `addDays('2020-09-30', 90)` → `2020-12-29`. */
export function addDays(iso: IsoDate, days: number): IsoDate {
  const d = new Date(isoToUtcMs(iso) + days * DAY_MS);
  return toIso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/**
 * Excel serial (1900 date system) → ISO date; the time of day is dropped.
 * `serialToIso(43739)` → `2019-10-01`. Returns undefined for serials before 1900-03-01 or absurd ones.
 */
export function serialToIso(serial: number): IsoDate | undefined {
  if (!Number.isFinite(serial) || serial < 61 || serial >= 2_958_466) return undefined;
  const d = new Date(EXCEL_EPOCH_MS + Math.floor(serial) * DAY_MS);
  return toIso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** ISO date → Excel serial: `isoToSerial('2019-10-01')` → 43739. */
export function isoToSerial(iso: IsoDate): number {
  return Math.round((isoToUtcMs(iso) - EXCEL_EPOCH_MS) / DAY_MS);
}

/**
 * The period of a Thai fiscal year (BE): 1 October of the year before to 30 September.
 * `fiscalYearPeriod(2563)` → `{ start: '2019-10-01', end: '2020-09-30' }`.
 */
export function fiscalYearPeriod(fiscalYearBe: number): { start: IsoDate; end: IsoDate } {
  const endCe = beToCe(fiscalYearBe);
  return { start: toIso(endCe - 1, 10, 1), end: toIso(endCe, 9, 30) };
}

/** The Thai fiscal year (BE) a date falls in: `fiscalYearOf('2019-10-01')` → 2563. */
export function fiscalYearOf(iso: IsoDate): number {
  const { year, month } = isoParts(iso);
  return ceToBe(month >= 10 ? year + 1 : year);
}
