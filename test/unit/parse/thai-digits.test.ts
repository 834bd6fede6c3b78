import { hasThaiDigits, thaiToArabicDigits } from '../../../src/core/parse/thai-digits';

describe('Thai digits', () => {
  it.each([
    ['๐๑๒๓๔๕๖๗๘๙', '0123456789', true],
    ['๑๙/๑๐/๒๕๖๒', '19/10/2562', true],
    ['ครั้งที่ ๓', 'ครั้งที่ 3', true],
    ['ครั้งที่ 3', 'ครั้งที่ 3', false],
    ['', '', false],
  ])('%p → %p (has Thai digits: %p)', (text, arabic, has) => {
    expect(thaiToArabicDigits(text)).toBe(arabic);
    expect(hasThaiDigits(text)).toBe(has);
  });
});
