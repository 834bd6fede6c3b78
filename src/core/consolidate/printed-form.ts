import { matchLabel } from './form-labels';
import { FormReader, cellAt, type FormLine } from './form-reading';
import { startsPrintedReportEntry } from './report-entry';
import type { SourceRecords } from './source-rows';

/**
 * The standard form as the project system prints it (DESIGN §2, §9) — a .txt file, or the text
 * pasted into a sheet — read into one project row and one report row per entry of section 2.
 * Values stay the text pieces as written, trimmed (`19/10/2562`, `1,918,000.-`, `60.00`, Thai
 * digits), so the checker's parsers and rules see every quirk after import. `งบประมาณที่เบิกใช้
 * (ครั้งที่ N)` is read as the amount disbursed in report N (`disbursedInPeriod`: see
 * report-entry.ts and docs/decisions.md).
 */

/** A line of the printout: its text, its 1-based line (or sheet row), and the cell it came from when pasted into a sheet. */
export interface PrintedFormLine {
  text: string;
  row: number;
  cell?: string;
  /** When a sheet row's cells were joined into one line: each cell's address and where its text starts in `text`. */
  cellStarts?: { at: number; cell: string }[];
}

/**
 * Reads the printed form from lines of text (a file's lines, or a sheet's rows, one line a row).
 * `sheet` names the sheet they were pasted into, if any. Lines that look like a report entry but
 * cannot be read are problems, named by line; other lines not understood are left out.
 * `readPrintedFormLines([{ text: 'รหัสโครงการ : 03000000-2457', row: 3 }], 'a.txt')` → one project row `{ code: '03000000-2457' }`.
 */
export function readPrintedFormLines(lines: readonly PrintedFormLine[], file: string, sheet?: string): SourceRecords {
  const reader = new FormReader(sheet === undefined ? { file } : { file, sheet });
  for (const line of lines) {
    const cellStarts = line.cellStarts ?? (line.cell ? [{ at: 0, cell: line.cell }] : undefined);
    const text = line.text.trim();
    const at = line.text.length - line.text.trimStart().length;
    const formLine: FormLine = {
      row: line.row,
      text: line.text,
      cellStarts,
      label: { text: line.text, inline: true },
      value: text === '' ? undefined : { raw: text, text, cell: cellAt({ cellStarts }, at) },
    };
    reader.read(formLine);
  }
  const records = reader.finish();
  if (records.projects.length === 0 && records.reports.length === 0) {
    const where = sheet === undefined ? file : `${file} (${sheet})`;
    records.problems.push({
      th: `${where}: ไม่พบข้อมูลแบบแสดงรายงานความก้าวหน้าและข้อมูลเกี่ยวกับโครงการ (ไม่มีหัวข้อของแบบหรือรายงานครั้งที่ N ::)`,
      en: `${where}: no standard-form content found (none of the form's labels, no "รายงานครั้งที่ N ::" entries)`,
    });
  }
  return records;
}

/**
 * Reads the printed form from a text: any line ending (`\r\n`, `\n`, `\r`), a byte-order mark
 * ignored. `row` of each record is the line its label or entry starts on.
 * `readPrintedForm('รายงานครั้งที่ 1 :: 19/10/2562 : … :: ความก้าวหน้าของงานฯ = 10.00 % : …', 'p.txt').reports[0].values.progress` → `'10.00'`.
 */
export function readPrintedForm(text: string, file: string): SourceRecords {
  const lines = text.replace(/^\ufeff/u, '').split(/\r\n|\r|\n/u).map((line, index) => ({ text: line, row: index + 1 }));
  return readPrintedFormLines(lines, file);
}

/** Headings that count towards telling a printed form: the title and the section headings. */
const FORM_HEADINGS: ReadonlySet<string> = new Set(['title', 'section1', 'section11', 'section12', 'rationale', 'objectives', 'targets', 'section16', 'section2']);
const HEADINGS_NEEDED = 2;
/** Field labels written `label : value` that count instead, when the headings are left out. */
const LABELS_NEEDED = 3;

/**
 * True when lines hold the printed form: its title, at least two of its section headings, one
 * `รายงานครั้งที่ N ::` entry, or at least three of its labels written `label : value`. A table's
 * header row (`รายงานครั้งที่ | วันที่ | …`), its data and notes are not.
 * `looksLikePrintedForm([{ text: 'รายงานครั้งที่ 1 :: 19/10/2562 : …', row: 1 }])` → true.
 */
export function looksLikePrintedForm(lines: readonly Pick<PrintedFormLine, 'text'>[]): boolean {
  const headings = new Set<string>();
  const labels = new Set<string>();
  for (const { text } of lines) {
    if (startsPrintedReportEntry(text)) return true;
    // Any section: `ตัวชี้วัด` and `เป้าหมายที่` alone do not count.
    const match = matchLabel(text);
    if (!match) continue;
    if (match.label.key === 'title') return true;
    if (FORM_HEADINGS.has(match.label.key) && match.certain) headings.add(match.label.key);
    else if (!match.label.heading && match.rest !== '' && match.certain) labels.add(match.label.key);
    if (headings.size >= HEADINGS_NEEDED || labels.size >= LABELS_NEEDED) return true;
  }
  return false;
}
