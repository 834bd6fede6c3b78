import { numberAsText as rule } from '../../../src/core/rules/number-as-text';
import { DEFAULT_CONFIG } from '../../../src/core/model';
import { buildRuleContext } from '../../../src/core/rules/context';
import { readTables } from '../../../src/core/table/read-tables';
import { flat } from '../../helpers/context';
import { makeGrid } from '../../helpers/grid';
import { contextOfSheets, projectsSheet, reportsSheet } from '../../helpers/sheets';

describe('number-as-text', () => {
  it('fires on numbers typed as text, offering the number as a quick fix', () => {
    const ctx = contextOfSheets([
      projectsSheet([['03000000-2457', 'ถนน', '2563', '1/10/2562', '30/9/2563', '1,918,000 บาท']]),
      reportsSheet([['03000000-2457', 'ครั้งที่ 1', '31/10/2562', '60 %', 200000]]),
    ]);
    const findings = rule.check(ctx);
    expect(flat(findings)).toEqual([['Projects', 'C2', undefined], ['Projects', 'F2', undefined], ['Reports', 'B2', 1], ['Reports', 'D2', 1]]);
    expect(findings.map((f) => f.replacement)).toEqual([2563, 1918000, 1, 60]);
    expect(rule.message.th(findings[1].params)).toBe('งบประมาณที่ได้รับ "1,918,000 บาท" เป็นตัวเลขที่บันทึกเป็นข้อความ ซึ่งฟังก์ชัน SUM ของ Excel จะข้ามไม่นำมารวม');
    expect(rule.fix!.th(findings[1].params)).toBe('แปลงเป็นตัวเลข 1,918,000');
    expect(rule.fix!.en(findings[3].params)).toBe('Convert it to the number 60');
  });

  it('offers the fraction Excel shows as that percent when the cell is formatted as percent', () => {
    const ctx = contextOfSheets([reportsSheet([['03000000-2457', 1, '31/10/2562', '60%', 0]], [['General', 'General', 'General', '0%']])]);
    expect(rule.check(ctx).map((f) => f.replacement)).toEqual([0.6]);
  });

  it('stays silent on real numbers and on text fields that hold digits', () => {
    const ctx = contextOfSheets([
      projectsSheet([['03000000-2457', '2563', 2563, '1/10/2562', '30/9/2563', 1918000]]),
      reportsSheet([['03000000-2457', 1, '31/10/2562', 60, 200000]]),
    ]);
    expect(rule.check(ctx)).toEqual([]);
  });

  it('stays silent on a CSV, whose cells are all text by nature', () => {
    const rows = [['รหัสโครงการ', 'รายงานครั้งที่', 'วันที่รายงาน', 'ความก้าวหน้า (%)'], ['03000000-2457', '1', '31/10/2562', '60']];
    const typed = buildRuleContext(readTables(makeGrid('Reports', rows)), DEFAULT_CONFIG);
    const csv = buildRuleContext(readTables({ ...makeGrid('Reports', rows), untyped: true }), DEFAULT_CONFIG);
    expect(rule.check(typed)).toHaveLength(2);
    expect(rule.check(csv)).toEqual([]);
  });
});
