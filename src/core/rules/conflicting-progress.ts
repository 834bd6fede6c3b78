import { formatList, formatPercent } from '../format';
import { addressesOf, recordFinding } from './context';
import { progressFiguresStated, statesValue } from './report-text';
import { defineRule, type Finding } from './rule';

/**
 * A report's text states a progress figure other than its progress cell, or
 * states two different figures (DESIGN §5 `conflicting-progress`). Which
 * percents count as progress is decided in report-text.ts.
 */
/** Two or more figures in the text, or one that is not the cell's. */
type Conflict =
  | { kind: 'several'; stated: number[]; progress?: number }
  | { kind: 'differs'; stated: number; progress: number };

export const conflictingProgress = defineRule<Conflict>({
  id: 'conflicting-progress',
  severity: 'warning',
  fields: ['stage', 'progress'],
  needs: ['progress'],
  check({ reports }) {
    const findings: Finding<Conflict>[] = [];
    for (const report of reports) {
      const { stage, progress } = report.value;
      if (stage === undefined) continue;
      const figures = progressFiguresStated(stage);
      // Most texts state no figure: nothing to compare (and no set to make for each).
      if (figures.length === 0) continue;
      const stated = [...new Set(figures.map((figure) => figure.percent))];
      let params: Conflict;
      if (stated.length > 1) params = progress === undefined ? { kind: 'several', stated } : { kind: 'several', stated, progress };
      else if (stated.length === 1 && progress !== undefined && !statesValue(figures[0], progress)) params = { kind: 'differs', stated: stated[0], progress };
      else continue;
      findings.push(recordFinding(report, 'stage', params, addressesOf(report, ['progress'])));
    }
    return findings;
  },
  message: {
    th: (p) => (p.kind === 'several'
      ? `ข้อความระบุความก้าวหน้าไว้หลายค่า (${listPercents(p.stated, 'th')})${p.progress === undefined ? '' : ` ขณะที่ช่องความก้าวหน้าเป็น${formatPercent(p.progress, 'th')}`}`
      : `ข้อความระบุความก้าวหน้า${formatPercent(p.stated, 'th')} ไม่ตรงกับช่องความก้าวหน้าที่กรอกไว้${formatPercent(p.progress, 'th')}`),
    en: (p) => (p.kind === 'several'
      ? `The text states several progress figures (${listPercents(p.stated, 'en')})${p.progress === undefined ? '' : ` while the progress cell says ${formatPercent(p.progress)}`}`
      : `The text states progress of ${formatPercent(p.stated)} but the progress cell says ${formatPercent(p.progress)}`),
  },
  fix: {
    th: () => 'แก้ไขข้อความหรือช่องความก้าวหน้าให้ระบุตัวเลขเดียวกัน',
    en: () => 'Make the text and the progress cell state the same figure',
  },
});

/** `listPercents([60, 70, 80], 'en')` → `60%, 70% and 80%`; in Thai `ร้อยละ 60, ร้อยละ 70 และร้อยละ 80`. */
function listPercents(percents: number[], language: 'th' | 'en'): string {
  return formatList(percents.map((percent) => formatPercent(percent, language)), language);
}
