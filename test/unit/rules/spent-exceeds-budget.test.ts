import { spentExceedsBudget as rule } from '../../../src/core/rules/spent-exceeds-budget';
import { aProject, flat, makeContext } from '../../helpers/context';

describe('spent-exceeds-budget', () => {
  it('marks the spent cell when more was spent than received', () => {
    const ctx = makeContext({ projects: [aProject({ spent: 2_000_000 })] });
    const findings = rule.check(ctx);
    expect(flat(findings)).toEqual([['Projects', 'G2', undefined]]);
    expect(findings[0].cells).toEqual(['G2', 'F2']);
    expect(rule.message.th(findings[0].params)).toBe(
      'งบประมาณที่ใช้ไป 2,000,000 บาท มากกว่างบประมาณที่ได้รับ 1,918,000 บาท (เกิน 82,000 บาท)',
    );
    expect(rule.message.en(findings[0].params)).toBe(
      'Budget spent (2,000,000 baht) exceeds the budget received (1,918,000 baht) by 82,000 baht',
    );
  });

  it('stays silent when the whole budget, or less, was spent, or spent is blank', () => {
    const ctx = makeContext({
      projects: [
        aProject({ spent: 1_918_000 }),
        aProject({ code: '03000000-0001', spent: 0 }),
        aProject({ code: '03000000-0002' }),
      ],
    });
    expect(rule.check(ctx)).toEqual([]);
  });
});
