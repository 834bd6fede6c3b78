import { reportNumbersNamed } from '../../../src/core/rules/report-text';

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
