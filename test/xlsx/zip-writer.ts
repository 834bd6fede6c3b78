import { crc32, deflateRawSync, constants } from 'node:zlib';

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
    const stated = entry.statedSize ?? size;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(stated, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, body);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc >>> 0, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(stated, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}
