import type { CellValue, Field, ProjectField } from '../model';
import { isPageMarker, matchLabel, nextInlineLabel, type FormSection, type LabelMatch } from './form-labels';
import { isWholeEntry, looksLikeReportEntry, readReportEntry, startsReportEntry } from './report-entry';
import type { SourceRecords, SourceRow } from './source-rows';

/**
 * Reading the standard form line by line, the part the printed-form reader and the form-sheet
 * reader share: labels open fields and sections, a value sits after its label (on its line or
 * cell) or on the lines below it, free text under 1.3–1.6 runs on over lines, and section 2's
 * entries may wrap. The readers turn their text lines or sheet rows into `FormLine`s.
 */

/** A value as its source holds it: a piece of text, or a cell's value with its format. */
export interface FormValue {
  raw: CellValue;
  /** The value as text, for joining lines. */
  text: string;
  cell?: string;
  format?: string;
}

/** One line of a form: a line of text, or a row of a sheet. */
export interface FormLine {
  /** 1-based line of a text, or sheet row. */
  row: number;
  /** The whole line as text: a row's cells joined by a space. */
  text: string;
  /** The cell each stretch of `text` comes from, by the offset it starts at (ascending). */
  cellStarts?: { at: number; cell: string }[];
  /**
   * Where a label may stand: the line itself (`inline`: more labels of 1.1–1.2 may follow on
   * it), or a sheet row's label cell with the value in the next filled cell beside it.
   */
  label?: { text: string; cell?: string; inline: boolean; beside?: FormValue };
  /** The line as a value, when it holds no label. */
  value?: FormValue;
}

/** Where the lines come from, for rows' sources and problems' wording. */
export interface FormPlace {
  file: string;
  sheet?: string;
}

/** Fields whose lines run on as paragraphs (joined by new lines); the others' wrapped lines join with a space. */
const PARAGRAPH_FIELDS: ReadonlySet<ProjectField> = new Set(['rationale', 'objectives', 'targets', 'strategy']);
const TEXT_FIELDS: ReadonlySet<ProjectField> = new Set(['name', 'agency', 'owner', 'coordinator', ...PARAGRAPH_FIELDS]);
const PARAGRAPH_SECTIONS: ReadonlySet<FormSection> = new Set(['section13', 'section14', 'section15']);

/** A project code opening section 1.1's line: `03000000-2457 โครงการ…`. */
const CODE_FIRST = /^([0-9๐-๙]{4,}(?:\s*-\s*[0-9๐-๙]+)+)(?:\s*[:：]\s*|\s+)(.+)$/u;

/** The cell a stretch of a line starting at `at` comes from. */
export function cellAt(line: Pick<FormLine, 'cellStarts'>, at: number): string | undefined {
  let cell: string | undefined;
  for (const start of line.cellStarts ?? []) {
    if (start.at > at) break;
    cell = start.cell;
  }
  return cell;
}

interface Part {
  value: FormValue;
  /** Section 1.6's label written before the value (`ประเด็นยุทธศาสตร์`), kept with it when the parts are joined. */
  label?: string;
}

interface Collected {
  parts: Part[];
  row: number;
}

interface EntryText {
  row: number;
  text: string;
  cellStarts: { at: number; cell: string }[];
}

interface FoundLabel {
  match: LabelMatch;
  value?: FormValue;
}

/** Where a line is, for a problem: `บรรทัด 12` / `line 12`, or `แถว 12 (A12)` / `row 12 (A12)` in a sheet. */
function where(place: FormPlace, row: number, cell: string | undefined): { th: string; en: string } {
  if (place.sheet === undefined) return { th: `บรรทัด ${row}`, en: `line ${row}` };
  const at = cell ? ` (${cell})` : '';
  return { th: `แถว ${row}${at}`, en: `row ${row}${at}` };
}

const leadingSpace = (text: string) => text.length - text.trimStart().length;

function shift(starts: FormLine['cellStarts'], by: number): { at: number; cell: string }[] {
  return (starts ?? []).map((start) => ({ at: Math.max(0, start.at + by), cell: start.cell }));
}

/**
 * Reads a form's lines, in order, into its project row and report rows: `read` each line, then
 * `finish`. Values stay as written (DESIGN §9): the checker parses them later.
 */
