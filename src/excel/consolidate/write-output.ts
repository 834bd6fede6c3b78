/// <reference types="office-js" />
/**
 * The consolidation written into the open workbook (DESIGN §9), the add-in's counterpart of the
 * CLI's .xlsx: Projects and Reports as Excel tables with the source of every row, Conflicts,
 * Summary with a native column chart of budget against disbursed per agency, Changes when an
 * earlier run is on record. New sheets only: a name a user's sheet has gets a unique variant, and
 * only the add-in's own earlier sheets are ever deleted (when asked to replace them). Every text
 * cell is formatted as Text in the same batch before its value is written, so `=…`, `+…`, `-…`
 * and `@…` from a source stay text. Rows go in blocks queued under the sync budget: the syncs
 * grow with the bytes written, not with the cells. The pane hears which sheet is being written and
 * how many rows are done, and gets a turn of its thread after each sync and every slice of work.
 */
import { jsonByteLength } from '../../core/byte-length';
import { OUTPUT_SHEETS, type Consolidation } from '../../core/consolidate/consolidate';
import type { OutputSheet } from '../../core/consolidate/output-grids';
import { changesSheet, conflictsSheet, summarySheet, type ReportSheet } from '../../core/consolidate/report-sheets';
import type { CellValue } from '../../core/model';
import { uniqueSheetName } from '../../core/output/sheet-name';
import { columnLetter } from '../../core/table/address';
import { PageTurns } from '../page-turns';
import { WriteQueue } from '../sync-budget';
import type { Language } from '../types';
import { scanWorkbook } from '../workbook-scan';
import { CONSOLIDATION_RECORD_SHEET, readEarlierConsolidation, writeConsolidationRecord } from './output-record';
import type { OutputKind, OwnSheet, WriteConsolidationOptions, WritingStep, WrittenConsolidation } from './types';

/** Rows per write operation: a few hundred kilobytes at most, so blocks pack well into syncs. */
const BLOCK_ROWS = 500;
/** Rows looked at when fitting the columns to their text: enough to be right, few enough to be quick. */
const AUTOFIT_ROWS = 200;

export const TABLE_NAMES = { projects: 'ConsolidatedProjects', reports: 'ConsolidatedReports' } as const;

export const CHART_TITLE: Record<Language, string> = {
  th: 'งบประมาณและการเบิกจ่ายตามหน่วยงาน (บาท)',
  en: 'Budget and disbursed by agency (THB)',
};
const VALUE_AXIS_TITLE: Record<Language, string> = { th: 'บาท', en: 'THB' };
export const CHART_NAME = 'BudgetByAgency';

type Scalar = string | number | boolean;

/** A value as Range.values takes it: an empty cell is ''. */
const written = (value: CellValue | undefined): Scalar => (value === null || value === undefined ? '' : value);

/** Text is written into a Text cell (so it never becomes a formula, a number or a date); other values keep their format. */
const formatFor = (value: CellValue | undefined, format: string | undefined): string =>
  typeof value === 'string' ? '@' : format && format !== '' ? format : 'General';

/** The first name free among `taken` for each table (Excel's table names are unique in the workbook). */
function uniqueTableName(wanted: string, taken: Set<string>): string {
  let name = wanted;
  for (let n = 2; taken.has(name.toLocaleUpperCase()); n++) name = `${wanted}${n}`;
  taken.add(name.toLocaleUpperCase());
  return name;
}

/**
 * How far the writing is — the sheet being written, the rows queued so far — told to the pane
 * with the page given a turn of its thread: after each sync (PacedWriteQueue) and every slice of work.
 */
class WritingProgress {
  private sheet = 0;
  private name = '';
  private rows = 0;
  private readonly turns = new PageTurns();

  constructor(private readonly sheets: number, private readonly totalRows: number, private readonly onProgress?: (step: WritingStep) => void) {}

  startSheet(name: string): void {
    this.sheet++;
    this.name = name;
    this.tell();
  }

  /** `count` more rows queued; a turn for the page if a slice of work has passed. */
  async queued(count: number): Promise<void> {
    this.rows += count;
    if (this.turns.due()) await this.turn();
  }

  async turn(): Promise<void> {
    this.tell();
    await this.turns.give();
  }

  done(): void {
    this.onProgress?.({ stage: 'done', sheets: this.sheets, rows: this.rows });
  }

  private tell(): void {
    this.onProgress?.({ stage: 'writing', sheet: this.sheet, sheets: this.sheets, name: this.name, rows: this.rows, totalRows: this.totalRows });
  }
}

