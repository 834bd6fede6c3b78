import type { ConsolidationRunStep } from '../../src/excel/consolidate/types';
import { runFraction, runStepText } from '../../src/taskpane/components/Consolidate/RunProgress';

/** A whole run of three files as the consolidation tells it: merging, checking, writing four sheets, done. */
const RUN: ConsolidationRunStep[] = [
  ...[0, 1, 2, 3].map((done): ConsolidationRunStep => ({ stage: 'merging', done, total: 3 })),
  ...[1, 2, 25, 50].map((done): ConsolidationRunStep => ({ stage: 'checking', done, total: 50 })),
  { stage: 'writing', sheet: 1, sheets: 4, name: 'Projects', rows: 0, totalRows: 22_013 },
  { stage: 'writing', sheet: 2, sheets: 4, name: 'Reports', rows: 2_001, totalRows: 22_013 },
  { stage: 'writing', sheet: 2, sheets: 4, name: 'Reports', rows: 12_001, totalRows: 22_013 },
  { stage: 'writing', sheet: 4, sheets: 4, name: 'Summary', rows: 22_013, totalRows: 22_013 },
  { stage: 'done', sheets: 4, rows: 22_013 },
];

/** The numbers a text mentions, as digits (Thai and English both write Arabic digits with commas). */
const numbers = (text: string | undefined) => (text ?? '').match(/\d[\d,]*/g) ?? [];

describe('a consolidation run’s progress in the pane', () => {
  it('moves the bar forward only, from 0 at the first file to 1 when done', () => {
    const fractions = RUN.map(runFraction);
    expect(fractions[0]).toBe(0);
    expect(fractions.at(-1)).toBe(1);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    // Each stage ends where the next begins.
    expect(runFraction({ stage: 'merging', done: 3, total: 3 })).toBe(runFraction({ stage: 'checking', done: 0, total: 50 }));
    expect(runFraction({ stage: 'checking', done: 50, total: 50 })).toBe(runFraction({ stage: 'writing', sheet: 1, sheets: 4, name: 'Projects', rows: 0, totalRows: 10 }));
  });

  it.each(RUN)('says $stage in Thai and in English, with the same counts', (step) => {
    const th = runStepText(step, 'th');
    const en = runStepText(step, 'en');
    expect(th.label).not.toBe(en.label);
    expect(numbers(th.label)).toEqual(numbers(en.label));
    expect(numbers(th.hint)).toEqual(numbers(en.hint));
    if (step.stage !== 'done') expect(numbers(en.hint).length).toBe(2);
  });

  it('names the sheet being written and the rows written so far', () => {
    expect(runStepText({ stage: 'writing', sheet: 2, sheets: 4, name: 'Reports', rows: 12_001, totalRows: 22_013 }, 'en'))
      .toEqual({ label: 'Writing sheet 2 of 4: Reports…', hint: '12,001 of 22,013 rows written' });
    expect(runStepText({ stage: 'writing', sheet: 2, sheets: 4, name: 'รายงาน', rows: 12_001, totalRows: 22_013 }, 'th'))
      .toEqual({ label: 'กำลังเขียนแผ่นงานที่ 2 จาก 4: รายงาน…', hint: 'เขียนแล้ว 12,001 จาก 22,013 แถว' });
    expect(runStepText({ stage: 'merging', done: 3, total: 10 }, 'th')).toEqual({ label: 'กำลังรวมแถวข้อมูลของแต่ละหน่วยงาน…', hint: 'ไฟล์ 3 จาก 10' });
  });
});
