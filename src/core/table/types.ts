import type { CellValue, Field, IsoDate, Project, ProgressReport } from '../model';
import type { ParseResult, ParsedDate } from '../parse/result';

export type TableRole = 'projects' | 'reports' | 'flat';

/**
 * How a column's field was chosen: by the user (`user`: the pane's mapping or `--map`), by the
 * agency's own vocabulary (`vocabulary`: the config's `headers`), by an accepted header name
 * (`synonym`), by the header's words (`meaning`), by the column's values where the header left
 * two fields open (`data`), or not at all (`none`).
 */
export type Recognition = 'user' | 'vocabulary' | 'synonym' | 'meaning' | 'data' | 'none';

/** One header cell of a table, mapped to a field or not. */
export interface HeaderCell {
  /** Column letter, e.g. `C`. */
  column: string;
  /** A1 address of the header cell. */
  address: string;
  /** The header text as written (may be empty). */
  text: string;
  field?: Field;
  /** How `field` was chosen (absent on tables built by hand in tests: read as `synonym`). */
  recognition?: Recognition;
  /**
   * Fields the column may hold, likeliest first, when it is not mapped or was mapped from its
   * data: what the pane offers first and what `rules-not-run` names. Empty or absent: no idea.
   */
  candidates?: Field[];
  /**
   * Why the column was read so, in both languages, when it is worth saying: the data's verdict
   * (`"งบประมาณที่เบิกใช้ (บาท)" read as cumulative: never decreases`) or the word that blocked a
   * match (`แผน`: a planned figure, not an actual one).
   */
  reason?: { th: string; en: string };
}

/**
 * One cell of a mapped column, with what its parser made of it. The cells of a table readTables
 * read are made when asked for (table/read-cell.ts): two reads of one cell give equal cells, not
 * the same object.
 */
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
   * may end before the table's last column where the grid's row does (a cell not there is
   * empty); may be the grid's own row array (read-tables shares a row that is exactly the table), so never modified.
   */
  values: CellValue[];
  /**
   * Cells of mapped columns (the first column of a field when a field is mapped twice). Read by
   * field (`cells.code`, `cells[field]`, `for…in`, in column order); in a table readTables read
   * they are getters on the prototype, not own properties (`Object.keys` sees none), and the
   * cells of a blank row are one shared empty object.
   */
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
   * Absent when this report's own amount is blank or unreadable, and from a running sum for a report
   * without a readable number (it has no place in the order).
   */
  cumulative?: {
    value: number;
    cells: string[];
    /** A running sum only: how many reports' amounts it adds up, this report's included. */
    knownCount?: number;
    /**
     * A running sum only: the numbers of earlier reports whose amount is blank or unreadable,
     * left out of `value` — which is then a floor, not the total. Empty when every amount was read.
     */
    unknownReports?: readonly number[];
  };
}

export type { IsoDate, ParsedDate };
