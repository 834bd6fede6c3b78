import './zod';
import { z } from 'zod';

export const Severity = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof Severity>;

/** The closed list of rule ids of DESIGN §5. Adding a rule starts here. */
export const RULE_IDS = [
  // structure and cells
  'missing-column', 'duplicate-header', 'blank-header', 'unknown-column', 'rules-not-run', 'blank-row', 'csv-broken-quote', 'duplicate-row',
  'formula-error', 'required-value', 'invalid-date', 'ambiguous-date', 'mixed-date-format',
  'invalid-number', 'number-as-text', 'thai-digits', 'stray-whitespace', 'invalid-code', 'out-of-range',
  // projects
  'duplicate-project', 'conflicting-project-fields', 'date-order', 'outside-fiscal-year',
  'spent-exceeds-budget', 'spent-mismatch', 'budget-balance',
  // reports
  'unknown-project', 'duplicate-report', 'report-number-gap', 'report-date-order', 'report-outside-period',
  'progress-decrease', 'disbursement-decrease', 'progress-without-disbursement',
  'completed-without-disbursement', 'progress-disbursement-gap', 'disbursement-exceeds-budget',
  'on-plan-but-behind', 'label-mismatch', 'conflicting-progress', 'report-interval',
  'missing-disbursement',
  // the engine's own
  'too-many-findings',
] as const;
export const RuleId = z.enum(RULE_IDS);
export type RuleId = z.infer<typeof RuleId>;

export const LocalizedText = z.object({ th: z.string(), en: z.string() });
export type LocalizedText = z.infer<typeof LocalizedText>;

/**
 * A suggested fix. With `replacement` it is a quick fix the user may apply
 * (the new cell value, with `numberFormat` when it needs one — a date serial);
 * without, it is advice only.
 */
export const Fix = LocalizedText.extend({
  replacement: z.union([z.string(), z.number()]).optional(),
  numberFormat: z.string().optional(),
});
export type Fix = z.infer<typeof Fix>;

/** One finding, the contract of DESIGN §6. */
export const Issue = z.object({
  rule: RuleId,
  severity: Severity,
  sheet: z.string(),
  /** A1 address (no sheet) of the marked cell. */
  cell: z.string(),
  /** Every cell involved, the primary first. */
  cells: z.array(z.string()).min(1),
  project: z.string().optional(),
  report: z.number().optional(),
  field: z.string().optional(),
  value: z.union([z.string(), z.number(), z.boolean(), z.null()]).optional(),
  message: LocalizedText,
  fix: Fix.optional(),
});
export type Issue = z.infer<typeof Issue>;
