import { formatAmount } from '../format';
import { addressOf, recordFinding } from './context';
import { defineRule } from './rule';

/**
 * A project reports more budget spent than it received (DESIGN §5
 * `spent-exceeds-budget`). Every project row is checked, flat rows included.
 */
export const spentExceedsBudget = defineRule<{ spent: number; budget: number }>({
  id: 'spent-exceeds-budget',
  severity: 'error',
  fields: ['spent', 'budget'],
  needs: ['budget'],
  check({ projects }) {
    return projects.flatMap((project) => {
      const { spent, budget } = project.value;
      if (spent === undefined || budget === undefined || spent <= budget) return [];
      return [recordFinding(project, 'spent', { spent, budget }, [addressOf(project, 'budget')])];
    });
  },
  message: {
    th: (p) => `งบประมาณที่ใช้ไป ${formatAmount(p.spent)} บาท มากกว่างบประมาณที่ได้รับ ${formatAmount(p.budget)} บาท `
      + `(เกิน ${formatAmount(p.spent - p.budget)} บาท)`,
    en: (p) => `Budget spent (${formatAmount(p.spent)} baht) exceeds the budget received (${formatAmount(p.budget)} baht) `
      + `by ${formatAmount(p.spent - p.budget)} baht`,
  },
  fix: {
    th: () => 'ตรวจสอบงบประมาณที่ใช้ไปและงบประมาณที่ได้รับ (รวมงบประมาณที่ได้รับเพิ่มเติมหรือโอนเปลี่ยนแปลง)',
    en: () => 'Check the budget spent and the budget received (including any additional or transferred budget)',
  },
});
