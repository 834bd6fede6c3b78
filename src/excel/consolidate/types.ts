/**
 * What the task pane's Consolidate section asks of the workbook (DESIGN §9): the sheets it may
 * read as sources, their cells, the consolidation written there before, and writing a new one.
 * `src/excel/consolidate` implements it over Office.js; the pane receives it with the Checker.
 */
import type { RunRecord } from '../../core/consolidate/changes';
import type { Consolidation, ConsolidationStep } from '../../core/consolidate/consolidate';
import type { Grid } from '../../core/model';
import type { Language } from '../types';

/** The sheets a consolidation writes, by what they hold. */
export type OutputKind = 'projects' | 'reports' | 'conflicts' | 'summary' | 'changes';

/** A sheet of the open workbook the user may pick as a source. */
export interface WorkbookSheetChoice {
  name: string;
  /** Rows and columns of its used range (0 on a blank sheet). */
  rows: number;
  columns: number;
  hidden: boolean;
}

/** One sheet an earlier consolidation wrote and the workbook still holds, unchanged in kind. */
export interface OwnSheet {
  kind: OutputKind;
  name: string;
  /** The Excel table on it (the Projects and Reports sheets). */
  table?: string;
}

/** The consolidation written into this workbook before: its sheets still there, and its record of the sources. */
export interface EarlierConsolidation {
  sheets: OwnSheet[];
  /** When it ran and what it read: the next run says what changed since. */
  record?: RunRecord;
}

/** What a run wrote: each sheet's name (a unique variant where the usual name was a user's), the tables, the chart. */
export interface WrittenConsolidation {
  sheets: Partial<Record<OutputKind, string>>;
  tables: { projects: string; reports: string };
  /** The earlier consolidation's sheets this run deleted. */
  replaced: string[];
  /** The Summary's chart was drawn (there was at least one agency). */
  chart: boolean;
}

/**
 * Where the writing of a consolidation is: the sheet being written (1-based, of `sheets`, named as
 * written) and the rows of all sheets written so far; then done.
 */
export type WritingStep =
  | { stage: 'writing'; sheet: number; sheets: number; name: string; rows: number; totalRows: number }
  | { stage: 'done'; sheets: number; rows: number };

/** Where a consolidation run is, from the first file merged (the core's steps) to the last sheet written. */
export type ConsolidationRunStep = ConsolidationStep | WritingStep;

export interface WriteConsolidationOptions {
  language: Language;
  /** Delete the earlier consolidation's own sheets (never a user's sheet); else write beside them. */
  replace: boolean;
  /** Told at the start, after each sync and every slice of work (the page given a turn each time), and when done. */
  onProgress?: (step: WritingStep) => void;
}

export interface WorkbookConsolidator {
  /** The user's sheets (not very hidden, not an earlier consolidation's output), in tab order. */
  listSheets(): Promise<WorkbookSheetChoice[]>;
  /** The named sheets' cells, as validation reads them (chunked, few syncs). */
  readSheets(names: readonly string[]): Promise<Grid[]>;
  /** The consolidation this workbook holds from an earlier run, if any. */
  earlier(): Promise<EarlierConsolidation | undefined>;
  /**
   * Writes the consolidation into new sheets; `replace` deletes the earlier consolidation's own
   * sheets first (never a user's sheet), else the new sheets take unique names beside them.
   */
  write(result: Consolidation, options: WriteConsolidationOptions): Promise<WrittenConsolidation>;
}
