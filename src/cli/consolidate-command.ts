import { createHash } from 'node:crypto';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { parseArgs } from 'node:util';
import type { RunRecord } from '../core/consolidate/changes';
import { consolidate, type Consolidation, type SourceFile } from '../core/consolidate/consolidate';
import { readPrintedForm } from '../core/consolidate/printed-form';
import { readSourceSheet, withPlainNumbers, type SheetReading } from '../core/consolidate/read-source';
import { DEFAULT_CONFIG, FIELD_LABEL, type Field, type RuleConfig } from '../core/model';
import { headerVocabulary } from '../core/table/read-tables';
import { summarize } from '../core/validate';
import type { SheetTable } from '../core/table/types';
import { consolidationRecordOf, readConsolidationRecord, writeConsolidatedWorkbook } from '../xlsx/consolidated-workbook';
import { decodeText } from '../xlsx/csv';
import { identifySpreadsheet } from '../xlsx/file-format';
import { WorkbookReadError, readSpreadsheet } from '../xlsx/read';
import { readSpreadsheetFile } from '../xlsx/read-file';
import { readConfigFile } from './config-file';
import { checkOutputPath, isSameFile, writeFileWhole } from './output-file';
import { terminalSafeJson, visibleText } from './terminal-text';
import type { Language } from './text-report';
import { CliError } from './usage';

/**
 * `report-checker consolidate FILE|DIR… --out OUT.xlsx [--config FILE.json] [--format text|json]`
 * (DESIGN §6, §9): every spreadsheet and printed-form text among the arguments — folders read
 * recursively, anything else skipped with one line — merged into one checked workbook with the
 * source of every row. The sources are only read. When OUT.xlsx (replaced with --force) or
 * --since names an earlier consolidation, what changed since is shown. Exit 2 only when nothing
 * usable was found; else 1 when the consolidated tables have errors, 0 when not.
 */

