import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_CONFIG, type Grid, type Issue, type RuleConfig } from '../core/model';
import { coverageOf, type TableCoverage } from '../core/rules/coverage';
import { RULES } from '../core/rules/registry';
import type { HeaderCell } from '../core/table/types';
import { summarize, validateWorkbook, type WorkbookOverrides } from '../core/validate';
import { identifySpreadsheet } from '../xlsx/file-format';
import { WorkbookReadError, readSpreadsheet, readWorkbook } from '../xlsx/read';
import { readCsvFile } from '../xlsx/read-csv-file';
import { readSpreadsheetFile } from '../xlsx/read-file';
import { readConfigFile } from './config-file';
import { parseColumnMaps, unknownMappedSheets } from './column-map';
import { checkOutputPath, writeFileWhole } from './output-file';
import { quietWhenReaderLeaves, writePieces } from './stream-output';
import { terminalSafeJsonPieces, visibleLines, visibleText } from './terminal-text';
import { notCheckedLines, summaryLine, textReport, type Language } from './text-report';
import { CliError, USAGE, commandUsage } from './usage';

interface Output {
  /** One text, then a line break. */
  stdout: (text: string) => void;
  /** One text given in pieces, written as they come, then a line break; without it, the pieces joined go to `stdout`. */
  stdoutPieces?: (pieces: Iterable<string>) => void | Promise<void>;
  stderr: (text: string) => void;
  /** The terminal's width when stdout is a terminal: the text report wraps to it. */
  columns?: number;
}

/**
 * The JSON contract of DESIGN §6, version 1, with per table how each column was read
 * (`headers`) and the rules run and not run (`rules`) — fields added, none renamed. A file that
 * could not be read, among several, has `error` (the one-line reason) and no tables or issues.
 */
interface JsonFileResult {
  file: string;
  error?: string;
  tables: {
    sheet: string; role: string; headerRow: number; rows: number; columns: Record<string, string>;
    headers: Pick<HeaderCell, 'column' | 'text' | 'field' | 'recognition' | 'candidates' | 'reason'>[];
    rules: TableCoverage;
  }[];
  issues: Issue[];
}

/**
 * One file read and validated: its bytes, sheets, tables and findings. Throws a one-line CliError or
 * WorkbookReadError when it cannot be read or holds no recognisable table.
 */
async function checkFile(file: string, config: RuleConfig, overrides: WorkbookOverrides) {
  // Read in bounded chunks under the config's limits: a device, an endless pipe or a bomb is one line.
  const data = readSpreadsheetFile(file, config.limits);
  const grids = await readWorkbook(data, basename(file), config.limits);
  return { data, grids, ...findingsOf(file, grids, config, overrides) };
}

/**
 * checkFile without the bytes: they are let go once the sheets are read, before the tables are
 * built (a 300,000-report CSV is 150 MB), for a caller that writes no copy of the file.
 */
async function checkSheets(file: string, config: RuleConfig, overrides: WorkbookOverrides) {
  const grids = await readSheets(file, config);
  return { data: undefined, grids, ...findingsOf(file, grids, config, overrides) };
}

/**
 * The sheets of `file`, its bytes held no longer than they must be: a CSV file is read a chunk at a time, neither
 * its whole bytes nor its whole text held (a 300,000-report CSV is 150 MB of each); any other file's bytes are
 * only identifySpreadsheet's argument, never a variable of a function still running.
 */
async function readSheets(file: string, config: RuleConfig): Promise<Grid[]> {
  const streamed = readCsvFile(file, basename(file), config.limits);
  if (streamed) return streamed;
  const source = await identifySpreadsheet(readSpreadsheetFile(file, config.limits), basename(file), config.limits);
  return readSpreadsheet(source, basename(file), config.limits);
}

function findingsOf(file: string, grids: Grid[], config: RuleConfig, overrides: WorkbookOverrides) {
  const { tables, issues } = validateWorkbook(grids, config, overrides);
  if (tables.length === 0) {
    throw new CliError(`${file}: no table with recognisable headers (such as รหัสโครงการ, ชื่อโครงการ, รายงานครั้งที่) in the first 20 rows of any sheet`);
  }
  return { tables, issues };
}

