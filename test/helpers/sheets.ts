import { DEFAULT_CONFIG, RuleConfig, type CellValue, type RuleConfigInput } from '../../src/core/model';
import { buildRuleContext } from '../../src/core/rules/context';
import type { RuleContext } from '../../src/core/rules/rule';
import { readTables } from '../../src/core/table/read-tables';
import { makeGrid } from './grid';

/** A projects sheet's header row: code, name, fiscal year, start, end, budget in columns A–F. */
export const PROJECT_HEADER = ['รหัสโครงการ', 'ชื่อโครงการ', 'ปีงบประมาณ', 'วันเริ่มต้นโครงการ', 'วันสิ้นสุดโครงการ', 'งบประมาณที่ได้รับ (บาท)'];
/** A reports sheet's header row: code, report no., report date, progress, disbursed to date in columns A–E. */
export const REPORT_HEADER = ['รหัสโครงการ', 'รายงานครั้งที่', 'วันที่รายงาน', 'ความก้าวหน้า (%)', 'เบิกจ่ายสะสม (บาท)'];

export interface SheetInput {
  sheet: string;
  /** Rows from row 1, the header first. */
  rows: CellValue[][];
  /** Number formats, same shape as `rows`; General where absent. */
  formats?: string[][];
}

/**
 * The rule context of sheets read as the add-in reads them: grid → read-tables
 * (each mapped cell parsed once, for real) → context. Cell rules are tested on this.
 */
export function contextOfSheets(sheets: SheetInput[], config?: RuleConfigInput): RuleContext {
  const tables = sheets.flatMap(({ sheet, rows, formats }) => readTables(makeGrid(sheet, rows, { formats })));
  return buildRuleContext(tables, config ? RuleConfig.parse(config) : DEFAULT_CONFIG);
}

/** A Projects sheet of the given data rows under PROJECT_HEADER. */
export function projectsSheet(rows: CellValue[][], formats?: string[][]): SheetInput {
  return { sheet: 'Projects', rows: [PROJECT_HEADER, ...rows], formats: formats && [[], ...formats] };
}

/** A Reports sheet of the given data rows under REPORT_HEADER. */
export function reportsSheet(rows: CellValue[][], formats?: string[][]): SheetInput {
  return { sheet: 'Reports', rows: [REPORT_HEADER, ...rows], formats: formats && [[], ...formats] };
}
