import { useCallback, useState } from 'react';
import type { FillPlan, FillProject, FillResult, FillScope, FillStep, FormFiller, Language, TemplateSheetInfo } from '../../excel/types';
import type { SaveFile } from '../download-file';
import { useExclusiveRun } from './useExclusiveRun';

export type FillScopeKind = FillScope['kind'];

/** Why nothing was filled although asked: no project at the active cell, none chosen, none in the workbook. */
export type FillProblem = 'no-project-at-selection' | 'none-chosen' | 'no-projects' | 'no-template';

/** What is filled: the standard form, or a sheet of the workbook holding placeholders. */
export type TemplateKind = 'standard' | 'sheet';

/** What the user asked for: forms filled into this workbook, or exported as a workbook of their own. */
export type FillAction = 'fill' | 'export';

/** Forms exported: opened by Excel in a new window, or saved as a download under `fileName`. */
export interface FormsExport {
  count: number;
  delivered: 'opened' | 'downloaded';
  fileName: string;
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The exported workbook's file name: the form's own for one project, else the count, in the pane's language.
 *
 * @example formsFileName(['03000000-2441'], 'th') // 'แบบฟอร์ม 03000000-2441.xlsx'
 */
export function formsFileName(codes: readonly string[], lang: Language): string {
  const base = codes.length === 1 ? `แบบฟอร์ม ${codes[0]}` : lang === 'th' ? `แบบฟอร์ม ${codes.length} โครงการ` : `Standard forms (${codes.length} projects)`;
  // Characters no file system takes are left out of the name.
  return `${base.replace(/[\\/:*?"<>|]/g, '-')}.xlsx`;
}

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
  /** What the pending plan is for. */
  pendingAction: FillAction;
  /** List each project's findings beside its form, outside the print area. */
  withFindings: boolean;
  result?: FillResult;
  exported?: FormsExport;
  problem?: FillProblem;
  error?: unknown;
  templateKind: TemplateKind;
  /** The workbook's template sheets, once looked for. */
  templates?: TemplateSheetInfo[];
  loadingTemplates: boolean;
  /** The template sheet chosen when `templateKind` is `sheet`. */
  templateSheet?: string;
  /** The chosen template's mistakes, when filling was refused for them (nothing written). */
  templateProblems?: { th: string; en: string }[];
  /** The sheet the starter template was just inserted as. */
  starterInserted?: string;
  /** Whether this filler can insert the starter template. */
  canInsertStarter: boolean;

