import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_CONFIG, type Grid, type Issue, type IsoDate, type RuleConfig } from '../core/model';
import { toIso } from '../core/parse/calendar';
import { buildRuleContext } from '../core/rules/context';
import { STANDARD_TEMPLATE, standardForm } from '../core/template/standard-form';
import { templateProblemsLine } from '../core/template/template-check';
import type { SheetTable } from '../core/table/types';
import type { WorkbookOverrides } from '../core/validate';
import type { SheetDescription } from '../core/template/sheet-description';
import { sheetTemplate, workbookTemplate, writeFilledWorkbook, writeFormsWorkbook, writeTemplateFilledWorkbook, type CustomTemplate } from '../xlsx/fill';
import { readSpreadsheetFile } from '../xlsx/read-file';
import { parseColumnMaps, unknownMappedSheets } from './column-map';
import { readConfigFile } from './config-file';
import { checkOutputPath, writeFileWhole } from './output-file';
import { visibleText } from './terminal-text';
import type { Language } from './text-report';
import { CliError } from './usage';

/**
 * `report-checker fill FILE (--project CODE… | --all) [--template standard|SHEET|TEMPLATE.xlsx] --out OUT.xlsx`
 * (DESIGN §6): the standard form, or a custom template (a sheet of FILE, or the first sheet with
 * placeholders of a workbook of its own), filled for each project chosen as a sheet of a copy of
 * FILE — or, with --forms-only, the standard forms as a workbook of their own. The input is never changed. A template with a mistake is refused in one line, naming the
 * placeholder and its cell, before anything is written. A project whose data has error-level
 * findings is still filled, with a warning; the exit code then is 1, as validate's would be.
 */

