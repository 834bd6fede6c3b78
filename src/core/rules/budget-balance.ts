import { addressOnSheet, formatAmount, formatPercent } from '../format';
import type { ReportRecord } from '../table/types';
import { addressOf, recordFinding } from './context';
import { numberedReports } from './duplicate-report';
import { latestCumulative } from './report-relations';
import { defineRule, type Finding } from './rule';

interface Balance {
  budget: number;
  spent: number;
  returned: number;
  /** The report whose cumulative disbursement stands for the spent figure, when the project has none. */
  spentReportNo?: number;
}

type BudgetBalanceParams =
  | Balance & { kind: 'over'; excess: number }
  | Balance & { kind: 'unaccounted'; unaccounted: number; progress: number };

/** The progress of a project's latest report that states one (`reports` in report-number order). */
function latestProgress(reports: readonly ReportRecord[]): number | undefined {
  for (let i = reports.length - 1; i >= 0; i--) {
    const { progress } = reports[i].value;
    if (progress !== undefined) return progress;
  }
  return undefined;
}

const satang = (baht: number) => Math.round(baht * 100);

/**
 * Budget spent and budget returned do not balance the budget received (DESIGN §5
 * `budget-balance`): together more than the budget is an error; a project at 100 %
 * whose spent and returned fall short of it leaves an amount unaccounted for (a warning).
 * Spent is the project's spent cell, else its latest report's cumulative disbursement;
 * without a readable returned amount nothing is said (a blank is not taken for 0). Spent
 * alone over the budget is left to spent-exceeds-budget and disbursement-exceeds-budget.
 * Compared in satang; every project row is checked, flat rows included.
 */
export const budgetBalance = defineRule<BudgetBalanceParams>({
  id: 'budget-balance',
  severity: 'error',
  fields: ['budget', 'spent', 'returned', 'disbursedToDate', 'disbursedInPeriod', 'progress'],
  needs: ['budget'],
  check(context) {
    const reportsByNumber = numberedReports(context);
    const findings: Finding<BudgetBalanceParams>[] = [];
    for (const project of context.projects) {
      const { code, budget, returned } = project.value;
      if (budget === undefined || returned === undefined) continue;
      const reports = code === undefined ? [] : reportsByNumber.get(code) ?? [];
      const latest = project.value.spent === undefined ? latestCumulative(reports) : undefined;
      const spent = project.value.spent ?? latest?.value;
      if (spent === undefined || satang(spent) > satang(budget)) continue;
      const balance: Balance = latest
        ? { budget, spent, returned, spentReportNo: latest.report.value.reportNo as number }
        : { budget, spent, returned };
      const accounted = satang(spent + returned);
      let params: BudgetBalanceParams;
      if (accounted > satang(budget)) {
        params = { kind: 'over', ...balance, excess: (accounted - satang(budget)) / 100 };
      } else {
        const progress = latestProgress(reports);
        if (accounted === satang(budget) || progress === undefined || progress < 100) continue;
        params = { kind: 'unaccounted', ...balance, unaccounted: (satang(budget) - accounted) / 100, progress };
      }
      const sheet = project.table.sheet;
      const spentCells = latest
        ? latest.cells.map((cell) => addressOnSheet(sheet, latest.report.table.sheet, cell))
        : [addressOf(project, 'spent')];
      const finding = recordFinding(project, 'returned', params, [...spentCells, addressOf(project, 'budget')]);
      if (latest) finding.report = balance.spentReportNo;
      if (params.kind === 'unaccounted') finding.severity = 'warning';
      findings.push(finding);
    }
    return findings;
  },
  message: {
    th: (p) => {
      const spent = p.spentReportNo === undefined
        ? `งบประมาณที่ใช้ไป ${formatAmount(p.spent)} บาท`
        : `เบิกจ่ายสะสม ${formatAmount(p.spent)} บาท (รายงานครั้งที่ ${p.spentReportNo})`;
      const sum = `${spent} รวมกับงบประมาณที่ส่งคืน ${formatAmount(p.returned)} บาท เป็น ${formatAmount(p.spent + p.returned)} บาท`;
      return p.kind === 'over'
        ? `${sum} เกินงบประมาณที่ได้รับ ${formatAmount(p.budget)} บาท อยู่ ${formatAmount(p.excess)} บาท`
        : `โครงการดำเนินการแล้วเสร็จ (ความก้าวหน้า${formatPercent(p.progress, 'th')}) แต่${sum} ไม่ครบงบประมาณที่ได้รับ ${formatAmount(p.budget)} บาท `
          + `ยังมีงบประมาณ ${formatAmount(p.unaccounted)} บาท ที่ไม่ได้ระบุว่าใช้ไปหรือส่งคืน`;
    },
    en: (p) => {
      const spent = p.spentReportNo === undefined
        ? `budget spent (${formatAmount(p.spent)} baht)`
        : `cumulative disbursement (${formatAmount(p.spent)} baht, report ${p.spentReportNo})`;
      const sum = `${spent} plus budget returned (${formatAmount(p.returned)} baht) is ${formatAmount(p.spent + p.returned)} baht`;
      return p.kind === 'over'
        ? `${sum[0].toUpperCase()}${sum.slice(1)}, ${formatAmount(p.excess)} baht more than the budget received (${formatAmount(p.budget)} baht)`
        : `The project is complete (progress ${formatPercent(p.progress)}) but ${sum} of a ${formatAmount(p.budget)} baht budget: `
          + `${formatAmount(p.unaccounted)} baht unaccounted for`;
    },
  },
  fix: {
    th: (p) => (p.kind === 'over'
      ? 'ตรวจสอบงบประมาณที่ใช้ไปและงบประมาณที่ส่งคืน ผลรวมต้องไม่เกินงบประมาณที่ได้รับ'
      : `บันทึกงบประมาณที่ส่งคืน (เงินเหลือจ่าย) หรือยอดเบิกจ่ายที่ยังไม่ได้บันทึก ให้รวมกันได้ ${formatAmount(p.budget)} บาท`),
    en: (p) => (p.kind === 'over'
      ? 'Check the budget spent and the budget returned: together they cannot exceed the budget received'
      : `Record the budget returned (the unspent balance) or the spending not yet recorded, so that together they make ${formatAmount(p.budget)} baht`),
  },
});
