import { DEFAULT_READ_LIMITS, type CellValue, type Grid, type ReadLimits } from '../core/model';
import { safeSheetName } from '../core/output/sheet-name';
import { eachCsvDataRow, type CsvDelimiter } from './csv';
import { identifySpreadsheet, type SpreadsheetSource } from './file-format';
import { CellBudget, EMPTY_FORMATS, EMPTY_ROW, allEmpty, gridFrame } from './grid-builder';
import { ReadLimitError, WorkbookReadError, limitExceeded } from './read-error';
import { readXlsxGrids } from './xlsx-reader';
import { columnLetter } from '../core/table/address';

export { ReadLimitError, WorkbookReadError };

/** The file name without its extension, as a valid sheet name: `งบ 2563.csv` → `งบ 2563`. */
export function csvSheetName(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, '');
  const dot = base.lastIndexOf('.');
  return safeSheetName(dot > 0 ? base.slice(0, dot) : base, 'CSV');
}

/** Below this length V8 copies a slice of a string; from it on, a slice is a view that keeps the whole string alive. */
const SHORTEST_VIEW = 13;

/**
 * `field`, a piece of the file's decoded text, as a string that does not keep that text alive: a
 * 300,000-row file's text is 300 MB, and one kept field would otherwise hold all of it. (Joined to
 * a character and cut again, the piece is copied to a string of its own length.)
 */
function textOfItsOwn(field: string): string {
  return field.length < SHORTEST_VIEW ? field : ` ${field}`.slice(1);
}

/**
 * How many distinct texts of a CSV column are remembered so that each is kept once: a flat export
 * repeats its dates, stages, yes/no answers and report numbers down the column, though rarely on
 * the row just above (a 300,000-row file held some 200 MB of such copies). A column of ever-new
 * texts — amounts, names — stops remembering at this many.
 */
const SHARED_TEXTS_PER_COLUMN = 4096;

/** `field` as a text of its own (textOfItsOwn), the one kept for its column when the column had it already. */
function keptText(field: string, known: Map<string, string>): string {
  const kept = known.get(field);
  if (kept !== undefined) return kept;
  const own = textOfItsOwn(field);
  if (known.size < SHARED_TEXTS_PER_COLUMN) known.set(own, own);
  return own;
}

/**
 * A CSV file's Grid built row by row as its rows are read (`add`), then finished (`grid`): named
 * after the file; every filled cell is kept as its text (the parsers read it). Throws
 * ReadLimitError past limits.maxCells or limits.maxCellChars.
 * Placed as SheetCells places cells — the same extent, row widths and shared rows of formats,
 * which the tests compare — but built from the parsed rows themselves: a CSV's cells come in
 * reading order, with no merged areas or tables, so each row's array of fields becomes the
 * grid's row as it is, rather than every cell being stored once more and then placed.
 */
export class CsvGridBuilder {
  readonly #fileName: string;
  readonly #sheet: string;
  readonly #limits: ReadLimits;
  readonly #budget: CellBudget;
  // Per sheet row, its fields ('' replaced by null) and its last filled column (-1: none).
  readonly #rows: CellValue[][] = [];
  readonly #lasts: number[] = [];
  #top = -1;
  #bottom = -1;
  #left = Infinity;
  #right = -1;
  // Per column, the text kept for the row above and the first distinct texts met: the same text again is kept once.
  readonly #above: string[] = [];
  readonly #known: Map<string, string>[] = [];

  constructor(fileName: string, limits: ReadLimits = DEFAULT_READ_LIMITS) {
    this.#fileName = fileName;
    this.#sheet = csvSheetName(fileName);
    this.#limits = limits;
    this.#budget = new CellBudget(fileName, limits);
  }

