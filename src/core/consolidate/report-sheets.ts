import { FIELD_LABEL, type CellValue, type Field } from '../model';
import type { RunChanges } from './changes';
import type { Conflict } from './merge';
import type { Language } from './output-grids';
import type { RowSource } from './source-rows';
import type { AgencySummary, ConsolidationSummary } from './summary';

/**
 * The Conflicts, Summary and Changes sheets as rows of values, the same for every adapter (the
 * .xlsx writer, the add-in): a title in A1 — which marks the sheet as this product's, so checking
 * the consolidated workbook again does not read it as data — a header row, the rows and each
 * column's number format.
 */

export interface ReportSheet {
  title: string;
  header: string[];
  rows: CellValue[][];
  /** Number format per column. */
  formats: string[];
  /** Column widths in characters. */
  widths: number[];
  /** Rows (0-based within `rows`) to show in bold: totals. */
  boldRows?: number[];
}

export const CONSOLIDATION_TITLES: Record<Language, { conflicts: string; summary: string; changes: string }> = {
  th: {
    conflicts: 'ข้อมูลที่ขัดแย้งระหว่างแหล่งข้อมูล (รายการแรกคือค่าที่ใช้ในตารางรวม)',
    summary: 'สรุปโครงการตามหน่วยงาน',
    changes: 'การเปลี่ยนแปลงตั้งแต่การรวบรวมครั้งก่อน',
  },
  en: {
    conflicts: 'Values that differ between sources (the first is the one kept in the consolidated tables)',
    summary: 'Projects by agency',
    changes: 'What changed since the last consolidation',
  },
};

/** Every title above: a sheet whose A1 is one of them was written by consolidation. */
export const CONSOLIDATION_SHEET_TITLES: ReadonlySet<string> = new Set(
  Object.values(CONSOLIDATION_TITLES).flatMap((titles) => Object.values(titles)),
);

const TEXT = {
  th: {
    conflictHeader: ['รหัสโครงการ', 'รายงานครั้งที่', 'ประเภท', 'ข้อมูล', 'ค่า', 'ไฟล์ต้นทาง', 'ชีตต้นทาง', 'แถวต้นทาง', 'เซลล์', 'แถวอื่นที่มีค่านี้'],
    projectField: 'โครงการเดียวกัน ค่าต่างกัน',
    duplicate: 'รายงานซ้ำ',
    duplicateSame: 'รายงานซ้ำ (ค่าตรงกัน)',
    more: (n: number) => `และอีก ${n} แถว`,
    summaryHeader: ['หน่วยงาน', 'จำนวนโครงการ', 'งบประมาณ (บาท)', 'เบิกจ่าย (บาท)', 'ร้อยละเบิกจ่าย', 'ความก้าวหน้าเฉลี่ย (%)', 'โครงการที่ไม่ทราบยอดเบิกจ่าย', 'ข้อผิดพลาด', 'คำเตือน', 'ข้อสังเกต'],
    total: 'รวม',
    changesHeader: ['หน่วยงาน / ไฟล์', 'เพิ่ม', 'เปลี่ยน', 'หายไป', 'ตัวอย่างรหัส'],
    since: (when: string) => `เทียบกับการรวบรวมเมื่อ ${when}`,
    fileNew: 'ไฟล์ใหม่', fileChanged: 'ไฟล์ที่เปลี่ยน', fileMissing: 'ไฟล์ที่หายไป',
  },
  en: {
    conflictHeader: ['Project code', 'Report no.', 'Kind', 'Field', 'Value', 'Source file', 'Source sheet', 'Source row', 'Cell', 'Other rows with this value'],
    projectField: 'same project, different values',
    duplicate: 'report given twice',
    duplicateSame: 'report given twice (same values)',
    more: (n: number) => `and ${n} more row${n === 1 ? '' : 's'}`,
    summaryHeader: ['Agency', 'Projects', 'Budget (THB)', 'Disbursed (THB)', 'Disbursed (%)', 'Average progress (%)', 'Projects without a disbursement figure', 'Errors', 'Warnings', 'Info'],
    total: 'Total',
    changesHeader: ['Agency / file', 'Added', 'Changed', 'Removed', 'Example codes'],
    since: (when: string) => `Compared with the consolidation of ${when}`,
    fileNew: 'new file', fileChanged: 'changed file', fileMissing: 'missing file',
  },
};

