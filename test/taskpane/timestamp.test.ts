import { formatTimestamp } from '../../src/taskpane/components/timestamp';

describe('a waiver’s or a fix’s time stamp', () => {
  // Midday UTC falls on the same calendar day from UTC−11 to UTC+11, wherever the tests run.
  const noon = '2020-03-18T12:00:00.000Z';

  it('shows the Buddhist-era year in Thai and the Common-era year in English', () => {
    expect(formatTimestamp(noon, 'th')).toMatch(/^18 มี\.ค\. 2563 \d\d:\d\d$/);
    expect(formatTimestamp(noon, 'en')).toMatch(/^18 Mar 2020, \d\d:\d\d$/);
  });

  it('shows an unreadable stamp as stored', () => {
    expect(formatTimestamp('yesterday', 'en')).toBe('yesterday');
  });
});