export class FormReader {
  private readonly values = new Map<ProjectField, Collected>();
  private readonly reports: SourceRow[] = [];
  private readonly problems: { th: string; en: string }[] = [];
  private section: FormSection | undefined;
  private field: ProjectField | undefined;
  /** The row of the label or heading read last: a value on the lines below it counts from there. */
  private labelRow: number | undefined;
  /** Whether the lines below the current label may carry (more of) its value. */
  private goesOn = false;
  private entry: EntryText | undefined;

  constructor(private readonly place: FormPlace) {}

  read(line: FormLine): void {
    const text = line.text.trim();
    if (text === '' || isPageMarker(text)) return;
    if (startsReportEntry(text)) {
      this.endEntry();
      this.section = 'section2';
      this.field = undefined;
      this.entry = { row: line.row, text, cellStarts: shift(line.cellStarts, -leadingSpace(line.text)) };
      return;
    }
    const labels = this.labelsOf(line);
    if (this.entry && !labels.some(({ match }) => match.label.heading) && !isWholeEntry(this.entry.text)) {
      // A wrapped entry: the printer's line break stands for the space it broke at.
      const at = this.entry.text.length + 1;
      this.entry.text += ` ${text}`;
      this.entry.cellStarts.push(...shift(line.cellStarts, at - leadingSpace(line.text)));
      return;
    }
    this.endEntry();
    if (labels.length > 0) {
      for (const { match, value } of labels) this.label(match, value, line.row);
      return;
    }
    this.plain(line, text);
  }

  /** The labels a line holds; inside a free text (1.3–1.5) only one written for sure as a label. */
  private labelsOf(line: FormLine): FoundLabel[] {
    if (!line.label) return [];
    const { text, cell, inline, beside } = line.label;
    const labels: FoundLabel[] = [];
    const cellOf = (at: number) => cell ?? cellAt(line, at);
    let match = matchLabel(text, this.section);
    let offset = 0;
    while (match) {
      if (labels.length === 0 && PARAGRAPH_SECTIONS.has(this.section ?? 'title') && !match.certain) return [];
      const rest = text.slice(offset + match.restAt);
      const next = inline && !match.label.heading && !match.label.keepLabel ? nextInlineLabel(rest, this.section) : undefined;
      const valueText = (next === undefined ? rest : rest.slice(0, next)).trim();
      const valueAt = offset + match.restAt + leadingSpace(rest);
      const value = valueText === '' ? (labels.length === 0 ? beside : undefined) : { raw: valueText, text: valueText, cell: cellOf(valueAt) };
      labels.push({ match, value });
      if (next === undefined) break;
      offset = offset + match.restAt + next;
      match = matchLabel(text.slice(offset), this.section);
    }
    return labels;
  }

  private label(match: LabelMatch, value: FormValue | undefined, row: number): void {
    const { label } = match;
    // A part of 1.6 keeps the reader in 1.6; any other label moves it to its own section.
    if (!(label.keepLabel && this.section === 'section16')) this.section = label.section;
    this.field = label.field;
    this.labelRow = row;
    this.goesOn = false;
    if (label.key === 'section11') {
      if (value) this.codeAndName(value, row);
      return;
    }
    if (!label.field) return;
    if (label.keepLabel) {
      if (value) this.add(label.field, { value, label: match.written }, row);
      this.goesOn = true;
      return;
    }
    // A field labelled twice (1.2's heading with the agency, then `หน่วยงาน :`) keeps its first value.
    const first = !this.values.has(label.field);
    if (value && first) this.add(label.field, { value }, row);
    this.goesOn = first && (value === undefined || TEXT_FIELDS.has(label.field));
  }

  /** Section 1.1's heading with a value: `03000000-2457 โครงการ…` is the code and the name; anything else the name. */
  private codeAndName(value: FormValue, row: number): void {
    const split = CODE_FIRST.exec(value.text);
    if (!split) {
      this.add('name', { value }, row);
      return;
    }
    const name = split[2].trim();
    this.add('code', { value: { raw: split[1], text: split[1], cell: value.cell } }, row);
    this.add('name', { value: { raw: name, text: name, cell: value.cell } }, row);
  }

