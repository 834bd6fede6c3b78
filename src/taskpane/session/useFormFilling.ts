import { useCallback, useRef, useState } from 'react';
import type { FillPlan, FillProject, FillResult, FillScope, FillStep, FormFiller } from '../../excel/types';

export type FillScopeKind = FillScope['kind'];

/** Why nothing was filled although asked: no project at the active cell, none chosen, none in the workbook. */
export type FillProblem = 'no-project-at-selection' | 'none-chosen' | 'no-projects';

export interface FormFilling {
  scope: FillScopeKind;
  /** Codes ticked for `chosen`. */
  chosen: ReadonlySet<string>;
  /** Every project of the workbook, once loaded for choosing. */
  available?: FillProject[];
  loadingProjects: boolean;
  /** Filling or asking the workbook what filling would do. */
  busy: boolean;
  progress?: FillStep;
  /** A plan waiting for the user's go-ahead: some of its projects have errors, or it replaces earlier forms. */
  pending?: FillPlan;
  result?: FillResult;
  problem?: FillProblem;
  error?: unknown;

  setScope(scope: FillScopeKind): void;
  toggleChosen(code: string, chosen: boolean): void;
  /** Asks the workbook what filling would do; fills at once unless there is something to confirm. */
  start(): Promise<void>;
  /** Goes on with the pending plan. */
  confirm(): Promise<void>;
  cancel(): void;
  dismiss(): void;
}

/**
 * The pane's state for filling the standard form (STYLE: the React layer only subscribes; the
 * filler is passed in). Asks first when a project's data has error-level findings or earlier
 * forms would be replaced; every failure lands in `error`.
 */
export function useFormFilling(forms: FormFiller): FormFilling {
  const [scope, setScopeState] = useState<FillScopeKind>('selection');
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [available, setAvailable] = useState<FillProject[]>();
  const [loadingProjects, setLoadingProjects] = useState(false);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<FillStep>();
  const [pending, setPending] = useState<FillPlan>();
  const [result, setResult] = useState<FillResult>();
  const [problem, setProblem] = useState<FillProblem>();
  const [error, setError] = useState<unknown>();
  const busyRef = useRef(false);

  const run = useCallback(async (task: () => Promise<void>) => {
    if (busyRef.current) return;
    busyRef.current = true;
    setBusy(true);
    setError(undefined);
    setProblem(undefined);
    try {
      await task();
    } catch (failure) {
      setError(failure);
    } finally {
      busyRef.current = false;
      setBusy(false);
      setProgress(undefined);
    }
  }, []);

  const loadProjects = useCallback(async () => {
    setLoadingProjects(true);
    try {
      setAvailable((await forms.plan({ kind: 'all' })).available);
    } catch (failure) {
      setError(failure);
    } finally {
      setLoadingProjects(false);
    }
  }, [forms]);

  const setScope = useCallback((next: FillScopeKind) => {
    setScopeState(next);
    setProblem(undefined);
    if (next === 'chosen' && available === undefined && !loadingProjects) void loadProjects();
  }, [available, loadingProjects, loadProjects]);

  const toggleChosen = useCallback((code: string, on: boolean) => {
    setChosen((current) => {
      const next = new Set(current);
      if (on) next.add(code);
      else next.delete(code);
      return next;
    });
  }, []);

  const fillNow = useCallback(async (plan: FillPlan) => {
    setResult(undefined);
    setProgress({ done: 0, total: plan.projects.length });
    setResult(await forms.fill({ codes: plan.projects.map((project) => project.code), onProgress: setProgress }));
  }, [forms]);

  const start = useCallback(() => run(async () => {
    setResult(undefined);
    const request: FillScope = scope === 'chosen' ? { kind: 'chosen', codes: [...chosen] } : { kind: scope };
    if (request.kind === 'chosen' && request.codes.length === 0) {
      setProblem('none-chosen');
      return;
    }
    const plan = await forms.plan(request);
    setAvailable(plan.available);
    if (plan.projects.length === 0) {
      setProblem(scope === 'selection' ? 'no-project-at-selection' : scope === 'chosen' ? 'none-chosen' : 'no-projects');
      return;
    }
    if (plan.replaces.length > 0 || plan.projects.some((project) => project.errors > 0)) {
      setPending(plan);
      return;
    }
    await fillNow(plan);
  }), [run, scope, chosen, forms, fillNow]);

  const confirm = useCallback(async () => {
    const plan = pending;
    setPending(undefined);
    if (plan) await run(() => fillNow(plan));
  }, [pending, run, fillNow]);

  const cancel = useCallback(() => setPending(undefined), []);
  const dismiss = useCallback(() => {
    setResult(undefined);
    setProblem(undefined);
    setError(undefined);
  }, []);

  return {
    scope, chosen, available, loadingProjects, busy, progress, pending, result, problem, error,
    setScope, toggleChosen, start, confirm, cancel, dismiss,
  };
}
