import { progressFiguresStated, reportNumbersNamed } from '../../../src/core/rules/report-text';

describe('report numbers a text names', () => {
  it('lists every wording in the order the text has them, as written', () => {
    expect(reportNumbersNamed('ครั้งที่ ๒ ส่งมอบ (ครั้งที่ 5) ตาม รายงานความก้าวหน้า ครั้งที่ 7 และ (ครั้งที่ 3)')).toEqual([
      { reportNo: 2, quote: 'ครั้งที่ ๒' },
      { reportNo: 5, quote: '(ครั้งที่ 5)' },
      { reportNo: 7, quote: 'รายงานความก้าวหน้า ครั้งที่ 7' },
      { reportNo: 3, quote: '(ครั้งที่ 3)' },
    ]);
  });

  it('reads "ครั้งที่" alone only where it opens the text, and not as a numbered round', () => {
    expect(reportNumbersNamed('ประชุมครั้งที่ 2 แล้ว')).toEqual([]);
    expect(reportNumbersNamed('ครั้งที่ 2/2563')).toEqual([]);
    expect(reportNumbersNamed('รายงานครั้งที่ 4 ครั้งที่ 6')).toEqual([{ reportNo: 4, quote: 'รายงานครั้งที่ 4' }]);
  });
});

describe('texts repeated down a sheet', () => {
  it('are read once: a text read again gives the same frozen reading, a different text its own', () => {
    const text = 'อยู่ระหว่างดำเนินการ (รายงานครั้งที่ 3) ความก้าวหน้า = 40 %';
    const again = [...text].join('');
    expect(reportNumbersNamed(again)).toBe(reportNumbersNamed(text));
    expect(progressFiguresStated(again)).toBe(progressFiguresStated(text));
    expect(reportNumbersNamed(text)).toEqual([{ reportNo: 3, quote: 'รายงานครั้งที่ 3' }]);
    expect(progressFiguresStated(text)).toEqual([{ percent: 40, decimals: 0, quote: 'ความก้าวหน้า = 40 %' }]);
    expect(Object.isFrozen(reportNumbersNamed(text))).toBe(true);
    expect(Object.isFrozen(reportNumbersNamed(text)[0])).toBe(true);
    expect(Object.isFrozen(progressFiguresStated(text)[0])).toBe(true);
    expect(reportNumbersNamed(text.replace('3', '4'))).toEqual([{ reportNo: 4, quote: 'รายงานครั้งที่ 4' }]);
  });
});
