import { DEFAULT_CONFIG, type Grid, type Issue, type RuleConfig } from './model';
import { buildRuleContext } from './rules/context';
import { RULES } from './rules/registry';
import type { Finding, OmittedFindings, Rule } from './rules/rule';
import { parseAddress } from './table/address';
import { headerVocabulary, readTables, type SheetOverride } from './table/read-tables';
import type { SheetTable } from './table/types';
import { mapSteps, runWhole, type Stepwise } from './stepwise';

export interface ValidationResult {
  /** Every table found, in workbook order. */
  tables: SheetTable[];
  /** Findings sorted by sheet (workbook order), row, column, then catalogue order. */
  issues: Issue[];
}

/** Per-sheet choices that override detection (role, header row, column mapping). */
export type WorkbookOverrides = Record<string, SheetOverride>;

/**
 * Validates a workbook's sheets: host → Grid → tables → rows → rules → Issue[]
 * (DESIGN §7). Never changes a value; an unrecognisable sheet yields no table.
 */
export function validateWorkbook(grids: Grid[], config: RuleConfig = DEFAULT_CONFIG, overrides: WorkbookOverrides = {}): ValidationResult {
  return runWhole(validateWorkbookInSteps(grids, config, overrides));
}

/** Runs every enabled rule over already-mapped tables. */
export function validateTables(tables: SheetTable[], config: RuleConfig = DEFAULT_CONFIG): Issue[] {
  return runWhole(validateTablesInSteps(tables, config));
}

/** How far a validation is: its steps are the sheets read, then the rules run. */
export interface ValidationStep {
  done: number;
  total: number;
}

const enabledRules = (config: RuleConfig) => {
  const disabled = new Set(config.disabledRules);
  return RULES.filter((rule) => !disabled.has(rule.id));
};

/** The steps validateWorkbookInSteps takes over `sheets` sheets: one per sheet, one per enabled rule. */
export const validationStepCount = (sheets: number, config: RuleConfig = DEFAULT_CONFIG): number => sheets + enabledRules(config).length;

/** validateWorkbook a piece at a time (src/core/stepwise.ts): yields after each sheet's tables are read and after each rule. */
export function* validateWorkbookInSteps(grids: Grid[], config: RuleConfig = DEFAULT_CONFIG, overrides: WorkbookOverrides = {}): Stepwise<ValidationStep, ValidationResult> {
  const total = validationStepCount(grids.length, config);
  const vocabulary = headerVocabulary(config.headers);
  const tables: SheetTable[] = [];
  for (const [index, grid] of grids.entries()) {
    tables.push(...readTables(grid, overrides[grid.sheet], vocabulary));
    yield { done: index + 1, total };
  }
  const issues = yield* mapSteps(validateTablesInSteps(tables, config), (rules) => ({ done: grids.length + rules, total }));
  return { tables, issues };
}

/** validateTables a piece at a time: yields the number of rules run after each. */
export function* validateTablesInSteps(tables: SheetTable[], config: RuleConfig = DEFAULT_CONFIG): Stepwise<number, Issue[]> {
  const context = buildRuleContext(tables, config, RULES);
  const issues: Issue[] = [];
  const cap = config.limits.maxFindingsPerRule;
  for (const [index, rule] of enabledRules(config).entries()) {
    // Worded (the costly part) only while the sheet's count is under the cap; past it, counted.
    const perSheet = new Map<string, OmittedFindings>();
    for (const finding of rule.check(context)) {
      let count = perSheet.get(finding.sheet);
      if (!count) perSheet.set(finding.sheet, (count = { sheet: finding.sheet, rule: rule.id, cell: '', found: 0, listed: 0 }));
      count.found++;
      if (count.found <= cap) {
        count.listed++;
        issues.push(toIssue(rule, finding, config));
      } else if (count.cell === '') {
        count.cell = finding.cells[0];
      }
    }
    for (const count of perSheet.values()) if (count.found > count.listed) context.omitted.push(count);
    yield index + 1;
  }
  return sortIssues(issues, tables.map((t) => t.sheet));
}

function toIssue<P>(rule: Rule<P>, finding: Finding<P>, config: RuleConfig): Issue {
  const issue: Issue = {
    rule: rule.id,
    severity: config.severity[rule.id] ?? finding.severity ?? rule.severity,
    sheet: finding.sheet,
    cell: finding.cells[0],
    cells: finding.cells,
    message: { th: rule.message.th(finding.params), en: rule.message.en(finding.params) },
  };
  if (finding.project !== undefined) issue.project = finding.project;
  if (finding.report !== undefined) issue.report = finding.report;
  if (finding.field !== undefined) issue.field = finding.field;
  if (finding.value !== undefined) issue.value = finding.value;
  if (rule.fix) {
    issue.fix = { th: rule.fix.th(finding.params), en: rule.fix.en(finding.params) };
    if (finding.replacement !== undefined) issue.fix.replacement = finding.replacement;
    if (finding.replacement !== undefined && finding.replacementFormat !== undefined) issue.fix.numberFormat = finding.replacementFormat;
  }
  return issue;
}

const RULE_ORDER = new Map(RULES.map((rule, index) => [rule.id, index]));

/** Sheet in workbook order, then row, column, and the catalogue's rule order. */
export function sortIssues(issues: Issue[], sheetOrder: string[]): Issue[] {
  const sheetIndex = new Map<string, number>();
  sheetOrder.forEach((sheet) => { if (!sheetIndex.has(sheet)) sheetIndex.set(sheet, sheetIndex.size); });
  const keyed = issues.map((issue) => {
    const at = parseAddress(issue.cell) ?? { row: 0, col: 0 };
    return { issue, sheet: sheetIndex.get(issue.sheet) ?? sheetIndex.size, row: at.row, col: at.col, rule: RULE_ORDER.get(issue.rule) ?? 0 };
  });
  keyed.sort((a, b) => a.sheet - b.sheet || a.row - b.row || a.col - b.col || a.rule - b.rule);
  return keyed.map((k) => k.issue);
}

/** Counts per severity, as the CLI summary and the task pane show them. */
export function summarize(issues: readonly Issue[]): Record<'error' | 'warning' | 'info', number> {
  const summary = { error: 0, warning: 0, info: 0 };
  for (const issue of issues) summary[issue.severity]++;
  return summary;
}
