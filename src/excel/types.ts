/**
 * What the task pane and the ribbon command ask of the workbook (DESIGN §7–§8).
 * `src/excel` implements it over Office.js; the task pane receives a Checker
 * from outside (Excel's, or one over the simulated host in the demo and tests).
 */
import type { Field, Issue, RuleConfigInput, RuleId, Severity } from '../core/model';
import type { OverviewPoint } from '../core/output/overview-points';
import type { Recognition, TableRole } from '../core/table/types';
import type { SheetDescription } from '../core/template/sheet-description';
import type { WorkbookOverrides } from '../core/validate';
import type { WorkbookConsolidator } from './consolidate/types';

export type Language = 'th' | 'en';

/** One header cell of a table, as the mapping panel shows it (the core's HeaderCell, less its address). */
export interface HeaderInfo {
  column: string;
  text: string;
  field?: Field;
  /** How the field was chosen: by the user, the agency's vocabulary, a header name, its words, its data, or not at all. */
  recognition?: Recognition;
  /** Fields the column may hold, likeliest first: offered first in its dropdown. */
  candidates?: Field[];
  /** Why the column was read so, in both languages (e.g. the data's verdict). */
  reason?: { th: string; en: string };
}

/** A table found on a sheet, as the mapping panel shows it. */
export interface TableInfo {
  sheet: string;
  role: TableRole;
  /** 1-based sheet row of the header. */
  headerRow: number;
  /** Data rows (blank rows inside included). */
  rows: number;
  tableName?: string;
  headers: HeaderInfo[];
}

/**
 * A reviewer's decision that a finding is acceptable. It matches a finding by
 * rule, sheet, cell and the cell's value, so editing the cell revives the finding.
 */
export interface Waiver {
  rule: RuleId;
  sheet: string;
  cell: string;
  /** JSON of the finding's `value` when it was waived (absent when the finding had none). */
  value?: string;
  reason: string;
  /** ISO timestamp. */
  waivedAt: string;
  /** Office's user name when known. */
  by?: string;
}

/** Everything the add-in keeps in the workbook (a very hidden sheet), so it travels with the file. */
export interface CheckerSettings {
  config: RuleConfigInput;
  overrides: WorkbookOverrides;
  waivers: Waiver[];
  /** The user's language choice; absent means "follow Office's display language". */
  language?: Language;
}

/** A cell's value and number format, as the add-in read or wrote them. */
export interface CellContent {
  value: string | number | boolean | null;
  numberFormat: string;
}

/**
 * A quick fix the user applied (DESIGN §8: values change only when the user
 * applies a fix, and it can be undone). Logged in the workbook, so Undo works
 * after saving and reopening too.
 */
export interface AppliedFix {
  /** Unique within the workbook's log. */
  id: string;
  rule: RuleId;
  sheet: string;
  /** Bare A1 address. */
  cell: string;
  /** The cell before the fix: what Undo puts back. */
  before: CellContent;
  /** What the fix wrote: Undo only proceeds while the cell still holds it. */
  after: CellContent;
  /** ISO timestamp. */
  appliedAt: string;
}

export interface ValidationSummary {
  tables: TableInfo[];
  /** Findings not waived, sorted as the core sorts them. */
  issues: Issue[];
  /** Findings matched by a waiver (not marked). */
  waived: { issue: Issue; waiver: Waiver }[];
  counts: Record<Severity, number>;
  /** Cells whose fill was set. */
  markedCells: number;
  /** Whether notes were written (ExcelApi 1.18) or only fills and the Issues sheet. */
  notes: 'written' | 'unsupported';
  /** Name of the Issues sheet written (unique; never a user's sheet). */
  issuesSheet: string;
  /** The workbook's log of applied quick fixes, newest first. */
  fixes: AppliedFix[];
  /** Each project's name by its code, as the projects table (or the flat table) reads it: groups are headed `code · name`. */
  projectNames: Record<string, string>;
  /**
   * Every project's latest progress against the share of its budget disbursed, with its worst
   * finding — the reviewer's overview, computed from what validation read (no further reads).
   * Absent from a checker that does not compute it: the pane then offers no overview.
   */
  overview?: OverviewPoint[];
}

/** What Clear marks did: cells restored, and — when asked to undo the applied fixes too — fixes undone and kept. */
export interface ClearResult {
  restoredCells: number;
  /** Applied fixes put back (0 unless `undoFixes` was asked). */
  undoneFixes: number;
  /** Applied fixes left in place although asked to undo them: their cell was edited since, or its sheet is gone. */
  keptFixes: number;
}

export interface ProgressStep {
  stage: 'read' | 'validate' | 'mark';
  done: number;
  total: number;
}