function sourceCells(source: RowSource): CellValue[] {
  return [source.file, source.sheet ?? null, source.row];
}

function otherRows(sources: readonly RowSource[], language: Language): string {
  const others = sources.slice(1, 6).map((s) => `${s.file}${s.sheet ? ` › ${s.sheet}` : ''} › ${s.row}`);
  const rest = sources.length - 1 - others.length;
  return [...others, ...(rest > 0 ? [TEXT[language].more(rest)] : [])].join('; ');
}

export function conflictsSheet(conflicts: readonly Conflict[], language: Language): ReportSheet {
  const text = TEXT[language];
  const rows: CellValue[][] = [];
  const formats = ['@', '0', 'General', 'General', 'General', 'General', 'General', '0', 'General', 'General'];
  for (const conflict of conflicts) {
    const kind = conflict.kind === 'project-field' ? text.projectField : conflict.field ? text.duplicate : text.duplicateSame;
    const field = conflict.field ? FIELD_LABEL[conflict.field as Field][language] : '';
    for (const value of conflict.values) {
      rows.push([
        conflict.code, conflict.reportNo ?? null, kind, field, value.value,
        ...sourceCells(value.sources[0]), value.cell ?? null, otherRows(value.sources, language),
      ]);
    }
  }
  return { title: CONSOLIDATION_TITLES[language].conflicts, header: text.conflictHeader, rows, formats, widths: [16, 10, 26, 22, 40, 28, 18, 10, 8, 50] };
}

function summaryLine(line: AgencySummary, label: string): CellValue[] {
  return [
    label, line.projects, line.budget, line.disbursed, line.disbursedPercent ?? null, line.averageProgress ?? null,
    line.withoutDisbursement, line.findings.error, line.findings.warning, line.findings.info,
  ];
}

export function summarySheet(summary: ConsolidationSummary, language: Language): ReportSheet {
  const rows = summary.agencies.map((line) => summaryLine(line, line.agency));
  rows.push(summaryLine(summary.total, TEXT[language].total));
  return {
    title: CONSOLIDATION_TITLES[language].summary,
    header: TEXT[language].summaryHeader,
    rows,
    formats: ['General', '#,##0', '#,##0.00', '#,##0.00', '0.00', '0.00', '#,##0', '#,##0', '#,##0', '#,##0'],
    widths: [40, 12, 18, 18, 14, 18, 18, 10, 10, 10],
    boldRows: [rows.length - 1],
  };
}

export function changesSheet(changes: RunChanges, language: Language): ReportSheet {
  const text = TEXT[language];
  const rows: CellValue[][] = [[text.since(changes.since), null, null, null, null]];
  for (const file of changes.files.added) rows.push([`${text.fileNew}: ${file}`, null, null, null, null]);
  for (const file of changes.files.changed) rows.push([`${text.fileChanged}: ${file}`, null, null, null, null]);
  for (const file of changes.files.missing) rows.push([`${text.fileMissing}: ${file}`, null, null, null, null]);
  for (const agency of changes.agencies) {
    const examples = [...agency.addedKeys.slice(0, 3).map((k) => `+${k}`), ...agency.changedKeys.slice(0, 3).map((k) => `~${k}`), ...agency.removedKeys.slice(0, 3).map((k) => `−${k}`)];
    rows.push([agency.agency, agency.added, agency.changed, agency.removed, examples.join(' ')]);
  }
  return { title: CONSOLIDATION_TITLES[language].changes, header: text.changesHeader, rows, formats: ['General', '#,##0', '#,##0', '#,##0', '@'], widths: [48, 10, 10, 10, 60] };
}
