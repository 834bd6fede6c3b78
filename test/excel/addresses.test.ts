import { addressLists, columnRuns, GET_RANGES_MAX_AREAS, GET_RANGES_MAX_CHARACTERS, qualifiedAddress, rectAddress, splitQualifiedAddress, unionRect } from '../../src/excel/addresses';

describe('columnRuns', () => {
  it('merges consecutive cells of a column into one area, column by column', () => {
    expect(columnRuns(['G3', 'G2', 'B7', 'G5', 'G4', 'G9'])).toEqual([
      { address: 'B7', cells: ['B7'] },
      { address: 'G2:G5', cells: ['G2', 'G3', 'G4', 'G5'] },
      { address: 'G9', cells: ['G9'] },
    ]);
  });

  it('ignores duplicates and what is not an A1 address', () => {
    expect(columnRuns(['A1', 'A1', 'Projects!A2', ''])).toEqual([{ address: 'A1', cells: ['A1'] }]);
  });
});

describe('addressLists', () => {
  it('keeps every list within the areas and characters getRanges accepts', () => {
    const areas = Array.from({ length: 5000 }, (_, i) => `AB${i * 2 + 1}:AB${i * 2 + 1}`);
    const lists = addressLists(areas);
    expect(lists.length).toBeGreaterThan(1);
    for (const list of lists) {
      expect(list.length).toBeLessThanOrEqual(GET_RANGES_MAX_CHARACTERS);
      expect(list.split(',').length).toBeLessThanOrEqual(GET_RANGES_MAX_AREAS);
    }
    expect(lists.join(',').split(',')).toEqual(areas);
  });

  it('cuts on the area count when areas are short', () => {
    const lists = addressLists(Array.from({ length: 1000 }, (_, i) => `A${i + 1}`));
    expect(lists.map((list) => list.split(',').length)).toEqual([480, 480, 40]);
  });
});

describe('sheet-qualified addresses', () => {
  it('quotes names that need it, doubling apostrophes', () => {
    expect(qualifiedAddress('Sheet1', 'A1')).toBe('Sheet1!A1');
    expect(qualifiedAddress('แผน 2563', 'G2')).toBe("'แผน 2563'!G2");
    expect(qualifiedAddress("O'Brien", 'B2')).toBe("'O''Brien'!B2");
  });

  it('splits them back', () => {
    expect(splitQualifiedAddress("'แผน 2563'!G2")).toEqual({ sheet: 'แผน 2563', address: 'G2' });
    expect(splitQualifiedAddress("'O''Brien'!B2")).toEqual({ sheet: "O'Brien", address: 'B2' });
    expect(splitQualifiedAddress('Projects!A2')).toEqual({ sheet: 'Projects', address: 'A2' });
    expect(splitQualifiedAddress('B7')).toEqual({ address: 'B7' });
  });
});

describe('rectangles', () => {
  it('spells a rectangle and joins two', () => {
    expect(rectAddress({ row: 1, col: 0, rowCount: 2, colCount: 3 })).toBe('A2:C3');
    expect(rectAddress({ row: 4, col: 2, rowCount: 1, colCount: 1 })).toBe('C5');
    expect(unionRect({ row: 2, col: 2, rowCount: 1, colCount: 1 }, { row: 0, col: 4, rowCount: 5, colCount: 2 })).toEqual({ row: 0, col: 2, rowCount: 5, colCount: 4 });
    expect(unionRect(undefined, undefined)).toBeUndefined();
  });
});
