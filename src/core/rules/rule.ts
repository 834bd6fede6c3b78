import type { CellValue, Field, RuleConfig, RuleId, Severity } from '../model';
import type { ProjectRecord, ReportRecord, SheetTable } from '../table/types';

/** What a rule found, before it is worded: detection apart from wording (STYLE: zod's locales). */
export interface Finding<P = Record<string, unknown>> {
  sheet: string;
  /** A1 addresses without the sheet, the marked cell first. */
  cells: string[];
  project?: string;
  report?: number;
  field?: Field;
  /** The raw value of the marked cell, when one cell is at fault. */
  value?: CellValue;
  /** The values the message names. */
  params: P;
  /** A quick fix's new value for the marked cell (DESIGN §8: applied only by the user). */
  replacement?: string | number;
  /** The number format the replacement is to be shown in (a date serial needs a date format). */
  replacementFormat?: string;
  /**
   * For a rule whose findings differ in weight (budget-balance): this finding's severity in
   * place of the rule's default. A severity the config sets for the rule still wins.
   */
  severity?: Severity;
}

/** Everything a rule may read: parsed tables and records, never raw re-parsing. */
export interface RuleContext {
  config: RuleConfig;
  tables: SheetTable[];
  /** The rules run over these tables (the registry, in catalogue order): what `rules-not-run` weighs. */
  rules: readonly AnyRule[];
  /** Every project row: rows of projects tables and of flat tables, in sheet order. */
  projects: ProjectRecord[];
  /** Every report row: rows of reports tables and of flat tables, in sheet order. */
  reports: ReportRecord[];
  /** The first project record of each code. */
  projectByCode: Map<string, ProjectRecord>;
  /**
   * Report records per project code, ordered by report number (then sheet row),
   * not by row order — cross-row rules walk these. Records without a readable
   * report number come last in row order.
   */
  reportsByCode: Map<string, ReportRecord[]>;
  /** True when some table holds projects (projects or flat role). */
  hasProjectTable: boolean;
  /**
   * The rules whose findings on a sheet passed limits.maxFindingsPerRule, filled in by the
   * engine as it runs the rules: `cell` is the first finding not listed. What `too-many-findings` reports.
   */
  omitted: OmittedFindings[];
}

/** A rule's findings on one sheet beyond the number listed. */
export interface OmittedFindings {
  sheet: string;
  rule: RuleId;
  cell: string;
  /** How many the rule found on the sheet, and how many of them were listed. */
  found: number;
  listed: number;
}

/**
 * A field a rule cannot run without, or several of which any one will do
 * (`['disbursedToDate', 'disbursedInPeriod']`: the cumulative figure comes from either).
 */
export type FieldNeed = Field | readonly Field[];

/** Either disbursement figure: the cumulative one is read, or summed from the in-period one (DESIGN §3). */
export const DISBURSEMENT: readonly Field[] = ['disbursedToDate', 'disbursedInPeriod'];

export interface Rule<P = Record<string, unknown>> {
  id: RuleId;
  /** Default severity (DESIGN §5); the config may override it. */
  severity: Severity;
  /** The fields the rule reads (documentation and the column-mapping UI). */
  fields: readonly Field[];
  /**
   * The columns the rule checks its fields' values against and cannot run without — not the
   * field it checks (no `stage` column: no text to check, nothing missed), but the evidence (no
   * disbursement column: progress goes unchecked). When one is missing from the whole workbook,
   * `rules-not-run` says so rather than leave a quiet "no findings".
   */
  needs?: readonly FieldNeed[];
  check(context: RuleContext): Finding<P>[];
  message: { th(params: P): string; en(params: P): string };
  /** Advice or a quick fix, worded per language. */
  fix?: { th(params: P): string; en(params: P): string };
}

/**
 * A rule of any params type, for lists of rules (the registry, the context, coverage): each rule
 * has its own params type, and a list only uses what every rule shares.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a params type is checked within each rule (defineRule); Rule<unknown> would refuse every rule, its message functions being contravariant
export type AnyRule = Rule<any>;

/** Declares a rule with its params type checked across check/message/fix. */
export function defineRule<P>(rule: Rule<P>): Rule<P> {
  return rule;
}
