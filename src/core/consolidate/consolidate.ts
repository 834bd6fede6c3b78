import type { Issue, RuleConfig } from '../model';
import { buildRuleContext } from '../rules/context';
import type { SheetTable } from '../table/types';
import { mapSteps, runWhole, type Stepwise } from '../stepwise';
import { validateWorkbookInSteps, validationStepCount } from '../validate';
import { runChanges, runRecord, type RunChanges, type RunRecord } from './changes';
import { mergeInSteps, type Conflict } from './merge';
import { projectsSheet, reportsSheet, traceCell, type FileFacts, type Language, type OutputSheet } from './output-grids';
import type { RowSource, SourceRecords } from './source-rows';
import { summarize, type ConsolidationSummary } from './summary';

/**
 * Consolidation (DESIGN §9) as one pure step: the rows read from every source → one Projects and
 * one Reports sheet with the source of every row → the same validation as any workbook → the
 * conflicts, the summary by agency and, given the last run's record, what changed since. Reading
 * the files and writing the workbook are the adapters' (src/xlsx, src/excel).
 */

export interface SourceFile extends FileFacts {
  file: string;
  /** Every sheet's rows (or the text's), in the file's order. */
  records: SourceRecords[];
}

/** A finding with the source file, sheet, row and cell of the value it is about. */
export type TracedIssue = Issue & { source?: RowSource & { cell?: string } };

export const OUTPUT_SHEETS: Record<Language, { projects: string; reports: string; conflicts: string; summary: string; changes: string }> = {
  th: { projects: 'โครงการ', reports: 'รายงาน', conflicts: 'ข้อมูลขัดแย้ง', summary: 'สรุปตามหน่วยงาน', changes: 'การเปลี่ยนแปลง' },
  en: { projects: 'Projects', reports: 'Reports', conflicts: 'Conflicts', summary: 'Summary', changes: 'Changes' },
};

export interface Consolidation {
  projects: OutputSheet;
  reports: OutputSheet;
  conflicts: Conflict[];
  tables: SheetTable[];
  issues: TracedIssue[];
  summary: ConsolidationSummary;
  record: RunRecord;
  /** What changed since the run `previous` records; absent without one. */
  changes?: RunChanges;
}

export interface ConsolidateOptions {
  config: RuleConfig;
  language: Language;
  /** When this run read its files (ISO date-time). */
  ranAt: string;
  previous?: RunRecord;
}

/**
 * Where a consolidation is (DESIGN §9): merging the files' rows (files done of all), then checking
 * the merged tables (steps done of all: laying out the two sheets, reading each, each rule, tracing
 * the findings to their sources, the summary, the run's record).
 */
export type ConsolidationStep =
  | { stage: 'merging'; done: number; total: number }
  | { stage: 'checking'; done: number; total: number };

export function consolidate(files: readonly SourceFile[], options: ConsolidateOptions): Consolidation {
  return runWhole(consolidateInSteps(files, options));
}

/**
 * consolidate a piece at a time (src/core/stepwise.ts), stopping where the work divides cheaply:
 * after each file's rows are merged, each output sheet laid out and read, each rule run, and the
 * findings traced, summed up and recorded. The first step is `merging` 0 of the files, the last
 * `checking` with `done === total`.
 */
export function* consolidateInSteps(files: readonly SourceFile[], options: ConsolidateOptions): Stepwise<ConsolidationStep, Consolidation> {
  const names = OUTPUT_SHEETS[options.language];
  const merging = (done: number): ConsolidationStep => ({ stage: 'merging', done, total: files.length });
  yield merging(0);
  const merged = yield* mapSteps(mergeInSteps(files.map((file) => file.records)), merging);
  const facts = new Map(files.map((file) => [file.file, { sha256: file.sha256, readAt: file.readAt }]));
  // Checking's steps: each sheet laid out, the validation's, then the findings traced, the summary, the record.
  const checks = 2 + validationStepCount(2, options.config) + 3;
  const checked = (done: number): ConsolidationStep => ({ stage: 'checking', done, total: checks });
  const projects = projectsSheet(names.projects, merged.projects, facts, options.language);
  yield checked(1);
  const reports = reportsSheet(names.reports, merged.reports, facts, options.language);
  yield checked(2);
  const validation = validateWorkbookInSteps([projects.grid, reports.grid], options.config, {
    [names.projects]: projects.override,
    [names.reports]: reports.override,
  });
  const { tables, issues } = yield* mapSteps(validation, (step) => checked(2 + step.done));
  const outputOf = (sheet: string) => (sheet === names.projects ? projects : sheet === names.reports ? reports : undefined);
  const traced: TracedIssue[] = issues.map((issue) => {
    const output = outputOf(issue.sheet);
    const source = output ? traceCell(output, issue.cell) : undefined;
    return source ? { ...issue, source } : issue;
  });
  yield checked(checks - 2);

  const context = buildRuleContext(tables, options.config);
  const summary = summarize(context, issues, (record) => projects.sources[record.row.row - 2]?.source.file ?? '');
  yield checked(checks - 1);
  const record = runRecord(options.ranAt, files, merged.projects, merged.reports);
  const changes = options.previous ? runChanges(options.previous, record) : undefined;
  yield checked(checks);
  return { projects, reports, conflicts: merged.conflicts, tables, issues: traced, summary, record, ...(changes ? { changes } : {}) };
}