const isUnreadableFile = (error: unknown): error is Error => error instanceof CliError || error instanceof WorkbookReadError;

/** A --map naming a sheet not read is a typo that would otherwise change nothing, silently. */
function checkMappedSheets(overrides: WorkbookOverrides, sheets: ReadonlySet<string>, where: string): void {
  const unknown = unknownMappedSheets(overrides, sheets);
  if (unknown.length > 0) throw new CliError(`--map names sheet "${unknown[0]}", which ${where} has (sheets: ${[...sheets].join(', ')})`);
}

async function validateCommand(args: string[], out: Output): Promise<number> {
  const { values, positionals } = parseArgs({
    args, allowPositionals: true, strict: true,
    options: {
      format: { type: 'string', default: 'text' },
      lang: { type: 'string', default: 'th' },
      out: { type: 'string' },
      config: { type: 'string' },
      map: { type: 'string', multiple: true },
      force: { type: 'boolean', default: false },
    },
  });
  if (positionals.length === 0) throw new CliError('validate needs at least one .xlsx or .csv file');
  if (values.format !== 'text' && values.format !== 'json') throw new CliError(`--format must be text or json, not ${values.format}`);
  if (values.lang !== 'th' && values.lang !== 'en') throw new CliError(`--lang must be th or en, not ${values.lang}`);
  const lang: Language = values.lang;
  if (values.out !== undefined && positionals.length > 1) throw new CliError('--out takes one input file at a time');
  if (values.out !== undefined) checkOutputPath(values.out, positionals, values.force);
  const config: RuleConfig = values.config ? readConfigFile(values.config) : DEFAULT_CONFIG;
  const overrides = parseColumnMaps(values.map ?? []);
  const sheetsSeen = new Set<string>();

  const results: JsonFileResult[] = [];
  const allIssues: Issue[] = [];
  const lines: string[] = [];
  let unreadable = 0;
  for (const file of positionals) {
    let checked: Awaited<ReturnType<typeof checkFile | typeof checkSheets>>;
    try {
      checked = values.out === undefined ? await checkSheets(file, config, overrides) : await checkFile(file, config, overrides);
    } catch (error) {
      // One unreadable file among several must not hide the others' findings: said, then the rest.
      if (positionals.length === 1 || !isUnreadableFile(error)) throw error;
      unreadable++;
      out.stderr(`report-checker: ${visibleText(error.message)}`);
      results.push({ file, error: error.message, tables: [], issues: [] });
      lines.push(file, `  ${lang === 'th' ? 'อ่านไม่ได้' : 'not read'}: ${error.message}`);
      continue;
    }
    const { data, grids, tables, issues } = checked;
    for (const grid of grids) sheetsSeen.add(grid.sheet);
    if (positionals.length === 1) checkMappedSheets(overrides, sheetsSeen, file);
    // A loop, not push(...issues): spreading 120,000 findings as arguments overflows the stack.
    for (const issue of issues) allIssues.push(issue);
    results.push({
      file,
      tables: tables.map((t) => ({
        sheet: t.sheet, role: t.role, headerRow: t.headerRow, rows: t.rows.length,
        columns: Object.fromEntries(Object.entries(t.columns)) as Record<string, string>,
        headers: t.headers.map(({ column, text, field, recognition, candidates, reason }) => ({
          column, text, field, recognition: recognition ?? 'synonym',
          ...(candidates && candidates.length > 0 ? { candidates } : {}), ...(reason ? { reason } : {}),
        })),
        rules: coverageOf(t, tables, RULES, config),
      })),
      issues,
    });
    for (const line of textReport(file, tables, issues, lang, { width: out.columns })) lines.push(line);
    if (values.out !== undefined && data !== undefined) {
      writeFileWhole(values.out, await (await import(/* webpackChunkName: "annotate" */ '../xlsx/annotate')).writeAnnotatedWorkbook({ data, fileName: basename(file) }, issues, lang), values.force);
      lines.push(lang === 'th' ? `  บันทึกสำเนาที่ทำเครื่องหมายแล้ว: ${values.out}` : `  annotated copy written to ${values.out}`);
    }
  }
  // A --map may name a sheet of a file that could not be read.
  if (unreadable === 0) checkMappedSheets(overrides, sheetsSeen, 'none of the files');
  const summary = summarize(allIssues);
  if (values.format === 'json') {
    const pieces = terminalSafeJsonPieces({ version: 1, files: results, summary });
    if (out.stdoutPieces) await out.stdoutPieces(pieces);
    else out.stdout([...pieces].join(''));
  } else {
    for (const line of notCheckedLines(allIssues, lang)) lines.push(line);
    if (unreadable > 0) lines.push(lang === 'th' ? `อ่านไม่ได้ ${unreadable} ไฟล์` : `${unreadable} file${unreadable === 1 ? '' : 's'} not read`);
    lines.push(summaryLine(summary, lang));
    out.stdout(visibleLines(lines));
  }
  if (unreadable > 0) return 2;
  return summary.error > 0 ? 1 : 0;
}