  /** A line without a label: the value of the label above it, more of a free text, or nothing. */
  private plain(line: FormLine, text: string): void {
    if (looksLikeReportEntry(text)) {
      const at = where(this.place, line.row, line.cellStarts?.[0]?.cell);
      this.problems.push({
        th: `${at.th}: อ่านรายงานความก้าวหน้าไม่ได้ — ไม่พบ "รายงานครั้งที่ N ::" ที่มีเลขครั้งที่: "${text}"`,
        en: `${at.en}: a progress report could not be read — no "รายงานครั้งที่ N ::" with a report number: "${text}"`,
      });
      return;
    }
    if (!line.value || this.section === 'closing' || this.section === 'section2' || this.section === 'title') return;
    // Under 1.2's heading, a line before any label is the agency (`สำนัก / กอง / กลุ่มงาน`).
    const field = this.field ?? (this.section === 'section12' ? 'agency' : undefined);
    if (!field || !(this.goesOn || this.field === undefined)) return;
    if (this.values.has(field) && !TEXT_FIELDS.has(field)) return;
    this.add(field, { value: line.value }, this.labelRow ?? line.row);
    this.field = field;
    this.goesOn = TEXT_FIELDS.has(field);
  }

  private add(field: ProjectField, part: Part, row: number): void {
    const collected = this.values.get(field);
    if (collected) collected.parts.push(part);
    else this.values.set(field, { parts: [part], row });
  }

  private endEntry(): void {
    const entry = this.entry;
    if (!entry) return;
    this.entry = undefined;
    const read = readReportEntry(entry.text);
    const report: SourceRow = { source: { ...this.place, row: entry.row }, values: {} };
    const cells: Partial<Record<Field, string>> = {};
    for (const { field, raw, at } of read.pieces) {
      report.values[field] = raw;
      const cell = cellAt(entry, at);
      if (cell) cells[field] = cell;
    }
    if (Object.keys(cells).length > 0) report.cells = cells;
    if (read.pieces.length > 0) this.reports.push(report);
    const at = where(this.place, entry.row, entry.cellStarts[0]?.cell);
    for (const reason of read.unread) {
      this.problems.push({ th: `${at.th}: อ่านรายงานความก้าวหน้าได้ไม่ครบ — ${reason.th}`, en: `${at.en}: a progress report was not read in full — ${reason.en}` });
    }
  }

  /**
   * The project row (none when no project field was found) and the report rows — those read
   * from lines and `tableReports` (section 2 read as a table) — each report with the project's code.
   */
  finish(tableReports: readonly SourceRow[] = []): SourceRecords {
    this.endEntry();
    const project = this.projectRow();
    const reports = [...this.reports, ...tableReports].sort((a, b) => a.source.row - b.source.row);
    const code = project?.values.code;
    const codeCell = project?.cells?.code;
    let withoutCode = 0;
    for (const report of reports) {
      if (report.values.code !== undefined) continue;
      if (code === undefined) {
        withoutCode++;
        continue;
      }
      report.values = { code, ...report.values };
      if (codeCell) report.cells = { code: codeCell, ...report.cells };
    }
    if (withoutCode > 0) {
      this.problems.push({
        th: `ไม่พบรหัสโครงการในแบบรายงาน: รายงานความก้าวหน้า ${withoutCode} รายการไม่มีรหัสโครงการ`,
        en: `No project code in the form: ${withoutCode} progress report(s) have no project code`,
      });
    }
    return { projects: project ? [project] : [], reports, problems: this.problems };
  }

  private projectRow(): SourceRow | undefined {
    if (this.values.size === 0) return undefined;
    const rows = [...this.values.values()].map((collected) => collected.row);
    const row: SourceRow = { source: { ...this.place, row: Math.min(...rows) }, values: {} };
    const cells: Partial<Record<Field, string>> = {};
    const formats: Partial<Record<Field, string>> = {};
    for (const [field, { parts }] of this.values) {
      const value = joined(field, parts);
      row.values[field] = value.raw;
      if (value.cell) cells[field] = value.cell;
      if (value.format) formats[field] = value.format;
    }
    if (Object.keys(cells).length > 0) row.cells = cells;
    if (Object.keys(formats).length > 0) row.numberFormats = formats;
    return row;
  }
}

/**
 * A field's value from its lines. One line's value as it is (a cell keeps its value and format;
 * 1.6 written as one part is that part's text, as the form writes a strategy it cannot split);
 * several joined — a free text's lines by new lines, a wrapped name's by a space, 1.6's parts
 * each after its label.
 */
function joined(field: ProjectField, parts: readonly Part[]): FormValue {
  if (parts.length === 1) return parts[0].value;
  const texts = parts
    .map(({ value, label }) => (label ? `${label} ${value.text.trim()}` : value.text.trim()))
    .filter((text) => text !== '');
  const text = texts.join(PARAGRAPH_FIELDS.has(field) ? '\n' : ' ');
  return { raw: text, text, cell: parts[0].value.cell };
}
