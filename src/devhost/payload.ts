/**
 * The size limits Excel enforces on a batch, and the byte counting behind them.
 *
 * - 5 MB per request and per response, Excel on the web only
 *   (learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins;
 *   github.com/OfficeDev/office-js-docs-pr/pull/5333).
 * - 5,000,000 cells per read of a range, on every platform (office-js-docs-pr/pull/1423).
 * - getRanges(): fails past ~8,200 address characters / ~500 areas
 *   (github.com/OfficeDev/office-js/issues/5198); the simulator fails past 8,192 or 500.
 * - setCellProperties: fails at 90,000 cells, 80,000 worked (github.com/OfficeDev/office-js/issues/2564).
 */
export interface PayloadLimits {
  requestBytes: number;
  responseBytes: number;
  cellsPerRead: number;
  getRangesAddressCharacters: number;
  getRangesAreas: number;
  /** setCellProperties fails ABOVE this many cells. */
  setCellPropertiesCells: number;
}

export const EXCEL_LIMITS: PayloadLimits = {
  requestBytes: 5 * 1024 * 1024,
  responseBytes: 5 * 1024 * 1024,
  cellsPerRead: 5_000_000,
  getRangesAddressCharacters: 8_192,
  getRangesAreas: 500,
  setCellPropertiesCells: 80_000,
};

/** Excel's limit on the characters of one cell (Excel specifications and limits). */
export const MAX_CELL_TEXT_LENGTH = 32_767;

/** UTF-8 bytes of a string without TextEncoder: Thai characters count 3 bytes each, as on the wire. */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Bytes of a value serialised as JSON, the way it travels in a request or response. */
export function jsonByteLength(value: unknown): number {
  return utf8ByteLength(JSON.stringify(value) ?? 'null');
}
