/**
 * An amount in Thai words, as Excel's BAHTTEXT writes it on forms and cheques:
 * `bahtText(1918000)` → `หนึ่งล้านเก้าแสนหนึ่งหมื่นแปดพันบาทถ้วน`.
 *
 * Excel's rules, checked against results Excel computed (test/unit/output/baht-text.test.ts):
 * - within each group of six digits (below a million, and the millions), a final 1 is `เอ็ด`
 *   whenever the group has other digits (`101` หนึ่งร้อยเอ็ด, `2001` สองพันเอ็ด, `501000000`
 *   ห้าร้อยเอ็ดล้าน) and `หนึ่ง` when it stands alone (`1000001` หนึ่งล้านหนึ่ง);
 * - ten is `สิบ`, twenty `ยี่สิบ`; satang are the amount rounded to two places, half away from
 *   zero on the number as Excel shows it (15 significant digits: 1.005 → 1.01);
 * - no satang: `…บาทถ้วน`; no baht: only the satang (`0.01` หนึ่งสตางค์); zero `ศูนย์บาทถ้วน`;
 *   a negative amount begins with `ลบ`, unless it rounds to zero.
 */

const DIGITS = ['ศูนย์', 'หนึ่ง', 'สอง', 'สาม', 'สี่', 'ห้า', 'หก', 'เจ็ด', 'แปด', 'เก้า'];
/** Place names from the ten-thousands down to the tens; the units have none. */
const PLACES = ['แสน', 'หมื่น', 'พัน', 'ร้อย', 'สิบ'];
const MILLION = 1_000_000;

/** The largest amount read exactly: its satang must be a whole number JavaScript holds exactly. */
export const MAX_BAHT_TEXT_AMOUNT = Math.floor(Number.MAX_SAFE_INTEGER / 100);

/** A number below a million in words: `group(21)` → `ยี่สิบเอ็ด`; 0 → ''. */
function group(value: number): string {
  let words = '';
  const digits = String(value).padStart(6, '0');
  for (let place = 0; place < 5; place++) {
    const digit = Number(digits[place]);
    if (digit === 0) continue;
    if (place === 4) words += (digit === 1 ? '' : digit === 2 ? 'ยี่' : DIGITS[digit]) + PLACES[place];
    else words += DIGITS[digit] + PLACES[place];
  }
  const unit = Number(digits[5]);
  if (unit === 1) words += value > 1 ? 'เอ็ด' : 'หนึ่ง';
  else if (unit > 1) words += DIGITS[unit];
  return words;
}

/** A whole number in words, millions by millions: `whole(11001001)` → `สิบเอ็ดล้านหนึ่งพันเอ็ด`. */
function whole(value: number): string {
  if (value < MILLION) return group(value);
  return `${whole(Math.floor(value / MILLION))}ล้าน${group(value % MILLION)}`;
}

/**
 * The amount in Thai words, or undefined when it is not a finite number or is beyond
 * MAX_BAHT_TEXT_AMOUNT (a caller says so rather than print a wrong amount in words).
 */
export function bahtText(amount: number): string | undefined {
  if (!Number.isFinite(amount) || Math.abs(amount) > MAX_BAHT_TEXT_AMOUNT) return undefined;
  // As Excel: round the amount shown to 15 significant digits, then to whole satang.
  const satangTotal = Math.round(Number((Math.abs(amount) * 100).toPrecision(15)));
  const baht = Math.floor(satangTotal / 100);
  const satang = satangTotal % 100;
  const sign = amount < 0 && satangTotal > 0 ? 'ลบ' : '';
  if (satangTotal === 0) return 'ศูนย์บาทถ้วน';
  const bahtWords = baht > 0 ? `${whole(baht)}บาท` : '';
  return sign + bahtWords + (satang === 0 ? 'ถ้วน' : `${group(satang)}สตางค์`);
}
