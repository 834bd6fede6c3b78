import type { FontMeasure } from './sheet-description';

/**
 * How wide the characters of TH Sarabun New are, for estimating where wrapped text breaks:
 * advance widths in hundredths of an em, printable ASCII (U+0020–U+007E) and Thai
 * (U+0E01–U+0E5B; marks above and below are 0). Taken from Laksaman, the free font drawn from
 * TH Sarabun PSK, at the 0.66 scale fontconfig draws TH Sarabun with it (TLWG's
 * 89-tlwg-laksaman-synthetic.conf).
 */
const ASCII_WIDTHS = [
  21, 15, 21, 40, 36, 58, 42, 12, 19, 19, 28, 41, 16, 21, 16, 27, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 16, 16, 41, 41, 41, 28,
  53, 40, 37, 40, 43, 35, 35, 42, 44, 15, 26, 37, 35, 54, 44, 48, 37, 48, 38, 35, 38, 46, 39, 58, 41, 36, 42, 19, 26, 19, 41, 35,
  20, 34, 40, 33, 40, 37, 20, 31, 39, 14, 15, 31, 20, 60, 39, 39, 40, 40, 22, 28, 24, 39, 34, 50, 32, 33, 32, 21, 15, 21, 41,
];
const THAI_WIDTHS = [
  38, 37, 38, 39, 39, 40, 29, 36, 37, 37, 38, 51, 51, 42, 42, 34, 46, 53, 54, 39, 39, 37, 43, 33, 42, 42, 42, 38, 38, 44, 44, 42,
  40, 37, 32, 37, 38, 42, 33, 39, 43, 38, 42, 45, 38, 37, 39, 35, 0, 31, 31, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 41, 20,
  37, 23, 24, 24, 20, 40, 0, 0, 0, 0, 0, 0, 0, 0, 45, 45, 45, 45, 45, 45, 45, 45, 45, 45, 45, 52, 69,
];
/** Other characters (Thai digits are in the table): a wide letter's width. */
const OTHER_WIDTH = 50;

/** A text's width in ems of TH Sarabun New: `sarabunWidth('ก')` → 0.38. */
export function sarabunWidth(text: string): number {
  let hundredths = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x20 && code <= 0x7e) hundredths += ASCII_WIDTHS[code - 0x20];
    else if (code >= 0x0e01 && code <= 0x0e5b) hundredths += THAI_WIDTHS[code - 0x0e01];
    else if (code === 0x200b || code === 0x200c || code === 0x200d || code === 0xfeff) continue;
    else if (code < 0xdc00 || code > 0xdfff) hundredths += OTHER_WIDTH;
  }
  return hundredths / 100;
}

/**
 * How the form measures its text: TH Sarabun New's widths and a fifth more, so that a row sized
 * so keeps its text where the font is installed with room to spare, and also in LibreOffice on a
 * machine with neither TH Sarabun New nor Calibri (it draws Laksaman, half as wide again, and
 * prints the sheet at three quarters to fit columns measured in DejaVu Sans: 1.14 times as wide
 * in all). Lines are 1.65 em apart, as LibreOffice lays out the substitute (TH Sarabun New's own
 * line gap is wide too). See docs/decisions.md for what a machine without the font shows.
 */
export const FORM_TEXT_MEASURE: FontMeasure = { widthEm: (text) => sarabunWidth(text) * 1.2, lineEm: 1.65 };
