import type { Issue } from '../../src/core/model';
import { visibleLength } from '../../src/core/output/text-measure';
import { suggestedValue, textReport } from '../../src/cli/text-report';
import { wrapText } from '../../src/cli/text-wrap';

const issue = (severity: Issue['severity'], cell: string, rule: Issue['rule'], fix?: Issue['fix']): Issue => ({
  rule, severity, sheet: 'รายงาน', cell, cells: [cell],
  message: { th: `ข้อความของ ${cell} ความก้าวหน้าร้อยละ 60 แต่ยังไม่มีการเบิกจ่ายในรายงานครั้งนี้`, en: `Message about ${cell}: progress is 60% but nothing has been disbursed in this report` },
  ...(fix ? { fix } : {}),
});

const ISSUES = [
  issue('info', 'F3', 'thai-digits', { th: 'เขียนเป็นเลขอารบิก', en: 'Write it in Arabic digits', replacement: 504000 }),
  issue('error', 'E9', 'progress-decrease'),
  issue('warning', 'C4', 'mixed-date-format', { th: 'ป้อนเป็นวันที่', en: 'Enter it as a date cell', replacement: 43757, numberFormat: 'd/m/yyyy' }),
  issue('error', 'A2', 'invalid-code', { th: 'แก้รหัส', en: 'Correct the code', replacement: '03000000-2441' }),
];

describe('the text report', () => {
  it('groups findings by severity, errors first, each group in the order given, under a heading with its count', () => {
    const lines = textReport('a.xlsx', [], ISSUES, 'en');
    expect(lines).toEqual([
      'a.xlsx',
      '  Errors (2)',
      '    รายงาน!E9  [progress-decrease]  Message about E9: progress is 60% but nothing has been disbursed in this report',
      '    รายงาน!A2  [invalid-code]  Message about A2: progress is 60% but nothing has been disbursed in this report → Correct the code (suggested value: "03000000-2441")',
      '  Warnings (1)',
      '    รายงาน!C4  [mixed-date-format]  Message about C4: progress is 60% but nothing has been disbursed in this report → Enter it as a date cell (suggested value: 19 Oct 2019)',
      '  Info (1)',
      '    รายงาน!F3  [thai-digits]  Message about F3: progress is 60% but nothing has been disbursed in this report → Write it in Arabic digits (suggested value: 504,000)',
    ]);
    expect(textReport('a.xlsx', [], ISSUES, 'th').filter((line) => /^ {2}\S/.test(line))).toEqual(['  ข้อผิดพลาด (2)', '  คำเตือน (1)', '  ข้อสังเกต (1)']);
  });

  it('shows the suggested value as the cell would: a Thai date in BE, a number with separators, text quoted', () => {
    expect(suggestedValue({ th: '', en: '', replacement: 43757, numberFormat: 'd/m/yyyy' }, 'th')).toBe('19/10/2562');
    expect(suggestedValue({ th: '', en: '', replacement: 1918000 }, 'th')).toBe('1,918,000');
    expect(suggestedValue({ th: '', en: '', replacement: ' ถนน' }, 'en')).toBe('" ถนน"');
    expect(suggestedValue({ th: '', en: '' }, 'en')).toBeUndefined();
    expect(textReport('a.xlsx', [], [ISSUES[2]], 'th')[2]).toMatch(/→ ป้อนเป็นวันที่ \(ค่าที่เสนอ: 19\/10\/2562\)$/);
  });

  it.each([40, 60, 100])('wraps each finding to a %i-column terminal under a hanging indent, Thai included', (width) => {
    for (const lang of ['th', 'en'] as const) {
      const lines = textReport('a.xlsx', [], ISSUES, lang, { width });
      for (const line of lines) expect(visibleLength(line)).toBeLessThanOrEqual(width);
      // Every finding starts on a line of its own at four spaces; its continuation lines at eight.
      expect(lines.filter((line) => /^ {4}รายงาน!/.test(line))).toHaveLength(ISSUES.length);
      expect(lines.filter((line) => /^ {8}\S/.test(line)).length).toBeGreaterThan(0);
      // Nothing is lost: the wrapped words are the one-line words.
      const words = (text: string[]) => text.join(' ').split(/\s+/).filter(Boolean).join('');
      expect(words(lines)).toBe(words(textReport('a.xlsx', [], ISSUES, lang)));
    }
  });

  it('breaks Thai between words, not inside them', () => {
    // 24 columns: the vowel and tone marks above and below take none, so ยังไม่มี still fits.
    expect(wrapText('ความก้าวหน้าของงาน ยังไม่มีการเบิกจ่ายงบประมาณ', 24, '', '')).toEqual(['ความก้าวหน้าของงาน ยังไม่มี', 'การเบิกจ่ายงบประมาณ']);
    expect(wrapText('ความก้าวหน้าของงาน ยังไม่มีการเบิกจ่ายงบประมาณ', 16, '', '')).toEqual(['ความก้าวหน้าของงาน', 'ยังไม่มีการเบิกจ่ายงบ', 'ประมาณ']);
  });
});

describe('the CLI on a terminal', () => {
  it('wraps the sample\'s report to the terminal\'s width, and keeps one line a finding when piped', async () => {
    const { run } = await import('../../src/cli/main');
    const report = async (columns?: number) => {
      let stdout = '';
      await run(['validate', 'samples/bma-projects-2563.xlsx', '--lang', 'en'], { stdout: (t) => { stdout += t; }, stderr: () => undefined, ...(columns ? { columns } : {}) });
      return stdout.split('\n');
    };
    const wrapped = await report(50);
    // The file's path and the summary are not findings; every finding line fits.
    for (const line of wrapped.filter((l) => l.startsWith('    '))) expect(visibleLength(line)).toBeLessThanOrEqual(50);
    const piped = await report();
    expect(piped.filter((line) => line.includes('  ['))).toHaveLength(11);
    expect(wrapped.length).toBeGreaterThan(piped.length + 11);
  }, 30_000);
});
