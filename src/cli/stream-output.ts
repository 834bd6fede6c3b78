/**
 * Writing the command line's output to a stream as the reader takes it. A JSON report of a large
 * workbook is some 15 MB of text: written to a pipe all at once, Node queues what the pipe does not
 * take yet, and that queue (about three bytes a Thai character) stood on top of the run's memory.
 */

/** Resolves once `stream` can take more (drain), or will take nothing more (closed, failed). */
function writable(stream: NodeJS.WritableStream & { destroyed?: boolean }): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      stream.off('drain', done);
      stream.off('close', done);
      stream.off('error', done);
      resolve();
    };
    stream.on('drain', done);
    stream.on('close', done);
    stream.on('error', done);
  });
}

/**
 * Writes `pieces` and a final line break to `stream`, each piece once the stream has taken the
 * ones before (at most one piece waits in memory), and stops when the reader is gone — `| head`
 * closes the pipe early, which is no error of the user's.
 * `await writePieces(process.stdout, terminalSafeJsonPieces(report))`.
 */
export async function writePieces(stream: NodeJS.WritableStream & { destroyed?: boolean }, pieces: Iterable<string>): Promise<void> {
  for (const piece of pieces) {
    if (stream.destroyed) return;
    if (!stream.write(piece)) await writable(stream);
  }
  if (!stream.destroyed) stream.write('\n');
}

/**
 * Makes a reader that stops reading (EPIPE: `report-checker validate big.xlsx --format json | head`)
 * end the output quietly rather than crash with a stack trace; any other failure to write is still
 * thrown. Returns `stream`.
 */
export function quietWhenReaderLeaves<T extends NodeJS.WritableStream>(stream: T): T {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
  return stream;
}
