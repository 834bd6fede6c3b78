import { startsWithBytes } from './bytes';

/**
 * Reading CSV text as Excel would: UTF-8 with or without a BOM (Excel's
 * "CSV UTF-8"), UTF-16 with a BOM ("Unicode text"), and — when the bytes are
 * not UTF-8 — Windows-874, the Thai code page Excel uses for plain "CSV" on
 * Thai Windows. Fields are separated by a comma, a semicolon or a tab, detected.
 */

export type CsvDelimiter = ',' | ';' | '\t';

/** The delimiters a CSV file may use, in the order a tie goes to. */
export const DELIMITERS: readonly CsvDelimiter[] = [',', ';', '\t'];

/**
 * How a CSV file's bytes are decoded, told by its first bytes (at least its first 64 KB, or all of
 * them): the decoder's label and how many BOM bytes to skip; `orWindows874` when the bytes are to be
 * read as UTF-8 unless they are not UTF-8, then as Windows-874. Undefined when the bytes are not
 * text (NUL bytes or many control characters outside a UTF-16 file).
 */
export interface TextEncodingChoice { label: 'utf-8' | 'utf-16le' | 'utf-16be'; bom: number; orWindows874: boolean }

export function textEncodingOf(head: Uint8Array): TextEncodingChoice | undefined {
  if (startsWithBytes(head, [0xef, 0xbb, 0xbf])) return { label: 'utf-8', bom: 3, orWindows874: false };
  if (startsWithBytes(head, [0xff, 0xfe])) return { label: 'utf-16le', bom: 2, orWindows874: false };
  if (startsWithBytes(head, [0xfe, 0xff])) return { label: 'utf-16be', bom: 2, orWindows874: false };
  if (!looksLikeText(head)) return undefined;
  return { label: 'utf-8', bom: 0, orWindows874: true };
}

/**
 * The text of a CSV file, or undefined when the bytes are not text (see textEncodingOf).
 * `decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))` → `A`.
 */
export function decodeText(data: Uint8Array): string | undefined {
  const encoding = textEncodingOf(data);
  if (!encoding) return undefined;
  const body = data.subarray(encoding.bom);
  if (!encoding.orWindows874) return new TextDecoder(encoding.label).decode(body);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    return new TextDecoder('windows-874').decode(body);
  }
}

/** No NUL bytes and few control characters in the first 64 KB. */
function looksLikeText(data: Uint8Array): boolean {
  const sample = data.subarray(0, 65_536);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return false;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) control++;
  }
  return control <= sample.length / 100;
}

/**
 * Reads CSV text given in pieces — as a file is decoded chunk by chunk, so that a large file's
 * whole text is never held — and hands each row to `onRow` as its fields (RFC 4180: quoted fields
 * may hold the delimiter, line breaks and doubled quotes), until `onRow` returns false or
 * `maxRows` rows are read. A piece may end anywhere: inside a field, a quoted section, between a
 * quote and the quote doubling it, or between CR and LF. A final line break ends the last row.
 * Runs of plain text are found with indexOf and sliced, not copied a character at a time.
 * `const rows = new CsvRows(',', onRow); rows.push('a,"b'); rows.push('"\n'); rows.end()`.
 */
export class CsvRows {
  readonly #delimiter: CsvDelimiter;
  readonly #onRow: (fields: string[]) => boolean | void;
  readonly #maxRows: number;
  #count = 0;
  #row: string[] = [];
  #field = '';
  /** Something (even an empty quoted field) has been read since the row began. */
  #started = false;
  /** Inside a quoted section. */
  #quoted = false;
  /** The last piece ended on a quote inside a quoted section: closing, or doubled by the next piece's first character. */
  #quoteAtEnd = false;
  /** The last piece ended on a CR that ended a row: a LF starting the next piece belongs to it. */
  #afterReturn = false;
  #stopped = false;

  constructor(delimiter: CsvDelimiter, onRow: (fields: string[]) => boolean | void, maxRows = Infinity) {
    this.#delimiter = delimiter;
    this.#onRow = onRow;
    this.#maxRows = maxRows;
  }

  /** Rows handed to onRow so far. */
  get count(): number {
    return this.#count;
  }

  /** How long the field being read is: a piece of an unclosed quote grows it without end. */
  get openFieldLength(): number {
    return this.#field.length;
  }

