import { DEFAULT_READ_LIMITS, type Grid, type ReadLimits } from '../core/model';
import { safeSheetName } from '../core/output/sheet-name';
import { eachCsvDataRow, type CsvDelimiter } from './csv';
import { identifySpreadsheet, type SpreadsheetSource } from './file-format';
import { CellBudget, SheetCells, allEmpty } from './grid-builder';
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

/**
 * A CSV file as one Grid named after the file; every filled cell is kept as its text (the
 * parsers read it). Throws ReadLimitError past limits.maxCells or limits.maxCellChars.
 */
export function csvGrid(text: string, delimiter: CsvDelimiter, fileName: string, limits: ReadLimits = DEFAULT_READ_LIMITS): Grid {
  const sheet = csvSheetName(fileName);
  const cells = new SheetCells(sheet, new CellBudget(fileName, limits));
  eachCsvDataRow(text, delimiter, (fields, row) => {
    for (let col = 0; col < fields.length; col++) {
      const field = fields[col];
      if (field === '') continue;
      if (field.length > limits.maxCellChars) {
        // An unclosed quote swallows the rest of the file into one field: say where it starts.
        throw limitExceeded(fileName, 'maxCellChars', limits, `the field at row ${row + 1}, column ${columnLetter(col)} (an unclosed quote?) is longer than`);
      }
      cells.add(row, col, field, 'General');
    }
  });
  return { ...cells.toGrid(), untyped: true };
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
  if (grids.length === 0 || allEmpty(grids)) {
    throw new WorkbookReadError(`${fileName} has no data: none of its sheets has a filled cell`);
  }
  return grids;
}
