/// <reference types="office-js" />
/**
 * The Checker of types.ts over Office.js (DESIGN §7–§8), wiring the adapter's
 * parts: validate = settings → read every sheet → core validation → waivers →
 * marks in place; quick fixes are applied and undone one cell at a time. Every
 * call runs in one Excel.run, one at a time; every failure reaches the caller as
 * a CheckerError in Thai and English.
 */
import { RuleConfig } from '../core/model';
import { projectRecords } from '../core/table/records';
import type { HeaderCell, SheetTable } from '../core/table/types';
import { summarize, validateWorkbookInSteps, validationStepCount } from '../core/validate';
import { clearMarksIn } from './clear';
import type { FormCapabilities } from './fill/form-writes';
import { invalidSettingsError, templateUnsupportedError, toCheckerError, unsupportedError, type FailureOutcome } from './errors';
import { base64Of } from './base64';
import { CREATE_WORKBOOK_API_VERSION, languageOf, MARKING_API_VERSION, NOTES_API_VERSION, supportsExcelApi, type ExcelHost } from './host';
import { recordedIssuesSheet } from './issues-sheet';
import { markIssues } from './mark';
import { applyQuickFix, undoAllFixes, undoQuickFix } from './quick-fix';
import { selectCell } from './navigate';
import { readGrids } from './read';
import { readState, writeSettings } from './state-sheet';
import { WriteQueue } from './sync-budget';
import type { Checker, CheckerSettings, HeaderInfo, TableInfo, ValidationSummary } from './types';
import { splitWaived } from './waivers';
import { scanWorkbook } from './workbook-scan';
import { lazyWorkbookConsolidator } from './consolidate/lazy-consolidator';
import { onFirstUse } from './on-first-use';
import { PageTurns, runInTurns } from './page-turns';

/** The overview's computation and the form filling: fetched on first use, not with the pane. */
const overviewCode = onFirstUse(() => import(/* webpackChunkName: "overview-points" */ '../core/output/overview-points'));
const fillCode = onFirstUse(() => import(/* webpackChunkName: "fill-host" */ './fill/fill-forms'));
const starterCode = onFirstUse(() => import(/* webpackChunkName: "fill-host" */ './fill/starter-template'));

/** A header as the pane shows it: how it was recognised, its candidates and the reason travel with it. */
function headerInfo(header: HeaderCell): HeaderInfo {
  const info: HeaderInfo = { column: header.column, text: header.text };
  if (header.field) info.field = header.field;
  if (header.recognition) info.recognition = header.recognition;
  if (header.candidates && header.candidates.length > 0) info.candidates = [...header.candidates];
  if (header.reason) info.reason = { ...header.reason };
  return info;
}

export function tableInfo(table: SheetTable): TableInfo {
  const info: TableInfo = {
    sheet: table.sheet,
    role: table.role,
    headerRow: table.headerRow,
    rows: table.rows.length,
    headers: table.headers.map(headerInfo),
  };
  if (table.tableName !== undefined) info.tableName = table.tableName;
  return info;
}

/**
 * Each project's name by its code, from the tables that hold projects (the first name a code
 * has, in workbook order): the pane heads a project's findings `code · name`.
 *
 * @example projectNames(tables) // { '03000000-2441': 'ก่อสร้างเขื่อนริมคลอง…' }
 */
export function projectNames(tables: readonly SheetTable[]): Record<string, string> {
  const names: Record<string, string> = {};
  for (const table of tables) {
    if (table.role === 'reports') continue;
    for (const record of projectRecords(table)) {
      const { code, name } = record.value;
      if (code !== undefined && name !== undefined && name.trim() !== '' && !(code in names)) names[code] = name.trim();
    }
  }
  return names;
}

/** Worksheet.pageLayout (DESIGN §7): a form's paper, margins, fit to width, print area and title rows. */
const FORM_PAGE_LAYOUT_API_VERSION = '1.9';

/** Worksheet.copy and Range.copyFrom: filling a custom template copies its sheet and pastes its repeat row. */
const TEMPLATE_COPY_API_VERSION = '1.7';
const TEMPLATE_PASTE_API_VERSION = '1.9';

/** Workbook.customXmlParts: filling reads the command line's record of the forms it filled too (fill/generated-sheets-part.ts). */
const CUSTOM_XML_PARTS_API_VERSION = '1.5';