export interface Checker {
  /**
   * Reads every sheet, validates, replaces old marks with new ones (never stacks), writes the Issues sheet.
   * Aborting `signal` while reading or checking stops the run at its next turn with nothing written: it
   * rejects with the signal's reason. Once marking has begun (its first `mark` step) it runs to its end.
   */
  validate(options: { lang: Language; onProgress?: (step: ProgressStep) => void; signal?: AbortSignal }): Promise<ValidationSummary>;
  /**
   * Restores every marked cell's original format and note exactly and removes the Issues sheet.
   * Applied fixes stay — they are the user's changes — unless `undoFixes` is asked: then each fix
   * whose cell still holds what it wrote is put back too, newest first, and leaves the log.
   */
  clearMarks(options?: { undoFixes?: boolean }): Promise<ClearResult>;
  /** Activates the sheet and selects the cell (`cell` is bare `B7` or sheet-qualified `'แผน 2563'!B7`). */
  select(sheet: string, cell: string): Promise<void>;
  /**
   * Writes the finding's `fix.replacement` into its cell, only if the cell still holds the value
   * that was validated (else a CheckerError 'cell-changed'), and logs it for Undo. Changes nothing
   * else; the caller re-validates.
   */
  applyFix(issue: Issue): Promise<AppliedFix>;
  /**
   * Puts the fixed cell back as it was, only if it still holds what the fix wrote (else
   * 'cell-changed', and the cell is left as it is), and removes the fix from the log.
   */
  undoFix(id: string): Promise<void>;
  loadSettings(): Promise<CheckerSettings>;
  saveSettings(settings: CheckerSettings): Promise<void>;
  /** Office's display language (`th-TH` → th; anything else → en). */
  displayLanguage(): Language;
  /** Consolidation of sheets and uploaded files into new sheets (DESIGN §9); absent: the pane offers none. */
  consolidation?: WorkbookConsolidator;
  /** Filling the standard form, where the checker offers it (Excel's and the demo's do). */
  readonly forms?: FormFiller;
}

/** Which projects to fill the standard form for: the one at the active cell, those chosen, or all. */
export type FillScope = { kind: 'selection' } | { kind: 'chosen'; codes: string[] } | { kind: 'all' };

/** A project a form can be filled for. */
export interface FillProject {
  code: string;
  name?: string;
  /** Error-level findings of its data, not waived: the pane warns before filling its form. */
  errors: number;
}

/** What a form needs that an older Excel lacks: page layout, indent and shrink to fit (ExcelApi 1.9); hidden gridlines (1.8). */
export type FormFeature = 'page-layout' | 'gridlines';

/** What filling would do, for the pane to ask before it does it. */
export interface FillPlan {
  /** The projects to fill, in workbook order; none when the active cell is in no project's row. */
  projects: FillProject[];
  /** Every project of the workbook, for choosing. */
  available: FillProject[];
  /** The add-in's own earlier forms that filling would replace, by sheet name. */
  replaces: string[];
  /** Missing from this Excel: the forms are filled without it. */
  unsupported: FormFeature[];
  /** The sheets of the workbook holding `{{placeholders}}`: custom templates the pane offers beside the standard form. */
  templates?: TemplateSheetInfo[];
}

/** A sheet of the workbook that is a custom template: its name, how many placeholders it uses, its mistakes by name and cell. */
export interface TemplateSheetInfo {
  sheet: string;
  placeholders: number;
  /** Each mistake in one line (`unknown placeholder {{budjet}} in แม่แบบ!C5 …`): the template is not filled while there is one. */
  problems: { th: string; en: string }[];
}

export interface FillStep {
  done: number;
  total: number;
}

/** A form written: its sheet, its project, and whether it replaced the add-in's earlier form of that project. */
export interface FilledForm {
  sheet: string;
  project: string;
  replaced: boolean;
}

export interface FillResult {
  forms: FilledForm[];
  unsupported: FormFeature[];
}

/**
 * The standard form (DESIGN §2, §9) filled into new sheets, one per project, named after the
 * code (unique, valid, never a user's sheet); a form the add-in filled before for the same
 * project is replaced where it stands.
 */
export interface FormFiller {
  /** `template`: a sheet holding placeholders, whose earlier copies the plan counts as replaced; absent: the standard form. */
  plan(scope: FillScope, options?: { template?: string }): Promise<FillPlan>;
  /** Fills the projects' forms; `onProgress` after each batch of sheets written. */
  fill(options: FillRequest & { onProgress?: (step: FillStep) => void }): Promise<FillResult>;
  /** The projects' forms laid out as `fill` would write them, without writing anything: for a workbook of their own. */
  describe(options: FillRequest): Promise<SheetDescription[]>;
  /**
   * Opens a workbook (.xlsx bytes) in a new Excel window (Excel.createWorkbook, ExcelApi 1.8);
   * absent where this Excel cannot, and the pane then offers the file as a download.
   */
  openWorkbook?(data: Uint8Array): Promise<void>;
  /**
   * Adds a new sheet (never over one that exists) holding a small starter template — a title,
   * labelled project placeholders, a report header, a `{{#reports}}` row and a total row — with
   * labels in `language`; returns its name. Absent: the pane offers none.
   */
  insertStarterTemplate?(language: Language): Promise<string>;
}

/** Which projects' forms, and whether each lists its project's findings beside it (outside the print area), in `language`. */
export interface FillRequest {
  codes: readonly string[];
  /** A sheet of the workbook holding placeholders, filled once per project (Worksheet.copy, ExcelApi 1.7/1.9); absent: the standard form. */
  template?: string;
  findings?: boolean;
  language?: Language;
}

/**
 * A failure of the host, worded for the user; nothing is left half-marked when one is thrown.
 * `code` lets the UI and tests tell the cases apart.
 */
export class CheckerError extends Error {
  constructor(
    readonly code: 'protected-sheet' | 'unsupported' | 'too-large' | 'cell-changed' | 'invalid-template' | 'host',
    readonly text: { th: string; en: string },
    options?: { cause?: unknown },
  ) {
    super(text.en, options);
    this.name = 'CheckerError';
  }
}
