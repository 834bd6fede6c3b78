/// <reference types="office-js" />
/**
 * Filling the standard form from the task pane (DESIGN §2, §9): the workbook
 * is read and checked as validation reads it (without marking), each chosen
 * project's form is laid out by the core (standardForm) and written as a new
 * sheet (form-writes.ts), many sheets to a sync under the payload budget, the
 * pane told after each sync and given the thread between sheets so its
 * progress bar paints.
 *
 * Names: `แบบฟอร์ม <code>` made valid and unique among every sheet, a user's
 * sheet never touched. A form the add-in filled before for the same project
 * (form-record.ts), or the command line did (generated-sheets-part.ts), is
 * replaced where it stands, under its name.
 */
import type { Issue, RuleConfig } from '../../core/model';
import { uniqueSheetName } from '../../core/output/sheet-name';
import { buildRuleContext } from '../../core/rules/context';
import { parseAddress } from '../../core/table/address';
import type { ProjectRecord, ReportRecord } from '../../core/table/types';
import { recordKey, sheetsStillFilled } from '../../core/template/filled-sheets';
import { STANDARD_TEMPLATE, standardForm } from '../../core/template/standard-form';
import type { SheetDescription } from '../../core/template/sheet-description';
import { templateOrigin, templateProblemTexts, workbookTemplates, type WorkbookTemplate } from '../../core/template/workbook-templates';
import { validateWorkbook } from '../../core/validate';
import { splitQualifiedAddress } from '../addresses';
import { recordedIssuesSheet } from '../issues-sheet';
import { readGrids } from '../read';
import { readState } from '../state-sheet';
import { OPERATION_OVERHEAD_BYTES, WriteQueue } from '../sync-budget';
import type { CheckerSettings, FilledForm, FillPlan, FillProject, FillRequest, FillResult, FillScope, FillStep, FormFeature } from '../types';
import { splitWaived } from '../waivers';
import { scanWorkbook, type WorkbookScan } from '../workbook-scan';
import { FORMS_SHEET, queueFormsRecordRead, writeFormsRecord, type FilledSheet } from './form-record';
import { queueGeneratedSheetsLookup } from './generated-sheets-part';
import { formWrites, type FormCapabilities } from './form-writes';
import { PageTurns } from '../page-turns';

/** The settings' rule configuration read and checked (checker.ts): invalid settings are the user's to correct. */
export type ParseConfig = (config: CheckerSettings['config']) => RuleConfig;

/** ExcelApi 1.5 is there: the command line's record of its forms (a custom XML part) is read too. */
type CustomXmlParts = { customXmlParts?: boolean };

/** The workbook as filling sees it: its sheets, projects and reports, findings, own forms and active cell. */
export interface FillData {
  scan: WorkbookScan;
  projectByCode: Map<string, ProjectRecord>;
  reportsByCode: Map<string, ReportRecord[]>;
  /** Error-level findings not waived, by project code. */
  errorsByProject: Map<string, Issue[]>;
  /** Every finding not waived, by project code: listed beside a form when asked. */
  issuesByProject: Map<string, Issue[]>;
  /** The record of filled forms, and whether its sheet exists. */
  record: { sheets: FilledSheet[]; exists: boolean };
  /** The add-in's forms still in the workbook, by project (standard form only). */
  ownForms: Map<string, FilledSheet>;
  /** Every sheet the add-in or the command line filled that is still theirs, whatever the template, by recordKey. */
  ownSheets: Map<string, FilledSheet>;
  /** The sheets holding placeholders: custom templates. */
  templates: WorkbookTemplate[];
  /** The active cell: its sheet and 1-based row. */
  active?: { sheet: string; row: number };
}

/**
 * Reads what filling needs, in few syncs whatever the number of projects: the first look (2), the
 * record, every sheet's A1 and the active cell (1), the data (1 or more), the long state sections (0 or more).
 * The command line's record rides on the first look and on the record's sync.
 */
