import { safeSheetName, sheetReference, uniqueSheetName } from '../../../src/core/output/sheet-name';

describe('sheet names', () => {
  it('makes any text a name Excel accepts: no []:*?/\\, no edge apostrophes, at most 31 characters', () => {
    expect(safeSheetName('ผลงาน: ต.ค./2562 [ร่าง]*?')).toBe('ผลงาน_ ต.ค._2562 _ร่าง___');
    expect(safeSheetName("'quoted'")).toBe('quoted');
    expect(safeSheetName('   ')).toBe('Sheet1');
    expect(safeSheetName('History')).toBe('Sheet1');
    expect(safeSheetName('ก'.repeat(40))).toHaveLength(31);
    // A consonant is never cut off from its tone mark: "ก่" stays whole or goes whole.
    expect(safeSheetName(`${'ข'.repeat(30)}ก่อน`)).toBe('ข'.repeat(30));
  });

  it('finds a free name, comparing without case, within 31 characters', () => {
    expect(uniqueSheetName('Issues', ['โครงการ'])).toBe('Issues');
    expect(uniqueSheetName('Issues', ['ISSUES', 'Issues (2)'])).toBe('Issues (3)');
    const long = 'รายงานความก้าวหน้าโครงการประจำปี';
    const taken = uniqueSheetName(long, [safeSheetName(long)]);
    expect(taken.endsWith(' (2)')).toBe(true);
    expect(taken.length).toBeLessThanOrEqual(31);
  });

  it('quotes a sheet name in a reference unless it is a plain ASCII name', () => {
    expect(sheetReference('Projects')).toBe('Projects');
    expect(sheetReference('โครงการ')).toBe("'โครงการ'");
    expect(sheetReference('My sheet')).toBe("'My sheet'");
    expect(sheetReference("Bob's")).toBe("'Bob''s'");
    expect(sheetReference('A1')).toBe("'A1'");
    expect(sheetReference('R1C1')).toBe("'R1C1'");
  });
});
