import { DEFAULT_CONFIG } from '../model';
import { MAX_CODE_LENGTH } from '../model/code-pattern';
import { cellFinding, forEachCell } from './cells';
import { defineRule, type Finding } from './rule';

/** `length` only for a code longer than MAX_CODE_LENGTH, whose `code` is then its beginning and `…`. */
interface InvalidCodeParams { code: string; pattern: string; length?: number }

/** How messages describe the default pattern `^\d{8}-\d{4}$`; a custom one is shown as written. */
const DEFAULT_PATTERN_WORDS = {
  th: 'ตัวเลข 8 หลัก ขีด (-) แล้วตัวเลข 4 หลัก เช่น 03000000-2457',
  en: '8 digits, a hyphen and 4 digits, e.g. 03000000-2457',
};

function patternWords(pattern: string, language: 'th' | 'en'): string {
  return pattern === DEFAULT_CONFIG.codePattern ? DEFAULT_PATTERN_WORDS[language] : pattern;
}

/**
 * A project code, in a projects, reports or flat table, that does not match
 * the configured pattern (DESIGN §5 `invalid-code`). Compared after trimming
 * and Thai-digit conversion: those are findings of their own. A code longer than
 * MAX_CODE_LENGTH is a finding without being matched, so the pattern's time stays bounded.
 */
export const invalidCode = defineRule<InvalidCodeParams>({
  id: 'invalid-code',
  severity: 'error',
  fields: ['code'],
  check({ tables, config }) {
    const pattern = new RegExp(config.codePattern, 'u');
    const findings: Finding<InvalidCodeParams>[] = [];
    forEachCell(tables, ['code'], (cell, row, table) => {
      if (!cell.result.ok) return;
      const code = String(cell.result.value);
      if (code.length > MAX_CODE_LENGTH) {
        findings.push(cellFinding({ table, row, cell }, { code: `${code.slice(0, MAX_CODE_LENGTH)}…`, pattern: config.codePattern, length: code.length }));
      } else if (!pattern.test(code)) findings.push(cellFinding({ table, row, cell }, { code, pattern: config.codePattern }));
    });
    return findings;
  },
  message: {
    th: (p) => (p.length === undefined
      ? `รหัสโครงการ "${p.code}" ไม่ตรงตามรูปแบบ ${patternWords(p.pattern, 'th')}`
      : `รหัสโครงการ "${p.code}" ยาว ${p.length} ตัวอักษร รหัสโครงการยาวได้ไม่เกิน ${MAX_CODE_LENGTH} ตัวอักษร`),
    en: (p) => (p.length === undefined
      ? `The project code "${p.code}" does not match the pattern ${patternWords(p.pattern, 'en')}`
      : `The project code "${p.code}" is ${p.length} characters long; a project code has at most ${MAX_CODE_LENGTH}`),
  },
  fix: {
    th: () => 'ตรวจสอบรหัสโครงการกับทะเบียนโครงการแล้วแก้ให้ถูกต้อง',
    en: () => 'Check the code against the project register and correct it',
  },
});