async function sampleCommand(args: string[], out: Output): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, strict: true, options: { out: { type: 'string' } } });
  if (positionals.length > 0) throw new CliError(`sample takes no files (got ${positionals[0]})`);
  if (!values.out) throw new CliError('sample needs --out FILE.xlsx');
  writeFileWhole(values.out, await (await import(/* webpackChunkName: "sample" */ '../xlsx/sample')).buildSampleWorkbook(), true);
  out.stdout(visibleText(`sample workbook written to ${values.out}`));
  return 0;
}

const COMMANDS: readonly (string | undefined)[] = ['validate', 'fill', 'consolidate', 'sample'];

/** Runs the CLI; returns the exit code. Never lets a user's mistake end in a stack trace. */
export async function run(argv: string[], out: Output): Promise<number> {
  const [command, ...rest] = argv;
  // `COMMAND --help` (before any `--`, after which a --help is a file name) prints that command's usage.
  const options = rest.includes('--') ? rest.slice(0, rest.indexOf('--')) : rest;
  if (COMMANDS.includes(command) && (options.includes('--help') || options.includes('-h'))) {
    out.stdout(commandUsage(command));
    return 0;
  }
  try {
    switch (command) {
      case 'validate': return await validateCommand(rest, out);
      case 'fill': return await (await import(/* webpackChunkName: "fill" */ './fill-command')).fillCommand(rest, out, checkFile);
      case 'consolidate': return await (await import(/* webpackChunkName: "consolidate" */ './consolidate-command')).consolidateCommand(rest, out);
      case 'sample': return await sampleCommand(rest, out);
      case undefined: case '-h': case '--help': case 'help':
        out.stdout(USAGE);
        return command === undefined ? 2 : 0;
      default:
        throw new CliError(`unknown command "${command}" (try validate, fill, consolidate or sample; --help lists them)`);
    }
  } catch (error) {
    if (isUnreadableFile(error)) {
      out.stderr(`report-checker: ${visibleText(error.message)}`);
      return 2;
    }
    if (error instanceof TypeError && (error as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS')) {
      out.stderr(`report-checker: ${visibleText(error.message.split('\n')[0])}`);
      return 2;
    }
    throw error;
  }
}

/** The process entry: arguments from argv, exit code set on the process. */
export function main(): void {
  const stdout = quietWhenReaderLeaves(process.stdout);
  run(process.argv.slice(2), {
    stdout: (text) => stdout.write(`${text}\n`),
    stdoutPieces: (pieces) => writePieces(stdout, pieces),
    stderr: (text) => process.stderr.write(`${text}\n`),
    ...(process.stdout.isTTY && process.stdout.columns > 0 ? { columns: process.stdout.columns } : {}),
  }).then(
    (code) => { process.exitCode = code; },
    (error: unknown) => {
      // A bug, not a user mistake: still one line, never a stack trace.
      process.stderr.write(`report-checker: internal error: ${visibleText((error as Error)?.message ?? String(error))}\n`);
      process.exitCode = 2;
    },
  );
}

if (require.main === module) main();
