import type { ReadLimits } from '../core/model';

/**
 * A file that cannot be read as a spreadsheet. The message is one line in
 * English, names the file, and says what to do (the CLI prints it as is).
 */
export class WorkbookReadError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'WorkbookReadError';
  }
}

/** A file refused because reading it would pass one of the read limits; `limit` is its config key. */
export class ReadLimitError extends WorkbookReadError {
  constructor(readonly limit: keyof ReadLimits, message: string) {
    super(message);
    this.name = 'ReadLimitError';
  }
}

const MIB = 1024 * 1024;

function shownLimit(limit: keyof ReadLimits, value: number): string {
  return limit.endsWith('Bytes') ? `${(value / MIB).toLocaleString('en-US', { maximumFractionDigits: 1 })} MB` : value.toLocaleString('en-US');
}

/**
 * The refusal of `fileName` for passing `limit`, in one line: what passed it, the limit and
 * its key, and how to raise it. `limitExceeded('a.xlsx', 'maxCells', limits, 'it holds more cells than')` →
 * `a.xlsx is refused: it holds more cells than 12,000,000, the limit limits.maxCells; if the file is genuine, …`.
 */
export function limitExceeded(fileName: string, limit: keyof ReadLimits, limits: ReadLimits, what: string): ReadLimitError {
  const value = limits[limit];
  return new ReadLimitError(limit, `${fileName} is refused: ${what} ${shownLimit(limit, value)}, the limit limits.${limit}; `
    + `if the file is genuine, raise it in the config file (--config), e.g. { "limits": { "${limit}": ${value * 2} } }`);
}

/** A library's error as a short clause for one of these messages: its first line, at most 120 characters. */
export function causeText(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0].slice(0, 120);
}
