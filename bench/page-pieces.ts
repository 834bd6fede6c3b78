/**
 * How long the page's one thread is held at a stretch: a timer that re-arms itself at every
 * turn of the event loop notes the time between two of its runs — the longest of them is the
 * longest piece of work nothing could interrupt (no paint, no click). Time inside the simulated
 * host's syncs is told apart: the simulator runs in the page, while Excel runs in a process of
 * its own and the page is free while a sync travels.
 *
 * Pieces are measured in CPU time of the process, not wall time: on a machine busy with other
 * work a piece's wall time grows with the wait for a core, which is not the add-in's doing.
 */
import type { SimulatedExcelHost } from '../src/devhost';
import type { ExcelHost } from '../src/excel/host';

/** Milliseconds of CPU the process has used so far. */
function cpuMs(): number {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
}

/** The longest piece (CPU ms): all of it, the part of it spent inside simulated syncs, and the stage it ended in. */
export interface LongestPiece {
  ms: number;
  syncMs: number;
  stage: string;
}

/** The host with every `context.sync()` timed, from its call until it settles (the simulator runs it in between, on microtasks). */
function timedSyncs(host: SimulatedExcelHost): { host: ExcelHost; syncMs: () => number } {
  let total = 0;
  return {
    syncMs: () => total,
    host: {
      Office: host.Office,
      Excel: {
        run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) =>
          host.Excel.run((context) => {
            const sync = context.sync.bind(context);
            (context as { sync: typeof context.sync }).sync = <R>(value?: R) => {
              const started = cpuMs();
              const settle = () => (total += cpuMs() - started);
              return (sync(value) as Promise<R>).finally(settle);
            };
            return batch(context);
          }),
      },
    } as ExcelHost,
  };
}

/**
 * Runs `work` over the host while watching the thread: `await longestPiece(host, (timed) => createExcelChecker(timed).validate(…))`.
 * `stage` names what the work is doing (a piece is counted to the stage it ended in): the longest piece of each too.
 */
export async function longestPiece<T>(
  host: SimulatedExcelHost, work: (timed: ExcelHost) => Promise<T>, stage: () => string = () => '',
): Promise<{ result: T; longest: LongestPiece; byStage: Map<string, LongestPiece> }> {
  const timed = timedSyncs(host);
  const longest: LongestPiece = { ms: 0, syncMs: 0, stage: '' };
  const byStage = new Map<string, LongestPiece>();
  let last = cpuMs();
  let lastSyncMs = 0;
  let running = true;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const tick = () => {
    const now = cpuMs();
    const syncMs = timed.syncMs();
    const piece = { ms: now - last, syncMs: syncMs - lastSyncMs, stage: stage() };
    if (piece.ms > longest.ms) Object.assign(longest, piece);
    if (piece.ms > (byStage.get(piece.stage)?.ms ?? 0)) byStage.set(piece.stage, piece);
    last = now;
    lastSyncMs = syncMs;
    if (running) timer = setTimeout(tick, 0);
  };
  timer = setTimeout(tick, 0);
  try {
    const result = await work(timed.host);
    // The last piece, up to the end of the work; the timer armed for the next turn must not run after it.
    running = false;
    clearTimeout(timer);
    tick();
    return { result, longest, byStage };
  } finally {
    running = false;
    clearTimeout(timer);
  }
}
