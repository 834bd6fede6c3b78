import type { CellValue, Grid } from '../../../src/core/model';
import { validateWorkbook } from '../../../src/core/validate';
import { readWorkbook } from '../../../src/xlsx/read';
import { buildSampleWorkbook } from '../../../src/xlsx/sample';

/** The grid with each row ending at its last filled cell, as the file reader gives a sparse sheet. */
function endingAtLastCell(grid: Grid): Grid {
  const trim = <T>(row: T[], values: CellValue[]) => {
    let end = values.length;
    while (end > 0 && values[end - 1] === null) end--;
    return row.slice(0, end);
  };
  return { ...grid, values: grid.values.map((row) => trim(row, row)), numberFormats: grid.numberFormats.map((row, r) => trim(row, grid.values[r])) };
}

describe('rows that end at their last filled cell (Grid.values)', () => {
  it('validate to the same tables and findings as the same rows padded to the range', async () => {
    const grids = await readWorkbook(await buildSampleWorkbook(), 'sample.xlsx');
    // Empty cells at the ends of rows, as a sheet with a remark column filled on a few rows has.
    const padded = grids.map((grid) => ({
      ...grid,
      values: grid.values.map((row) => [...row, null, null]),
      numberFormats: grid.numberFormats.map((row) => [...row, 'General', 'General']),
    }));
    const sparse = padded.map(endingAtLastCell);
    expect(sparse.some((grid, g) => grid.values.some((row, r) => row.length < padded[g].values[r].length))).toBe(true);
    const expected = validateWorkbook(padded);
    const actual = validateWorkbook(sparse);
    expect(actual.issues).toEqual(expected.issues);
    expect(actual.tables.map((t) => [t.sheet, t.rows.length, t.headers.length])).toEqual(expected.tables.map((t) => [t.sheet, t.rows.length, t.headers.length]));
  });

  it('find a row repeated when one copy ends early and the other is padded with empty cells', () => {
    const header: CellValue[] = ['รหัสโครงการ', 'ชื่อโครงการ', 'งบประมาณ', 'หมายเหตุ'];
    const values: CellValue[][] = [header, ['03000000-2457', 'ถนน', 1000, null], ['03000000-2457', 'ถนน', 1000]];
    const grid: Grid = { sheet: 'P', origin: { row: 0, col: 0 }, values, numberFormats: values.map((row) => row.map(() => 'General')) };
    const duplicates = validateWorkbook([grid]).issues.filter((issue) => issue.rule === 'duplicate-row');
    expect(duplicates.map((issue) => issue.cells)).toEqual([['A3', 'A2']]);
  });
});
