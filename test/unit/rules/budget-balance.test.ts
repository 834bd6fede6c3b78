import { RuleConfig } from '../../../src/core/model';
import { budgetBalance as rule } from '../../../src/core/rules/budget-balance';
import { validateTables } from '../../../src/core/validate';
import { aProject, aReport, flat, makeContext, makeTable } from '../../helpers/context';

/** A finished project (its latest report at 100 %) with the given project fields. */
const finished = (project: Parameters<typeof aProject>[0], reports = [aReport({ reportNo: 1, progress: 40, disbursedToDate: 800_000 }), aReport({ reportNo: 2, progress: 100, disbursedToDate: 1_800_000 })]) =>
  makeContext({ projects: [aProject(project)], reports });

describe('budget-balance', () => {
  it('is an error when spent and returned together exceed the budget received', () => {
    const findings = rule.check(finished({ spent: 1_800_000, returned: 200_000 }));
    // Columns: code A … budget F, spent G, returned H.
    expect(flat(findings)).toEqual([['Projects', 'H2', undefined]]);
    expect(findings[0].cells).toEqual(['H2', 'G2', 'F2']);
    expect(findings[0].severity).toBeUndefined();
    expect(findings[0].params).toEqual({ kind: 'over', budget: 1_918_000, spent: 1_800_000, returned: 200_000, excess: 82_000 });
    expect(rule.message.th(findings[0].params)).toBe(
      'งบประมาณที่ใช้ไป 1,800,000 บาท รวมกับงบประมาณที่ส่งคืน 200,000 บาท เป็น 2,000,000 บาท เกินงบประมาณที่ได้รับ 1,918,000 บาท อยู่ 82,000 บาท',
    );
    expect(rule.message.en(findings[0].params)).toBe(
      'Budget spent (1,800,000 baht) plus budget returned (200,000 baht) is 2,000,000 baht, 82,000 baht more than the budget received (1,918,000 baht)',
    );
  });

  it('is a warning naming the amount unaccounted for when a project at 100% falls short of its budget', () => {
    const findings = rule.check(finished({ spent: 1_800_000, returned: 100_000 }));
    expect(flat(findings)).toEqual([['Projects', 'H2', undefined]]);
    expect(findings[0].severity).toBe('warning');
    expect(findings[0].params).toMatchObject({ kind: 'unaccounted', unaccounted: 18_000, progress: 100 });
    expect(rule.message.th(findings[0].params)).toBe(
      'โครงการดำเนินการแล้วเสร็จ (ความก้าวหน้าร้อยละ 100) แต่งบประมาณที่ใช้ไป 1,800,000 บาท รวมกับงบประมาณที่ส่งคืน 100,000 บาท เป็น 1,900,000 บาท '
      + 'ไม่ครบงบประมาณที่ได้รับ 1,918,000 บาท ยังมีงบประมาณ 18,000 บาท ที่ไม่ได้ระบุว่าใช้ไปหรือส่งคืน',
    );
    expect(rule.message.en(findings[0].params)).toBe(
      'The project is complete (progress 100%) but budget spent (1,800,000 baht) plus budget returned (100,000 baht) is 1,900,000 baht of a 1,918,000 baht budget: 18,000 baht unaccounted for',
    );
    expect(rule.fix!.th(findings[0].params)).toBe('บันทึกงบประมาณที่ส่งคืน (เงินเหลือจ่าย) หรือยอดเบิกจ่ายที่ยังไม่ได้บันทึก ให้รวมกันได้ 1,918,000 บาท');
  });

  it('takes the latest report\'s cumulative disbursement when the project has no spent figure', () => {
    const findings = rule.check(finished({ returned: 100_000 }));
    expect(flat(findings)).toEqual([['Projects', 'G2', 2]]);
    // The returned cell is marked; the disbursement it was added to is on the reports sheet.
    expect(findings[0].cells).toEqual(['G2', 'Reports!E3', 'F2']);
    expect(rule.message.en(findings[0].params)).toBe(
      'The project is complete (progress 100%) but cumulative disbursement (1,800,000 baht, report 2) plus budget returned (100,000 baht) is 1,900,000 baht of a 1,918,000 baht budget: 18,000 baht unaccounted for',
    );
  });

  it('lets the config\'s severity for the rule win over the finding\'s own', () => {
    const { tables } = finished({ spent: 1_800_000, returned: 100_000 });
    const severityOf = (config?: RuleConfig) => validateTables(tables, config).filter((i) => i.rule === 'budget-balance').map((i) => i.severity);
    expect(severityOf()).toEqual(['warning']);
    expect(severityOf(RuleConfig.parse({ severity: { 'budget-balance': 'info' } }))).toEqual(['info']);
  });

  it('stays silent when the figures balance to the satang, before 100%, or without a returned amount', () => {
    expect(rule.check(finished({ spent: 1_817_999.995, returned: 100_000.005 }))).toEqual([]);
    expect(rule.check(finished({ spent: 1_818_000, returned: 100_000 }))).toEqual([]);
    // Not finished: an unspent balance is not yet a gap.
    expect(rule.check(finished({ spent: 1_000_000, returned: 0 }, [aReport({ progress: 99 })]))).toEqual([]);
    // No returned figure: a blank is not read as 0.
    expect(rule.check(finished({ spent: 1_000_000 }))).toEqual([]);
  });

  it('leaves spent alone over the budget to spent-exceeds-budget', () => {
    expect(rule.check(finished({ spent: 2_000_000, returned: 100_000 }))).toEqual([]);
  });

  it('does not take a running sum that misses a blank amount for the spent figure', () => {
    const reports = makeTable('Reports', 'reports', ['code', 'reportNo', 'reportDate', 'progress', 'disbursedInPeriod'], [
      { code: '03000000-2457', reportNo: 1, reportDate: '2019-10-31', progress: 50 },
      { code: '03000000-2457', reportNo: 2, reportDate: '2019-11-30', progress: 100, disbursedInPeriod: 1_000_000 },
    ]);
    expect(rule.check(makeContext({ projects: [aProject({ returned: 0 })], tables: [reports] }))).toEqual([]);
  });
});
