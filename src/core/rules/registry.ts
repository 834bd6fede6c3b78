import type { AnyRule } from './rule';
import { missingColumn } from './missing-column';
import { duplicateHeader } from './duplicate-header';
import { blankHeader } from './blank-header';
import { unknownColumn } from './unknown-column';
import { rulesNotRun } from './rules-not-run';
import { blankRow } from './blank-row';
import { duplicateRow } from './duplicate-row';
import { formulaError } from './formula-error';
import { requiredValue } from './required-value';
import { invalidDate } from './invalid-date';
import { ambiguousDate } from './ambiguous-date';
import { mixedDateFormat } from './mixed-date-format';
import { invalidNumber } from './invalid-number';
import { numberAsText } from './number-as-text';
import { thaiDigits } from './thai-digits';
import { strayWhitespace } from './stray-whitespace';
import { invalidCode } from './invalid-code';
import { outOfRange } from './out-of-range';
import { duplicateProject } from './duplicate-project';
import { conflictingProjectFields } from './conflicting-project-fields';
import { dateOrder } from './date-order';
import { outsideFiscalYear } from './outside-fiscal-year';
import { spentExceedsBudget } from './spent-exceeds-budget';
import { spentMismatch } from './spent-mismatch';
import { budgetBalance } from './budget-balance';
import { unknownProject } from './unknown-project';
import { duplicateReport } from './duplicate-report';
import { reportNumberGap } from './report-number-gap';
import { reportDateOrder } from './report-date-order';
import { reportOutsidePeriod } from './report-outside-period';
import { progressDecrease } from './progress-decrease';
import { disbursementDecrease } from './disbursement-decrease';
import { progressWithoutDisbursement } from './progress-without-disbursement';
import { completedWithoutDisbursement } from './completed-without-disbursement';
import { progressDisbursementGap } from './progress-disbursement-gap';
import { disbursementExceedsBudget } from './disbursement-exceeds-budget';
import { onPlanButBehind } from './on-plan-but-behind';
import { labelMismatch } from './label-mismatch';
import { conflictingProgress } from './conflicting-progress';
import { reportInterval } from './report-interval';
import { missingDisbursement } from './missing-disbursement';
import { csvBrokenQuote } from './csv-broken-quote';
import { tooManyFindings } from './too-many-findings';

/**
 * Every rule, in the order of the catalogue (DESIGN §5). This is the one list:
 * a rule not here never runs; the registry test checks it matches RULE_IDS.
 */
export const RULES: readonly AnyRule[] = [
  missingColumn,
  duplicateHeader,
  blankHeader,
  unknownColumn,
  rulesNotRun,
  blankRow,
  csvBrokenQuote,
  duplicateRow,
  formulaError,
  requiredValue,
  invalidDate,
  ambiguousDate,
  mixedDateFormat,
  invalidNumber,
  numberAsText,
  thaiDigits,
  strayWhitespace,
  invalidCode,
  outOfRange,
  duplicateProject,
  conflictingProjectFields,
  dateOrder,
  outsideFiscalYear,
  spentExceedsBudget,
  spentMismatch,
  budgetBalance,
  unknownProject,
  duplicateReport,
  reportNumberGap,
  reportDateOrder,
  reportOutsidePeriod,
  progressDecrease,
  disbursementDecrease,
  progressWithoutDisbursement,
  completedWithoutDisbursement,
  progressDisbursementGap,
  disbursementExceedsBudget,
  onPlanButBehind,
  labelMismatch,
  conflictingProgress,
  reportInterval,
  missingDisbursement,
  tooManyFindings,
];
