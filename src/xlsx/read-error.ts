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

/** A library's error as a short clause for one of these messages: its first line, at most 120 characters. */
export function causeText(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0].slice(0, 120);
}
