/**
 * A sheet's cells as every host hands them to the core: Excel's `values` and
 * `numberFormat` arrays, or the same read from an .xlsx/.csv file.
 * Dates are Excel serial numbers told apart by their number format (DESIGN §7);
 * a formula error is the error's text (`#REF!`).
 */
export type CellValue = string | number | boolean | null;

export interface GridTable {
  /** The Excel table's (ListObject's) name. */
  name: string;
  /** 0-based row index of the header row within `values`. */
  headerRow: number;
  /** 0-based index of the last data row within `values` (inclusive). */
  lastRow: number;
  /** 0-based first and last column within `values` (inclusive). */
  firstCol: number;
  lastCol: number;
}

export interface Grid {
  sheet: string;
  /** 0-based sheet row and column of values[0][0] (a used range need not start at A1). */
  origin: { row: number; col: number };
  /**
   * One array per row of the used range. A row may end before the range's last column — a
   * file reader ends a sparse sheet's rows at their last filled cell, so memory follows the
   * cells — and a cell past its end is empty.
   */
  values: CellValue[][];
  /** Same shape as `values`; '' or 'General' for no format. */
  numberFormats: string[][];
  /** Excel tables on this sheet, if any. */
  tables?: GridTable[];
  /**
   * True when the source has no cell types (a CSV): every cell arrives as text,
   * so a number written as text is not a finding.
   */
  untyped?: boolean;
}