  /** The row being read, its fields so far and the open one last, to `onRow`; nothing is read after it. */
  stopWithOpenRow(): void {
    if (this.#stopped) return;
    this.#row.push(this.#field);
    this.#count++;
    this.#onRow(this.#row);
    this.#stopped = true;
  }

  #endRow(): void {
    this.#row.push(this.#field);
    this.#count++;
    if (this.#onRow(this.#row) === false || this.#count >= this.#maxRows) this.#stopped = true;
    this.#row = [];
    this.#field = '';
    this.#started = false;
  }

  /** Reads the next piece of the text. */
  push(text: string): void {
    const delimiter = this.#delimiter;
    const length = text.length;
    let i = 0;
    if (this.#afterReturn && length > 0) {
      this.#afterReturn = false;
      if (text[0] === '\n') i = 1;
    }
    if (this.#quoteAtEnd && length > 0) {
      this.#quoteAtEnd = false;
      if (text[0] === '"') { this.#field += '"'; i = 1; } else this.#quoted = false;
    }
    // The next delimiter, line feed and carriage return at or after i (-1: none), found again once passed.
    let nextDelimiter = -2;
    let nextLineFeed = -2;
    let nextReturn = -2;
    while (i < length && !this.#stopped) {
      if (this.#quoted) {
        // A quoted section: up to the quote that is not doubled.
        const quote = text.indexOf('"', i);
        if (quote < 0) { this.#field += text.slice(i); i = length; break; }
        this.#field += text.slice(i, quote);
        if (quote + 1 === length) { this.#quoteAtEnd = true; i = length; break; }
        if (text[quote + 1] === '"') { this.#field += '"'; i = quote + 2; continue; }
        this.#quoted = false;
        i = quote + 1;
        continue;
      }
      const ch = text[i];
      if (ch === '"' && this.#field === '') { this.#started = true; this.#quoted = true; i++; continue; }
      if (ch === delimiter) { this.#started = true; this.#row.push(this.#field); this.#field = ''; i++; continue; }
      if (ch === '\r' || ch === '\n') {
        this.#endRow();
        if (ch === '\r' && i + 1 === length) this.#afterReturn = true;
        i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
        continue;
      }
      this.#started = true;
      if (nextDelimiter !== -1 && nextDelimiter < i) nextDelimiter = text.indexOf(delimiter, i);
      if (nextLineFeed !== -1 && nextLineFeed < i) nextLineFeed = text.indexOf('\n', i);
      if (nextReturn !== -1 && nextReturn < i) nextReturn = text.indexOf('\r', i);
      let end = length;
      if (nextDelimiter >= 0 && nextDelimiter < end) end = nextDelimiter;
      if (nextLineFeed >= 0 && nextLineFeed < end) end = nextLineFeed;
      if (nextReturn >= 0 && nextReturn < end) end = nextReturn;
      this.#field += text.slice(i, end);
      i = end;
    }
  }

  /** The text has ended: the last row, if any, to onRow. Returns the number of rows read. */
  end(): number {
    // A quote the text ends on closes its quoted section.
    this.#quoteAtEnd = false;
    if (!this.#stopped && this.#started) this.#endRow();
    this.#stopped = true;
    return this.#count;
  }
}

/**
 * Hands each row of CSV text to `onRow` as its fields (see CsvRows), until `onRow` returns false
 * or `maxRows` rows are read; returns the number of rows. A 100 MB file takes about a second.
 */
export function eachCsvRow(text: string, delimiter: CsvDelimiter, onRow: (fields: string[]) => boolean | void, maxRows = Infinity): number {
  const rows = new CsvRows(delimiter, onRow, maxRows);
  rows.push(text);
  return rows.end();
}

/**
 * Splits CSV text into rows of fields (see eachCsvRow).
 * `parseCsv('a;"b;c"\n1;2', ';')` → `[['a', 'b;c'], ['1', '2']]`.
 */
export function parseCsv(text: string, delimiter: CsvDelimiter, maxRows = Infinity): string[][] {
  const rows: string[][] = [];
  eachCsvRow(text, delimiter, (fields) => { rows.push(fields); }, maxRows);
  return rows;
}

/** Excel's hint line `sep=;` at the top of a CSV file. */
const SEPARATOR_HINT = /^sep=(.)\r?\n/i;

/**
 * The delimiter that splits the first rows most consistently into two or
 * more fields (ties go to the one splitting the first line into more fields,
 * then to comma, semicolon, tab); undefined when none splits any line.
 * `detectDelimiter('รหัส;งบประมาณ\n03000000-2457;1,918,000')` → `;`.
 */
export function detectDelimiter(text: string): CsvDelimiter | undefined {
  const hint = SEPARATOR_HINT.exec(text)?.[1];
  if (hint && (DELIMITERS as readonly string[]).includes(hint)) return hint as CsvDelimiter;
  let best: { delimiter: CsvDelimiter; consistent: number; firstLine: number } | undefined;
  for (const delimiter of DELIMITERS) {
    const counts = parseCsv(text, delimiter, 50)
      .filter((fields) => fields.some((f) => f.trim() !== ''))
      .map((fields) => fields.length);
    const tally = new Map<number, number>();
    for (const count of counts) if (count >= 2) tally.set(count, (tally.get(count) ?? 0) + 1);
    if (tally.size === 0) continue;
    let consistent = 0;
    for (const times of tally.values()) if (times > consistent) consistent = times;
    const firstLine = counts[0];
    if (!best || consistent > best.consistent || (consistent === best.consistent && firstLine > best.firstLine)) {
      best = { delimiter, consistent, firstLine };
    }
  }
  return best?.delimiter;
}

/** Each row of a CSV text to `onRow`, its `sep=` hint line left out. */
export function eachCsvDataRow(text: string, delimiter: CsvDelimiter, onRow: (fields: string[], row: number) => void): void {
  let row = 0;
  eachCsvRow(withoutSeparatorHint(text), delimiter, (fields) => { onRow(fields, row++); });
}

/** CSV text (or its start) without Excel's `sep=` hint line: `withoutSeparatorHint('sep=;\na;b')` → `a;b`. */
export function withoutSeparatorHint(text: string): string {
  const hint = SEPARATOR_HINT.exec(text);
  return hint ? text.slice(hint[0].length) : text;
}
