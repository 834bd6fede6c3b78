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

export { jsonByteLength, utf8ByteLength } from '../core/byte-length';
