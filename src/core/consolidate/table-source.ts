import { PROJECT_FIELDS, REPORT_FIELDS, type Field } from '../model';
import type { SheetTable, TableRow } from '../table/types';
import type { RowSource, SourceRecords, SourceRow } from './source-rows';

/**
 * The rows of a source sheet's tables (read by readTables, mapped by the sheet's own headers) as
 * consolidation rows: a projects table gives project rows, a reports table report rows, and a flat
 * table both from each row — its project fields repeated per report, each repetition kept, so fields
 * that disagree between rows of one code reach the Conflicts sheet as well as the checker.
 */
function sourceRow(row: TableRow, fields: readonly Field[], source: RowSource, needsOtherThanCode = false): SourceRow | undefined {
  const values: SourceRow['values'] = {};
  const numberFormats: NonNullable<SourceRow['numberFormats']> = {};
  const cells: NonNullable<SourceRow['cells']> = {};
  let filled = false;
  for (const field of fields) {
    const cell = row.cells[field];
    if (!cell) continue;
    cells[field] = cell.address;
    values[field] = cell.raw;
    if (cell.raw !== null && cell.raw !== '' && !(needsOtherThanCode && field === 'code')) filled = true;
    if (cell.numberFormat !== '' && cell.numberFormat !== 'General') numberFormats[field] = cell.numberFormat;
  }
  return filled ? { source, values, numberFormats, cells } : undefined;
}

export function tableSourceRecords(tables: readonly SheetTable[], file: string): SourceRecords {
  const records: SourceRecords = { projects: [], reports: [], problems: [] };
  for (const table of tables) {
    for (const row of table.rows) {
      if (row.blank) continue;
      const source: RowSource = { file, sheet: table.sheet, row: row.row };
      if (table.role === 'projects' || table.role === 'flat') {
        const project = sourceRow(row, PROJECT_FIELDS, source);
        if (project) records.projects.push(project);
      }
      if (table.role === 'reports' || table.role === 'flat') {
        // A flat row holding only its project's fields is a project without reports yet.
        const report = sourceRow(row, REPORT_FIELDS, source, table.role === 'flat');
        if (report) records.reports.push(report);
      }
    }
  }
  return records;
}
