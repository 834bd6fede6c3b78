import { FIELD_KIND, FIELD_LABEL, type ProjectField } from '../model';
import { addressOnSheet, formatAmount, formatDateEnglish, formatDateThai, formatRowEnglish, formatRowThai } from '../format';
import type { ProjectRecord } from '../table/types';
import { addressOf } from './context';
import { defineRule, type Finding } from './rule';

/** The fields that describe a project and so must read the same wherever the project appears. */
const COMPARED_FIELDS = [
  'name', 'fiscalYear', 'startDate', 'endDate', 'budget', 'spent', 'returned', 'agency', 'owner', 'coordinator',
] as const satisfies readonly ProjectField[];
type ComparedField = (typeof COMPARED_FIELDS)[number];
type ProjectValue = string | number;

/** Half a satang: amounts parsed from `1.918 ล้านบาท` and `1,918,000` must still count as equal. */
const AMOUNT_EPSILON = 0.005;

function differ(a: ProjectValue, b: ProjectValue): boolean {
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) >= AMOUNT_EPSILON;
  return a !== b;
}

/** Two rows of one projects table are duplicate-project's finding, not a conflict of fields. */
function inOneProjectsTable(a: ProjectRecord, b: ProjectRecord): boolean {
  return a.table === b.table && a.table.role === 'projects';
}

function groupByCode(projects: readonly ProjectRecord[]): Iterable<ProjectRecord[]> {
  const groups = new Map<string, ProjectRecord[]>();
  for (const project of projects) {
    const code = project.value.code;
    if (code === undefined) continue;
    const group = groups.get(code);
    if (group) group.push(project);
    else groups.set(code, [project]);
  }
  return groups.values();
}

function showValue(field: ComparedField, value: ProjectValue, lang: 'th' | 'en'): string {
  switch (FIELD_KIND[field]) {
    case 'date': return lang === 'th' ? formatDateThai(String(value)) : formatDateEnglish(String(value));
    case 'amount': return `${formatAmount(Number(value))} ${lang === 'th' ? 'บาท' : 'baht'}`;
    case 'text': return `“${value}”`;
    default: return String(value);
  }
}

interface ConflictParams {
  code: string;
  field: ComparedField;
  value: ProjectValue;
  row: number;
  firstValue: ProjectValue;
  firstRow: number;
  /** The first row's sheet when it is not the marked row's. */
  firstSheet?: string;
}

/**
 * One project code whose project fields differ between rows: within a flat
 * table (which repeats them per report) or between sheets, e.g. consolidated
 * sources (DESIGN §5 `conflicting-project-fields`). Each differing row is
 * compared with the first row of the code that has the field.
 */
export const conflictingProjectFields = defineRule<ConflictParams>({
  id: 'conflicting-project-fields',
  severity: 'error',
  fields: ['code', ...COMPARED_FIELDS],
  check({ projects }) {
    const findings: Finding<ConflictParams>[] = [];
    for (const group of groupByCode(projects)) {
      // A code on one row has nothing to disagree with (the usual case in a projects table).
      if (group.length < 2) continue;
      for (const field of COMPARED_FIELDS) {
        // Each row with the field is compared with the first row of the code that has it.
        let first: ProjectRecord | undefined;
        for (const project of group) {
          const value = project.value[field];
          if (value === undefined) continue;
          if (!first) { first = project; continue; }
          const firstValue = first.value[field] as ProjectValue;
          if (inOneProjectsTable(first, project) || !differ(value, firstValue)) continue;
          const sheet = project.table.sheet;
          findings.push({
            sheet,
            cells: [addressOf(project, field), addressOnSheet(sheet, first.table.sheet, addressOf(first, field))],
            project: project.value.code,
            field,
            value: project.row.cells[field]?.raw,
            params: {
              code: project.value.code as string, field, value, row: project.row.row, firstValue, firstRow: first.row.row,
              firstSheet: first.table.sheet === sheet ? undefined : first.table.sheet,
            },
          });
        }
      }
    }
    return findings;
  },
  message: {
    th: (p) => `ข้อมูลโครงการ ${p.code} ไม่ตรงกัน: ${FIELD_LABEL[p.field].th}ใน${formatRowThai(p.row)} เป็น ${showValue(p.field, p.value, 'th')} `
      + `แต่ใน${formatRowThai(p.firstRow, p.firstSheet)} เป็น ${showValue(p.field, p.firstValue, 'th')}`,
    en: (p) => `Project ${p.code} has conflicting ${FIELD_LABEL[p.field].en}: ${showValue(p.field, p.value, 'en')} on ${formatRowEnglish(p.row)} `
      + `but ${showValue(p.field, p.firstValue, 'en')} on ${formatRowEnglish(p.firstRow, p.firstSheet)}`,
  },
  fix: {
    th: (p) => `แก้ไข${FIELD_LABEL[p.field].th}ให้ตรงกันทุกแถวของโครงการเดียวกัน`,
    en: (p) => `Make the ${FIELD_LABEL[p.field].en} the same on every row of this project`,
  },
});
