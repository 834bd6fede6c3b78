import { useCallback, useEffect, useRef, useState } from 'react';
import type { Issue } from '../../core/model';
import type {
  AppliedFix, Checker, CheckerSettings, ClearResult, Language, ProgressStep, ValidationSummary, Waiver,
} from '../../excel/types';
import {
  waiverFor, withLanguage, withOverrideChange, withoutWaiver, withWaiver, type OverrideChange,
} from './settings-changes';
import { useExclusiveRun } from './useExclusiveRun';

/**
 * The last thing that went well, for a success bar. A fix applied from a finding, and its
 * Undo there, are confirmed in place — in the list, where the finding was (`inPlace`) —; the
 * others at the top of the pane.
 */
export type Notice =
  | { kind: 'validated'; summary: ValidationSummary }
  | {
    kind: 'cleared';
    result: ClearResult;
    /** Whether "Also undo the applied fixes" was ticked. */
    undoFixes: boolean;
    /** Fixes the workbook's log held before (they stay in their cells unless undone). */
    fixesBefore: number;
  }
  /** A validation cancelled before anything was written: the workbook, and the last results, are as they were. */
  | { kind: 'cancelled' }
  | { kind: 'fixed'; fix: AppliedFix; inPlace: true }
  | { kind: 'undone'; fix: AppliedFix; inPlace: boolean };

/** Whether a notice is shown in the findings list, where the finding was, rather than at the top. */
export function shownInPlace(notice: Notice | undefined): boolean {
  return notice !== undefined && (notice.kind === 'fixed' || notice.kind === 'undone') && notice.inPlace;
}

export interface CheckerSession {
  lang: Language;
  /** Settings as last loaded from or saved to the workbook (undefined until the first load). */
  settings?: CheckerSettings;
  /** The last validation; undefined before one and after Clear marks. */
  summary?: ValidationSummary;
  /** A validation, clear, quick fix or settings change is running: actions are disabled. */
  busy: boolean;
  progress?: ProgressStep;
  /**
   * While a validation started with Validate runs: `offered` as long as Cancel stops it with
   * nothing written (reading, checking), `marking` once it writes and runs to its end. Undefined otherwise.
   */
  cancellation?: 'offered' | 'marking';
  error?: unknown;
  notice?: Notice;
  /** The finding (and which of its cells) last selected in the workbook. */
  selected?: { issue: Issue; cell: string };

  validate(): Promise<void>;
  /** Stops the running validation at its next turn, if it has not begun marking. */
  cancelValidation(): void;
  /** Clears the marks; the applied fixes stay unless `undoFixes`. */
  clearMarks(options?: { undoFixes?: boolean }): Promise<void>;
  select(issue: Issue, cell?: string): Promise<void>;
  /** Selects a cell that is no finding's (an applied fix's); no finding is then the current one. */
  selectCell(sheet: string, cell: string): Promise<void>;
  setLanguage(lang: Language): Promise<void>;
  /** `by`: the reviewer's name as typed, optional. */
  waive(issue: Issue, reason: string, by?: string): Promise<void>;
  unwaive(waiver: Waiver): Promise<void>;
  /** Writes the finding's quick fix into its cell, re-validates, and selects the cell: its notice is shown in place. */
  applyFix(issue: Issue): Promise<void>;
  /** Puts the fixed cell back as it was, then re-validates; `inPlace`: asked from the fix's notice in the list. */
  undoFix(fix: AppliedFix, options?: { inPlace?: boolean }): Promise<void>;
  changeOverride(sheet: string, change: OverrideChange): Promise<void>;
  dismissError(): void;
  dismissNotice(): void;
}

/**
 * The pane's state over a Checker given from outside (STYLE: the React layer only
 * subscribes; the host is passed in). Every failure lands in `error`, never in a console.
 */
