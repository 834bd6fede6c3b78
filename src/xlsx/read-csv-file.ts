import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { DEFAULT_READ_LIMITS, type Grid, type ReadLimits } from '../core/model';
import { CsvRows, DELIMITERS, parseCsv, textEncodingOf, withoutSeparatorHint } from './csv';
import { csvDelimiterOf, startsAsPackageOrDocument } from './file-format';
import { CsvGridBuilder, withData } from './read';
import { limitExceeded } from './read-error';

/** Bytes read and decoded at a time. */
const CHUNK_BYTES = 1024 * 1024;
/** The bytes that tell text from binary (textEncodingOf). */
const HEAD_BYTES = 65_536;
/** What the delimiter is detected from (csvDelimiterOf): the first rows, and the first characters for what the text is instead. */
const DETECTION_ROWS = 50;
const DETECTION_CHARS = 4096;

/** The bytes were not UTF-8 after all: read again as Windows-874. */
class NotUtf8 extends Error {}

/**
 * A CSV file read from disk a chunk at a time into its Grid — decoded, split into rows and placed
 * as it is read — so that neither its whole bytes nor its whole text are ever held: a
 * 300,000-report file is 150 MB of bytes and as much again of text, and both stood on top of the
 * memory its check takes. The grid, and every error, are those readWorkbook gives for the file's
 * bytes: the same encoding (BOM, else UTF-8 unless the bytes are not UTF-8, then Windows-874), the
 * same delimiter, the same limits.
 *
 * Returns undefined, having read at most its first 64 KB, for a file not to be read this way — not
 * a regular file (a pipe cannot be read twice, as a file found not to be UTF-8 is), empty, larger
 * than limits.maxInputBytes, or not text: readSpreadsheetFile and identifySpreadsheet read it whole
 * and say what it is.
 * `readCsvFile('งบ 2563.csv', 'งบ 2563.csv')` → `[{ sheet: 'งบ 2563', … }]`.
 */
export function readCsvFile(path: string, fileName: string, limits: ReadLimits = DEFAULT_READ_LIMITS, chunkBytes = CHUNK_BYTES): Grid[] | undefined {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return undefined;
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile() || stat.size === 0 || stat.size > limits.maxInputBytes) return undefined;
    const head = new Uint8Array(Math.min(stat.size, HEAD_BYTES));
    const headLength = readSync(fd, head, 0, head.length, 0);
    if (startsAsPackageOrDocument(head.subarray(0, headLength))) return undefined;
    const encoding = textEncodingOf(head.subarray(0, headLength));
    if (!encoding) return undefined;
    const read = (label: string, fatal: boolean) => readDecoded(fd, label, fatal, encoding.bom, fileName, limits, chunkBytes);
    try {
      return read(encoding.label, encoding.orWindows874);
    } catch (error) {
      if (error instanceof NotUtf8) return read('windows-874', false);
      throw error;
    }
  } finally {
    closeSync(fd);
  }
}

/** The first rows are all there: each delimiter's reading has begun a row after the 50th. */
function detectionRowsIn(prefix: string): boolean {
  if (prefix.length < DETECTION_CHARS) return false;
  return DELIMITERS.every((delimiter) => parseCsv(prefix, delimiter, DETECTION_ROWS + 1).length > DETECTION_ROWS);
}

/**
 * The file's bytes from `from` on, decoded by `label` and read into a grid. With `fatal`, bytes
 * that are not UTF-8 throw NotUtf8 — also when the file is found so only after a problem of its
 * text (a limit, no delimiter) was met: read whole, it would have been decoded as Windows-874 first.
 */
function readDecoded(
  fd: number, label: string, fatal: boolean, from: number, fileName: string, limits: ReadLimits, chunkBytes: number,
): Grid[] {
  const decoder = new TextDecoder(label, { fatal });
  const buffer = new Uint8Array(chunkBytes);
  let position = from;
  let ended = false;
  /** The next piece of text: '' once the file has ended. */
  const nextText = (): string => {
    if (ended) return '';
    const read = readSync(fd, buffer, 0, buffer.length, position);
    position += read;
    if (position > limits.maxInputBytes) throw limitExceeded(fileName, 'maxInputBytes', limits, 'it is larger than');
    if (read === 0) ended = true;
    try {
      return read === 0 ? decoder.decode() : decoder.decode(buffer.subarray(0, read), { stream: true });
    } catch (error) {
      // A fatal decoder throws for nothing but bytes that are not of its encoding.
      if (fatal) throw new NotUtf8();
      throw error;
    }
  };
  try {
    return readRows(nextText, () => ended, fileName, limits);
  } catch (error) {
    if (!fatal || error instanceof NotUtf8) throw error;
    // Is the rest UTF-8? If not, the file is Windows-874 and this problem may not be its.
    while (!ended) nextText();
    throw error;
  }
}

function readRows(nextText: () => string, ended: () => boolean, fileName: string, limits: ReadLimits): Grid[] {
  // The start of the text, until it holds what the delimiter is detected from (or is all of it),
  // looked at again each time it has doubled: an unclosed quote near the top never ends a row.
  let prefix = '';
  let looked = 0;
  while (!ended()) {
    prefix += nextText();
    if (prefix.length >= 2 * looked && !ended()) {
      looked = prefix.length;
      if (detectionRowsIn(prefix)) break;
    }
  }
  const delimiter = csvDelimiterOf(prefix, fileName);
  const builder = new CsvGridBuilder(fileName, limits);
  const rows = new CsvRows(delimiter, (fields) => builder.add(fields));
  rows.push(withoutSeparatorHint(prefix));
  prefix = '';
  for (;;) {
    // A field longer than a cell may be is refused as it is read (an unclosed quote swallowing the
    // rest of the file), not after the whole of it has been gathered.
    if (rows.openFieldLength > limits.maxCellChars) rows.stopWithOpenRow();
    if (ended()) break;
    rows.push(nextText());
  }
  rows.end();
  return withData([builder.grid()], fileName);
}
