import { recordFinding } from './context';
import { reportNumbersNamed } from './report-text';
import { defineRule, type Finding } from './rule';

interface LabelMismatchParams { quote: string; named: number; reportNo: number }

/**
 * A report's text names another report number — "(ครั้งที่ 8)" inside report 9,
 * usually text copied from the previous report (DESIGN §5 `label-mismatch`).
 * Only wordings that clearly mean the report count (see report-text.ts).
 */
export const labelMismatch = defineRule<LabelMismatchParams>({
  id: 'label-mismatch',
  severity: 'warning',
  fields: ['stage', 'reportNo'],
  needs: ['reportNo'],
  check({ reports }) {
    const findings: Finding<LabelMismatchParams>[] = [];
    for (const report of reports) {
      const { stage, reportNo } = report.value;
      if (stage === undefined || reportNo === undefined) continue;
      const other = reportNumbersNamed(stage).find((named) => named.reportNo !== reportNo);
      if (!other) continue;
      findings.push(recordFinding(report, 'stage', { quote: other.quote, named: other.reportNo, reportNo }));
    }
    return findings;
  },
  message: {
    // The number is repeated in Arabic digits only when the quote writes it otherwise (๘).
    th: (p) => `ข้อความระบุ "${p.quote}"${p.quote.includes(String(p.named)) ? '' : ` (ครั้งที่ ${p.named})`} แต่แถวนี้เป็นรายงานครั้งที่ ${p.reportNo}`,
    en: (p) => `The text says "${p.quote}" (report ${p.named}) but this row is report ${p.reportNo}`,
  },
  fix: {
    th: (p) => `แก้ไขเลขครั้งที่ในข้อความเป็น ${p.reportNo} หรือตรวจสอบว่าเลขครั้งที่ของรายงานถูกต้อง`,
    en: (p) => `Change the number in the text to ${p.reportNo}, or check that the report number is right`,
  },
});
