/// <reference types="office-js" />
/**
 * The Issues sheet (DESIGN §8): one row per finding — severity, sheet, the
 * cell as a link to it, rule, project, report, message, fix — in the user's
 * language, header bold and frozen. Never a user's sheet: its name is unique
 * (`Issues`, `Issues (2)`…), and the add-in knows it again by the marker it
 * writes in J1:K1 — a label and a date-time cell in local time, shown as a Thai
 * date (BE year) in Thai — and keeps in its state (worksheet ids change between
 * sessions). A sheet of the earlier version, whose marker was one text cell, is still known.
 * Everything from the data is written as Text ('@' first): `=…` stays text.
 */
import type { Issue } from '../core/model';
import { parseAddress } from '../core/table/address';
import { ISSUE_COLUMNS, NO_FINDINGS, SEVERITY_LABEL } from '../core/output/annotation-text';
import { uniqueSheetName } from '../core/output/sheet-name';
import { qualifiedAddress } from './addresses';
import { MARK_FILL } from './desired-marks';
import { jsonByteLength } from '../core/byte-length';
import { type WriteQueue } from './sync-budget';
import type { Language } from './types';
import { ISSUES_MARKER_CELL, ISSUES_STAMP_CELL, issuesMarkerText, type WorkbookScan } from './workbook-scan';
import type { IssuesSheetRecord } from './saved-marks';

export const ISSUES_SHEET_NAME = 'Issues';

/** Rows written per operation. */
const BLOCK_ROWS = 500;

const LAST_COLUMN = String.fromCharCode(64 + ISSUE_COLUMNS.length);
const COLUMN_NUMBER = Object.fromEntries(ISSUE_COLUMNS.map((column, index) => [column.key, index])) as Record<(typeof ISSUE_COLUMNS)[number]['key'], number>;
/** Every column is Text except the report number. */
const ROW_FORMATS = ISSUE_COLUMNS.map((column) => (column.key === 'report' ? 'General' : '@'));
const MARKER_COLOR = '#767676'; // the lightest grey with 4.5:1 contrast on white

const NO_TABLES: Record<Language, string> = {
  th: 'ไม่พบตารางโครงการหรือตารางรายงานในเวิร์กบุ๊กนี้ จึงไม่มีสิ่งใดให้ตรวจสอบ',
  en: 'No table of projects or reports was found in this workbook, so nothing was checked.',
};

const MARKER_LABEL: Record<Language, string> = {
  th: 'ตรวจสอบด้วย Project Report Checker',
  en: 'Checked by Project Report Checker',
};

/** The stamp's number format: Thai long date with the BE year and Thai month names, or an English date; 24-hour time. */
export const STAMP_FORMAT: Record<Language, string> = {
  th: '[$-41E]d mmmm bbbb hh:mm',
  en: '[$-409]d mmm yyyy hh:mm',
};

/** Days from Excel's day 0 (1900 system) to 1970-01-01. */
const UNIX_EPOCH_SERIAL = 25_569;
const DAY_MS = 86_400_000;

/**
 * The Excel serial of a moment as the local clock reads it, to the second: Excel's
 * date-times have no time zone, so the cell shows the time the user saw. Counted from
 * 1970 in whole milliseconds, as the .xlsx reading counts a date-time cell, so a saved
 * and reopened workbook gives back the very same number.
 *
 * @example localSerial(new Date(2020, 2, 18, 9, 30)) // 43908.395833333336
 */
export function localSerial(now: Date): number {
  const local = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate(), now.getHours(), now.getMinutes(), now.getSeconds());
  return UNIX_EPOCH_SERIAL + local / DAY_MS;
}

/** The marker of a new Issues sheet: a label, a date-time cell, and the text the add-in records to know it again. */
export interface IssuesMarker {
  label: string;
  stamp: number;
  stampFormat: string;
  /** issuesMarkerText of the two cells: what the state records and the scan compares. */
  text: string;
}

/** The marker: the label and the moment, which no user sheet will hold by chance. */
export function issuesMarker(language: Language, now: Date = new Date()): IssuesMarker {
  const label = MARKER_LABEL[language];
  const stamp = localSerial(now);
  return { label, stamp, stampFormat: STAMP_FORMAT[language], text: issuesMarkerText(label, stamp) };
}

/** The add-in's Issues sheet in the scanned workbook: the recorded name, holding the recorded marker. */
export function recordedIssuesSheet(scan: WorkbookScan, record: IssuesSheetRecord | undefined): string | undefined {
  if (!record) return undefined;
  const sheet = scan.sheets.find((candidate) => candidate.name === record.name);
  return sheet && sheet.markerText === record.marker ? sheet.name : undefined;
}