interface Output {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** Reads and validates one file (main.ts's checkFile): its bytes, sheets, tables and findings. */
export type CheckFile = (file: string, config: RuleConfig, overrides: WorkbookOverrides) => Promise<{
  data: Uint8Array; grids: Grid[]; tables: SheetTable[]; issues: Issue[];
}>;

/** `--project a --project b,c` → `['a', 'b', 'c']`, each once, in the order given. */
function projectCodes(values: readonly string[]): string[] {
  return [...new Set(values.flatMap((value) => value.split(',')).map((code) => code.trim()).filter((code) => code !== ''))];
}

function projectList(codes: readonly string[]): string {
  const shown = codes.slice(0, 3).join(', ');
  return codes.length > 3 ? `${shown}, … ${codes.length} in all` : shown;
}

function errorWarning(code: string, errors: readonly Issue[], lang: Language): string {
  const rules = [...new Set(errors.map((issue) => issue.rule))].join(', ');
  return lang === 'th'
    ? `คำเตือน: โครงการ ${code} มีข้อผิดพลาด ${errors.length} รายการ (${rules}) แบบฟอร์มแสดงข้อมูลตามที่บันทึกไว้ ดูรายละเอียดด้วยคำสั่ง validate`
    : `warning: project ${code} has ${errors.length} error-level finding${errors.length === 1 ? '' : 's'} (${rules}); its form shows the data as it is — run validate for details`;
}

/** The day on the calendar of the machine filling: what `{{today}}` means to the person filling. */
function localToday(): IsoDate {
  const now = new Date();
  return toIso(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/**
 * The custom template `--template` names: a sheet of FILE (its name, any case), else an .xlsx
 * workbook of its own. A template with a mistake, or none found, is a one-line error.
 */
async function customTemplate(name: string, source: { data: Uint8Array; fileName: string }, file: string, sheets: readonly string[], config: RuleConfig): Promise<CustomTemplate> {
  let template = await sheetTemplate(source, name);
  if (!template) {
    if (!/\.xls[xm]$/i.test(name)) {
      throw new CliError(`--template ${name}: ${file} has no sheet of that name (its sheets: ${sheets.join(', ')}), and it is not an .xlsx file`);
    }
    if (!existsSync(name)) throw new CliError(`--template ${name}: no such file, and ${file} has no sheet of that name`);
    template = await workbookTemplate({ data: readSpreadsheetFile(name, config.limits), fileName: basename(name) });
    if (!template) throw new CliError(`--template ${name}: the workbook has no worksheet`);
  }
  const problems = templateProblemsLine(template.check, 'en');
  if (problems !== undefined) throw new CliError(`--template ${name}: ${problems}`);
  return template;
}

function summaryLine(sheets: readonly { name: string; replaced: boolean }[], out: string, lang: Language): string {
  const names = sheets.length <= 3 ? sheets.map((sheet) => sheet.name).join(', ') : `${sheets[0].name} … ${sheets[sheets.length - 1].name}`;
  const replaced = sheets.filter((sheet) => sheet.replaced).length;
  if (lang === 'th') return `เขียนแบบฟอร์ม ${sheets.length} ชีตลงใน ${out}${replaced > 0 ? ` (แทนที่ชีตเดิม ${replaced} ชีต)` : ''}: ${names}`;
  const count = `${sheets.length} form sheet${sheets.length === 1 ? '' : 's'}`;
  return `${count} written to ${out}${replaced > 0 ? ` (${replaced} replacing earlier ones)` : ''}: ${names}`;
}

export async function fillCommand(args: string[], out: Output, checkFile: CheckFile): Promise<number> {
  const { values, positionals } = parseArgs({
    args, allowPositionals: true, strict: true,
    options: {
      project: { type: 'string', multiple: true },
      all: { type: 'boolean', default: false },
      template: { type: 'string', default: STANDARD_TEMPLATE },
      out: { type: 'string' },
      force: { type: 'boolean', default: false },
      lang: { type: 'string', default: 'th' },
      config: { type: 'string' },
      map: { type: 'string', multiple: true },
      findings: { type: 'boolean', default: false },
      'forms-only': { type: 'boolean', default: false },
    },
  });
  if (positionals.length === 0) throw new CliError('fill needs an .xlsx or .csv file');
  if (positionals.length > 1) throw new CliError(`fill takes one file (got ${positionals.length}); to name several projects, repeat --project or separate codes with commas`);
  if (values.lang !== 'th' && values.lang !== 'en') throw new CliError(`--lang must be th or en, not ${values.lang}`);
  const lang: Language = values.lang;
  const requested = projectCodes(values.project ?? []);
  if (values.all && requested.length > 0) throw new CliError('give either --project CODE or --all, not both');
  if (!values.all && requested.length === 0) throw new CliError('fill needs --project CODE (repeatable) or --all');
  const standard = values.template === STANDARD_TEMPLATE;
  if (!standard && values.findings) throw new CliError('--findings lists the findings beside the standard form; a custom template has no place for them');
  if (!standard && values['forms-only']) throw new CliError('--forms-only writes the standard forms alone; a custom template is filled into a copy of the workbook that holds its styles (leave out --forms-only)');
  if (values.out === undefined) throw new CliError('fill needs --out OUT.xlsx (the input is never changed)');
  const [file] = positionals;
  checkOutputPath(values.out, [file], values.force);
  const config: RuleConfig = values.config ? readConfigFile(values.config) : DEFAULT_CONFIG;
  const overrides = parseColumnMaps(values.map ?? []);

  const { data, grids, tables, issues } = await checkFile(file, config, overrides);
  const unknownSheets = unknownMappedSheets(overrides, new Set(grids.map((grid) => grid.sheet)));
  if (unknownSheets.length > 0) throw new CliError(`--map names sheet "${unknownSheets[0]}", which ${file} has not (sheets: ${grids.map((grid) => grid.sheet).join(', ')})`);
  const source = { data, fileName: basename(file) };
  const template = standard ? undefined : await customTemplate(values.template, source, file, grids.map((grid) => grid.sheet), config);
  const context = buildRuleContext(tables, config);
  const known = [...context.projectByCode.keys()];
  if (known.length === 0) throw new CliError(`${file} has no project rows to fill a form from (a table with รหัสโครงการ and ชื่อโครงการ)`);
  const missing = requested.find((code) => !context.projectByCode.has(code));
  if (missing !== undefined) throw new CliError(`project ${missing} is not in ${file} (its projects: ${projectList(known)})`);
  const codes = values.all ? known : requested;

  const issuesByProject = new Map<string, Issue[]>();
  for (const issue of issues) {
    if (issue.project === undefined) continue;
    let list = issuesByProject.get(issue.project);
    if (!list) issuesByProject.set(issue.project, (list = []));
    list.push(issue);
  }
  let withErrors = 0;
  for (const code of codes) {
    const errors = (issuesByProject.get(code) ?? []).filter((issue) => issue.severity === 'error');
    if (errors.length > 0) {
      withErrors++;
      out.stderr(visibleText(errorWarning(code, errors, lang)));
    }
  }

  const filled = template
    ? await writeTemplateFilledWorkbook(source, template, codes.map((code) => ({ project: context.projectByCode.get(code)!, reports: context.reportsByCode.get(code) ?? [] })), localToday())
    : await (values['forms-only'] ? writeFormsWorkbook : (forms: SheetDescription[]) => writeFilledWorkbook(source, forms))(
      codes.map((code) => standardForm(context.projectByCode.get(code)!, context.reportsByCode.get(code) ?? [], {
        ...(values.findings ? { findings: issuesByProject.get(code) ?? [] } : {}),
        language: lang,
      })),
    );
  writeFileWhole(values.out, filled.data, values.force);
  out.stdout(visibleText(summaryLine(filled.sheets, values.out, lang)));
  return withErrors > 0 ? 1 : 0;
}
