/**
 * SheetCells puts cells that come in reading order straight into the grid's rows; every other
 * sequence goes through the general store, placed when the grid is built. Both must give the
 * same grid — values, extent, row widths, shared number-format rows, tables — and the same
 * refusal past a limit, for any sequence of cells, in order or not, with tables and merged areas.
 */
import fc from 'fast-check';
import { DEFAULT_READ_LIMITS, type CellValue, type Grid, type ReadLimits } from '../../src/core/model';
import { CellBudget, SheetCells, type MergedArea, type PlacedTable } from '../../src/xlsx/grid-builder';

interface Cell { row: number; col: number; value: CellValue; format: string }

interface Sheet {
  cells: readonly Cell[];
  tables: readonly PlacedTable[];
  merges: readonly MergedArea[];
  limits: ReadLimits;
  /** Cells already held by earlier sheets of the workbook. */
  heldBefore: number;
}

/** The grid SheetCells builds from `sheet`, placing by row or not; or the refusal's message. */
function outcome(sheet: Sheet, placeByRow: boolean) {
  const budget = new CellBudget('f.xlsx', sheet.limits);
  budget.held = sheet.heldBefore;
  const cells = new SheetCells('Sheet1', budget, placeByRow);
  try {
    for (const { row, col, value, format } of sheet.cells) cells.add(row, col, value, format);
    const grid = cells.toGrid(sheet.tables, sheet.merges);
    return { grid, sharing: sharing(grid), size: cells.size, held: budget.held, filled: budget.filled };
  } catch (error) {
    return { error: String(error), filled: budget.filled };
  }
}

/** Which number-format rows are the row above's own array, and which are frozen: the sharing that keeps memory down. */
const sharing = (grid: Grid) => grid.numberFormats.map((row, i) => (i > 0 && row === grid.numberFormats[i - 1] ? 1 : 0) + (Object.isFrozen(row) ? 2 : 0));

const column = fc.oneof({ weight: 8, arbitrary: fc.integer({ min: 0, max: 6 }) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 200 }) });
const cell = fc.record({
  row: fc.oneof({ weight: 8, arbitrary: fc.integer({ min: 0, max: 8 }) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 60 }) }),
  col: column,
  value: fc.oneof({ weight: 20, arbitrary: fc.constantFrom<CellValue>('a', 'ข', 1, 2.5, true, '') }, { weight: 1, arbitrary: fc.constant(null) }),
  format: fc.constantFrom('General', '', '0.00', 'd/m/yyyy'),
});
const area = fc.record({ top: fc.integer({ min: 0, max: 9 }), left: fc.integer({ min: 0, max: 7 }), height: fc.integer({ min: 0, max: 3 }), width: fc.integer({ min: 0, max: 3 }) });
const table = fc.record({ name: fc.constant('T'), totalsRow: fc.boolean() }).chain((named) => area.map(({ top, left, height, width }) => ({ ...named, top, left, bottom: top + height, right: left + width })));
const merge = area.map(({ top, left, height, width }) => ({ top, left, bottom: top + height, right: left + width }));
const limits = fc.constantFrom<ReadLimits>(DEFAULT_READ_LIMITS, { ...DEFAULT_READ_LIMITS, maxCells: 30 }, { ...DEFAULT_READ_LIMITS, maxCells: 400 });

/** The cells in reading order, one per address (the later kept), as Excel writes a sheet. */
const inReadingOrder = (cells: Cell[]) => {
  const byAddress = new Map<string, Cell>();
  for (const c of cells) byAddress.set(`${c.row},${c.col}`, c);
  return [...byAddress.values()].sort((a, b) => a.row - b.row || a.col - b.col);
};

function sheetOf(inOrder: boolean) {
  return fc.record({
    cells: fc.array(cell, { maxLength: 40 }).map((cells) => (inOrder ? inReadingOrder(cells) : cells)),
    tables: fc.array(table, { maxLength: 2 }),
    merges: fc.oneof({ weight: 3, arbitrary: fc.constant<MergedArea[]>([]) }, { weight: 1, arbitrary: fc.array(merge, { maxLength: 3 }) }),
    limits,
    heldBefore: fc.constantFrom(0, 0, 20, 300),
  });
}

describe('SheetCells — cells placed as they come in reading order, or each stored and placed at the end', () => {
  it('gives the same grid, sharing and refusals both ways for cells in reading order', () => {
    fc.assert(fc.property(sheetOf(true), (sheet) => {
      expect(outcome(sheet, true)).toEqual(outcome(sheet, false));
    }), { numRuns: 3000 });
  });

  it('gives the same grid, sharing and refusals both ways for cells in any order, repeated addresses included', () => {
    fc.assert(fc.property(sheetOf(false), (sheet) => {
      expect(outcome(sheet, true)).toEqual(outcome(sheet, false));
    }), { numRuns: 3000 });
  });

  it('gives the same grid for rows that start further left than the ones before, and for a sparse sheet', () => {
    const cells: Cell[] = [
      { row: 0, col: 4, value: 'h', format: '0.00' }, { row: 0, col: 5, value: 'i', format: '0.00' },
      { row: 2, col: 1, value: 1, format: '0.00' }, { row: 2, col: 9, value: 2, format: '' },
      { row: 3, col: 4, value: 'h', format: '0.00' }, { row: 3, col: 5, value: 'i', format: '0.00' },
      { row: 4, col: 4, value: 'h', format: '0.00' }, { row: 4, col: 5, value: 'i', format: '0.00' },
      { row: 100_000, col: 16_000, value: 'far', format: 'General' },
    ];
    const sheet: Sheet = { cells, tables: [], merges: [], limits: DEFAULT_READ_LIMITS, heldBefore: 0 };
    const expected = outcome(sheet, false);
    expect(outcome(sheet, true)).toEqual(expected);
    expect(expected.grid?.values[0]).toEqual([null, null, null, 'h', 'i']);
    const dense = { ...sheet, cells: cells.slice(0, -1) };
    expect(outcome(dense, true)).toEqual(outcome(dense, false));
  });
});