/** A name for the new Issues sheet that no other sheet has (`replaced` is deleted first, so its name is free). */
export function issuesSheetName(scan: WorkbookScan, replaced: string | undefined): string {
  return uniqueSheetName(ISSUES_SHEET_NAME, scan.sheets.map((sheet) => sheet.name).filter((name) => name !== replaced));
}

function rowValues(issue: Issue, language: Language): Array<string | number> {
  const row: Array<string | number> = new Array(ISSUE_COLUMNS.length).fill('');
  row[COLUMN_NUMBER.severity] = SEVERITY_LABEL[issue.severity][language];
  row[COLUMN_NUMBER.sheet] = issue.sheet;
  row[COLUMN_NUMBER.cell] = issue.cell;
  row[COLUMN_NUMBER.rule] = issue.rule;
  row[COLUMN_NUMBER.project] = issue.project ?? '';
  row[COLUMN_NUMBER.report] = issue.report ?? '';
  row[COLUMN_NUMBER.message] = issue.message[language];
  row[COLUMN_NUMBER.fix] = issue.fix?.[language] ?? '';
  return row;
}

function columnLetterOf(key: keyof typeof COLUMN_NUMBER): string {
  return String.fromCharCode(65 + COLUMN_NUMBER[key]);
}

/** Queues the whole sheet: header, marker, freeze, rows in blocks, links and severity colours. */
export async function writeIssuesSheet(
  context: Excel.RequestContext,
  writes: WriteQueue,
  input: { name: string; marker: IssuesMarker; issues: readonly Issue[]; language: Language; noTables: boolean },
): Promise<void> {
  const { name, issues, language } = input;
  await writes.reserve(jsonByteLength(name));
  context.workbook.worksheets.add(name);
  const sheet = context.workbook.worksheets.getItem(name);

  const headers = ISSUE_COLUMNS.map((column) => column[language]);
  await writes.reserve(jsonByteLength(headers) * 2 + jsonByteLength(input.marker) * 2);
  const header = sheet.getRange(`A1:${LAST_COLUMN}1`);
  header.numberFormat = [headers.map(() => '@')];
  header.values = [headers];
  header.format.font.bold = true;
  const marker = sheet.getRange(`${ISSUES_MARKER_CELL}:${ISSUES_STAMP_CELL}`);
  // The label as Text, the stamp as a number under its date format: the format first, in the same batch.
  marker.numberFormat = [['@', input.marker.stampFormat]];
  marker.values = [[input.marker.label, input.marker.stamp]];
  marker.format.font.color = MARKER_COLOR;
  marker.format.font.italic = true;
  sheet.freezePanes.freezeRows(1);

  if (issues.length === 0) {
    const message = input.noTables ? NO_TABLES[language] : NO_FINDINGS[language];
    const cell = sheet.getRange(`${columnLetterOf('message')}2`);
    await writes.reserve(jsonByteLength(message) * 2);
    cell.numberFormat = [['@']];
    cell.values = [[message]];
  }

  const severity = columnLetterOf('severity');
  const link = columnLetterOf('cell');
  for (let start = 0; start < issues.length; start += BLOCK_ROWS) {
    const block = issues.slice(start, start + BLOCK_ROWS);
    const first = start + 2;
    const last = first + block.length - 1;
    const values = block.map((issue) => rowValues(issue, language));
    const formats = block.map(() => ROW_FORMATS);
    await writes.reserve(jsonByteLength(values) + jsonByteLength(formats));
    const rows = sheet.getRange(`A${first}:${LAST_COLUMN}${last}`);
    rows.numberFormat = formats;
    rows.values = values;

    const colours = block.map((issue) => [{ format: { fill: { color: MARK_FILL[issue.severity] } } }]);
    await writes.reserve(jsonByteLength(colours));
    sheet.getRange(`${severity}${first}:${severity}${last}`).setCellProperties(colours);

    const links = block.map((issue): Excel.SettableCellProperties[] =>
      parseAddress(issue.cell) ? [{ hyperlink: { documentReference: qualifiedAddress(issue.sheet, issue.cell), textToDisplay: issue.cell } }] : [{}],
    );
    await writes.reserve(jsonByteLength(links));
    sheet.getRange(`${link}${first}:${link}${last}`).setCellProperties(links);
  }

  await writes.reserve(0);
  sheet.getRange(`A1:${columnLetterOf('report')}${Math.max(2, issues.length + 1)}`).format.autofitColumns();
}
