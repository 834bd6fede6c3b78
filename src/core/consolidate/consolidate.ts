import type { Issue, RuleConfig } from '../model';
import { buildRuleContext } from '../rules/context';
import type { SheetTable } from '../table/types';
import { validateWorkbook } from '../validate';
import { runChanges, runRecord, type RunChanges, type RunRecord } from './changes';
import { mergeSources, type Conflict } from './merge';
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

export function consolidate(files: readonly SourceFile[], options: ConsolidateOptions): Consolidation {
  const names = OUTPUT_SHEETS[options.language];
  const merged = mergeSources(files.flatMap((file) => file.records));
  const facts = new Map(files.map((file) => [file.file, { sha256: file.sha256, readAt: file.readAt }]));
  const projects = projectsSheet(names.projects, merged.projects, facts, options.language);
  const reports = reportsSheet(names.reports, merged.reports, facts, options.language);

  const { tables, issues } = validateWorkbook([projects.grid, reports.grid], options.config, {
    [names.projects]: projects.override,
    [names.reports]: reports.override,
  });
  const outputOf = (sheet: string) => (sheet === names.projects ? projects : sheet === names.reports ? reports : undefined);
  const traced: TracedIssue[] = issues.map((issue) => {
    const output = outputOf(issue.sheet);
    const source = output ? traceCell(output, issue.cell) : undefined;
    return source ? { ...issue, source } : issue;
  });

  const context = buildRuleContext(tables, options.config);
  const summary = summarize(context, issues, (record) => projects.sources[record.row.row - 2]?.source.file ?? '');
  const record = runRecord(options.ranAt, files, merged.projects, merged.reports);
  return {
    projects, reports, conflicts: merged.conflicts, tables, issues: traced, summary, record,
    ...(options.previous ? { changes: runChanges(options.previous, record) } : {}),
  };
}
