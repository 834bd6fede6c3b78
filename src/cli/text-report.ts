import type { Issue } from '../core/model';
import type { SheetTable } from '../core/table/types';

export type Language = 'th' | 'en';

const ROLE_LABEL: Record<SheetTable['role'], Record<Language, string>> = {
  projects: { th: 'ตารางโครงการ', en: 'projects' },
  reports: { th: 'ตารางรายงาน', en: 'reports' },
  flat: { th: 'ตารางรวมโครงการและรายงาน', en: 'projects and reports (flat)' },
};

const SEVERITY_LABEL: Record<Issue['severity'], Record<Language, string>> = {
  error: { th: 'ข้อผิดพลาด', en: 'error' },
  warning: { th: 'คำเตือน', en: 'warning' },
  info: { th: 'ข้อสังเกต', en: 'info' },
};

/** One file's findings as lines for a terminal. */
export function textReport(file: string, tables: SheetTable[], issues: Issue[], lang: Language): string[] {
  const lines = [file];
  for (const table of tables) {
    const rows = lang === 'th'
      ? `แถวหัวตาราง ${table.headerRow}, ${table.rows.length} แถว`
      : `header row ${table.headerRow}, ${table.rows.length} rows`;
    lines.push(`  ${table.sheet}: ${ROLE_LABEL[table.role][lang]} (${rows})`);
    // How the data decided a column its header left open, or why a column was left unmapped.
    for (const header of table.headers) {
      if (header.reason && (header.recognition === 'data' || header.field === undefined)) lines.push(`    ${header.column}: ${header.reason[lang]}`);
    }
  }
  for (const issue of issues) {
    const severity = SEVERITY_LABEL[issue.severity][lang].padEnd(lang === 'th' ? 10 : 7);
    const fix = issue.fix ? ` → ${issue.fix[lang]}` : '';
    lines.push(`  ${severity} ${issue.sheet}!${issue.cell}  [${issue.rule}]  ${issue.message[lang]}${fix}`);
  }
  return lines;
}

/**
 * The checks that did not run, repeated above the summary so that a short summary never reads
 * as a clean bill when the money rules were never run (`rules-not-run`).
 */
export function notCheckedLines(issues: readonly Issue[], lang: Language): string[] {
  const notRun = issues.filter((issue) => issue.rule === 'rules-not-run');
  if (notRun.length === 0) return [];
  const heading = lang === 'th' ? 'ตรวจไม่ครบ:' : 'Not checked:';
  return [heading, ...notRun.map((issue) => `  ${issue.message[lang]}`)];
}

/** `3 errors, 1 warning, 0 info` / `ข้อผิดพลาด 3, คำเตือน 1, ข้อสังเกต 0`. */
export function summaryLine(summary: Record<Issue['severity'], number>, lang: Language): string {
  if (lang === 'th') {
    return `ข้อผิดพลาด ${summary.error}, คำเตือน ${summary.warning}, ข้อสังเกต ${summary.info}`;
  }
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${plural(summary.error, 'error')}, ${plural(summary.warning, 'warning')}, ${summary.info} info`;
}