  setScope(scope: FillScopeKind): void;
  setTemplateKind(kind: TemplateKind): void;
  setTemplateSheet(sheet: string): void;
  /** Adds the starter template as a new sheet, then offers it as the template. */
  insertStarter(): Promise<void>;
  toggleChosen(code: string, chosen: boolean): void;
  setWithFindings(on: boolean): void;
  /** Asks the workbook what filling would do; fills at once unless there is something to confirm. */
  start(): Promise<void>;
  /**
   * The same forms as a workbook of their own, this workbook untouched: opened by Excel in a new
   * window where it can, else downloaded. Asks first when a project's data has errors.
   */
  exportForms(): Promise<void>;
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
export function useFormFilling(forms: FormFiller, options: { lang: Language; saveFile: SaveFile }): FormFilling {
  const { lang, saveFile } = options;
  const [scope, setScopeState] = useState<FillScopeKind>('selection');
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [available, setAvailable] = useState<FillProject[]>();
  const [loadingProjects, setLoadingProjects] = useState(false);
  const [progress, setProgress] = useState<FillStep>();
  const [pending, setPending] = useState<FillPlan>();
  const [pendingAction, setPendingAction] = useState<FillAction>('fill');
  const [withFindings, setWithFindings] = useState(false);
  const [result, setResult] = useState<FillResult>();
  const [exported, setExported] = useState<FormsExport>();
  const [problem, setProblem] = useState<FillProblem>();
  const [templateKind, setTemplateKindState] = useState<TemplateKind>('standard');
  const [templates, setTemplates] = useState<TemplateSheetInfo[]>();
  const [loadingTemplates, setLoadingTemplates] = useState(false);
  const [templateSheet, setTemplateSheet] = useState<string>();
  const [templateProblems, setTemplateProblems] = useState<{ th: string; en: string }[]>();
  const [starterInserted, setStarterInserted] = useState<string>();
  const { busy, error, setError, run } = useExclusiveRun({
    onStart: () => {
      setProblem(undefined);
      setTemplateProblems(undefined);
    },
    onEnd: () => setProgress(undefined),
  });

  /** The template sheets as the workbook holds them now; the chosen one kept while it is still there. */
  const knowTemplates = useCallback((found: readonly TemplateSheetInfo[] | undefined, prefer?: string) => {
    const list = [...(found ?? [])];
    setTemplates(list);
    setTemplateSheet((current) => {
      const wanted = prefer ?? current;
      return list.some((template) => template.sheet === wanted) ? wanted : list[0]?.sheet;
    });
  }, []);

  const loadTemplates = useCallback(async () => {
    setLoadingTemplates(true);
    try {
      const plan = await forms.plan({ kind: 'all' });
      setAvailable(plan.available);
      knowTemplates(plan.templates);
    } catch (failure) {
      setError(failure);
    } finally {
      setLoadingTemplates(false);
    }
  }, [forms, setError, knowTemplates]);

  const setTemplateKind = useCallback((kind: TemplateKind) => {
    setTemplateKindState(kind);
    setProblem(undefined);
    setTemplateProblems(undefined);
    if (kind === 'sheet' && templates === undefined && !loadingTemplates) void loadTemplates();
  }, [templates, loadingTemplates, loadTemplates]);

  const insertStarter = useCallback(() => run(async () => {
    if (!forms.insertStarterTemplate) return;
    setStarterInserted(undefined);
    const sheet = await forms.insertStarterTemplate(lang);
    setStarterInserted(sheet);
    setTemplateKindState('sheet');
    const plan = await forms.plan({ kind: 'all' });
    setAvailable(plan.available);
    knowTemplates(plan.templates, sheet);
  }), [run, forms, lang, knowTemplates]);

  const loadProjects = useCallback(async () => {
    setLoadingProjects(true);
    try {
      setAvailable((await forms.plan({ kind: 'all' })).available);
    } catch (failure) {
      setError(failure);
    } finally {
      setLoadingProjects(false);
    }
  }, [forms, setError]);

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

  const template = templateKind === 'sheet' ? templateSheet : undefined;
  const fillNow = useCallback(async (plan: FillPlan) => {
    setProgress({ done: 0, total: plan.projects.length });
    setResult(await forms.fill({
      codes: plan.projects.map((project) => project.code), findings: withFindings, language: lang, onProgress: setProgress, ...(template === undefined ? {} : { template }),
    }));
  }, [forms, withFindings, lang, template]);

  const exportNow = useCallback(async (plan: FillPlan) => {
    const codes = plan.projects.map((project) => project.code);
    const descriptions = await forms.describe({ codes, findings: withFindings, language: lang });
    // The package writer is fetched on the first export, not with the pane.
    const { writeFormsWorkbook } = await import(/* webpackChunkName: "forms-workbook" */ '../../xlsx/fill');
    const { data } = await writeFormsWorkbook(descriptions);
    const fileName = formsFileName(codes, lang);
    if (forms.openWorkbook) {
      await forms.openWorkbook(data);
      setExported({ count: codes.length, delivered: 'opened', fileName });
    } else {
      saveFile(new Uint8Array(data), fileName, XLSX_TYPE);
      setExported({ count: codes.length, delivered: 'downloaded', fileName });
    }
  }, [forms, withFindings, lang, saveFile]);

  const act = useCallback((action: FillAction) => run(async () => {
    setResult(undefined);
    setExported(undefined);
    setStarterInserted(undefined);
    const request: FillScope = scope === 'chosen' ? { kind: 'chosen', codes: [...chosen] } : { kind: scope };
    if (request.kind === 'chosen' && request.codes.length === 0) {
      setProblem('none-chosen');
      return;
    }
    const fromSheet = action === 'fill' && templateKind === 'sheet';
    if (fromSheet && template === undefined) {
      setProblem('no-template');
      return;
    }
    const plan = await forms.plan(request, fromSheet ? { template } : {});
    setAvailable(plan.available);
    if (fromSheet) {
      knowTemplates(plan.templates, template);
      const found = plan.templates?.find((candidate) => candidate.sheet === template);
      if (!found) {
        setProblem('no-template');
        return;
      }
      // A template with mistakes is refused whole, before anything is written.
      if (found.problems.length > 0) {
        setTemplateProblems(found.problems);
        return;
      }
    }
    if (plan.projects.length === 0) {
      setProblem(scope === 'selection' ? 'no-project-at-selection' : scope === 'chosen' ? 'none-chosen' : 'no-projects');
      return;
    }
    // An export replaces nothing here: only errors are worth asking about.
    const asked = action === 'export' ? { ...plan, replaces: [] } : plan;
    if (asked.replaces.length > 0 || asked.projects.some((project) => project.errors > 0)) {
      setPendingAction(action);
      setPending(asked);
      return;
    }
    await (action === 'export' ? exportNow : fillNow)(asked);
  }), [run, scope, chosen, forms, fillNow, exportNow, templateKind, template, knowTemplates]);

  const start = useCallback(() => act('fill'), [act]);
  const exportForms = useCallback(() => act('export'), [act]);

  const confirm = useCallback(async () => {
    const plan = pending;
    setPending(undefined);
    if (plan) await run(() => (pendingAction === 'export' ? exportNow : fillNow)(plan));
  }, [pending, pendingAction, run, fillNow, exportNow]);

  const cancel = useCallback(() => setPending(undefined), []);
  const dismiss = useCallback(() => {
    setResult(undefined);
    setExported(undefined);
    setProblem(undefined);
    setTemplateProblems(undefined);
    setStarterInserted(undefined);
    setError(undefined);
  }, [setError]);

  return {
    scope, chosen, available, loadingProjects, busy, progress, pending, pendingAction, withFindings, result, exported, problem, error,
    templateKind, templates, loadingTemplates, templateSheet, templateProblems, starterInserted, canInsertStarter: forms.insertStarterTemplate !== undefined,
    setScope, toggleChosen, setWithFindings, setTemplateKind, setTemplateSheet, insertStarter, start, exportForms, confirm, cancel, dismiss,
  };
}
