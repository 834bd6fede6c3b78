import { FIELD_KIND, type CellValue, type Field, type Grid } from '../../../src/core/model';
import { parseCell } from '../../../src/core/parse';
import { cellResult } from '../../../src/core/table/read-cell';
import { forEachNoteworthyCellRead, readTables } from '../../../src/core/table/read-tables';
import type { FieldCell, SheetTable } from '../../../src/core/table/types';
import { columnLetter } from '../../../src/core/table/address';
import { makeGrid } from '../../helpers/grid';

const REPORT_HEADER = ['รหัสโครงการ', 'รายงานครั้งที่', 'วันที่รายงาน', 'ความก้าวหน้า (%)', 'เบิกจ่ายสะสม (บาท)'];

/**
 * The cells readTables used to store for every non-blank row, worked out here from the grid the
 * way it did: the address as letter + row number, the raw value and format as the grid has them.
 */
function cellsAsStored(grid: Grid, table: SheetTable): Record<string, FieldCell>[] {
  return table.rows.filter((row) => !row.blank).map((row) => {
    const r = row.row - grid.origin.row - 1;
    const cells: Record<string, FieldCell> = {};
    for (const [field, letter] of Object.entries(table.columns) as [Field, string][]) {
      const gridColumn = grid.values[table.headerRow - grid.origin.row - 1].findIndex((_, c) => columnLetter(grid.origin.col + c) === letter);
      const raw = grid.values[r]?.[gridColumn] ?? null;
      const numberFormat = grid.numberFormats[r]?.[gridColumn] ?? 'General';
      cells[field] = { field, address: `${letter}${row.row}`, raw, numberFormat, result: parseCell(FIELD_KIND[field], raw, numberFormat) };
    }
    return cells;
  });
}

/** Every cell of a table's non-blank rows as plain objects, field by field. */
function cellsRead(table: SheetTable): Record<string, FieldCell>[] {
  return table.rows.filter((row) => !row.blank).map((row) => {
    const cells: Record<string, FieldCell> = {};
    for (const field in row.cells) {
      const cell = row.cells[field as Field]!;
      cells[field] = { field: cell.field, address: cell.address, raw: cell.raw, numberFormat: cell.numberFormat, result: cell.result };
    }
    return cells;
  });
}

