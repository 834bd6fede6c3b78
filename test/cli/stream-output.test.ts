import { Writable } from 'node:stream';
import { quietWhenReaderLeaves, writePieces } from '../../src/cli/stream-output';

/** A stream that takes each chunk only when `release()` is called, as a slow pipe reader does. */
function slowStream(highWaterMark: number) {
  const written: string[] = [];
  const waiting: (() => void)[] = [];
  let mostQueued = 0;
  const stream = new Writable({
    highWaterMark,
    decodeStrings: false,
    write(chunk: string, _encoding, callback) {
      written.push(chunk);
      waiting.push(callback);
    },
  });
  const origWrite = stream.write.bind(stream);
  stream.write = ((chunk: string) => {
    const ok = origWrite(chunk);
    mostQueued = Math.max(mostQueued, stream.writableLength);
    return ok;
  }) as typeof stream.write;
  return {
    stream, written, mostQueued: () => mostQueued,
    release: () => { const next = waiting.shift(); next?.(); return next !== undefined; },
  };
}

describe('writePieces', () => {
  it('writes every piece in order and a final line break', async () => {
    const slow = slowStream(16);
    const pieces = ['{"a":', '1,', '"b":"ข้อความ"', '}'];
    const done = writePieces(slow.stream, pieces);
    // Let the stream take one chunk at a time until all are written.
    for (let i = 0; i < 50 && slow.written.join('') !== `${pieces.join('')}\n`; i++) {
      await new Promise((resolve) => setImmediate(resolve));
      slow.release();
    }
    await done;
    expect(slow.written.join('')).toBe(`${pieces.join('')}\n`);
  });

  it('keeps at most one piece waiting beyond what the stream buffers, however many pieces come', async () => {
    const piece = 'x'.repeat(100);
    const slow = slowStream(150);
    let given = 0;
    function* pieces() { for (let i = 0; i < 40; i++) { given++; yield piece; } }
    const done = writePieces(slow.stream, pieces());
    await new Promise((resolve) => setImmediate(resolve));
    // Nothing taken yet by the reader: the writer waits rather than queueing all 40 pieces.
    expect(given).toBeLessThanOrEqual(2);
    while (slow.release()) await new Promise((resolve) => setImmediate(resolve));
    await done;
    expect(given).toBe(40);
    expect(slow.mostQueued()).toBeLessThanOrEqual(250);
    expect(slow.written.join('')).toBe(`${piece.repeat(40)}\n`);
  });

  it('stops, without an error, when the reader has gone', async () => {
    const gone = Object.assign(new Error('write EPIPE'), { code: 'EPIPE' });
    const stream = quietWhenReaderLeaves(new Writable({ highWaterMark: 8, write: (_chunk, _encoding, callback) => callback(gone) }));
    let given = 0;
    function* pieces() { for (let i = 0; i < 1000; i++) { given++; yield 'piece of output'; } }
    await expect(writePieces(stream, pieces())).resolves.toBeUndefined();
    expect(given).toBeLessThan(5);
  });

  it('still throws a failure to write that is not a reader gone', () => {
    const stream = quietWhenReaderLeaves(new Writable({ write: (_chunk, _encoding, callback) => callback() }));
    expect(() => stream.emit('error', Object.assign(new Error('no space left'), { code: 'ENOSPC' }))).toThrow('no space left');
  });
});
