import type { Issue, Severity } from '../model';

/**
 * The words of an annotated copy: severity names, the note on a flagged
 * cell, the Issues sheet's headers — in the language the user chose.
 */

export type Language = 'th' | 'en';

export const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info'];

export const SEVERITY_LABEL: Record<Severity, Record<Language, string>> = {
  error: { th: 'ข้อผิดพลาด', en: 'Error' },
  warning: { th: 'คำเตือน', en: 'Warning' },
  info: { th: 'ข้อสังเกต', en: 'Info' },
};

/** Fill colours per severity: Excel's own "bad", "neutral" and a light blue (ARGB). */
export const SEVERITY_FILL: Record<Severity, string> = {
  error: 'FFFFC7CE',
  warning: 'FFFFEB9C',
  info: 'FFDDEBF7',
};

/** The most severe of some issues' severities. */
export function mostSevere(issues: readonly Issue[]): Severity {
  return SEVERITY_ORDER.find((severity) => issues.some((issue) => issue.severity === severity)) ?? 'info';
}

/** First line of every note this tool writes; a note from an earlier run is recognised by it and replaced. */
export const NOTE_HEADING = 'Project Report Checker';

const FIX_LABEL: Record<Language, string> = { th: 'วิธีแก้ไข', en: 'Fix' };

/** One run of a note's rich text. */
export interface NoteRun {
  text: string;
  bold?: boolean;
}

/**
 * The note on a flagged cell: every finding of the cell, most severe first,
 * each with its severity, rule id, message and fix.
 * `noteRuns([issue], 'en')` → runs reading "Project Report Checker\nError · spent-exceeds-budget\n… \nFix: …".
 */
export function noteRuns(issues: readonly Issue[], language: Language): NoteRun[] {
  const ordered = [...issues].sort((a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity));
  const runs: NoteRun[] = [{ text: NOTE_HEADING, bold: true }];
  for (const issue of ordered) {
    runs.push({ text: `\n${SEVERITY_LABEL[issue.severity][language]} · ${issue.rule}`, bold: true });
    runs.push({ text: `\n${issue.message[language]}` });
    if (issue.fix) runs.push({ text: `\n${FIX_LABEL[language]}: ${issue.fix[language]}` });
  }
  return runs;
}

/** The Issues sheet's columns: header per language and width in characters. */
export const ISSUE_COLUMNS = [
  { key: 'severity', th: 'ระดับ', en: 'Severity', width: 12 },
  { key: 'sheet', th: 'ชีต', en: 'Sheet', width: 24 },
  { key: 'cell', th: 'เซลล์', en: 'Cell', width: 9 },
  { key: 'rule', th: 'กฎการตรวจสอบ', en: 'Rule', width: 30 },
  // Read back, this header row marks the sheet as the findings' own (isIssuesHeaderRow): never a data table.
  { key: 'project', th: 'โครงการ', en: 'Project', width: 16 },
  { key: 'report', th: 'รายงาน', en: 'Report ref.', width: 10 },
  { key: 'message', th: 'ข้อความ', en: 'Message', width: 70 },
  { key: 'fix', th: 'วิธีแก้ไข', en: 'Fix', width: 55 },
] as const;

/**
 * True for the first row of an Issues sheet this checker wrote, in either language (A1 onwards):
 * that sheet lists findings and is never read back as a data table, whatever its cells say.
 */
export function isIssuesHeaderRow(row: readonly unknown[]): boolean {
  return (['th', 'en'] as const).some((language) => ISSUE_COLUMNS.every((column, index) => row[index] === column[language]));
}

export const NO_FINDINGS: Record<Language, string> = {
  th: 'ไม่พบประเด็นที่ต้องตรวจสอบ',
  en: 'No findings',
};