async function readFillData(context: Excel.RequestContext, parseConfig: ParseConfig, customXmlParts = false): Promise<FillData> {
  // The command line's record is looked up before the first look, whose first sync settles whether it is there.
  const generated = queueGeneratedSheetsLookup(context, customXmlParts);
  const scan = await scanWorkbook(context);
  const record = queueFormsRecordRead(context, scan.sheets.some((sheet) => sheet.name === FORMS_SHEET));
  generated.queueXml();
  const worksheets = context.workbook.worksheets;
  const firstCells = scan.sheets
    .filter((sheet) => sheet.visibility !== 'VeryHidden')
    .map((sheet) => ({ name: sheet.name, cell: worksheets.getItem(sheet.name).getRange('A1').load('values') }));
  const activeCell = context.workbook.getActiveCell().load('address');
  await context.sync();

  const a1 = new Map(firstCells.map(({ name, cell }) => [name, cell.values[0][0]]));
  const recorded = record.sheets();
  // The pane's own record first, then the command line's; an entry counts while its sheet's A1 holds what was written there.
  const ownSheets = sheetsStillFilled([recorded, generated.sheets()], (name) => a1.get(name));
  const stillFilled = [...ownSheets.values()];
  const ownForms = new Map(stillFilled.filter((entry) => entry.template === STANDARD_TEMPLATE).map((entry) => [entry.project, entry]));
  const { sheet: activeSheet, address } = splitQualifiedAddress(activeCell.address);
  const activeAt = parseAddress(address.replace(/\$/g, '').split(':')[0]);

  const state = await readState(context, scan);
  const config = parseConfig(state.settings.config);
  const ownIssuesSheet = recordedIssuesSheet(scan, state.marks.issuesSheet);
  // The add-in's own sheets are not data: its Issues sheet and the sheets it filled are left unread.
  const exclude = new Set([...(ownIssuesSheet ? [ownIssuesSheet] : []), ...stillFilled.map((form) => form.name)]);
  const grids = await readGrids(context, scan, { exclude });
  const result = validateWorkbook(grids, config, state.settings.overrides);
  const { kept } = splitWaived(result.issues, state.settings.waivers);
  const errorsByProject = new Map<string, Issue[]>();
  const issuesByProject = new Map<string, Issue[]>();
  for (const issue of kept) {
    if (issue.project === undefined) continue;
    issuesByProject.set(issue.project, [...(issuesByProject.get(issue.project) ?? []), issue]);
    if (issue.severity === 'error') errorsByProject.set(issue.project, [...(errorsByProject.get(issue.project) ?? []), issue]);
  }
  const rules = buildRuleContext(result.tables, config);
  return {
    scan,
    projectByCode: rules.projectByCode,
    reportsByCode: rules.reportsByCode,
    errorsByProject,
    issuesByProject,
    record: { sheets: recorded, exists: record.exists },
    ownForms,
    ownSheets,
    templates: workbookTemplates(grids),
    active: activeSheet !== undefined && activeAt ? { sheet: activeSheet, row: activeAt.row + 1 } : undefined,
  };
}

/** The project whose row holds the active cell (a projects, reports or flat table's row), or whose form the active sheet is. */
function projectAtActiveCell(data: FillData): string | undefined {
  const active = data.active;
  if (!active) return undefined;
  const sheet = active.sheet.toLocaleUpperCase();
  for (const form of data.ownForms.values()) if (form.name.toLocaleUpperCase() === sheet) return form.project;
  for (const record of data.projectByCode.values()) {
    if (record.table.sheet.toLocaleUpperCase() === sheet && record.row.row === active.row) return record.value.code;
  }
  for (const reports of data.reportsByCode.values()) {
    for (const report of reports) {
      if (report.table.sheet.toLocaleUpperCase() === sheet && report.row.row === active.row) return report.value.projectCode;
    }
  }
  return undefined;
}

