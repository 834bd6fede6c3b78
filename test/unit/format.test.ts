import { formatList, formatPercent, formatReports } from '../../src/core/format';

describe('message formatting', () => {
  it('writes a percent as each language does: 60% in English, ร้อยละ 60 in Thai', () => {
    expect(formatPercent(60)).toBe('60%');
    expect(formatPercent(12.345)).toBe('12.35%');
    expect(formatPercent(60, 'th')).toBe('ร้อยละ 60');
    expect(formatPercent(0.6, 'th')).toBe('ร้อยละ 0.6');
  });

  it('lists items, spacing Thai "และ" only before a number', () => {
    expect(formatList([], 'en')).toBe('');
    expect(formatList(['4'], 'th')).toBe('4');
    expect(formatList(['4', '5', '8'], 'en')).toBe('4, 5 and 8');
    expect(formatList(['4', '8'], 'th')).toBe('4 และ 8');
    expect(formatList(['แบบ พ.ศ. 8 ช่อง', 'แบบ ค.ศ. 1 ช่อง'], 'th')).toBe('แบบ พ.ศ. 8 ช่อง และแบบ ค.ศ. 1 ช่อง');
  });

  it('names report numbers', () => {
    expect(formatReports([4, 8], 'th')).toBe('รายงานครั้งที่ 4 และ 8');
    expect(formatReports([4, 8], 'en')).toBe('reports 4 and 8');
    expect(formatReports([4], 'en')).toBe('report 4');
  });
});
