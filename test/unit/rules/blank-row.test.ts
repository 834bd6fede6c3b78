import { DEFAULT_CONFIG } from '../../../src/core/model';
import { blankRow as rule } from '../../../src/core/rules/blank-row';
import { buildRuleContext } from '../../../src/core/rules/context';
import { readTables } from '../../../src/core/table/read-tables';
import { flat } from '../../helpers/context';
import { makeGrid } from '../../helpers/grid';

const HEADER = ['รหัสโครงการ', 'รายงานครั้งที่', 'วันที่รายงาน', 'ความก้าวหน้า (%)'];

describe('blank-row', () => {
  it('fires on an empty row between data rows, at its first table cell', () => {
    // The used range starts in column B, so the table's first cell is B.
    const grid = makeGrid('Reports', [
      HEADER,
      ['03000000-2457', 1, '31/10/2562', 10],
      [null, '  ', null, null],
      ['03000000-2457', 2, '30/11/2562', 20],
    ], { origin: { row: 0, col: 1 } });
    const findings = rule.check(buildRuleContext(readTables(grid), DEFAULT_CONFIG));
    expect(flat(findings)).toEqual([['Reports', 'B3', undefined]]);
    expect(rule.message.th(findings[0].params)).toBe('แถวที่ 3 เป็นแถวว่างอยู่ระหว่างข้อมูลในตาราง');
    expect(rule.message.en(findings[0].params)).toBe("Row 3 is empty, inside the table's data");
  });

  it('stays silent on empty rows left at the bottom of an Excel table', () => {
    const grid = makeGrid('Reports', [
      HEADER,
      ['03000000-2457', 1, '31/10/2562', 10],
      ['03000000-2457', 2, '30/11/2562', 20],
      [null, null, null, null],
      [null, null, null, null],
    ], { tables: [{ name: 'Reports', headerRow: 0, lastRow: 4, firstCol: 0, lastCol: 3 }] });
    const ctx = buildRuleContext(readTables(grid), DEFAULT_CONFIG);
    expect(ctx.tables[0].rows.map((r) => r.blank)).toEqual([false, false, true, true]);
    expect(rule.check(ctx)).toEqual([]);
  });
});
