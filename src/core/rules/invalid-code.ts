import { DEFAULT_CONFIG } from '../model';
import { cellFinding, forEachCell } from './cells';
import { defineRule, type Finding } from './rule';

interface InvalidCodeParams { code: string; pattern: string }

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
 * and Thai-digit conversion: those are findings of their own.
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
      if (!pattern.test(code)) findings.push(cellFinding({ table, row, cell }, { code, pattern: config.codePattern }));
    });
    return findings;
  },
  message: {
    th: (p) => `รหัสโครงการ "${p.code}" ไม่ตรงตามรูปแบบ ${patternWords(p.pattern, 'th')}`,
    en: (p) => `The project code "${p.code}" does not match the pattern ${patternWords(p.pattern, 'en')}`,
  },
  fix: {
    th: () => 'ตรวจสอบรหัสโครงการกับทะเบียนโครงการแล้วแก้ให้ถูกต้อง',
    en: () => 'Check the code against the project register and correct it',
  },
});