function fillProject(data: FillData, code: string): FillProject {
  const name = data.projectByCode.get(code)?.value.name?.trim();
  return { code, ...(name ? { name } : {}), errors: data.errorsByProject.get(code)?.length ?? 0 };
}

/** What this host lacks of what a form uses. */
export function unsupportedFeatures(capabilities: FormCapabilities): FormFeature[] {
  return [...(capabilities.pageLayout ? [] : ['page-layout' as const]), ...(capabilities.gridlines ? [] : ['gridlines' as const])];
}

/** Which projects a scope stands for, in workbook order. */
function scopeCodes(data: FillData, scope: FillScope): string[] {
  const known = [...data.projectByCode.keys()];
  if (scope.kind === 'all') return known;
  if (scope.kind === 'chosen') {
    const chosen = new Set(scope.codes);
    return known.filter((code) => chosen.has(code));
  }
  const code = projectAtActiveCell(data);
  return code !== undefined && data.projectByCode.has(code) ? [code] : [];
}

/** What filling `scope` would do: the projects, their error-level findings, the earlier forms it would replace. */
export async function planFill(
  context: Excel.RequestContext,
  scope: FillScope,
  options: { capabilities: FormCapabilities; parseConfig: ParseConfig; template?: string } & CustomXmlParts,
): Promise<FillPlan> {
  const data = await readFillData(context, options.parseConfig, options.customXmlParts);
  const codes = scopeCodes(data, scope);
  const origin = options.template === undefined ? STANDARD_TEMPLATE : templateOrigin(options.template);
  return {
    projects: codes.map((code) => fillProject(data, code)),
    available: [...data.projectByCode.keys()].map((code) => fillProject(data, code)),
    replaces: codes.flatMap((code) => {
      const form = data.ownSheets.get(recordKey({ template: origin, project: code }));
      return form ? [form.name] : [];
    }),
    unsupported: unsupportedFeatures(options.capabilities),
    templates: data.templates.map((template) => ({
      sheet: template.sheet,
      placeholders: template.check.used.length,
      problems: templateProblemTexts(template),
    })),
  };
}

/**
 * Makes room for one sheet's writes (`bytes`, every operation's overhead included) — a sync holds
 * whole sheets, so progress counts sheets written — then tells the pane how far it is when a sync
 * went out and gives the page a turn now and then.
 */
export function sheetPacer(writes: WriteQueue, onProgress: ((step: FillStep) => void) | undefined, total: number) {
  const turns = new PageTurns();
  return async (index: number, bytes: number): Promise<void> => {
    const syncs = writes.syncs;
    await writes.reserve(bytes);
    if (writes.syncs > syncs) {
      onProgress?.({ done: index, total });
      await turns.give();
    } else {
      await turns.giveIfDue();
    }
  };
}

/**
 * The record after a fill from `template`: the add-in's other sheets still in the workbook kept,
 * those written now renewed (replacing the entries they replaced). Queued when anything was written.
 */
export async function recordFilledSheets(
  context: Excel.RequestContext, writes: WriteQueue, data: FillData, template: string, written: readonly FilledSheet[], taken: readonly string[],
): Promise<void> {
  if (written.length === 0) return;
  const writtenKeys = new Set(written.map(recordKey));
  const kept = [...data.ownSheets.values()].filter((form) => !writtenKeys.has(recordKey(form)));
  const keptNames = new Set(kept.map((form) => form.name));
  const others = data.record.sheets.filter((entry) => entry.template !== template && taken.includes(entry.name) && !keptNames.has(entry.name));
  await writeFormsRecord(context, writes, [...others, ...kept, ...written], data.record.exists);
}

/** The standard form of a project the data holds, with its findings beside it when asked. */
function projectForm(data: FillData, code: string, request: FillRequest): SheetDescription {
  return standardForm(data.projectByCode.get(code)!, data.reportsByCode.get(code) ?? [], {
    ...(request.findings ? { findings: data.issuesByProject.get(code) ?? [] } : {}),
    ...(request.language ? { language: request.language } : {}),
  });
}

