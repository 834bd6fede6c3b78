import type { CellValue } from '../../../src/core/model';
import { missingColumn as rule } from '../../../src/core/rules/missing-column';
import { flat } from '../../helpers/context';
import { contextOfSheets } from '../../helpers/sheets';

function contextOf(sheet: string, rows: CellValue[][]) {
  return contextOfSheets([{ sheet, rows }]);
}

describe('missing-column', () => {
  it('fires once per required field without a column, on the first header cell', () => {
    const ctx = contextOf('Projects', [
      ['ทะเบียนโครงการ ปีงบประมาณ พ.ศ. 2563'],
      [],
      ['รหัสโครงการ', 'ชื่อโครงการ', 'งบประมาณที่ได้รับ (บาท)'],
      ['03000000-2457', 'ปรับปรุงถนน', 1918000],
    ]);
    const findings = rule.check(ctx);
    expect(flat(findings)).toEqual([['Projects', 'A3', undefined], ['Projects', 'A3', undefined], ['Projects', 'A3', undefined]]);
    expect(findings.map((f) => f.field)).toEqual(['fiscalYear', 'startDate', 'endDate']);
    expect(rule.message.th(findings[0].params)).toBe('ตารางในแผ่นงาน "Projects" ไม่มีคอลัมน์ "ปีงบประมาณ" ซึ่งจำเป็นต้องมี');
    expect(rule.message.en(findings[0].params)).toBe('The table on sheet "Projects" has no "fiscal year" column, which is required');
    expect(rule.fix!.th(findings[0].params)).toBe('เพิ่มคอลัมน์ "ปีงบประมาณ" โดยตั้งหัวคอลัมน์เป็น "ปีงบประมาณ" หรือ "fiscal year"');
    expect(rule.fix!.en(findings[1].params)).toBe('Add a "start date" column headed "เริ่มต้นโครงการ" or "start"');
  });

  it('asks a flat table for both the project and the report fields, the code only once', () => {
    const ctx = contextOf('รวม', [
      ['ชื่อโครงการ', 'ปีงบประมาณ', 'เริ่มต้นโครงการ', 'สิ้นสุดโครงการ', 'งบประมาณ', 'รายงานครั้งที่', 'ความก้าวหน้า (%)'],
      ['ปรับปรุงถนน', 2563, '1/10/2562', '30/9/2563', 1918000, 1, 10],
    ]);
    expect(ctx.tables[0].role).toBe('flat');
    expect(rule.check(ctx).map((f) => [f.cells[0], f.field])).toEqual([['A1', 'code'], ['A1', 'reportDate']]);
  });

  it('stays silent when every required column is there under any accepted header', () => {
    const projects = contextOf('Projects', [
      ['Project Code', 'ชื่อโครงการ/กิจกรรม', 'ปีงบประมาณ พ.ศ.', 'วันเริ่มต้น', 'END DATE', 'งบประมาณที่ได้รับ (บาท)'],
      ['03000000-2457', 'ปรับปรุงถนน', 2563, '1/10/2562', '30/9/2563', 1918000],
    ]);
    const reports = contextOf('Reports', [
      ['รหัสโครงการ', 'ครั้งที่', 'ณ วันที่', 'ความก้าวหน้าของงานฯ'],
      ['03000000-2457', 1, '31/10/2562', '10 %'],
    ]);
    expect(projects.tables[0].role).toBe('projects');
    expect(reports.tables[0].role).toBe('reports');
    expect(rule.check(projects)).toEqual([]);
    expect(rule.check(reports)).toEqual([]);
  });
});
