import { recordFinding } from './context';
import { defineRule, type Finding } from './rule';

interface UnknownProjectParams { code: string }

/**
 * A report for a project code that no projects or flat table holds (DESIGN §5
 * `unknown-project`). Silent when the workbook has no project rows at all:
 * there is nothing to check the codes against.
 */
export const unknownProject = defineRule<UnknownProjectParams>({
  id: 'unknown-project',
  severity: 'error',
  fields: ['code'],
  check({ reports, projectByCode, hasProjectTable }) {
    if (!hasProjectTable) return [];
    const findings: Finding<UnknownProjectParams>[] = [];
    for (const report of reports) {
      const code = report.value.projectCode;
      if (code === undefined || projectByCode.has(code)) continue;
      findings.push(recordFinding(report, 'code', { code }));
    }
    return findings;
  },
  message: {
    th: (p) => `ไม่พบโครงการรหัส ${p.code} ในตารางโครงการ`,
    en: (p) => `No project with code ${p.code} in the projects table`,
  },
  fix: {
    th: () => 'ตรวจสอบรหัสโครงการ หรือเพิ่มโครงการนี้ในตารางโครงการ',
    en: () => 'Check the project code, or add the project to the projects table',
  },
});
