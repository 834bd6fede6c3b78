import type { Issue } from '../core/model';
import { formatAmount, formatBeDate, formatDateEnglish } from '../core/format';
import { serialToIso } from '../core/parse/calendar';
import { isDateFormat } from '../core/parse/number-format';
import type { SheetTable } from '../core/table/types';
import { wrapText } from './text-wrap';

export type Language = 'th' | 'en';

const ROLE_LABEL: Record<SheetTable['role'], Record<Language, string>> = {
  projects: { th: 'ตารางโครงการ', en: 'projects' },
  reports: { th: 'ตารางรายงาน', en: 'reports' },
  flat: { th: 'ตารางรวมโครงการและรายงาน', en: 'projects and reports (flat)' },
};

const SEVERITY_HEADING: Record<Issue['severity'], Record<Language, string>> = {
  error: { th: 'ข้อผิดพลาด', en: 'Errors' },
  warning: { th: 'คำเตือน', en: 'Warnings' },
  info: { th: 'ข้อสังเกต', en: 'Info' },
};
const SEVERITIES: readonly Issue['severity'][] = ['error', 'warning', 'info'];

/** How the text report is laid out: `width` wraps each finding to a terminal that wide; none, one line each. */
export interface TextLayout {
  width?: number;
}

/**
 * A quick fix's new value as the cell would show it: a date in the language's form, a number with
 * thousands separators, text in quotes. `suggestedValue({ th: '', en: '', replacement: 43757, numberFormat: 'd/m/yyyy' }, 'th')` → `19/10/2562`.
 */
export function suggestedValue(fix: NonNullable<Issue['fix']>, lang: Language): string | undefined {
  const { replacement, numberFormat } = fix;
  if (replacement === undefined) return undefined;
  if (typeof replacement === 'string') return `"${replacement}"`;
  const iso = numberFormat !== undefined && isDateFormat(numberFormat) ? serialToIso(replacement) : undefined;
  if (iso) return lang === 'th' ? formatBeDate(iso) : formatDateEnglish(iso);
  return formatAmount(replacement);
}

/** One finding: where, which rule, what is wrong, what to do, and the value a quick fix would write. */
function findingText(issue: Issue, lang: Language): string {
  const suggested = issue.fix ? suggestedValue(issue.fix, lang) : undefined;
  const value = suggested === undefined ? '' : lang === 'th' ? ` (ค่าที่เสนอ: ${suggested})` : ` (suggested value: ${suggested})`;
  const fix = issue.fix ? ` → ${issue.fix[lang]}${value}` : '';
  return `${issue.sheet}!${issue.cell}  [${issue.rule}]  ${issue.message[lang]}${fix}`;
}

/**
 * One file's tables and findings as lines for a terminal: the findings grouped by severity,
 * errors first, each group in cell order, one line each — or, with a width, wrapped to it
 * under a hanging indent.
 */
export function textReport(file: string, tables: SheetTable[], issues: Issue[], lang: Language, layout: TextLayout = {}): string[] {
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
  for (const severity of SEVERITIES) {
    const group = issues.filter((issue) => issue.severity === severity);
    if (group.length === 0) continue;
    lines.push(`  ${SEVERITY_HEADING[severity][lang]} (${group.length})`);
    for (const issue of group) {
      const text = findingText(issue, lang);
      if (layout.width === undefined) lines.push(`    ${text}`);
      else for (const line of wrapText(text, layout.width, '    ', '        ')) lines.push(line);
    }
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
