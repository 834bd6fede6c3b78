/**
 * src/excel: the only code that touches Office.js (DESIGN §7). The task pane
 * and the ribbon command take a Checker from `createExcelChecker({ Excel, Office })`.
 */
export { createExcelChecker, tableInfo } from './checker';
export type { ExcelHost } from './host';
export { languageOf } from './host';
export { CheckerError } from './types';
export type {
  AppliedFix,
  CellContent,
  Checker,
  CheckerSettings,
  ClearResult,
  HeaderInfo,
  Language,
  ProgressStep,
  TableInfo,
  ValidationSummary,
  Waiver,
} from './types';
export { waiverMatches, waiverValue, splitWaived } from './waivers';
export { STATE_SHEET } from './state-layout';
export { ISSUES_SHEET_NAME } from './issues-sheet';
export { MARK_FILL } from './desired-marks';
