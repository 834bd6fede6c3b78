import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { DEFAULT_READ_LIMITS, type ReadLimits } from '../core/model';
import { WorkbookReadError, limitExceeded } from './read-error';

const CHUNK = 1024 * 1024;

function openError(path: string, error: unknown, kind: string): WorkbookReadError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new WorkbookReadError(`file not found: ${path}`);
  if (code === 'EISDIR') return new WorkbookReadError(`${path} is a folder, not a ${kind}`);
  return new WorkbookReadError(`cannot read ${path} (${code ?? 'unknown error'})`);
}

/**
 * The bytes of the file at `path`, read in chunks and never more than limits.maxInputBytes:
 * a regular file's size is checked before anything is read; a pipe is read until it ends or
 * passes the limit; a device (`/dev/zero`, a terminal) is refused, as no spreadsheet comes
 * from one. Throws WorkbookReadError (ReadLimitError past the limit), one line naming the path.
 * `readSpreadsheetFile('projects.xlsx')` → the file's bytes.
 */
export function readSpreadsheetFile(path: string, limits: ReadLimits = DEFAULT_READ_LIMITS): Uint8Array {
  return readFileWithin(path, limits.maxInputBytes, 'spreadsheet file', () => limitExceeded(path, 'maxInputBytes', limits, 'it is larger than'));
}

/**
 * The bytes of the file at `path`, at most `maxBytes` of them: past that `tooLarge()` is
 * thrown, having read no more than `maxBytes + 1` bytes (a pipe is read in growing chunks, a
 * regular file to its size); a folder or a device is refused as not being a `kind`.
 */
export function readFileWithin(path: string, maxBytes: number, kind: string, tooLarge: () => Error): Uint8Array {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    throw openError(path, error, kind);
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw new WorkbookReadError(`${path} is a folder, not a ${kind}`);
    if (stat.isCharacterDevice() || stat.isBlockDevice()) throw new WorkbookReadError(`${path} is a device, not a ${kind}`);
    if (stat.isFile() && stat.size > maxBytes) throw tooLarge();
    // A regular file is read to its size (and no further than the limit if it grows meanwhile); a pipe in growing chunks.
    let buffer = new Uint8Array(stat.isFile() ? Math.min(stat.size + 1, maxBytes + 1) : Math.min(CHUNK, maxBytes + 1));
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (length > maxBytes) throw tooLarge();
        const grown = new Uint8Array(Math.min(buffer.length * 2, maxBytes + 1));
        grown.set(buffer);
        buffer = grown;
      }
      let read: number;
      try {
        read = readSync(fd, buffer, length, Math.min(CHUNK, buffer.length - length), null);
      } catch (error) {
        throw openError(path, error, kind);
      }
      if (read === 0) break;
      length += read;
      if (length > maxBytes) throw tooLarge();
    }
    return buffer.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}
