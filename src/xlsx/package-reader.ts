import type JSZip from 'jszip';
import type { ReadLimits } from '../core/model';
import { WorkbookReadError, causeText, limitExceeded } from './read-error';
import { XmlError, XmlScanner, type XmlHandler } from './xml-scanner';

/** JSZip's stream of a part's bytes as they are unpacked (public, but missing from its typings). */
interface PartStream {
  on(event: 'data', listener: (chunk: Uint8Array) => void): PartStream;
  on(event: 'error', listener: (error: unknown) => void): PartStream;
  on(event: 'end', listener: () => void): PartStream;
  resume(): PartStream;
  pause(): PartStream;
}

function partStream(file: JSZip.JSZipObject): PartStream {
  return (file as unknown as { internalStream(type: 'uint8array'): PartStream }).internalStream('uint8array');
}

/** The size a ZIP entry's headers state once unpacked (JSZip keeps it, unexported, from the central directory). */
function statedSize(file: JSZip.JSZipObject): number {
  const size = (file as unknown as { _data?: { uncompressedSize?: unknown } })._data?.uncompressedSize;
  return typeof size === 'number' ? size : 0;
}

/**
 * The first `maxBytes` bytes of a part, unpacking no more than that (a `mimetype` entry, read
 * to tell an .ods, may be a bomb like any other part).
 */
export async function partPrefix(file: JSZip.JSZipObject, maxBytes: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  await new Promise<void>((resolve, reject) => {
    const stream = partStream(file);
    stream
      .on('data', (chunk: Uint8Array) => {
        if (size >= maxBytes) return;
        chunks.push(chunk.subarray(0, maxBytes - size));
        size += Math.min(chunk.length, maxBytes - size);
        if (size >= maxBytes) {
          stream.pause();
          resolve();
        }
      })
      .on('error', reject)
      .on('end', () => resolve())
      .resume();
  });
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) { bytes.set(chunk, at); at += chunk.length; }
  return bytes;
}

/** The longest tag or comment a part may hold: far beyond any attribute a workbook writes (a name is ≤ 255 characters). */
function maxConstructChars(limits: ReadLimits): number {
  return 65_536 + 8 * limits.maxCellChars;
}

/**
 * The parts of an opened .xlsx package, read as XML within the read limits: each part
 * unpacked as a stream and counted as it comes — what the headers state is checked first,
 * what actually comes out is checked as it does, since a bomb may state any size — so no
 * part is ever held whole and unpacking stops at the limit.
 */
export class PackageReader {
  private unpacked = 0;
  private readonly pathsByLowerCase: Map<string, string>;

  constructor(private readonly zip: JSZip, readonly fileName: string, readonly limits: ReadLimits) {
    this.pathsByLowerCase = new Map(Object.keys(zip.files).filter((path) => !zip.files[path].dir).map((path) => [path.toLowerCase(), path]));
  }

  /** The part's path as the package spells it (part names are case-insensitive, OPC §9.1.1.1), or undefined. */
  find(path: string): string | undefined {
    if (this.zip.files[path] && !this.zip.files[path].dir) return path;
    return this.pathsByLowerCase.get(path.toLowerCase());
  }

  /**
   * Reads part `path` into `handler`. Throws ReadLimitError past a limit, WorkbookReadError
   * when the part is not readable XML (the message names the part and what is wrong).
   */
  async scan(path: string, handler: XmlHandler): Promise<void> {
    const found = this.find(path);
    if (found === undefined) throw new WorkbookReadError(`${this.fileName} is damaged: its part ${path} is missing`);
    const scanner = new XmlScanner(handler, maxConstructChars(this.limits));
    const decoder = new TextDecoder('utf-8');
    try {
      await this.unpack(found, (chunk) => scanner.write(decoder.decode(chunk, { stream: true })));
      scanner.write(decoder.decode());
      scanner.end();
    } catch (error) {
      if (error instanceof XmlError) throw new WorkbookReadError(`${this.fileName} is damaged: its part ${found} ${error.message}`, { cause: error });
      throw error;
    }
  }

  /**
   * Unpacks every part, keeping nothing, to check the package against the limits before a
   * library that holds parts whole (ExcelJS, for the annotated copy) is given it.
   */
  async checkSizes(): Promise<void> {
    for (const path of this.pathsByLowerCase.values()) await this.unpack(path, () => undefined);
  }

  /** Streams the bytes of part `path` to `onChunk`, counted against the limits as they come. */
  private async unpack(path: string, onChunk: (chunk: Uint8Array) => void): Promise<void> {
    const file = this.zip.files[path];
    const { limits, fileName } = this;
    const stated = statedSize(file);
    if (stated > limits.maxPartBytes) throw this.partTooLarge(path);
    if (this.unpacked + stated > limits.maxUnpackedBytes) throw this.packageTooLarge();
    let partBytes = 0;
    await new Promise<void>((resolve, reject) => {
      const stream = partStream(file);
      let failed = false;
      const fail = (error: unknown) => {
        failed = true;
        stream.pause();
        reject(error);
      };
      stream
        .on('data', (chunk: Uint8Array) => {
          if (failed) return;
          try {
            partBytes += chunk.length;
            this.unpacked += chunk.length;
            if (partBytes > limits.maxPartBytes) throw this.partTooLarge(path);
            if (this.unpacked > limits.maxUnpackedBytes) throw this.packageTooLarge();
            onChunk(chunk);
          } catch (error) {
            fail(error);
          }
        })
        .on('error', (error: unknown) => {
          if (!failed) fail(new WorkbookReadError(`${fileName} is damaged: its part ${path} cannot be unpacked (${causeText(error)})`, { cause: error }));
        })
        .on('end', () => {
          if (!failed) resolve();
        })
        .resume();
    });
  }

  private partTooLarge(path: string) {
    return limitExceeded(this.fileName, 'maxPartBytes', this.limits, `its part ${path} unpacks to more than`);
  }

  private packageTooLarge() {
    return limitExceeded(this.fileName, 'maxUnpackedBytes', this.limits, 'its parts unpack to more than');
  }
}