describe('cells of a read table', () => {
  // A table from column C under a title, rows of uneven length, formats missing for some rows.
  const values: CellValue[][] = [
    ['ทะเบียนรายงาน'],
    ['หมายเหตุ', '', ...REPORT_HEADER],
    ['x', null, '03000000-2457', 1, 43769, 10, 150000],
    [],
    ['', null, '03000000-2457', 2, ' 30/11/2562', '20'],
    ['y', null, '03000000-2458', 1, 43830, 0.5, '1,000 บาท'],
  ];
  const grid: Grid = {
    sheet: 'Reports',
    origin: { row: 3, col: 1 },
    values,
    numberFormats: [[], [], ['General', 'General', '@', 'General', 'd/m/yyyy', '0%', '#,##0'], [], ['General']],
  };
  const [table] = readTables(grid);

  it('give the address, raw value, format and result that were stored per cell before', () => {
    expect(table.columns).toEqual({ code: 'D', reportNo: 'E', reportDate: 'F', progress: 'G', disbursedToDate: 'H' });
    expect(cellsRead(table)).toEqual(cellsAsStored(grid, table));
    expect(table.rows[0].cells.reportDate!.address).toBe('F6');
    expect(table.rows[0].cells.reportDate!.numberFormat).toBe('d/m/yyyy');
    // A row that ends before the column: the cell is there, empty.
    expect(table.rows[2].cells.disbursedToDate!.raw).toBeNull();
  });

  it('list the fields in column order, as a plain record would, and none for a blank row', () => {
    const fields: string[] = [];
    for (const field in table.rows[0].cells) fields.push(field);
    expect(fields).toEqual(['code', 'reportNo', 'reportDate', 'progress', 'disbursedToDate']);
    expect('progress' in table.rows[0].cells).toBe(true);
    expect('budget' in table.rows[0].cells).toBe(false);
    expect(table.rows[0].cells.budget).toBeUndefined();
    expect(table.rows[1].blank).toBe(true);
    expect(Object.keys(table.rows[1].cells)).toEqual([]);
  });

  it('read as JSON like the plain cells they stand for', () => {
    const [first] = cellsAsStored(grid, table);
    expect(JSON.parse(JSON.stringify(table.rows[0].cells))).toEqual(JSON.parse(JSON.stringify(first)));
    expect(JSON.parse(JSON.stringify(table.rows[0].cells.progress))).toEqual(JSON.parse(JSON.stringify(first.progress)));
  });

  it('give each cell its own result, and cellResult the same result without a cell', () => {
    for (const row of table.rows.filter((r) => !r.blank)) {
      for (const field of Object.keys(table.columns) as Field[]) expect(cellResult(row.cells, field)).toBe(row.cells[field]!.result);
      expect(cellResult(row.cells, 'budget')).toBeUndefined();
    }
    // A record built by hand is read the same way.
    const plain = { progress: table.rows[0].cells.progress };
    expect(cellResult(plain, 'progress')).toBe(plain.progress!.result);
    expect(cellResult(plain, 'reportNo')).toBeUndefined();
  });

  it('visit only the noteworthy cells of the fields asked for', () => {
    const all: string[] = [];
    const dates: string[] = [];
    forEachNoteworthyCellRead(table, (cell) => all.push(cell.address));
    forEachNoteworthyCellRead(table, (cell, row) => dates.push(`${cell.address}@${row.row}`), new Set<Field>(['reportDate']));
    const walked = cellsRead(table).flatMap((cells) => Object.values(cells)).filter((cell) => !cell.result.ok || cell.result.notes.length > 0);
    expect(all).toEqual(walked.map((cell) => cell.address));
    expect(all).toContain('F8');
    expect(dates).toEqual(walked.filter((cell) => cell.field === 'reportDate').map((cell) => `${cell.address}@${cell.address.slice(1)}`));
    expect(dates).toEqual(['F8@8']);
  });

  it('visit only the noteworthy cells whose result passes the test, the test given each result once', () => {
    const failed: string[] = [];
    const tested: unknown[] = [];
    forEachNoteworthyCellRead(table, (cell) => failed.push(cell.address), undefined, (result) => { tested.push(result); return !result.ok; });
    const walked = cellsRead(table).flatMap((cells) => Object.values(cells)).filter((cell) => !cell.result.ok || cell.result.notes.length > 0);
    expect(tested).toEqual(walked.map((cell) => cell.result));
    expect(failed).toEqual(walked.filter((cell) => !cell.result.ok).map((cell) => cell.address));
    expect(failed.length).toBeGreaterThan(0);
    expect(failed.length).toBeLessThan(walked.length);
  });
});

describe('results shared down a column', () => {
  it('never give a cell the result of another value or format', () => {
    // The same value under another format, 0 and -0, a date serial and a year in one column.
    const grid = makeGrid('Reports', [
      REPORT_HEADER,
      ['03000000-2457', 1, 43769, 10, 0],
      ['03000000-2457', 2, 43769, 10, -0],
      ['03000000-2457', 3, 43769, 10, 0],
      ['03000000-2457', 4, 2563, 10, '0'],
      ['03000000-2457', 5, 2563, 10, '0'],
    ], { formats: [[], ['@', 'General', 'd/m/yyyy'], ['@', 'General', 'General'], ['@', 'General', 'd/m/yyyy'], [], ['@']] });
    const [table] = readTables(grid);
    for (const row of table.rows) {
      for (const field in row.cells) {
        const cell = row.cells[field as Field]!;
        expect({ address: cell.address, result: cell.result }).toEqual({ address: cell.address, result: parseCell(FIELD_KIND[cell.field], cell.raw, cell.numberFormat) });
      }
    }
    expect(Object.is(table.rows[1].cells.disbursedToDate!.raw, -0)).toBe(true);
  });
});