/** The write queue that gives the page a turn after every sync it sends (the pane paints its progress then). */
class PacedWriteQueue extends WriteQueue {
  constructor(context: Excel.RequestContext, beforeSync: () => void, private readonly progress: WritingProgress) {
    super(context, beforeSync);
  }

  override async flush(): Promise<void> {
    const syncs = this.syncs;
    await super.flush();
    if (this.syncs > syncs) await this.progress.turn();
  }
}

/** Queues `rows` (each `width` wide) from sheet row `firstRow` down, in blocks, each block's formats before its values. */
async function writeRows(
  sheet: Excel.Worksheet, writes: WriteQueue, progress: WritingProgress, rows: readonly (readonly CellValue[])[], width: number, firstRow: number,
  formatOf: (value: CellValue | undefined, row: number, col: number) => string,
): Promise<void> {
  const lastColumn = columnLetter(width - 1);
  for (let start = 0; start < rows.length; start += BLOCK_ROWS) {
    const block = rows.slice(start, start + BLOCK_ROWS);
    const values = block.map((row) => Array.from({ length: width }, (_, c) => written(row[c])));
    const formats = block.map((row, r) => Array.from({ length: width }, (_, c) => formatOf(row[c], start + r, c)));
    await writes.reserve(jsonByteLength(values) + jsonByteLength(formats));
    const range = sheet.getRange(`A${firstRow + start}:${lastColumn}${firstRow + start + block.length - 1}`);
    range.numberFormat = formats;
    range.values = values;
    await progress.queued(block.length);
  }
}

async function writeTableSheet(
  context: Excel.RequestContext, writes: WriteQueue, progress: WritingProgress, name: string, output: OutputSheet, tableName: string,
): Promise<void> {
  progress.startSheet(name);
  await writes.reserve(jsonByteLength(name));
  const sheet = context.workbook.worksheets.add(name);
  const { values, numberFormats } = output.grid;
  const width = values[0].length;
  await writeRows(sheet, writes, progress, values, width, 1, (value, row, col) => formatFor(value, row === 0 ? '@' : numberFormats[row]?.[col]));
  // A table needs a data row: a header-only one gets an empty row, as Excel gives it.
  const lastRow = Math.max(2, values.length);
  const lastColumn = columnLetter(width - 1);
  await writes.reserve(jsonByteLength(tableName) + 200);
  const table = sheet.tables.add(`A1:${lastColumn}${lastRow}`, true);
  table.name = tableName;
  sheet.freezePanes.freezeRows(1);
  sheet.getRange(`A1:${lastColumn}${Math.min(lastRow, AUTOFIT_ROWS)}`).format.autofitColumns();
}

/** A title in A1 (the mark of a consolidation sheet), the header in row 2, the rows from row 3. */
async function writeReportSheet(
  context: Excel.RequestContext, writes: WriteQueue, progress: WritingProgress, name: string, report: ReportSheet,
): Promise<Excel.Worksheet> {
  progress.startSheet(name);
  const width = report.header.length;
  const lastColumn = columnLetter(width - 1);
  await writes.reserve(jsonByteLength(name) + jsonByteLength(report.title) * 2 + jsonByteLength(report.header) * 2);
  const sheet = context.workbook.worksheets.add(name);
  const title = sheet.getRange('A1');
  title.numberFormat = [['@']];
  title.values = [[report.title]];
  title.format.font.bold = true;
  const header = sheet.getRange(`A2:${lastColumn}2`);
  header.numberFormat = [report.header.map(() => '@')];
  header.values = [report.header];
  header.format.font.bold = true;
  await writeRows(sheet, writes, progress, report.rows, width, 3, (value, _row, col) => formatFor(value, report.formats[col]));
  for (const row of report.boldRows ?? []) {
    await writes.reserve(100);
    sheet.getRange(`A${row + 3}:${lastColumn}${row + 3}`).format.font.bold = true;
  }
  sheet.freezePanes.freezeRows(2);
  sheet.getRange(`A2:${lastColumn}${Math.min(2 + report.rows.length, AUTOFIT_ROWS)}`).format.autofitColumns();
  return sheet;
}

/**
 * The Summary's chart: budget and disbursed (columns C and D) per agency (column A), the total
 * row left out; below the table, its legend at the bottom.
 */
