import type { CellValue, Field } from '../model';
import type { ParseResult } from '../parse/result';
import type { FieldCell, TableRow } from './types';

/**
 * One column read by readTables, shared by all its cells: its field and letter, where its values
 * and number formats sit, and its cells' parse results by data row — one list per column rather
 * than an object per cell (a 100,000-row sheet has about a million cells, and long-lived objects
 * per cell were most of a read table's memory and of the garbage collector's work).
 */
export interface ReadColumn {
  readonly field: Field;
  /** Column letter, e.g. `C`. */
  readonly letter: string;
  /** The column's index within `TableRow.values`. */
  readonly offset: number;
  /** The grid's number formats (never modified once read, like its values). */
  readonly numberFormats: readonly (readonly string[] | undefined)[];
  /** The column's index within the grid's rows. */
  readonly gridColumn: number;
  /** The sheet row number of the grid's first row: row n's formats are numberFormats[n - firstSheetRow]. */
  readonly firstSheetRow: number;
  /** The parse results of the column's cells, row n's at results[n - firstDataRow]; a blank row's is absent. */
  readonly results: ParseResult<unknown>[];
  /** The sheet row number of the table's first data row. */
  readonly firstDataRow: number;
}

/**
 * A cell of a read column, made when asked for: only its column, its row and its result are kept;
 * the address, the raw value and the number format are looked up. Equal, field by field, to the
 * FieldCell readTables once stored — `cell.address` → `C12`, `cell.raw` → the row's value or null —
 * but asking twice gives two objects: compare cells by address, not identity.
 */
export class ReadCell implements FieldCell {
  readonly result: ParseResult<unknown>;
  readonly #column: ReadColumn;
  readonly #row: TableRow;

  constructor(column: ReadColumn, row: TableRow, result: ParseResult<unknown>) {
    this.#column = column;
    this.#row = row;
    this.result = result;
  }

  get field(): Field {
    return this.#column.field;
  }

  /** `C12`: the column's letter and the row's number. */
  get address(): string {
    return this.#column.letter + this.#row.row;
  }

  get raw(): CellValue {
    return this.#row.values[this.#column.offset] ?? null;
  }

  get numberFormat(): string {
    const column = this.#column;
    return column.numberFormats[this.#row.row - column.firstSheetRow]?.[column.gridColumn] ?? 'General';
  }

  /** The plain FieldCell, for JSON (the getters live on the prototype, where JSON and spreads do not look). */
  toJSON(): FieldCell {
    return { field: this.field, address: this.address, raw: this.raw, numberFormat: this.numberFormat, result: this.result };
  }
}

type Cells = Partial<Record<Field, FieldCell>>;

/**
 * The cells of a non-blank row read by readTables (`TableRow.cells`): nothing per cell is kept
 * here. Each table's read fields are getters on its own subclass's prototype (rowCellsClass),
 * enumerable and in column order, so `cells.code`, `cells[field]`, `field in cells` and `for…in`
 * read as they did on a plain record; `Object.keys` sees no own fields.
 */
export class RowCells {
  readonly #row: TableRow;
  readonly #columns: Readonly<Partial<Record<Field, ReadColumn>>>;

  constructor(row: TableRow, columns: Readonly<Partial<Record<Field, ReadColumn>>>) {
    this.#row = row;
    this.#columns = columns;
  }

  /** The row these cells belong to. */
  static rowOf(cells: RowCells): TableRow {
    return cells.#row;
  }

  /** The result of the row's cell of `field` without a cell made; undefined when the table has no such column. */
  static resultOf(cells: RowCells, field: Field): ParseResult<unknown> | undefined {
    const column = cells.#columns[field];
    return column === undefined ? undefined : column.results[cells.#row.row - column.firstDataRow];
  }

  /** The plain record of FieldCells, for JSON. */
  toJSON(): Cells {
    const plain: Cells = {};
    for (const field in this) plain[field as Field] = (this as Cells)[field as Field];
    return plain;
  }
}

/** The class of one table's row cells: a getter per read column, left to right, on its own prototype. */
export function rowCellsClass(columns: readonly ReadColumn[]): new (row: TableRow) => RowCells & Cells {
  const byField: Partial<Record<Field, ReadColumn>> = {};
  for (const column of columns) byField[column.field] = column;
  class TableRowCells extends RowCells {
    constructor(row: TableRow) {
      super(row, byField);
    }
  }
  for (const column of columns) {
    Object.defineProperty(TableRowCells.prototype, column.field, {
      enumerable: true,
      get(this: RowCells): ReadCell {
        const row = RowCells.rowOf(this);
        return new ReadCell(column, row, column.results[row.row - column.firstDataRow]);
      },
    });
  }
  return TableRowCells as unknown as new (row: TableRow) => RowCells & Cells;
}

/**
 * The parse result of a row's cell of `field` (undefined when the row has none): read straight
 * from its column for a row readTables read, with no FieldCell made — what the records read for
 * every cell of every row.
 */
export function cellResult(cells: Cells, field: Field): ParseResult<unknown> | undefined {
  return cells instanceof RowCells ? RowCells.resultOf(cells, field) : cells[field]?.result;
}
