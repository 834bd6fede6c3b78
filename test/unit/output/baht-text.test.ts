import fc from 'fast-check';
import { MAX_BAHT_TEXT_AMOUNT, bahtText } from '../../../src/core/output/baht-text';

/**
 * Results Excel computed: the cached values of =BAHTTEXT(A…) in a workbook saved by Excel 2013.
 * These settle what other implementations disagree on (`101` หนึ่งร้อยเอ็ด, not หนึ่งร้อยหนึ่ง;
 * `0.01` หนึ่งสตางค์, not ศูนย์บาทหนึ่งสตางค์).
 */
const EXCEL: [number, string][] = [
  [0, 'ศูนย์บาทถ้วน'],
  [0.01, 'หนึ่งสตางค์'],
  [0.11, 'สิบเอ็ดสตางค์'],
  [0.21, 'ยี่สิบเอ็ดสตางค์'],
  [-0.75, 'ลบเจ็ดสิบห้าสตางค์'],
  [1.5, 'หนึ่งบาทห้าสิบสตางค์'],
  [11.01, 'สิบเอ็ดบาทหนึ่งสตางค์'],
  [101, 'หนึ่งร้อยเอ็ดบาทถ้วน'],
  [111, 'หนึ่งร้อยสิบเอ็ดบาทถ้วน'],
  [201, 'สองร้อยเอ็ดบาทถ้วน'],
  [501.11, 'ห้าร้อยเอ็ดบาทสิบเอ็ดสตางค์'],
  [2001, 'สองพันเอ็ดบาทถ้วน'],
  [2111, 'สองพันหนึ่งร้อยสิบเอ็ดบาทถ้วน'],
  [31000000.309999999, 'สามสิบเอ็ดล้านบาทสามสิบเอ็ดสตางค์'],
  [501000000, 'ห้าร้อยเอ็ดล้านบาทถ้วน'],
  [-11001001, 'ลบสิบเอ็ดล้านหนึ่งพันเอ็ดบาทถ้วน'],
  // Microsoft's documented example.
  [1234, 'หนึ่งพันสองร้อยสามสิบสี่บาทถ้วน'],
];

describe('bahtText, as Excel\'s BAHTTEXT', () => {
  it.each(EXCEL)('%p → %s', (amount, text) => {
    expect(bahtText(amount)).toBe(text);
  });

  it.each([
    // The standard form's example budget.
    [1918000, 'หนึ่งล้านเก้าแสนหนึ่งหมื่นแปดพันบาทถ้วน'],
    [10, 'สิบบาทถ้วน'], [11, 'สิบเอ็ดบาทถ้วน'], [20, 'ยี่สิบบาทถ้วน'], [21, 'ยี่สิบเอ็ดบาทถ้วน'],
    // A 1 standing alone in its group of six digits is หนึ่ง, as 1 itself is.
    [1, 'หนึ่งบาทถ้วน'], [1000001, 'หนึ่งล้านหนึ่งบาทถ้วน'], [1000000, 'หนึ่งล้านบาทถ้วน'],
    [10000000, 'สิบล้านบาทถ้วน'], [21000000, 'ยี่สิบเอ็ดล้านบาทถ้วน'],
    [1_000_000_000_000, 'หนึ่งล้านล้านบาทถ้วน'],
    [111_111_111, 'หนึ่งร้อยสิบเอ็ดล้านหนึ่งแสนหนึ่งหมื่นหนึ่งพันหนึ่งร้อยสิบเอ็ดบาทถ้วน'],
  ])('%p → %s', (amount, text) => {
    expect(bahtText(amount)).toBe(text);
  });

  it.each([
    // Satang rounded half away from zero on the number Excel shows (15 digits), not on its binary value.
    [1.005, 'หนึ่งบาทหนึ่งสตางค์'],
    [1.015, 'หนึ่งบาทสองสตางค์'],
    [2.675, 'สองบาทหกสิบแปดสตางค์'],
    [0.994, 'เก้าสิบเก้าสตางค์'],
    [0.995, 'หนึ่งบาทถ้วน'],
    [99.995, 'หนึ่งร้อยบาทถ้วน'],
    [0.004, 'ศูนย์บาทถ้วน'],
    [-0.004, 'ศูนย์บาทถ้วน'],
    [-1918000.25, 'ลบหนึ่งล้านเก้าแสนหนึ่งหมื่นแปดพันบาทยี่สิบห้าสตางค์'],
  ])('rounds satang: %p → %s', (amount, text) => {
    expect(bahtText(amount)).toBe(text);
  });

  it('gives no words for what is not an amount, where a package would print ศูนย์บาทถ้วน', () => {
    for (const amount of [NaN, Infinity, -Infinity, MAX_BAHT_TEXT_AMOUNT + 1]) expect(bahtText(amount)).toBeUndefined();
    expect(bahtText(MAX_BAHT_TEXT_AMOUNT)).toMatch(/บาทถ้วน$/);
  });

  it('reads every whole amount back to the number it came from', () => {
    const VALUE: Record<string, number> = { ศูนย์: 0, หนึ่ง: 1, เอ็ด: 1, ยี่: 2, สอง: 2, สาม: 3, สี่: 4, ห้า: 5, หก: 6, เจ็ด: 7, แปด: 8, เก้า: 9 };
    const PLACE: Record<string, number> = { สิบ: 10, ร้อย: 100, พัน: 1000, หมื่น: 10_000, แสน: 100_000 };
    const read = (words: string): number => {
      const million = words.lastIndexOf('ล้าน');
      if (million >= 0) return read(words.slice(0, million)) * 1_000_000 + read(words.slice(million + 4));
      let total = 0;
      let digit: number | undefined;
      for (const token of words.match(/ศูนย์|หนึ่ง|เอ็ด|ยี่|สอง|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า|สิบ|ร้อย|พัน|หมื่น|แสน/g) ?? []) {
        if (token in PLACE) { total += (digit ?? 1) * PLACE[token]; digit = undefined; } else digit = VALUE[token];
      }
      return total + (digit ?? 0);
    };
    fc.assert(fc.property(fc.integer({ min: 1, max: 999_999_999_999 }), (amount) => {
      const text = bahtText(amount)!;
      expect(text.endsWith('บาทถ้วน')).toBe(true);
      expect(read(text.slice(0, -'บาทถ้วน'.length))).toBe(amount);
      // เอ็ด only closes a group of six digits that has other digits.
      const groups = [amount % 1_000_000, Math.floor(amount / 1_000_000) % 1_000_000, Math.floor(amount / 1e12)];
      const ets = (text.match(/เอ็ด/g) ?? []).length;
      expect(ets).toBe(groups.filter((g) => g % 10 === 1 && g > 1).length);
    }), { numRuns: 2_000 });
  });
});
