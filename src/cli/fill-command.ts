import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_CONFIG, type Grid, type Issue, type RuleConfig } from '../core/model';
import { buildRuleContext } from '../core/rules/context';
import { STANDARD_TEMPLATE, standardForm } from '../core/template/standard-form';
import type { SheetTable } from '../core/table/types';
import type { WorkbookOverrides } from '../core/validate';
import { writeFilledWorkbook } from '../xlsx/fill';
import { parseColumnMaps, unknownMappedSheets } from './column-map';
import { readConfigFile } from './config-file';
import { checkOutputPath, writeFileWhole } from './output-file';
import { visibleText } from './terminal-text';
import type { Language } from './text-report';
import { CliError } from './usage';

/**
 * `report-checker fill FILE (--project CODE… | --all) [--template standard] --out OUT.xlsx`
 * (DESIGN §6): the standard form of each project chosen, as a sheet of a copy of FILE. The
 * input is never changed. A project whose data has error-level findings is still filled, with a
 * warning; the exit code then is 1, as validate's would be.
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
    },
  });
  if (positionals.length === 0) throw new CliError('fill needs an .xlsx or .csv file');
  if (positionals.length > 1) throw new CliError(`fill takes one file (got ${positionals.length}); to name several projects, repeat --project or separate codes with commas`);
  if (values.lang !== 'th' && values.lang !== 'en') throw new CliError(`--lang must be th or en, not ${values.lang}`);
  const lang: Language = values.lang;
  const requested = projectCodes(values.project ?? []);
  if (values.all && requested.length > 0) throw new CliError('give either --project CODE or --all, not both');
  if (!values.all && requested.length === 0) throw new CliError('fill needs --project CODE (repeatable) or --all');
  if (values.template !== STANDARD_TEMPLATE) {
    throw new CliError(`--template ${values.template}: custom templates are not yet supported; only --template standard (the default) can be filled`);
  }
  if (values.out === undefined) throw new CliError('fill needs --out OUT.xlsx (the input is never changed)');
  const [file] = positionals;
  checkOutputPath(values.out, [file], values.force);
  const config: RuleConfig = values.config ? readConfigFile(values.config) : DEFAULT_CONFIG;
  const overrides = parseColumnMaps(values.map ?? []);

  const { data, grids, tables, issues } = await checkFile(file, config, overrides);
  const unknownSheets = unknownMappedSheets(overrides, new Set(grids.map((grid) => grid.sheet)));
  if (unknownSheets.length > 0) throw new CliError(`--map names sheet "${unknownSheets[0]}", which ${file} has not (sheets: ${grids.map((grid) => grid.sheet).join(', ')})`);
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
  const descriptions = codes.map((code) => {
    const projectIssues = issuesByProject.get(code) ?? [];
    const errors = projectIssues.filter((issue) => issue.severity === 'error');
    if (errors.length > 0) {
      withErrors++;
      out.stderr(visibleText(errorWarning(code, errors, lang)));
    }
    return standardForm(context.projectByCode.get(code)!, context.reportsByCode.get(code) ?? [], {
      ...(values.findings ? { findings: projectIssues } : {}),
      language: lang,
    });
  });

  const filled = await writeFilledWorkbook({ data, fileName: basename(file) }, descriptions);
  writeFileWhole(values.out, filled.data, values.force);
  out.stdout(visibleText(summaryLine(filled.sheets, values.out, lang)));
  return withErrors > 0 ? 1 : 0;
}