/** The codes asked for that the workbook has, once each, in the order given. */
function knownCodes(data: FillData, codes: readonly string[]): string[] {
  return [...new Set(codes)].filter((code) => data.projectByCode.has(code));
}

/**
 * The forms of `request.codes` laid out as fillForms would write them, nothing written: the
 * pane makes a workbook of them (the same sheets as `fill --forms-only`).
 */
export async function describeForms(context: Excel.RequestContext, request: FillRequest, options: { parseConfig: ParseConfig } & CustomXmlParts): Promise<SheetDescription[]> {
  const data = await readFillData(context, options.parseConfig, options.customXmlParts);
  return knownCodes(data, request.codes).map((code) => projectForm(data, code, request));
}

/** The text a description writes in A1: how the record knows the sheet again. */
function firstCellText(description: SheetDescription): string {
  const cell = description.cells.find((candidate) => candidate.row === 0 && candidate.column === 0);
  return cell?.content?.kind === 'text' ? cell.content.text : '';
}

/**
 * Fills the standard form of each project in `codes` (those the workbook has, in the order given)
 * as a sheet of its own, then records the sheets. Returns the forms written.
 */
export async function fillForms(
  context: Excel.RequestContext,
  request: FillRequest & { onProgress?: (step: FillStep) => void },
  options: { capabilities: FormCapabilities; parseConfig: ParseConfig; onFirstWrite?: () => void } & CustomXmlParts,
): Promise<FillResult> {
  const data = await readFillData(context, options.parseConfig, options.customXmlParts);
  const codes = knownCodes(data, request.codes);
  if (request.template !== undefined) {
    const { fillTemplateSheets } = await import(/* webpackChunkName: "fill-host" */ './fill-template');
    return fillTemplateSheets(context, data, { ...request, template: request.template, codes }, options);
  }
  const total = codes.length;
  const taken = data.scan.sheets.map((sheet) => sheet.name);
  const position = new Map(data.scan.sheets.map((sheet, index) => [sheet.name, index]));
  const worksheets = context.workbook.worksheets;
  const writes = new WriteQueue(context, options.onFirstWrite);
  const forms: FilledForm[] = [];
  const written: FilledSheet[] = [];
  const pace = sheetPacer(writes, request.onProgress, total);

  request.onProgress?.({ done: 0, total });
  for (const [index, code] of codes.entries()) {
    const description = projectForm(data, code, request);
    const sheetWrites = formWrites(description, options.capabilities);
    await pace(index, sheetWrites.reduce((sum, write) => sum + write.bytes + OPERATION_OVERHEAD_BYTES, 0));

    const earlier = data.ownForms.get(code);
    let sheet: Excel.Worksheet;
    let name: string;
    if (earlier) {
      // Replaced where it stands: deleted and added again under its name, at its place among the tabs.
      name = earlier.name;
      worksheets.getItem(name).delete();
      sheet = worksheets.add(name);
      sheet.position = position.get(name) ?? data.scan.sheets.length;
    } else {
      name = uniqueSheetName(description.name, taken);
      taken.push(name);
      sheet = worksheets.add(name);
    }
    for (const write of sheetWrites) write.apply(sheet);
    if (index === 0) sheet.activate();
    forms.push({ sheet: name, project: code, replaced: earlier !== undefined });
    written.push({ name, template: STANDARD_TEMPLATE, project: code, firstCell: firstCellText(description) });
  }

  // The record keeps the add-in's other sheets still in the workbook and renews those written now.
  await recordFilledSheets(context, writes, data, STANDARD_TEMPLATE, written, taken);
  await writes.flush();
  request.onProgress?.({ done: total, total });
  return { forms, unsupported: unsupportedFeatures(options.capabilities) };
}

