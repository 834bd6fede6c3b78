import type { CellValue, Field, IsoDate, Project, ProgressReport } from '../model';
import type { ParseResult, ParsedDate } from '../parse/result';

export type TableRole = 'projects' | 'reports' | 'flat';

/** One header cell of a table, mapped to a field or not. */
export interface HeaderCell {
  /** Column letter, e.g. `C`. */
  column: string;
  /** A1 address of the header cell. */
  address: string;
  /** The header text as written (may be empty). */
  text: string;
  field?: Field;
}

/** One cell of a mapped column, with what its parser made of it. */
export interface FieldCell {
  field: Field;
  address: string;
  raw: CellValue;
  numberFormat: string;
  /** The parsed value: string, number, boolean or ParsedDate by the field's kind. */
  result: ParseResult<unknown>;
}

export interface TableRow {
  /** 1-based sheet row number. */
  row: number;
  /**
   * Raw values of every table column, left to right (same order as `SheetTable.headers`);
   * may be the grid's own row array (read-tables shares a row that is exactly the table), so never modified.
   */
  values: CellValue[];
  /** Cells of mapped columns (the first column of a field when a field is mapped twice). */
  cells: Partial<Record<Field, FieldCell>>;
  /** True when every cell of the row is empty. */
  blank: boolean;
}

/** A table found on a sheet: its header row, mapping and data rows. */
export interface SheetTable {
  sheet: string;
  role: TableRole;
  /** 1-based sheet row number of the header row. */
  headerRow: number;
  /** The source has no cell types (a CSV); see Grid.untyped. */
  untyped?: boolean;
  /** Excel table (ListObject) name when the table is one. */
  tableName?: string;
  headers: HeaderCell[];
  /** Field → column letter (the first column mapped to that field). */
  columns: Partial<Record<Field, string>>;
  /** Data rows from the header down to the table's last non-blank row (blank rows inside kept). */
  rows: TableRow[];
}

/** A project row with its successfully parsed values. */
export interface ProjectRecord {
  table: SheetTable;
  row: TableRow;
  /** Parsed fields; a field that failed to parse (or is empty) is absent. */
  value: Partial<Project>;
}

/** A report row with its successfully parsed values. */
export interface ReportRecord {
  table: SheetTable;
  row: TableRow;
  value: Partial<ProgressReport>;
  /**
   * Cumulative disbursement: the disbursedToDate cell, or, when the sheet has only
   * disbursedInPeriod, the running sum (DESIGN §3). `cells` are the cells it came from.
   */
  cumulative?: { value: number; cells: string[] };
}

export type { IsoDate, ParsedDate };
