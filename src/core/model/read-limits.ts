import './zod';
import { z } from 'zod';

const MIB = 1024 * 1024;

/**
 * How much a file may make the reader do before it is refused (README "Safety"): each
 * bound is generous — a workbook Excel itself can hold reaches none of them except by its
 * cell count — and a refusal names its key, so a config file's `"limits"` can raise it.
 */
export const ReadLimits = z.object({
  /** Bytes of the file itself (.xlsx or .csv). */
  maxInputBytes: z.number().int().positive().default(256 * MIB),
  /**
   * Bytes of one part of an .xlsx package once unpacked (a sheet, the shared strings, the
   * styles): a sheet at the cell limit is about 450 MB, and up to 500 MB a part still fits in one
   * JavaScript string (at most 2²⁹ − 24 characters) where a library wants it whole.
   */
  maxPartBytes: z.number().int().positive().default(500 * MIB),
  /** Bytes of all the parts of an .xlsx package once unpacked. */
  maxUnpackedBytes: z.number().int().positive().default(1000 * MIB),
  /**
   * Cells of a workbook as they are held in memory: each row from its sheet's first used
   * column to its last filled cell, empty cells between included. Shared strings and merged
   * areas are each held to the same number.
   */
  maxCells: z.number().int().positive().default(10_000_000),
  /** Characters of one cell's text: Excel's own maximum is 32,767. */
  maxCellChars: z.number().int().positive().default(32_767),
  /**
   * Findings of one rule listed for one sheet; past it the rest are counted in one
   * `too-many-findings` warning. Each finding holds its messages in two languages (about a
   * kilobyte), so a million rows with a few findings each would not fit in memory, and nobody
   * walks ten thousand findings of one kind before fixing their common cause.
   */
  maxFindingsPerRule: z.number().int().positive().default(10_000),
}).strict();
export type ReadLimits = z.infer<typeof ReadLimits>;

export const DEFAULT_READ_LIMITS: ReadLimits = ReadLimits.parse({});
