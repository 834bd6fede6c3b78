import { addressOf } from './context';
import { defineRule } from './rule';

/**
 * A report for a project code that no projects or flat table holds (DESIGN §5
 * `unknown-project`). Silent when the workbook has no project rows at all:
 * there is nothing to check the codes against.
 */
export const unknownProject = defineRule<{ code: string }>({
  id: 'unknown-project',
  severity: 'error',
  fields: ['code'],
  check({ reports, projectByCode, hasProjectTable }) {
    if (!hasProjectTable) return [];
    return reports.flatMap((report) => {
      const code = report.value.projectCode;
      if (code === undefined || projectByCode.has(code)) return [];
      return [{
        sheet: report.table.sheet,
        cells: [addressOf(report, 'code')],
        project: code,
        report: report.value.reportNo,
        field: 'code',
        value: report.row.cells.code?.raw,
        params: { code },
      }];
    });
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