function parseConfig(config: CheckerSettings['config']): RuleConfig {
  const parsed = RuleConfig.safeParse(config);
  if (parsed.success) return parsed.data;
  const first = parsed.error.issues[0];
  throw invalidSettingsError(`${first.path.join('.') || 'config'}: ${first.message}`);
}

/** `createExcelChecker({ Excel, Office })`: real Excel passes its globals, the demo the simulated host's. */
export function createExcelChecker(host: ExcelHost): Checker {
  let last: Promise<unknown> = Promise.resolve();
  /**
   * One operation at a time: a second click waits for the first instead of interleaving its writes.
   * A run cancelled through `signal` rejects with the signal's reason, not a CheckerError: it did not fail.
   */
  function exclusive<T>(work: () => Promise<T>, outcome: FailureOutcome | (() => FailureOutcome), signal?: AbortSignal): Promise<T> {
    const run = last.then(work, work).catch((error: unknown) => {
      if (signal?.aborted && error === signal.reason) throw error;
      throw toCheckerError(error, typeof outcome === 'function' ? outcome() : outcome);
    });
    last = run.catch(() => undefined);
    return run;
  }
  const notesSupported = () => supportsExcelApi(host, NOTES_API_VERSION);
  /** Page layout, indent and shrink to fit need ExcelApi 1.9, hidden gridlines 1.8: a form is filled without what the host lacks. */
  const formCapabilities = (): FormCapabilities => ({
    pageLayout: supportsExcelApi(host, FORM_PAGE_LAYOUT_API_VERSION),
    gridlines: supportsExcelApi(host, '1.8'),
  });
  const customXmlPartsSupported = () => supportsExcelApi(host, CUSTOM_XML_PARTS_API_VERSION);
  const requireMarking = () => {
    if (!supportsExcelApi(host, MARKING_API_VERSION)) throw unsupportedError(MARKING_API_VERSION, undefined, 'unchanged');
  };
  /** Excel.createWorkbook where this Excel has it; elsewhere the pane offers a download instead. */
  const createWorkbook = host.Excel.createWorkbook && supportsExcelApi(host, CREATE_WORKBOOK_API_VERSION)
    ? (base64: string) => host.Excel.createWorkbook!(base64)
    : undefined;

  return {
    validate: ({ lang, onProgress, signal }) =>
      exclusive(() => {
        // The page gets a turn after each sync and every slice of work; a cancel is heeded at a turn until marking begins.
        const turns = new PageTurns(signal);
        turns.stopIfAborted();
        requireMarking();
        const notes = notesSupported();
        // Fetched while the workbook is read; without it (no network) the pane offers no overview this time.
        const overview = overviewCode().catch(() => undefined);
        return host.Excel.run(async (context): Promise<ValidationSummary> => {
          const scan = await scanWorkbook(context);
          await turns.give();
          const state = await readState(context, scan);
          await turns.give();
          const config = parseConfig(state.settings.config);
          const ownIssuesSheet = recordedIssuesSheet(scan, state.marks.issuesSheet);
          const grids = await readGrids(context, scan, {
            exclude: new Set(ownIssuesSheet ? [ownIssuesSheet] : []),
            onProgress: (done, total) => onProgress?.({ stage: 'read', done, total }),
            turn: () => turns.give(),
            pause: () => turns.giveIfDue(),
          });
          onProgress?.({ stage: 'validate', done: 0, total: validationStepCount(grids.length, config) });
          const steps = validateWorkbookInSteps(grids, config, state.settings.overrides);
          const result = await runInTurns(steps, (step) => onProgress?.({ stage: 'validate', ...step }), turns);
          const { kept, waived } = splitWaived(result.issues, state.settings.waivers);
          // The last point a cancel is heeded: marking writes, and once begun it runs to its end (docs/decisions.md).
          turns.stopIfAborted();
          onProgress?.({ stage: 'mark', done: 0, total: 0 });
          // A clock of its own, without the signal: once marking has begun a cancel is not heeded. Its indeterminate bar paints first.
          const marking = new PageTurns();
          await marking.give();
          const marked = await markIssues(context, {
            scan,
            state,
            issues: kept,
            language: lang,
            notes,
            noTables: result.tables.length === 0,
            onProgress: (done, total) => onProgress?.({ stage: 'mark', done, total }),
            turns: marking,
          });
          return {
            tables: result.tables.map(tableInfo),
            issues: kept,
            waived,
            counts: summarize(kept),
            markedCells: marked.markedCells,
            notes: notes ? 'written' : 'unsupported',
            issuesSheet: marked.issuesSheet,
            fixes: state.fixes,
            projectNames: projectNames(result.tables),
            overview: (await overview)?.overviewPoints(result.tables, kept),
          };
        });
      }, 'unchanged', signal),

    clearMarks: (options = {}) => {
      let writing = false;
      const onFirstWrite = () => (writing = true);
      return exclusive(() => {
        requireMarking();
        return host.Excel.run(async (context) => {
          // Fixes first: they are undone from their own log, which Clear marks leaves alone.
          const fixes = options.undoFixes ? await undoAllFixes(context, { onFirstWrite }) : { undone: 0, kept: 0 };
          const { restoredCells } = await clearMarksIn(context, { notes: notesSupported(), onFirstWrite });
          return { restoredCells, undoneFixes: fixes.undone, keptFixes: fixes.kept };
        });
      }, () => (writing ? 'partial' : 'unchanged'));
    },

    applyFix: (issue) =>
      exclusive(() => {
        requireMarking();
        return host.Excel.run((context) => applyQuickFix(context, issue));
      }, 'unchanged'),

    undoFix: (id) =>
      exclusive(() => {
        requireMarking();
        return host.Excel.run((context) => undoQuickFix(context, id));
      }, 'unchanged'),

    select: (sheet, cell) => exclusive(() => host.Excel.run((context) => selectCell(context, sheet, cell)), 'unchanged'),

    loadSettings: () =>
      exclusive(() => host.Excel.run(async (context) => (await readState(context, await scanWorkbook(context))).settings), 'unchanged'),

    saveSettings: (settings) =>
      exclusive(() => {
        parseConfig(settings.config);
        return host.Excel.run(async (context) => {
          const state = await readState(context, await scanWorkbook(context));
          const writes = new WriteQueue(context);
          await writeSettings(context, writes, state.handle, settings);
          await writes.flush();
        });
      }, 'unchanged'),

    displayLanguage: () => languageOf(host.Office.context.displayLanguage),

    consolidation: lazyWorkbookConsolidator(host, exclusive),

    forms: {
      plan: (scope, options = {}) =>
        exclusive(async () => {
          const { planFill } = await fillCode();
          return host.Excel.run((context) => planFill(context, scope, {
            capabilities: formCapabilities(), parseConfig, customXmlParts: customXmlPartsSupported(), ...(options.template === undefined ? {} : { template: options.template }),
          }));
        }, 'unchanged'),
      insertStarterTemplate: (language) =>
        exclusive(async () => {
          requireMarking();
          const { insertStarterTemplate } = await starterCode();
          return host.Excel.run((context) => insertStarterTemplate(context, language));
        }, 'unchanged'),
      fill: (request) => {
        let writing = false;
        return exclusive(
          async () => {
            if (request.template !== undefined) {
              const missing = [TEMPLATE_COPY_API_VERSION, TEMPLATE_PASTE_API_VERSION].filter((version) => !supportsExcelApi(host, version)).map((version) => `ExcelApi ${version}`);
              if (missing.length > 0) throw templateUnsupportedError(missing);
            }
            const { fillForms } = await fillCode();
            return host.Excel.run((context) => fillForms(context, request, {
              capabilities: formCapabilities(), parseConfig, customXmlParts: customXmlPartsSupported(), onFirstWrite: () => (writing = true),
            }));
          },
          () => (writing ? 'partial' : 'unchanged'),
        );
      },
      describe: (request) =>
        exclusive(async () => {
          const { describeForms } = await fillCode();
          return host.Excel.run((context) => describeForms(context, request, { parseConfig, customXmlParts: customXmlPartsSupported() }));
        }, 'unchanged'),
      ...(createWorkbook ? { openWorkbook: (data: Uint8Array) => exclusive(() => createWorkbook(base64Of(data)), 'unchanged') } : {}),
    },
  };
}
