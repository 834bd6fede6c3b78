/**
 * csvGrid builds a CSV's grid straight from the parsed rows; the general path every .xlsx sheet
 * takes (SheetCells) must give the same grid — values, row widths, shared number-format rows,
 * and the same refusal past a limit — for any text.
 */
import fc from 'fast-check';
import { isDeepStrictEqual } from 'node:util';
import { DEFAULT_READ_LIMITS, type Grid, type ReadLimits } from '../../src/core/model';
import { columnLetter } from '../../src/core/table/address';
import { eachCsvDataRow } from '../../src/xlsx/csv';
import { CellBudget, SheetCells } from '../../src/xlsx/grid-builder';
import { limitExceeded } from '../../src/xlsx/read-error';
import { csvGrid, csvSheetName } from '../../src/xlsx/read';

/** The grid of a CSV as SheetCells places each filled field. */
function referenceGrid(text: string, fileName: string, limits: ReadLimits = DEFAULT_READ_LIMITS): Grid {
  const sheet = csvSheetName(fileName);
  const cells = new SheetCells(sheet, new CellBudget(fileName, limits));
  eachCsvDataRow(text, ',', (fields, row) => {
    for (let col = 0; col < fields.length; col++) {
      const field = fields[col];
      if (field === '') continue;
      if (field.length > limits.maxCellChars) {
        throw limitExceeded(fileName, 'maxCellChars', limits, `the field at row ${row + 1}, column ${columnLetter(col)} (an unclosed quote?) is longer than`);
      }
      cells.add(row, col, field, 'General');
    }
  });
  return { ...cells.toGrid(), untyped: true };
}

const outcome = (read: () => Grid) => {
  try {
    return { grid: read() };
  } catch (error) {
    return { error: String(error) };
  }
};

/** Which number-format rows are the row above's own array, and which are frozen: the sharing that keeps memory down. */
const sharing = (grid: Grid) => grid.numberFormats.map((row, i) => (i > 0 && row === grid.numberFormats[i - 1] ? 1 : 0) + (Object.isFrozen(row) ? 2 : 0));

const SMALL: ReadLimits = { ...DEFAULT_READ_LIMITS, maxCells: 60, maxCellChars: 5 };

describe('csvGrid', () => {
  it('gives the grid SheetCells gives, and refuses what it refuses, for any text', () => {
    fc.assert(fc.property(
      fc.array(fc.constantFrom('a', 'bb', '', ',', '\n', '\r\n', '"', 'x,y', '  ', 'longfield', 'ก', '1,000')),
      fc.boolean(),
      (parts, small) => {
        const text = parts.join('');
        const limits = small ? SMALL : undefined;
        const expected = outcome(() => referenceGrid(text, 'f.csv', limits));
        const actual = outcome(() => csvGrid(text, ',', 'f.csv', limits));
        expect(actual).toEqual(expected);
        if ('grid' in expected && 'grid' in actual) {
          expect(isDeepStrictEqual(sharing(actual.grid!), sharing(expected.grid!))).toBe(true);
          expect(Object.keys(actual.grid!)).toEqual(Object.keys(expected.grid!));
        }
      },
    ), { numRuns: 3000 });
  });

  it('gives the same grid for a wide, ragged file', () => {
    const wide = `a\n${','.repeat(3000)}z\n${Array.from({ length: 400 }, () => 'q').join('\n')}`;
    expect(csvGrid(wide, ',', 'w.csv')).toEqual(referenceGrid(wide, 'w.csv'));
    expect(sharing(csvGrid(wide, ',', 'w.csv'))).toEqual(sharing(referenceGrid(wide, 'w.csv')));
  });
});