interface Output {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const SPREADSHEET = new Set(['.xlsx', '.xlsm', '.csv']);
const PRINTED_FORM = new Set(['.txt']);

/** A sheet as read, its tables kept as their mappings only: their rows are in `records` already. */
type SourceSheet = Omit<SheetReading, 'tables'> & { tables: Pick<SheetTable, 'headerRow' | 'role' | 'columns' | 'headers'>[] };

interface SourceReading {
  file: string;
  sha256?: string;
  readAt?: string;
  sheets: SourceSheet[];
  /** The printed form's text file, read whole. */
  text?: boolean;
  error?: string;
}

/** The files the arguments name, folders walked in name order; what is skipped, said once each. */
function collectFiles(paths: readonly string[], out: Output, skip: (file: string) => boolean): string[] {
  const files: string[] = [];
  const walk = (path: string, named: boolean) => {
    let stats;
    try {
      stats = statSync(path);
    } catch {
      throw new CliError(`${path}: no such file or folder`);
    }
    if (stats.isDirectory()) {
      for (const entry of readdirSync(path).sort()) {
        if (entry.startsWith('.') || entry.startsWith('~$')) continue;
        walk(join(path, entry), false);
      }
      return;
    }
    const extension = extname(path).toLowerCase();
    if (skip(path)) return;
    if (SPREADSHEET.has(extension) || PRINTED_FORM.has(extension) || named) files.push(path);
    else out.stderr(visibleText(`skipped ${path}: not a spreadsheet (.xlsx, .csv) or a printed form (.txt)`));
  };
  for (const path of paths) walk(path, true);
  return files;
}

async function readSource(file: string, config: RuleConfig): Promise<SourceReading> {
  const data = readSpreadsheetFile(file, config.limits);
  const sha256 = createHash('sha256').update(data).digest('hex');
  const readAt = new Date().toISOString();
  if (PRINTED_FORM.has(extname(file).toLowerCase())) {
    const text = decodeText(data);
    if (text === undefined) return { file, sha256, readAt, sheets: [], error: `${file} is not text` };
    return { file, sha256, readAt, text: true, sheets: [{ sheet: '', kind: 'printed-form', records: withPlainNumbers(readPrintedForm(text, file)), tables: [] }] };
  }
  // Unpacked once: for the record of an earlier consolidation, then for the cells.
  const source = await identifySpreadsheet(data, file, config.limits);
  if (source.kind === 'xlsx' && await consolidationRecordOf(source.zip)) {
    return { file, sha256, readAt, sheets: [], error: `${file} is a consolidated workbook this command wrote; its rows are already in their sources` };
  }
  const grids = await readSpreadsheet(source, file, config.limits);
  const vocabulary = headerVocabulary(config.headers);
  return { file, sha256, readAt, sheets: grids.map((grid) => mappingsOnly(readSourceSheet(grid, file, vocabulary))) };
}

/** A sheet's reading without its tables' rows, which a folder of large files would otherwise hold to the end. */
function mappingsOnly(reading: SheetReading): SourceSheet {
  return { ...reading, tables: reading.tables.map(({ headerRow, role, columns, headers }) => ({ headerRow, role, columns, headers })) };
}

const rowsOf = (reading: SourceReading) => reading.sheets.reduce((sum, s) => sum + s.records.projects.length + s.records.reports.length, 0);

function mappingLines(reading: SourceReading, lang: Language): string[] {
  const lines: string[] = [];
  for (const sheet of reading.sheets) {
    const where = sheet.sheet === '' ? reading.file : `${reading.file} › ${sheet.sheet}`;
    const counts = lang === 'th'
      ? `โครงการ ${sheet.records.projects.length} แถว รายงาน ${sheet.records.reports.length} แถว`
      : `${sheet.records.projects.length} project rows, ${sheet.records.reports.length} report rows`;
    if (sheet.kind === 'none') { lines.push(`  ${where}: ${lang === 'th' ? 'ไม่พบตาราง ข้ามชีตนี้' : 'no table found, skipped'}`); continue; }
    if (sheet.kind !== 'table') { lines.push(`  ${where}: ${sheet.kind === 'form' ? (lang === 'th' ? 'แบบฟอร์มมาตรฐาน' : 'standard form') : (lang === 'th' ? 'แบบฟอร์มที่พิมพ์จากระบบ' : 'printed form')} — ${counts}`); continue; }
    for (const table of sheet.tables) {
      const columns = table.headers.filter((h) => h.text !== '').map((h) => {
        if (!h.field) return `${h.column} "${h.text}" → ?`;
        const guessed = h.recognition === 'meaning' || h.recognition === 'data' ? (lang === 'th' ? ' (เดา)' : ' (guessed)') : '';
        return `${h.column} → ${FIELD_LABEL[h.field as Field][lang]}${guessed}`;
      });
      lines.push(`  ${where}: ${lang === 'th' ? 'หัวตารางแถว' : 'header row'} ${table.headerRow} — ${counts}`);
      lines.push(`    ${columns.join(', ')}`);
    }
  }
  for (const problem of reading.sheets.flatMap((s) => s.records.problems)) lines.push(`  ${reading.file}: ${problem[lang]}`);
  return lines;
}

function textReport(readings: readonly SourceReading[], result: Consolidation, out: string, lang: Language): string[] {
  const th = lang === 'th';
  const lines: string[] = [th ? 'แหล่งข้อมูล:' : 'Sources:'];
  for (const reading of readings) {
    if (reading.error) lines.push(`  ${reading.error}`);
    else lines.push(...mappingLines(reading, lang));
  }
  const counts = summarize(result.issues);
  lines.push(th
    ? `รวมได้ ${result.projects.sources.length} โครงการ ${result.reports.sources.length} รายงาน ข้อมูลขัดแย้ง ${result.conflicts.length} รายการ`
    : `Consolidated ${result.projects.sources.length} projects and ${result.reports.sources.length} reports; ${result.conflicts.length} conflicts`);
  lines.push(th
    ? `ผลการตรวจ: ข้อผิดพลาด ${counts.error} คำเตือน ${counts.warning} ข้อสังเกต ${counts.info}`
    : `Checked: ${counts.error} errors, ${counts.warning} warnings, ${counts.info} info`);
  for (const issue of result.issues.filter((i) => i.severity === 'error').slice(0, 20)) {
    const source = issue.source ? ` ← ${issue.source.file}${issue.source.sheet ? ` › ${issue.source.sheet}` : ''} ${issue.source.cell ?? `${th ? 'แถว' : 'row'} ${issue.source.row}`}` : '';
    lines.push(`  ${issue.sheet}!${issue.cell}${source}: ${issue.message[lang]}`);
  }
  const errors = result.issues.filter((i) => i.severity === 'error').length;
  if (errors > 20) lines.push(th ? `  … และอีก ${errors - 20} รายการ ดูในไฟล์ผลลัพธ์` : `  … and ${errors - 20} more; see the output workbook`);
  if (result.changes) {
    const { files, agencies, since } = result.changes;
    lines.push(th ? `เทียบกับการรวบรวมเมื่อ ${since}: ไฟล์ใหม่ ${files.added.length} เปลี่ยน ${files.changed.length} หายไป ${files.missing.length}` : `Since ${since}: ${files.added.length} new files, ${files.changed.length} changed, ${files.missing.length} missing`);
    for (const agency of agencies) {
      lines.push(th ? `  ${agency.agency}: เพิ่ม ${agency.added} เปลี่ยน ${agency.changed} หายไป ${agency.removed} แถว` : `  ${agency.agency}: ${agency.added} rows added, ${agency.changed} changed, ${agency.removed} removed`);
    }
  }
  lines.push(th ? `เขียนผลลงใน ${out}` : `Written to ${out}`);
  return lines;
}

function jsonReport(readings: readonly SourceReading[], result: Consolidation, out: string) {
  return {
    version: 1,
    out,
    sources: readings.map((reading) => ({
      file: reading.file,
      ...(reading.error ? { error: reading.error } : {}),
      ...(reading.sha256 ? { sha256: reading.sha256, readAt: reading.readAt } : {}),
      sheets: reading.sheets.map((sheet) => ({
        sheet: sheet.sheet, kind: sheet.kind,
        projects: sheet.records.projects.length, reports: sheet.records.reports.length,
        problems: sheet.records.problems,
        tables: sheet.tables.map((table) => ({
          headerRow: table.headerRow, role: table.role, columns: table.columns,
          headers: table.headers.map(({ column, text, field, recognition, candidates }) => ({ column, text, field, recognition, candidates })),
        })),
      })),
    })),
    projects: result.projects.sources.length,
    reports: result.reports.sources.length,
    conflicts: result.conflicts,
    issues: result.issues,
    summary: summarize(result.issues),
    agencies: result.summary.agencies,
    total: result.summary.total,
    ...(result.changes ? { changes: result.changes } : {}),
  };
}

export async function consolidateCommand(args: string[], out: Output): Promise<number> {
  const { values, positionals } = parseArgs({
    args, allowPositionals: true, strict: true,
    options: {
      out: { type: 'string' },
      force: { type: 'boolean', default: false },
      config: { type: 'string' },
      format: { type: 'string', default: 'text' },
      lang: { type: 'string', default: 'th' },
      since: { type: 'string' },
    },
  });
  if (positionals.length === 0) throw new CliError('consolidate needs files or folders to read (.xlsx, .csv, .txt)');
  if (values.format !== 'text' && values.format !== 'json') throw new CliError(`--format must be text or json, not ${values.format}`);
  if (values.lang !== 'th' && values.lang !== 'en') throw new CliError(`--lang must be th or en, not ${values.lang}`);
  if (values.out === undefined) throw new CliError('consolidate needs --out OUT.xlsx (the sources are never changed)');
  const lang: Language = values.lang;
  const outPath = values.out;
  const config: RuleConfig = values.config ? readConfigFile(values.config) : DEFAULT_CONFIG;

  const skipped = (file: string) => isSameFile(file, outPath) || (values.since !== undefined && isSameFile(file, values.since));
  const files = collectFiles(positionals, out, skipped);
  checkOutputPath(outPath, files, values.force);

  let previous: RunRecord | undefined;
  const earlier = values.since ?? (existsSync(outPath) ? outPath : undefined);
  if (earlier !== undefined) {
    previous = await readConsolidationRecord(readSpreadsheetFile(earlier, config.limits));
    if (previous === undefined && values.since !== undefined) throw new CliError(`--since ${values.since} is not a workbook written by consolidate`);
    if (previous === undefined && earlier === outPath) throw new CliError(`--out ${outPath} exists and is not a consolidated workbook: name a new file`);
  }

  const readings: SourceReading[] = [];
  for (const file of files) {
    try {
      readings.push(await readSource(file, config));
    } catch (error) {
      if (!(error instanceof WorkbookReadError || error instanceof CliError)) throw error;
      readings.push({ file, sheets: [], error: error.message });
    }
  }
  for (const reading of readings) if (reading.error) out.stderr(visibleText(`skipped ${reading.error}`));

  const sources: SourceFile[] = readings
    .filter((reading) => reading.sha256 !== undefined && rowsOf(reading) > 0)
    .map((reading) => ({ file: reading.file, sha256: reading.sha256!, readAt: reading.readAt!, records: reading.sheets.map((s) => s.records) }));
  if (sources.length === 0) {
    throw new CliError(`nothing to consolidate: none of the ${files.length} file${files.length === 1 ? '' : 's'} holds a project or report table, a standard form or a printed form`);
  }
  const result = consolidate(sources, { config, language: lang, ranAt: new Date().toISOString(), ...(previous ? { previous } : {}) });
  writeFileWhole(outPath, await writeConsolidatedWorkbook(result, lang), values.force);

  if (values.format === 'json') out.stdout(terminalSafeJson(jsonReport(readings, result, outPath)));
  else out.stdout(textReport(readings, result, outPath, lang).map(visibleText).join('\n'));
  return result.issues.some((issue) => issue.severity === 'error') ? 1 : 0;
}