async function addSummaryChart(sheet: Excel.Worksheet, writes: WriteQueue, agencies: number, language: Language): Promise<void> {
  const lastAgencyRow = 2 + agencies;
  await writes.reserve(600);
  const chart = sheet.charts.add('ColumnClustered', sheet.getRange(`C2:D${lastAgencyRow}`), 'Columns');
  chart.axes.categoryAxis.setCategoryNames(sheet.getRange(`A3:A${lastAgencyRow}`));
  chart.name = CHART_NAME;
  chart.title.text = CHART_TITLE[language];
  chart.axes.valueAxis.title.text = VALUE_AXIS_TITLE[language];
  chart.legend.position = 'Bottom';
  // Below the total row, with a blank row between.
  const top = lastAgencyRow + 3;
  chart.setPosition(`A${top}`, `F${top + 17}`);
}

export interface WriteOptions extends WriteConsolidationOptions {
  /** Told before the first sync that changes the workbook. */
  onFirstWrite?: () => void;
}

export async function writeConsolidation(context: Excel.RequestContext, result: Consolidation, options: WriteOptions): Promise<WrittenConsolidation> {
  const { language } = options;
  const scan = await scanWorkbook(context);
  const earlier = await readEarlierConsolidation(context, scan);
  const reportSheets = {
    conflicts: conflictsSheet(result.conflicts, language),
    summary: summarySheet(result.summary, language),
    ...(result.changes ? { changes: changesSheet(result.changes, language) } : {}),
  };
  const rowsBySheet = [result.projects.grid.values, result.reports.grid.values, ...Object.values(reportSheets).map((sheet) => sheet.rows)];
  const progress = new WritingProgress(rowsBySheet.length, rowsBySheet.reduce((sum, rows) => sum + rows.length, 0), options.onProgress);
  const writes = new PacedWriteQueue(context, () => options.onFirstWrite?.(), progress);

  const replaced = options.replace && earlier ? earlier.sheets.map((sheet) => sheet.name) : [];
  const isReplaced = (name: string) => replaced.some((old) => old.toLocaleUpperCase() === name.toLocaleUpperCase());
  // Deleting first frees the names; unless the old sheets are all that is visible (a workbook keeps one visible sheet).
  const deleteFirst = scan.sheets.some((sheet) => sheet.visibility === 'Visible' && !isReplaced(sheet.name));
  const deleteOld = async () => {
    for (const name of replaced) {
      await writes.reserve(jsonByteLength(name));
      context.workbook.worksheets.getItem(name).delete();
    }
  };
  if (deleteFirst) await deleteOld();

  const takenSheets = scan.sheets.map((sheet) => sheet.name).filter((name) => !(deleteFirst && isReplaced(name)));
  const nameFor = (kind: OutputKind) => {
    const name = uniqueSheetName(OUTPUT_SHEETS[language][kind], takenSheets);
    takenSheets.push(name);
    return name;
  };
  const takenTables = new Set(
    scan.sheets.filter((sheet) => !(deleteFirst && isReplaced(sheet.name))).flatMap((sheet) => sheet.tables.map((table) => table.name.toLocaleUpperCase())),
  );
  const tables = { projects: uniqueTableName(TABLE_NAMES.projects, takenTables), reports: uniqueTableName(TABLE_NAMES.reports, takenTables) };

  const sheets: Partial<Record<OutputKind, string>> = {};
  const own: OwnSheet[] = [];
  const note = (kind: OutputKind, name: string, table?: string) => {
    sheets[kind] = name;
    own.push({ kind, name, ...(table ? { table } : {}) });
  };

  note('projects', nameFor('projects'), tables.projects);
  await writeTableSheet(context, writes, progress, sheets.projects!, result.projects, tables.projects);
  note('reports', nameFor('reports'), tables.reports);
  await writeTableSheet(context, writes, progress, sheets.reports!, result.reports, tables.reports);
  note('conflicts', nameFor('conflicts'));
  await writeReportSheet(context, writes, progress, sheets.conflicts!, reportSheets.conflicts);
  note('summary', nameFor('summary'));
  const summary = await writeReportSheet(context, writes, progress, sheets.summary!, reportSheets.summary);
  const agencies = result.summary.agencies.length;
  if (agencies > 0) await addSummaryChart(summary, writes, agencies, language);
  if (reportSheets.changes) {
    note('changes', nameFor('changes'));
    await writeReportSheet(context, writes, progress, sheets.changes!, reportSheets.changes);
  }
  if (!deleteFirst) await deleteOld();

  const recordExists = scan.sheets.some((sheet) => sheet.name === CONSOLIDATION_RECORD_SHEET);
  await writeConsolidationRecord(context, writes, own, result.record, recordExists);
  await writes.reserve(0);
  summary.activate();
  await writes.flush();
  progress.done();
  return { sheets, tables, replaced, chart: agencies > 0 };
}
