import { addressOnSheet, formatRowEnglish, formatRowThai } from '../format';
import type { ProjectRecord } from '../table/types';
import { addressOf } from './context';
import { defineRule } from './rule';

/**
 * A project code appears on two rows of the projects tables (DESIGN §5
 * `duplicate-project`). Flat tables are left out: they repeat a project's
 * fields on every report row by design, and conflicting-project-fields checks
 * that those copies agree.
 */
export const duplicateProject = defineRule<{ code: string; firstRow: number; firstSheet?: string }>({
  id: 'duplicate-project',
  severity: 'error',
  fields: ['code'],
  check({ projects }) {
    const firstByCode = new Map<string, ProjectRecord>();
    return projects.flatMap((project) => {
      const code = project.value.code;
      if (project.table.role !== 'projects' || code === undefined) return [];
      const first = firstByCode.get(code);
      if (!first) {
        firstByCode.set(code, project);
        return [];
      }
      const sheet = project.table.sheet;
      return [{
        sheet,
        cells: [addressOf(project, 'code'), addressOnSheet(sheet, first.table.sheet, addressOf(first, 'code'))],
        project: code,
        field: 'code',
        value: project.row.cells.code?.raw,
        params: { code, firstRow: first.row.row, firstSheet: first.table.sheet === sheet ? undefined : first.table.sheet },
      }];
    });
  },
  message: {
    th: (p) => `รหัสโครงการ ${p.code} ซ้ำกับ${formatRowThai(p.firstRow, p.firstSheet)}`,
    en: (p) => `Project code ${p.code} already appears on ${formatRowEnglish(p.firstRow, p.firstSheet)}`,
  },
  fix: {
    th: () => 'ลบแถวที่ซ้ำ หรือแก้ไขรหัสโครงการให้ถูกต้อง',
    en: () => 'Delete the duplicate row, or correct the project code',
  },
});
