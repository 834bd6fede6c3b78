/**
 * Reading consolidation sources in the browser and consolidating them (DESIGN §9): uploaded
 * .xlsx and .csv files through the same readers as the CLI (src/xlsx), printed-form .txt files,
 * and the open workbook's sheets as the adapter read them — each sheet mapped by its own headers,
 * the agency's vocabulary and the user's corrections. Loaded as a chunk of its own the first time
 * a source is added, so the pane that never consolidates never downloads the file readers.
 */
import {
  consolidate, consolidateInSteps, type ConsolidateOptions, type Consolidation, type ConsolidationStep, type SourceFile,
} from '../../core/consolidate/consolidate';
import { readPrintedForm } from '../../core/consolidate/printed-form';
import { readSourceSheet, withPlainNumbers, type SheetReading } from '../../core/consolidate/read-source';
import type { Grid, RuleConfig } from '../../core/model';
import { headerVocabulary, type SheetOverride } from '../../core/table/read-tables';
import { decodeText } from '../../xlsx/csv';
import { consolidationRecordOf } from '../../xlsx/consolidated-workbook';
import { identifySpreadsheet } from '../../xlsx/file-format';
import { WorkbookReadError, readSpreadsheet } from '../../xlsx/read';
import { CONSOLIDATION_RECORD_SHEET, recordedSheetNames } from '../../excel/consolidate/output-record';
import { runInTurns } from '../../excel/page-turns';
import type { ConsolidationSource, SourceSheet } from './consolidation-sources';

const PRINTED_FORM = /\.txt$/i;
const SPREADSHEET = /\.(xlsx|xlsm|csv)$/i;

/** Lower-case hex of the bytes' SHA-256 (Web Crypto: the browser's, or Node's in tests). */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes as BufferSource);
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Whether the mapping of this reading may be corrected (its cells are kept for reading again). */
const correctable = (reading: SheetReading) => reading.kind === 'table' || reading.kind === 'none';

function sourceSheet(grid: Grid, reading: SheetReading): SourceSheet {
  return { sheet: reading.sheet, reading, ...(correctable(reading) ? { grid } : {}) };
}

/**
 * A workbook's sheets without those a consolidation in the task pane wrote into it (named by its
 * very hidden record sheet) and without that record: the user's own sheets beside them stay sources.
 */
function withoutOwnOutput(grids: readonly Grid[]): Grid[] {
  const record = grids.find((grid) => grid.sheet === CONSOLIDATION_RECORD_SHEET);
  if (!record) return [...grids];
  const text = record.values.map((row) => (typeof row[0] === 'string' ? row[0] : '')).join('');
  const own = new Set([CONSOLIDATION_RECORD_SHEET, ...recordedSheetNames(text)].map((name) => name.toLocaleUpperCase()));
  return grids.filter((grid) => !own.has(grid.sheet.toLocaleUpperCase()));
}

/**
 * One uploaded file as a source: every sheet of a workbook or the one sheet of a CSV, or the
 * printed form of a .txt. A file that cannot be read comes back with `error` (one line naming it).
 */
export async function readUploadedFile(id: string, file: string, bytes: Uint8Array, config: RuleConfig): Promise<ConsolidationSource> {
  const readAt = new Date().toISOString();
  const sha256 = await sha256Hex(bytes);
  const base = { id, file, origin: 'upload' as const, sha256, readAt };
  if (PRINTED_FORM.test(file)) {
    const text = decodeText(bytes);
    if (text === undefined) return { ...base, sheets: [], error: `${file} is not text` };
    const records = withPlainNumbers(readPrintedForm(text, file));
    return { ...base, sheets: [{ sheet: '', reading: { sheet: '', kind: 'printed-form', records, tables: [] } }] };
  }
  if (!SPREADSHEET.test(file)) return { ...base, sheets: [], error: `${file} is not a spreadsheet (.xlsx, .csv) or a printed form (.txt)` };
  try {
    const spreadsheet = await identifySpreadsheet(bytes, file, config.limits);
    // A workbook the command line consolidated holds nothing but rows already in their sources.
    if (spreadsheet.kind === 'xlsx' && await consolidationRecordOf(spreadsheet.zip)) {
      return { ...base, sheets: [], error: `${file} is a consolidated workbook the command line wrote; its rows are already in their sources` };
    }
    const grids = withoutOwnOutput(await readSpreadsheet(spreadsheet, file, config.limits));
    if (grids.length === 0) {
      return { ...base, sheets: [], error: `${file} holds only sheets a consolidation in the task pane wrote; their rows are already in their sources` };
    }
    const vocabulary = headerVocabulary(config.headers);
    return { ...base, sheets: grids.map((grid) => sourceSheet(grid, readSourceSheet(grid, file, vocabulary))) };
  } catch (error) {
    if (error instanceof WorkbookReadError) return { ...base, sheets: [], error: error.message };
    throw error;
  }
}

/** The open workbook's picked sheets as one source named `label`; its digest is of the cells read. */
export async function readWorkbookSheets(id: string, label: string, grids: readonly Grid[], config: RuleConfig): Promise<ConsolidationSource> {
  const vocabulary = headerVocabulary(config.headers);
  const sha256 = await sha256Hex(new TextEncoder().encode(JSON.stringify(grids.map((grid) => [grid.sheet, grid.values, grid.numberFormats]))));
  return {
    id, file: label, origin: 'workbook', sha256, readAt: new Date().toISOString(),
    sheets: grids.map((grid) => sourceSheet(grid, readSourceSheet(grid, label, vocabulary))),
  };
}

/** The sheet read again under the user's corrections (or back to detection without any). */
export function rereadSheet(sheet: SourceSheet, file: string, config: RuleConfig, override: SheetOverride | undefined): SourceSheet {
  if (!sheet.grid) return sheet;
  const reading = readSourceSheet(sheet.grid, file, headerVocabulary(config.headers), override);
  return { ...sheet, reading, ...(override ? { override } : {}) };
}

/** The sources that gave rows, as the core takes them. */
export function sourceFiles(sources: readonly ConsolidationSource[]): SourceFile[] {
  return sources
    .filter((source) => !source.error && source.sheets.some((sheet) => sheet.reading.records.projects.length + sheet.reading.records.reports.length > 0))
    .map((source) => ({ file: source.file, sha256: source.sha256, readAt: source.readAt, records: source.sheets.map((sheet) => sheet.reading.records) }));
}

/** The consolidation of the sources (undefined when none gives a row), compared with the earlier run when there is one. */
export function consolidateSources(sources: readonly ConsolidationSource[], options: ConsolidateOptions): Consolidation | undefined {
  const files = sourceFiles(sources);
  return files.length === 0 ? undefined : consolidate(files, options);
}

/**
 * consolidateSources as the pane runs it: a piece at a time, each step told to `onStep` and the
 * page given a turn of its thread every slice of work (src/excel/page-turns.ts), so it paints
 * its progress and stays responsive while hundreds of thousands of cells are merged and checked.
 */
export async function consolidateSourcesInTurns(
  sources: readonly ConsolidationSource[], options: ConsolidateOptions, onStep?: (step: ConsolidationStep) => void,
): Promise<Consolidation | undefined> {
  const files = sourceFiles(sources);
  return files.length === 0 ? undefined : runInTurns(consolidateInSteps(files, options), onStep);
}
