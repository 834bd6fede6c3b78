import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { OUTPUT_SHEETS, type TracedIssue } from '../../../core/consolidate/consolidate';
import { DEFAULT_CONFIG, RuleConfig, type Field } from '../../../core/model';
import { nextTask } from '../../../excel/page-turns';
import { CheckerError, type CheckerSettings, type Language } from '../../../excel/types';
import type {
  ConsolidationRunStep, OutputKind, WorkbookConsolidator, WorkbookSheetChoice, WrittenConsolidation,
} from '../../../excel/consolidate/types';
import type { SaveFile } from '../../download-file';
import {
  uniqueSourceName, vocabularyConfigText, vocabularyFileName, withColumnChoice, type ConsolidationSource,
} from '../../session/consolidation-sources';
import { CONSOLIDATE_TEXT } from './consolidate-text';

/** The file readers and the consolidation itself: a chunk of their own, fetched when the first source is added. */
const loadReading = () => import(/* webpackChunkName: "consolidate-read" */ '../../session/consolidation-reading');
type Reading = Awaited<ReturnType<typeof loadReading>>;

export type ReplaceChoice = 'replace' | 'keep' | 'cancel';

export type ConsolidationProgress =
  | { kind: 'files'; done: number; total: number }
  | { kind: 'sheets' }
  /** A run: its step once the merging has begun (before, the earlier consolidation is looked for). */
  | { kind: 'run'; step?: ConsolidationRunStep };

/** What the last run wrote and found; findings name the sheets as written. */
export interface ConsolidationOutcome {
  projects: number;
  reports: number;
  conflicts: number;
  agencies: number;
  written: WrittenConsolidation;
  issues: TracedIssue[];
}

export interface ConsolidationState {
  sources: ConsolidationSource[];
  /** The workbook's sheets a user may tick; undefined while being listed. */
  workbookSheets?: WorkbookSheetChoice[];
  ticked: string[];
  busy: boolean;
  progress?: ConsolidationProgress;
  /** A failure, worded for the user in the pane's language. */
  error?: string;
  outcome?: ConsolidationOutcome;
  /** The earlier consolidation's sheets, while the pane asks whether to replace them. */
  askReplace?: string[];
  addFiles(files: readonly File[]): Promise<void>;
  tickSheet(name: string, ticked: boolean): void;
  addTickedSheets(): Promise<void>;
  removeSource(id: string): void;
  chooseField(sourceId: string, sheet: string, column: string, field: Field | null): void;
  saveVocabulary(sourceId: string): void;
  run(): Promise<void>;
  answerReplace(choice: ReplaceChoice): void;
  dismissError(): void;
}

function failureText(error: unknown, lang: Language): string {
  if (error instanceof CheckerError) return error.text[lang];
  return error instanceof Error ? error.message : String(error);
}

const OUTPUT_KINDS: readonly OutputKind[] = ['projects', 'reports', 'conflicts', 'summary', 'changes'];

/**
 * The Consolidate section's state: the sources gathered (uploaded files, the workbook's ticked
 * sheets), the corrections of their mapping, the run — asking before it replaces an earlier
 * consolidation's sheets — and what it wrote and found.
 */
