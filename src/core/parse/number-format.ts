/**
 * Excel number-format codes, read only as far as the parsers need: is the
 * cell shown as a date, a percent, or text? Dates stay Gregorian serials
 * whatever the format says (DESIGN §4), so no format is ever interpreted further.
 */
import { remembered } from '../remembered';

/**
 * The format code without what is shown literally or configures rather than
 * formats: "quoted text", \escaped characters, _x and *x padding, and [..]
 * sections (locale and calendar such as [$-th-TH,107], colours, [h]).
 */
function formatCodeTokens(format: string): string {
  return String(format)
    .replace(/"[^"]*"?/g, '')
    .replace(/\\./g, '')
    .replace(/[_*]./g, '')
    .replace(/\[[^\]]*\]?/g, '');
}

/** A workbook uses a handful of formats over a million cells; reading one takes several regex passes. */
const FORMATS_REMEMBERED = 1_000;

const dateFormat = remembered((format: string) => {
  const code = formatCodeTokens(format)
    .replace(/general/gi, '')
    .replace(/am\/pm|a\/p/gi, '')
    .replace(/e[+-]/gi, '') // scientific notation, not the era year `e`
    .toLowerCase();
  if (/[dyebg]/.test(code)) return true;
  // `m` alone is a month; next to hours or seconds it is minutes.
  return code.includes('m') && !/[hs]/.test(code);
}, FORMATS_REMEMBERED);

/**
 * `isDateFormat('d/m/yyyy')` → true; also `[$-th-TH,107]d mmm yyyy`, `bbbb-mm-dd`, `B2d/m/yyyy`;
 * false for `General`, `0.00`, `0.00E+00` and time-only `h:mm`.
 */
export function isDateFormat(format: string): boolean {
  return dateFormat(format);
}

const percentFormat = remembered((format: string) => formatCodeTokens(format).includes('%'), FORMATS_REMEMBERED);

/** `isPercentFormat('0.00%')` → true; `isPercentFormat('0.00 "%"')` → false (a quoted % is only shown). */
export function isPercentFormat(format: string): boolean {
  return percentFormat(format);
}

const textFormat = remembered((format: string) => formatCodeTokens(format).trim() === '@', FORMATS_REMEMBERED);

/** `isTextFormat('@')` → true: the cell is formatted as Text. `d/m/yyyy;@` is a date format, so false. */
export function isTextFormat(format: string): boolean {
  return textFormat(format);
}
