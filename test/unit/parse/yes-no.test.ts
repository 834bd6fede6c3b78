import { parseYesNo } from '../../../src/core/parse/yes-no';

describe('parseYesNo', () => {
  it.each([
    'เป็นไปตามแผน', 'เป็นไปตามเป้าหมาย', 'เป็นไปตามเป้า', 'ตามแผน', 'ใช่', 'Y', 'y', 'Yes', 'YES', 'TRUE', 'true', '✓', '✔', '✔️', '1',
  ])('%p → true', (text) => {
    expect(parseYesNo(text)).toEqual({ ok: true, value: true, notes: [] });
  });

  it.each([
    'ไม่เป็นไปตามแผน', 'ไม่ เป็นไปตามแผน', 'ไม่เป็นไปตามเป้าหมาย', 'ไม่เป็นไปตามเป้า', 'ไม่ตามแผน', 'ล่าช้า', 'ไม่ใช่',
    'N', 'No', 'no', 'FALSE', '✗', '✘', '0',
  ])('%p → false', (text) => {
    expect(parseYesNo(text)).toEqual({ ok: true, value: false, notes: [] });
  });

  it.each([
    [true, true], [false, false], [1, true], [0, false],
  ])('%p → %p', (value, answer) => {
    expect(parseYesNo(value)).toEqual({ ok: true, value: answer, notes: [] });
  });

  it.each([['อาจจะ'], ['แผน'], [2], [0.5], ['x']])('%p → not-yes-no', (value) => {
    expect(parseYesNo(value)).toEqual({ ok: false, reason: 'not-yes-no', notes: [] });
  });
});
