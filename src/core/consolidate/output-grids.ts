import { PROJECT_FIELDS, REPORT_FIELDS, type CellValue, type Field, type Grid } from '../model';
import type { SheetOverride } from '../table/read-tables';
import { columnLetter, parseAddress } from '../table/address';
import type { RowSource, SourceRow } from './source-rows';

/**
 * The consolidated Projects and Reports sheets as grids: the standard columns under the standard
 * form's Thai headers, each row's values exactly as its source holds them, then where the row came
 * from — file, sheet, row, the file's SHA-256 and when it was read. The same grids are validated
 * and written, so a finding's cell is a cell of the written sheet. A standard column that no source
 * filled is left out: a blank `เบิกจ่ายสะสม` beside agencies' per-period amounts would hide them.
 */

export type Language = 'th' | 'en';

/** Headers the checker reads back as the fields (HEADER_SYNONYMS): the standard form's words. */
export const FIELD_HEADER: Record<Field, string> = {
  code: 'รหัสโครงการ', name: 'ชื่อโครงการ', fiscalYear: 'ปีงบประมาณ', startDate: 'เริ่มต้นโครงการ',
  endDate: 'สิ้นสุดโครงการ', budget: 'งบประมาณที่ได้รับ (บาท)', spent: 'งบประมาณที่ใช้ไป (บาท)',
  returned: 'งบประมาณที่ส่งคืน (บาท)', agency: 'หน่วยงานที่รับผิดชอบ', owner: 'ผู้รับผิดชอบ',
  coordinator: 'ผู้ประสานงาน', strategy: 'ยุทธศาสตร์', rationale: 'หลักการและเหตุผล',
  objectives: 'วัตถุประสงค์', targets: 'เป้าหมาย', reportNo: 'รายงานครั้งที่', reportDate: 'วันที่รายงาน',
  stage: 'ขั้นตอนการดำเนินงาน', progress: 'ความก้าวหน้า (%)', disbursedToDate: 'เบิกจ่ายสะสม (บาท)',
  disbursedInPeriod: 'เบิกจ่ายในงวด (บาท)', onPlan: 'เป็นไปตามแผน', onTarget: 'เป็นไปตามเป้าหมาย',
};

/** The source columns, by language; unknown-column knows them as columns that carry no field. */
export const SOURCE_HEADERS: Record<Language, { file: string; sheet: string; row: string; sha256: string; readAt: string }> = {
  th: { file: 'ไฟล์ต้นทาง', sheet: 'ชีตต้นทาง', row: 'แถวต้นทาง', sha256: 'SHA-256 ของไฟล์', readAt: 'อ่านเมื่อ' },
  en: { file: 'Source file', sheet: 'Source sheet', row: 'Source row', sha256: 'File SHA-256', readAt: 'Read at' },
};

/** What is known of a source file: its digest and when it was read (ISO date-time). */
export interface FileFacts {
  sha256: string;
  readAt: string;
}

export interface OutputSheet {
  grid: Grid;
  /** The field of each column, or the source column it is. */
  columns: (Field | 'source-file' | 'source-sheet' | 'source-row' | 'source-sha256' | 'source-read-at')[];
  /** The source of each data row, row 2 first. */
  sources: SourceRow[];
  /** The mapping the grid is validated with: its own columns, no guessing. */
  override: SheetOverride;
}

function filledFields(rows: readonly SourceRow[], fields: readonly Field[]): Field[] {
  const filled = new Set<Field>();
  for (const row of rows) {
    for (const [field, value] of Object.entries(row.values) as [Field, CellValue][]) {
      if (value !== null && value !== '') filled.add(field);
    }
  }
  return fields.filter((field) => field === 'code' || filled.has(field));
}

export function outputSheet(
  sheet: string, fields: readonly Field[], rows: readonly SourceRow[],
  files: ReadonlyMap<string, FileFacts>, language: Language,
): OutputSheet {
  const used = filledFields(rows, fields);
  const headers = SOURCE_HEADERS[language];
  const columns: OutputSheet['columns'] = [...used, 'source-file', 'source-sheet', 'source-row', 'source-sha256', 'source-read-at'];
  const values: CellValue[][] = [[...used.map((field) => FIELD_HEADER[field]), headers.file, headers.sheet, headers.row, headers.sha256, headers.readAt]];
  const numberFormats: string[][] = [columns.map(() => 'General')];
  for (const row of rows) {
    const facts = files.get(row.source.file);
    values.push([
      ...used.map((field) => row.values[field] ?? null),
      row.source.file, row.source.sheet ?? null, row.source.row, facts?.sha256 ?? null, facts?.readAt ?? null,
    ]);
    numberFormats.push([...used.map((field) => row.numberFormats?.[field] ?? 'General'), 'General', 'General', '0', '@', '@']);
  }
  const mapping: Record<string, Field | null> = {};
  columns.forEach((column, index) => { mapping[columnLetter(index)] = column.startsWith('source-') ? null : (column as Field); });
  return {
    grid: { sheet, origin: { row: 0, col: 0 }, values, numberFormats },
    columns,
    sources: [...rows],
    override: { headerRow: 1, columns: mapping },
  };
}

export const projectsSheet = (sheet: string, rows: readonly SourceRow[], files: ReadonlyMap<string, FileFacts>, language: Language) =>
  outputSheet(sheet, PROJECT_FIELDS, rows, files, language);

export const reportsSheet = (sheet: string, rows: readonly SourceRow[], files: ReadonlyMap<string, FileFacts>, language: Language) =>
  outputSheet(sheet, REPORT_FIELDS, rows, files, language);

/** Where a cell of an output sheet came from: its row's source, and the source cell of the cell's field. */
export function traceCell(output: OutputSheet, address: string): (RowSource & { cell?: string }) | undefined {
  const place = parseAddress(address);
  const row = place ? output.sources[place.row - 1] : undefined;
  if (!place || !row) return undefined;
  const field = output.columns[place.col];
  const cell = field !== undefined && !field.startsWith('source-') ? row.cells?.[field as Field] : undefined;
  return { ...row.source, ...(cell ? { cell } : {}) };
}
