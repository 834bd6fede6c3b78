import './zod';
import { z } from 'zod';
import { codePatternProblem } from './code-pattern';
import { ALL_FIELDS, type Field } from './fields';
import { RuleId, Severity } from './issue';
import { ReadLimits } from './read-limits';

/** A canonical field name (DESIGN §3), as a config file names one. */
export const FieldName = z.enum(ALL_FIELDS as [Field, ...Field[]]);

/** Thresholds of DESIGN §5; every one configurable and stored with the workbook. */
export const Thresholds = z.object({
  /** progress-without-disbursement: minimum claimed progress (%). */
  progressWithoutDisbursementPercent: z.number().min(0).max(100).default(25),
  /** progress-disbursement-gap: maximum progress % minus disbursed % of budget (points). */
  progressDisbursementGapPoints: z.number().min(0).max(100).default(50),
  /** on-plan-but-behind: tolerance below the elapsed share of the period (points). */
  onPlanBehindPoints: z.number().min(0).max(100).default(30),
  /** report-outside-period: days after the end date a report may still be dated. */
  reportAfterEndDays: z.number().int().min(0).default(90),
  /** report-interval: maximum days between consecutive reports. */
  reportIntervalDays: z.number().int().min(1).default(45),
  /** spent-mismatch: tolerated difference in baht. */
  spentMismatchTolerance: z.number().min(0).default(0),
  /** out-of-range: plausible fiscal years (BE). */
  minFiscalYear: z.number().int().default(2400),
  maxFiscalYear: z.number().int().default(2700),
}).strict();
export type Thresholds = z.infer<typeof Thresholds>;

export const RuleConfig = z.object({
  /**
   * invalid-code: the project code pattern (a regular expression). One that could backtrack
   * catastrophically is refused, saying why (code-pattern.ts).
   */
  codePattern: z.string().default('^\\d{8}-\\d{4}$').superRefine((source, context) => {
    try {
      new RegExp(source, 'u');
    } catch {
      context.addIssue({ code: 'custom', message: 'codePattern is not a valid regular expression' });
      return;
    }
    const problem = codePatternProblem(source);
    if (problem) context.addIssue({ code: 'custom', message: `codePattern refused: ${problem}` });
  }),
  thresholds: Thresholds.default(() => Thresholds.parse({})),
  /** Rules switched off; their findings are not reported. */
  disabledRules: z.array(RuleId).default([]),
  /** Severity overrides per rule id. */
  severity: z.partialRecord(RuleId, Severity).default({}),
  /**
   * An agency's own vocabulary (DESIGN §6): header text → field, applied before recognition,
   * `{ "งบประมาณที่เบิกใช้สะสม (บาท)": "disbursedToDate" }`. Spacing and case do not matter.
   */
  headers: z.record(z.string(), FieldName).default({}),
  /** How large a file may be read (read-limits.ts): `{ "maxCells": 20000000 }` raises one bound. */
  limits: ReadLimits.default(() => ReadLimits.parse({})),
}).strict();
export type RuleConfig = z.infer<typeof RuleConfig>;
/** What a config file may hold: every key optional. */
export type RuleConfigInput = z.input<typeof RuleConfig>;

export const DEFAULT_CONFIG: RuleConfig = RuleConfig.parse({});