export function useConsolidation(
  consolidator: WorkbookConsolidator, lang: Language, settings: CheckerSettings | undefined, saveFile: SaveFile,
): ConsolidationState {
  const text = CONSOLIDATE_TEXT[lang];
  const [sources, setSources] = useState<ConsolidationSource[]>([]);
  const [workbookSheets, setWorkbookSheets] = useState<WorkbookSheetChoice[]>();
  const [ticked, setTicked] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<ConsolidationProgress>();
  const [error, setError] = useState<string>();
  const [outcome, setOutcome] = useState<ConsolidationOutcome>();
  const [askReplace, setAskReplace] = useState<string[]>();
  const reading = useRef<Reading>(undefined);
  const answer = useRef<(choice: ReplaceChoice) => void>(undefined);
  const nextId = useRef(1);
  // The latest sources, for work that awaits between its reads of them.
  const sourcesNow = useRef(sources);
  sourcesNow.current = sources;

  const config = useMemo(() => {
    const parsed = settings ? RuleConfig.safeParse(settings.config) : undefined;
    return parsed?.success ? parsed.data : DEFAULT_CONFIG;
  }, [settings]);

  const listSheets = useCallback(async () => {
    try {
      setWorkbookSheets((await consolidator.listSheets()).filter((sheet) => sheet.rows > 0));
    } catch (failure) {
      setWorkbookSheets([]);
      setError(failureText(failure, lang));
    }
  }, [consolidator, lang]);

  useEffect(() => { void listSheets(); }, [listSheets]);

  const loadReadingOnce = async (): Promise<Reading> => (reading.current ??= await loadReading());

  /** Runs one step of work with the pane busy, its failure shown. */
  const busyWith = async (first: ConsolidationProgress, work: () => Promise<void>) => {
    setBusy(true);
    setError(undefined);
    setProgress(first);
    try {
      await work();
    } catch (failure) {
      setError(failureText(failure, lang));
    } finally {
      setBusy(false);
      setProgress(undefined);
    }
  };

  const addFiles = (files: readonly File[]) => busyWith({ kind: 'files', done: 0, total: files.length }, async () => {
    const engine = await loadReadingOnce();
    for (let index = 0; index < files.length; index++) {
      setProgress({ kind: 'files', done: index + 1, total: files.length });
      // The pane paints the file's line before the reading holds the thread.
      await nextTask();
      const file = files[index];
      const name = uniqueSourceName(file.name, sourcesNow.current);
      const source = await engine.readUploadedFile(`source-${nextId.current++}`, name, new Uint8Array(await file.arrayBuffer()), config);
      sourcesNow.current = [...sourcesNow.current, source];
      setSources(sourcesNow.current);
    }
  });

  const addTickedSheets = () => busyWith({ kind: 'sheets' }, async () => {
    const names = ticked;
    if (names.length === 0) return;
    const [engine, grids] = await Promise.all([loadReadingOnce(), consolidator.readSheets(names)]);
    const label = uniqueSourceName(text.thisWorkbook, sourcesNow.current);
    const source = await engine.readWorkbookSheets(`source-${nextId.current++}`, label, grids, config);
    sourcesNow.current = [...sourcesNow.current, source];
    setSources(sourcesNow.current);
    setTicked([]);
  });

  const chooseField = (sourceId: string, sheet: string, column: string, field: Field | null) => {
    const engine = reading.current;
    if (!engine) return;
    setSources((current) => current.map((source) => source.id !== sourceId ? source : {
      ...source,
      sheets: source.sheets.map((entry) => entry.sheet !== sheet ? entry
        : engine.rereadSheet(entry, source.file, config, withColumnChoice(entry.override, column, field))),
    }));
  };

  const saveVocabulary = (sourceId: string) => {
    const source = sources.find((candidate) => candidate.id === sourceId);
    if (!source) return;
    const text = vocabularyConfigText(source, settings ?? { config: {}, overrides: {}, waivers: [] });
    saveFile(text, vocabularyFileName(source.file), 'application/json');
  };

  const askWhetherToReplace = (sheets: string[]) => new Promise<ReplaceChoice>((resolve) => {
    answer.current = resolve;
    setAskReplace(sheets);
  });

  const run = () => busyWith({ kind: 'run' }, async () => {
    const engine = await loadReadingOnce();
    const earlier = await consolidator.earlier();
    let replace = false;
    if (earlier && earlier.sheets.length > 0) {
      const choice = await askWhetherToReplace(earlier.sheets.map((sheet) => sheet.name));
      if (choice === 'cancel') return;
      replace = choice === 'replace';
    }
    // Merged, checked and written a piece at a time: the page paints each step between them.
    const onProgress = (step: ConsolidationRunStep) => setProgress({ kind: 'run', step });
    const result = await engine.consolidateSourcesInTurns(sourcesNow.current, {
      config, language: lang, ranAt: new Date().toISOString(), ...(earlier?.record ? { previous: earlier.record } : {}),
    }, onProgress);
    if (!result) {
      setError(text.nothingToRun);
      return;
    }
    const written = await consolidator.write(result, { language: lang, replace, onProgress });
    // Findings name the sheets as written: a unique variant where the usual name was a user's.
    const renamed = new Map<string, string>();
    for (const kind of OUTPUT_KINDS) {
      const name = written.sheets[kind];
      if (name !== undefined) renamed.set(OUTPUT_SHEETS[lang][kind], name);
    }
    setOutcome({
      projects: result.projects.sources.length,
      reports: result.reports.sources.length,
      conflicts: result.conflicts.length,
      agencies: result.summary.agencies.length,
      written,
      issues: result.issues.map((issue) => ({ ...issue, sheet: renamed.get(issue.sheet) ?? issue.sheet })),
    });
    void listSheets();
  });

  return {
    sources, workbookSheets, ticked, busy, progress, error, outcome, askReplace,
    addFiles,
    tickSheet: (name, on) => setTicked((current) => (on ? [...current.filter((n) => n !== name), name] : current.filter((n) => n !== name))),
    addTickedSheets,
    removeSource: (id) => setSources((current) => current.filter((source) => source.id !== id)),
    chooseField,
    saveVocabulary,
    run,
    answerReplace: (choice) => {
      setAskReplace(undefined);
      answer.current?.(choice);
      answer.current = undefined;
    },
    dismissError: () => setError(undefined),
  };
}
