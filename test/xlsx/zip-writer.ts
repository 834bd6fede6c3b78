import { crc32, deflateRawSync, constants } from 'node:zlib';
import { centralEntry, endRecord, localHeader } from '../helpers/zip-records';

/**
 * A ZIP package written byte by byte, for inputs no library would write: parts far
 * larger than their compressed bytes (built from one compressed block repeated, so a
 * gigabyte costs a millisecond), and headers that state sizes other than the real ones.
 */
export interface ZipEntry {
  path: string;
  /** The part's bytes, or text (UTF-8). */
  data?: Uint8Array | string;
  /** The part as `block` repeated `times` times (after `data`, if any), compressed without holding it whole. */
  repeat?: { block: Uint8Array | string; times: number };
  /** Sizes the headers state instead of the real ones (a bomb that hides its size). */
  statedSize?: number;
}

const bytesOf = (data: Uint8Array | string) => (typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data));

/** Deflate blocks that each end byte-aligned with the dictionary reset, so they may be repeated and concatenated. */
function independentBlock(data: Buffer): Buffer {
  return deflateRawSync(data, { finishFlush: constants.Z_FULL_FLUSH });
}

const FINAL_EMPTY_BLOCK = Buffer.from([0x03, 0x00]);

function compressed(entry: ZipEntry): { body: Buffer; size: number; crc: number } {
  const parts: Buffer[] = [];
  let size = 0;
  let crc = 0;
  if (entry.data !== undefined) {
    const data = bytesOf(entry.data);
    parts.push(independentBlock(data));
    size += data.length;
    crc = crc32(data, crc);
  }
  if (entry.repeat) {
    const block = bytesOf(entry.repeat.block);
    const deflated = independentBlock(block);
    for (let i = 0; i < entry.repeat.times; i++) {
      parts.push(deflated);
      crc = crc32(block, crc);
    }
    size += block.length * entry.repeat.times;
  }
  parts.push(FINAL_EMPTY_BLOCK);
  return { body: Buffer.concat(parts), size, crc };
}

/** A ZIP archive of `entries`, every part deflated. Sizes above 4 GB are not supported (no ZIP64). */
export function zipArchive(entries: readonly ZipEntry[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.path, 'utf8');
    const { body, size, crc } = compressed(entry);
    const stated = { crc, compressed: body.length, size: entry.statedSize ?? size };
    const local = localHeader(name, stated);
    locals.push(local, name, body);
    centrals.push(centralEntry(name, stated, offset), name);
    offset += local.length + name.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = endRecord(entries.length, directory.length, offset);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}
