import { startsWithBytes } from './bytes';

/**
 * Reading CSV text as Excel would: UTF-8 with or without a BOM (Excel's
 * "CSV UTF-8"), UTF-16 with a BOM ("Unicode text"), and — when the bytes are
 * not UTF-8 — Windows-874, the Thai code page Excel uses for plain "CSV" on
 * Thai Windows. Fields are separated by a comma, a semicolon or a tab, detected.
 */

export type CsvDelimiter = ',' | ';' | '\t';

const DELIMITERS: readonly CsvDelimiter[] = [',', ';', '\t'];

/**
 * The text of a CSV file, or undefined when the bytes are not text (NUL bytes
 * or many control characters outside a UTF-16 file).
 * `decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))` → `A`.
 */
export function decodeText(data: Uint8Array): string | undefined {
  if (startsWithBytes(data, [0xef, 0xbb, 0xbf])) return new TextDecoder('utf-8').decode(data.subarray(3));
  if (startsWithBytes(data, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(data.subarray(2));
  if (startsWithBytes(data, [0xfe, 0xff])) return new TextDecoder('utf-16be').decode(data.subarray(2));
  if (!looksLikeText(data)) return undefined;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    return new TextDecoder('windows-874').decode(data);
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
 * Hands each row of CSV text to `onRow` as its fields (RFC 4180: quoted fields may hold the
 * delimiter, line breaks and doubled quotes), until `onRow` returns false or `maxRows` rows
 * are read; returns the number of rows. A final line break ends the last row. Runs of plain
 * text are found with indexOf and sliced, not copied a character at a time: a 100 MB file
 * takes about a second.
 */
export function eachCsvRow(text: string, delimiter: CsvDelimiter, onRow: (fields: string[]) => boolean | void, maxRows = Infinity): number {
  const length = text.length;
  let count = 0;
  let row: string[] = [];
  let field = '';
  /** Something (even an empty quoted field) has been read since the row began. */
  let started = false;
  // The next delimiter, line feed and carriage return at or after i (-1: none), found again once passed.
  let nextDelimiter = -2;
  let nextLineFeed = -2;
  let nextReturn = -2;
  let stop = false;
  const endRow = () => {
    row.push(field);
    count++;
    if (onRow(row) === false || count >= maxRows) stop = true;
    row = []; field = ''; started = false;
  };
  let i = 0;
  while (i < length && !stop) {
    const ch = text[i];
    if (ch === '"' && field === '') {
      // A quoted section: up to the quote that is not doubled.
      started = true;
      let from = i + 1;
      for (;;) {
        const quote = text.indexOf('"', from);
        if (quote < 0) { field += text.slice(from); i = length; break; }
        field += text.slice(from, quote);
        if (text[quote + 1] === '"') { field += '"'; from = quote + 2; continue; }
        i = quote + 1;
        break;
      }
      continue;
    }
    if (ch === delimiter) { started = true; row.push(field); field = ''; i++; continue; }
    if (ch === '\r' || ch === '\n') {
      endRow();
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
      continue;
    }
    started = true;
    if (nextDelimiter !== -1 && nextDelimiter < i) nextDelimiter = text.indexOf(delimiter, i);
    if (nextLineFeed !== -1 && nextLineFeed < i) nextLineFeed = text.indexOf('\n', i);
    if (nextReturn !== -1 && nextReturn < i) nextReturn = text.indexOf('\r', i);
    let end = length;
    if (nextDelimiter >= 0 && nextDelimiter < end) end = nextDelimiter;
    if (nextLineFeed >= 0 && nextLineFeed < end) end = nextLineFeed;
    if (nextReturn >= 0 && nextReturn < end) end = nextReturn;
    field += text.slice(i, end);
    i = end;
  }
  if (!stop && started) endRow();
  return count;
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
  const hint = SEPARATOR_HINT.exec(text);
  let row = 0;
  eachCsvRow(hint ? text.slice(hint[0].length) : text, delimiter, (fields) => { onRow(fields, row++); });
}