  /** The next row's fields (the array becomes the grid's row: not to be used again by the caller). */
  add(fields: string[]): void {
    const limits = this.#limits;
    const above = this.#above;
    const row = this.#rows.length;
    let first = -1;
    let last = -1;
    const values = fields as CellValue[];
    for (let col = 0; col < fields.length; col++) {
      const field = fields[col];
      if (field === '') { values[col] = null; continue; }
      if (field.length > limits.maxCellChars) {
        // An unclosed quote swallows the rest of the file into one field: say where it starts.
        throw limitExceeded(this.#fileName, 'maxCellChars', limits, `the field at row ${row + 1}, column ${columnLetter(col)} (an unclosed quote?) is longer than`);
      }
      if (field !== above[col]) above[col] = keptText(field, (this.#known[col] ??= new Map()));
      values[col] = above[col];
      if (++this.#budget.filled > limits.maxCells) throw this.#budget.refuse(this.#sheet);
      if (first < 0) first = col;
      last = col;
    }
    this.#rows.push(values);
    this.#lasts.push(last);
    if (first >= 0) {
      if (this.#top < 0) this.#top = row;
      this.#bottom = row;
      if (first < this.#left) this.#left = first;
      if (last > this.#right) this.#right = last;
    }
  }

  /** The grid of the rows added. */
  grid(): Grid {
    const sheet = this.#sheet;
    const rows = this.#rows;
    const lasts = this.#lasts;
    const top = this.#top;
    const left = this.#left;
    if (top < 0) return { sheet, origin: { row: 0, col: 0 }, values: [], numberFormats: [], untyped: true };

    // Cells held: each row from the left of the range to its last filled cell (see SheetCells.toGrid).
    let held = 0;
    for (let r = top; r <= this.#bottom; r++) if (lasts[r] >= 0) held += lasts[r] - left + 1;
    const { height, width, rectangular, values, numberFormats } = gridFrame(this.#budget, sheet, held, top, this.#bottom, left, this.#right);
    let formats: string[] | undefined;
    for (let r = 0; r < height; r++) {
      const fields = rows[top + r];
      const rowWidth = rectangular ? width : lasts[top + r] < 0 ? 0 : lasts[top + r] - left + 1;
      if (rowWidth === 0) {
        values[r] = EMPTY_ROW;
        numberFormats[r] = EMPTY_FORMATS;
        continue;
      }
      let row: CellValue[];
      if (left === 0 && fields.length === rowWidth) row = fields;
      else {
        row = fields.slice(left, left + rowWidth);
        for (let c = row.length; c < rowWidth; c++) row.push(null);
      }
      values[r] = row;
      // Every cell's format is General: rows as wide share one array, as SheetCells shares rows formatted alike.
      numberFormats[r] = formats !== undefined && formats.length === rowWidth ? formats : (formats = new Array<string>(rowWidth).fill('General'));
    }
    return { sheet, origin: { row: top, col: left }, values, numberFormats, untyped: true };
  }
}

/**
 * A CSV file's text as one Grid named after the file (CsvGridBuilder over its rows, the `sep=`
 * hint line left out). Throws ReadLimitError past limits.maxCells or limits.maxCellChars.
 */
export function csvGrid(text: string, delimiter: CsvDelimiter, fileName: string, limits: ReadLimits = DEFAULT_READ_LIMITS): Grid {
  const builder = new CsvGridBuilder(fileName, limits);
  eachCsvDataRow(text, delimiter, (fields) => builder.add(fields));
  return builder.grid();
}

/**
 * Reads an .xlsx workbook (one Grid per worksheet, in workbook order) or a CSV file (one
 * Grid named after the file), within `limits` (a config file's `limits`). Throws
 * WorkbookReadError with a one-line message naming the file when it is not a readable
 * spreadsheet, ReadLimitError (a WorkbookReadError) when reading it would pass a limit.
 * `await readWorkbook(bytes, 'projects.xlsx')` → `[{ sheet: 'โครงการ', origin, values, numberFormats, tables }, …]`.
 */
export async function readWorkbook(data: Uint8Array, fileName: string, limits: ReadLimits = DEFAULT_READ_LIMITS): Promise<Grid[]> {
  return readSpreadsheet(await identifySpreadsheet(data, fileName, limits), fileName, limits);
}

/**
 * readWorkbook for a file already told apart by identifySpreadsheet — for a caller that looks
 * into the package itself too, so that it is unpacked once.
 */
export async function readSpreadsheet(source: SpreadsheetSource, fileName: string, limits: ReadLimits = DEFAULT_READ_LIMITS): Promise<Grid[]> {
  const grids = source.kind === 'csv'
    ? [csvGrid(source.text, source.delimiter, fileName, limits)]
    : await readXlsxGrids(source.zip, fileName, limits);
  return withData(grids, fileName);
}

/** `grids` when some sheet has a filled cell; else the WorkbookReadError saying the file has no data. */
export function withData(grids: Grid[], fileName: string): Grid[] {
  if (grids.length === 0 || allEmpty(grids)) {
    throw new WorkbookReadError(`${fileName} has no data: none of its sheets has a filled cell`);
  }
  return grids;
}