export function useCheckerSession(checker: Checker, now: () => Date = () => new Date()): CheckerSession {
  const [lang, setLang] = useState<Language>(() => checker.displayLanguage());
  const [settings, setSettings] = useState<CheckerSettings>();
  const [summary, setSummary] = useState<ValidationSummary>();
  const [progress, setProgress] = useState<ProgressStep>();
  const { busy, error, setError, run } = useExclusiveRun({ onEnd: () => setProgress(undefined) });
  const [notice, setNotice] = useState<Notice>();
  const [selected, setSelected] = useState<{ issue: Issue; cell: string }>();

  // Async work reads the language of the moment, not the one of the render that started it.
  const langRef = useRef(lang);
  const languageChosen = useRef(false);
  // Settings are read, changed and written back one change at a time so no change is lost.
  const settingsQueue = useRef<Promise<unknown>>(Promise.resolve());

  useEffect(() => {
    let live = true;
    checker.loadSettings().then(
      (loaded) => {
        if (!live) return;
        setSettings(loaded);
        if (loaded.language && !languageChosen.current) {
          langRef.current = loaded.language;
          setLang(loaded.language);
        }
      },
      (failure: unknown) => { if (live) setError(failure); },
    );
    return () => { live = false; };
  }, [checker, setError]);

  const updateSettings = useCallback((change: (current: CheckerSettings) => CheckerSettings): Promise<void> => {
    const task = settingsQueue.current.catch(() => undefined).then(async () => {
      const next = change(await checker.loadSettings());
      await checker.saveSettings(next);
      setSettings(next);
    });
    settingsQueue.current = task;
    return task;
  }, [checker]);

  const validateNow = useCallback(async (signal?: AbortSignal) => {
    setNotice(undefined);
    setProgress(undefined);
    const result = await checker.validate({ lang: langRef.current, onProgress: setProgress, signal });
    setSummary(result);
    setSelected(undefined);
    setNotice({ kind: 'validated', summary: result });
  }, [checker]);

  // Only a run of Validate may be cancelled: a re-validation after a fix, waiver or mapping change finishes that change.
  const cancelling = useRef<AbortController>();
  const [cancellable, setCancellable] = useState(false);
  const validate = useCallback(() => run(async () => {
    const controller = new AbortController();
    cancelling.current = controller;
    setCancellable(true);
    try {
      await validateNow(controller.signal);
    } catch (failure) {
      // Cancelled is not failed: the workbook and the last results are as they were.
      if (controller.signal.aborted && failure === controller.signal.reason) setNotice({ kind: 'cancelled' });
      else throw failure;
    } finally {
      cancelling.current = undefined;
      setCancellable(false);
    }
  }), [run, validateNow]);

  const cancelValidation = useCallback(() => cancelling.current?.abort(), []);

  const clearMarks = useCallback((options: { undoFixes?: boolean } = {}) => run(async () => {
    setNotice(undefined);
    const undoFixes = options.undoFixes ?? false;
    // The fixes logged before clearing, as the last validation read them.
    const fixesBefore = summary?.fixes.length ?? 0;
    const result = await checker.clearMarks({ undoFixes });
    setSummary(undefined);
    setSelected(undefined);
    setNotice({ kind: 'cleared', result, undoFixes, fixesBefore });
  }), [run, checker, summary]);

  const selectInWorkbook = useCallback(async (sheet: string, cell: string) => {
    try {
      await checker.select(sheet, cell);
    } catch (failure) {
      setError(failure);
    }
  }, [checker, setError]);

  const select = useCallback(async (issue: Issue, cell: string = issue.cell) => {
    setSelected({ issue, cell });
    await selectInWorkbook(issue.sheet, cell);
  }, [selectInWorkbook]);

  const selectCell = useCallback(async (sheet: string, cell: string) => {
    setSelected(undefined);
    await selectInWorkbook(sheet, cell);
  }, [selectInWorkbook]);

  const setLanguage = useCallback(async (next: Language) => {
    languageChosen.current = true;
    langRef.current = next;
    setLang(next);
    try {
      await updateSettings((current) => withLanguage(current, next));
    } catch (failure) {
      setError(failure);
    }
  }, [updateSettings, setError]);

  const waive = useCallback((issue: Issue, reason: string, by?: string) => run(async () => {
    await updateSettings((current) => withWaiver(current, waiverFor(issue, reason, now(), by)));
    await validateNow();
  }), [run, updateSettings, validateNow, now]);

  const unwaive = useCallback((waiver: Waiver) => run(async () => {
    await updateSettings((current) => withoutWaiver(current, waiver));
    await validateNow();
  }), [run, updateSettings, validateNow]);

  // The cell was written even when the re-validation then fails, so its notice (with Undo) is shown anyway.
  // Then the cell is selected, so the workbook shows what changed.
  const writeCell = useCallback((write: () => Promise<Notice & { fix: AppliedFix }>) => run(async () => {
    const done = await write();
    try {
      await validateNow();
    } finally {
      setNotice(done);
    }
    await selectInWorkbook(done.fix.sheet, done.fix.cell);
  }), [run, validateNow, selectInWorkbook]);

  const applyFix = useCallback((issue: Issue) => writeCell(async () => (
    { kind: 'fixed', fix: await checker.applyFix(issue), inPlace: true }
  )), [writeCell, checker]);

  const undoFix = useCallback((fix: AppliedFix, options: { inPlace?: boolean } = {}) => writeCell(async () => {
    await checker.undoFix(fix.id);
    return { kind: 'undone', fix, inPlace: options.inPlace ?? false };
  }), [writeCell, checker]);

  const changeOverride = useCallback((sheet: string, change: OverrideChange) => run(async () => {
    await updateSettings((current) => withOverrideChange(current, sheet, change));
    await validateNow();
  }), [run, updateSettings, validateNow]);

  // The checker heeds a cancel until its first `mark` step: from then on Cancel is shown disabled.
  const cancellation = cancellable ? (progress?.stage === 'mark' ? 'marking' : 'offered') : undefined;
  const dismissError = useCallback(() => setError(undefined), [setError]);
  const dismissNotice = useCallback(() => setNotice(undefined), []);

  return {
    lang, settings, summary, busy, progress, error, notice, selected, cancellation,
    validate, cancelValidation, clearMarks, select, selectCell, setLanguage, waive, unwaive, applyFix, undoFix, changeOverride, dismissError, dismissNotice,
  };
}
