import { conflictingProjectFields as rule } from '../../../src/core/rules/conflicting-project-fields';
import { aProject, flat, makeContext, makeTable } from '../../helpers/context';
import type { Field } from '../../../src/core/model';

const FLAT_FIELDS: Field[] = ['code', 'name', 'fiscalYear', 'startDate', 'endDate', 'budget', 'reportNo', 'reportDate', 'progress'];

/** A flat row: the default project's fields repeated, plus one report. */
function flatRow(reportNo: number, overrides: Record<string, unknown> = {}) {
  return { ...aProject(), reportNo, reportDate: '2019-10-31', progress: 10, ...overrides };
}

describe('conflicting-project-fields', () => {
  it('marks each flat row whose project field differs from the first row of the code', () => {
    const table = makeTable('Flat', 'flat', FLAT_FIELDS, [
      flatRow(1), flatRow(2, { budget: 2_000_000 }), flatRow(3, { budget: 2_000_000, endDate: '2020-12-31' }),
    ]);
    const findings = rule.check(makeContext({ tables: [table] }));
    // budget is column F, endDate column E
    expect(flat(findings)).toEqual([['Flat', 'E4', undefined], ['Flat', 'F3', undefined], ['Flat', 'F4', undefined]]);
    expect(findings.map((f) => f.field)).toEqual(['endDate', 'budget', 'budget']);
    expect(findings[1].cells).toEqual(['F3', 'F2']);
    expect(rule.message.th(findings[1].params)).toBe(
      'ข้อมูลโครงการ 03000000-2457 ไม่ตรงกัน: งบประมาณที่ได้รับในแถวที่ 3 เป็น 2,000,000 บาท แต่ในแถวที่ 2 เป็น 1,918,000 บาท',
    );
    expect(rule.message.en(findings[1].params)).toBe(
      'Project 03000000-2457 has conflicting budget received: 2,000,000 baht on row 3 but 1,918,000 baht on row 2',
    );
    expect(rule.message.th(findings[0].params)).toBe(
      'ข้อมูลโครงการ 03000000-2457 ไม่ตรงกัน: วันสิ้นสุดโครงการในแถวที่ 4 เป็น 31 ธันวาคม 2563 แต่ในแถวที่ 2 เป็น 30 กันยายน 2563',
    );
  });

  it('compares consolidated sources on different sheets and names the other sheet', () => {
    const source = makeTable('Agency B', 'projects', ['code', 'name', 'agency'], [
      { code: '03000000-2457', name: 'โครงการปรับปรุงถนนซอยวัดใหม่', agency: 'สำนักการโยธา / กองก่อสร้าง' },
    ]);
    const findings = rule.check(makeContext({ projects: [aProject({ agency: 'สำนักการโยธา / กองสำรวจ' })], tables: [source] }));
    expect(flat(findings)).toEqual([['Agency B', 'C2', undefined]]);
    expect(findings[0].cells).toEqual(['C2', 'Projects!G2']);
    expect(rule.message.th(findings[0].params)).toBe(
      'ข้อมูลโครงการ 03000000-2457 ไม่ตรงกัน: หน่วยงานที่รับผิดชอบในแถวที่ 2 เป็น “สำนักการโยธา / กองก่อสร้าง” '
      + 'แต่ในแถวที่ 2 ของชีต Projects เป็น “สำนักการโยธา / กองสำรวจ”',
    );
  });

  it('stays silent when the copies agree (across sheets too), a copy is blank, or the rows are duplicates within one projects table', () => {
    const agreeing = makeTable('Flat', 'flat', FLAT_FIELDS, [
      flatRow(1), flatRow(2, { budget: 1_918_000.001 }), flatRow(3, { name: undefined }),
    ]);
    const ctx = makeContext({
      projects: [aProject(), aProject({ code: '03000000-0001' }), aProject({ code: '03000000-0001', budget: 5 })],
      tables: [agreeing],
    });
    expect(rule.check(ctx)).toEqual([]);
  });
});
