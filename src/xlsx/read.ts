import ExcelJS from 'exceljs';
import type { Grid } from '../core/model';
import { parseAddress } from '../core/table/address';
import { cellValueOf } from './cell-value';
import { readCsvRows, type CsvDelimiter } from './csv';
import type { SourceTable } from './excel-package';
import { identifySpreadsheet } from './file-format';
import { allEmpty, gridFromCells, type PlacedCell, type PlacedTable } from './grid-builder';
import { loadWorkbook } from './load-workbook';
import { WorkbookReadError } from './read-error';
import { safeSheetName } from '../core/output/sheet-name';

export { WorkbookReadError };

/** A table as ExcelJS keeps one it loaded. */
interface LoadedTableModel {
  name?: string;
  tableRef?: string;
  ref?: string;
  totalsRow?: boolean;
}

function placedTable(model: LoadedTableModel, source: SourceTable | undefined): PlacedTable | undefined {
  const [from, to] = (model.tableRef ?? model.ref ?? '').split(':');
  const start = parseAddress(from ?? '');
  const end = parseAddress(to ?? from ?? '');
  // A table without a header row has nothing to map columns by; its sheet is read as a plain range.
  if (!model.name || !start || !end || source?.hasHeaderRow === false) return undefined;
  return { name: model.name, top: start.row, left: start.col, bottom: end.row, right: end.col, totalsRow: model.totalsRow === true };
}

/** One worksheet as a Grid: every cell's shown value and number format, merged areas valued at their top-left only. */
export function worksheetGrid(worksheet: ExcelJS.Worksheet, sourceTables: Map<string, SourceTable> = new Map()): Grid {
  const cells: PlacedCell[] = [];
  worksheet.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: false }, (cell) => {
      if (cell.type === ExcelJS.ValueType.Merge) return;
      const value = cellValueOf(cell);
      if (value === null) return;
      cells.push({ row: Number(row.number) - 1, col: Number(cell.col) - 1, value, numberFormat: cell.numFmt || 'General' });
    });
  });
  const tables = worksheet.getTables()
    .map((entry) => {
      const model = (entry as unknown as { table?: LoadedTableModel }).table ?? (entry as unknown as LoadedTableModel);
      return placedTable(model, model.name === undefined ? undefined : sourceTables.get(model.name));
    })
    .filter((table): table is PlacedTable => table !== undefined);
  return gridFromCells(worksheet.name, cells, tables);
}

/** The file name without its extension, as a valid sheet name: `งบ 2563.csv` → `งบ 2563`. */
export function csvSheetName(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, '');
  const dot = base.lastIndexOf('.');
  return safeSheetName(dot > 0 ? base.slice(0, dot) : base, 'CSV');
}

/** A CSV file as one Grid named after the file; every filled cell is kept as its text (the parsers read it). */
export function csvGrid(text: string, delimiter: CsvDelimiter, fileName: string): Grid {
  const cells: PlacedCell[] = [];
  readCsvRows(text, delimiter).forEach((fields, row) => {
    fields.forEach((field, col) => {
      if (field !== '') cells.push({ row, col, value: field, numberFormat: 'General' });
    });
  });
  return { ...gridFromCells(csvSheetName(fileName), cells), untyped: true };
}

/**
 * Reads an .xlsx workbook (one Grid per worksheet, in workbook order) or a
 * CSV file (one Grid named after the file). Throws WorkbookReadError with a
 * one-line message naming the file when it is not a readable spreadsheet.
 * `await readWorkbook(bytes, 'projects.xlsx')` → `[{ sheet: 'โครงการ', origin, values, numberFormats, tables }, …]`.
 */
export async function readWorkbook(data: Uint8Array, fileName: string): Promise<Grid[]> {
  const source = await identifySpreadsheet(data, fileName);
  let grids: Grid[];
  if (source.kind === 'csv') {
    grids = [csvGrid(source.text, source.delimiter, fileName)];
  } else {
    const { workbook, tables } = await loadWorkbook(source.zip, data, fileName);
    grids = workbook.worksheets.map((worksheet) => worksheetGrid(worksheet, tables));
  }
  if (grids.length === 0 || allEmpty(grids)) {
    throw new WorkbookReadError(`${fileName} has no data: none of its sheets has a filled cell`);
  }
  return grids;
}
