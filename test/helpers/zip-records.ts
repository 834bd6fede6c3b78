/**
 * The fixed records of a ZIP file (APPNOTE 4.3.7, 4.3.12, 4.3.16), for writers of packages no
 * library would write: bombs that state false sizes (test/xlsx/zip-writer.ts) and a sheet of
 * Excel's full height streamed to a file (bench/large-workbook.ts). Deflate, UTF-8 names, no ZIP64.
 */

export interface ZipRecordSizes {
  crc: number;
  compressed: number;
  size: number;
}

const UTF8_NAMES = 0x0800;
/** Sizes follow the data in a descriptor (bit 3), for a part streamed before its size is known. */
const SIZES_AFTER = 0x0008;
const DEFLATE = 8;

/** A local file header; with `sizes` undefined the sizes follow in a data descriptor. */
export function localHeader(name: Buffer, sizes?: ZipRecordSizes): Buffer {
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(sizes ? UTF8_NAMES : UTF8_NAMES | SIZES_AFTER, 6);
  local.writeUInt16LE(DEFLATE, 8);
  if (sizes) {
    local.writeUInt32LE(sizes.crc >>> 0, 14);
    local.writeUInt32LE(sizes.compressed, 18);
    local.writeUInt32LE(sizes.size, 22);
  }
  local.writeUInt16LE(name.length, 26);
  return local;
}

/** The data descriptor after a streamed part. */
export function dataDescriptor(sizes: ZipRecordSizes): Buffer {
  const descriptor = Buffer.alloc(16);
  descriptor.writeUInt32LE(0x08074b50, 0);
  descriptor.writeUInt32LE(sizes.crc >>> 0, 4);
  descriptor.writeUInt32LE(sizes.compressed, 8);
  descriptor.writeUInt32LE(sizes.size, 12);
  return descriptor;
}

/** A central directory entry for the part whose local header is at `offset`. */
export function centralEntry(name: Buffer, sizes: ZipRecordSizes, offset: number, streamed = false): Buffer {
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(streamed ? UTF8_NAMES | SIZES_AFTER : UTF8_NAMES, 8);
  central.writeUInt16LE(DEFLATE, 10);
  central.writeUInt32LE(sizes.crc >>> 0, 16);
  central.writeUInt32LE(sizes.compressed, 20);
  central.writeUInt32LE(sizes.size, 24);
  central.writeUInt16LE(name.length, 28);
  central.writeUInt32LE(offset, 42);
  return central;
}

/** The end of central directory record. */
export function endRecord(entries: number, directoryLength: number, directoryAt: number): Buffer {
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries, 8);
  end.writeUInt16LE(entries, 10);
  end.writeUInt32LE(directoryLength, 12);
  end.writeUInt32LE(directoryAt, 16);
  return end;
}
