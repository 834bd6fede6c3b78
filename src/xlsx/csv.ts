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
 * Splits CSV text into rows of fields (RFC 4180: quoted fields may hold the
 * delimiter, line breaks and doubled quotes). A final line break ends the last row.
 * `parseCsv('a;"b;c"\n1;2', ';')` → `[['a', 'b;c'], ['1', '2']]`.
 */
export function parseCsv(text: string, delimiter: CsvDelimiter, maxRows = Infinity): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  /** Something (even an empty quoted field) has been read since the row began. */
  let started = false;
  let i = 0;
  const endRow = () => { row.push(field); rows.push(row); row = []; field = ''; started = false; };
  while (i < text.length && rows.length < maxRows) {
    const ch = text[i];
    if (quoted || (ch !== '\r' && ch !== '\n')) started = true;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') { field += '"'; i += 2; continue; }
        quoted = false; i++; continue;
      }
      field += ch; i++; continue;
    }
    if (ch === '"' && field === '') { quoted = true; i++; continue; }
    if (ch === delimiter) { row.push(field); field = ''; i++; continue; }
    if (ch === '\r' || ch === '\n') {
      endRow();
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
      continue;
    }
    field += ch; i++;
  }
  if (rows.length < maxRows && started) endRow();
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
    if (counts.length === 0 || Math.max(...counts) < 2) continue;
    const tally = new Map<number, number>();
    for (const count of counts) if (count >= 2) tally.set(count, (tally.get(count) ?? 0) + 1);
    const consistent = Math.max(...tally.values());
    const firstLine = counts[0];
    if (!best || consistent > best.consistent || (consistent === best.consistent && firstLine > best.firstLine)) {
      best = { delimiter, consistent, firstLine };
    }
  }
  return best?.delimiter;
}

/** The rows of a CSV text, its `sep=` hint line removed. */
export function readCsvRows(text: string, delimiter: CsvDelimiter): string[][] {
  return parseCsv(text.replace(SEPARATOR_HINT, ''), delimiter);
}
