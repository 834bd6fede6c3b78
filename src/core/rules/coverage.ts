import { PROJECT_FIELDS, REPORT_FIELDS, type Field, type RuleConfig, type RuleId } from '../model';
import type { SheetTable, TableRole } from '../table/types';
import type { AnyRule, FieldNeed } from './rule';

/**
 * Which rules could run on a workbook's tables and which could not for want of a column
 * (DESIGN §5 `rules-not-run`, §6 "per table the rules run and not run").
 */

const PROJECT_SIDE = new Set<Field>(PROJECT_FIELDS);
const REPORT_SIDE = new Set<Field>(REPORT_FIELDS);

/** The fields a table of this role may carry. */
export function fieldsOfRole(role: TableRole): ReadonlySet<Field> {
  if (role === 'projects') return PROJECT_SIDE;
  if (role === 'reports') return REPORT_SIDE;
  return new Set<Field>([...PROJECT_SIDE, ...REPORT_SIDE]);
}

/** A need as the list of fields any one of which meets it. */
export function needFields(need: FieldNeed): readonly Field[] {
  return typeof need === 'string' ? [need] : need;
}

/** Every field mapped by some table of the workbook, on the side its role carries. */
export function mappedFields(tables: readonly SheetTable[]): ReadonlySet<Field> {
  const mapped = new Set<Field>();
  for (const table of tables) {
    const side = fieldsOfRole(table.role);
    for (const field of Object.keys(table.columns) as Field[]) if (side.has(field)) mapped.add(field);
  }
  return mapped;
}

/** The needs of a rule no table meets. */
export function unmetNeeds(rule: AnyRule, mapped: ReadonlySet<Field>): FieldNeed[] {
  return (rule.needs ?? []).filter((need) => !needFields(need).some((field) => mapped.has(field)));
}

/** One rule not run, and why: disabled by the config, or the fields it found no column for. */
export interface RuleNotRun {
  rule: RuleId;
  reason: 'disabled' | 'missing-column';
  /** Each need not met, as the fields any one of which would have met it. */
  missing?: Field[][];
}

/** What ran on a table: the rules that concern it and ran, and those that did not. */
export interface TableCoverage {
  run: RuleId[];
  notRun: RuleNotRun[];
}

/**
 * The rules that concern a table — those needing nothing in particular, or a field of its role —
 * split into run and not run. `coverageOf(table, tables, RULES, config)`.
 */
export function coverageOf(table: SheetTable, tables: readonly SheetTable[], rules: readonly AnyRule[], config: RuleConfig): TableCoverage {
  const mapped = mappedFields(tables);
  const side = fieldsOfRole(table.role);
  const disabled = new Set(config.disabledRules);
  const coverage: TableCoverage = { run: [], notRun: [] };
  for (const rule of rules) {
    const needs = rule.needs ?? [];
    if (needs.length > 0 && !needs.some((need) => needFields(need).some((field) => side.has(field)))) continue;
    if (disabled.has(rule.id)) { coverage.notRun.push({ rule: rule.id, reason: 'disabled' }); continue; }
    const unmet = unmetNeeds(rule, mapped);
    if (unmet.length === 0) coverage.run.push(rule.id);
    else coverage.notRun.push({ rule: rule.id, reason: 'missing-column', missing: unmet.map((need) => [...needFields(need)]) });
  }
  return coverage;
}
