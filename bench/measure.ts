/** What the benchmarks measure with: medians, a forced GC, the peak RSS of each run, the machine. */
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** A full GC: `node --expose-gc` provides it; otherwise the flag is set now and gc taken from a fresh context. */
export const collectGarbage: () => void = (globalThis as { gc?: () => void }).gc ?? (() => {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
})();

/** Heap in use plus memory outside the heap held by JS objects (buffers, strings' external storage). */
export function heapAndExternal(): number {
  const { heapUsed, external } = process.memoryUsage();
  return heapUsed + external;
}

/**
 * The peak RSS since the last reset: Linux's VmHWM, reset by writing 5 to clear_refs,
 * so each run gets its own peak. Elsewhere the process-lifetime peak, which only grows.
 */
export const peakRss = (() => {
  try {
    readFileSync('/proc/self/status', 'utf8');
    writeFileSync('/proc/self/clear_refs', '5');
    return {
      perRun: true,
      reset: () => writeFileSync('/proc/self/clear_refs', '5'),
      read: () => Number(/VmHWM:\s+(\d+)\s*kB/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? 0) * 1024,
    };
  } catch {
    return { perRun: false, reset: () => undefined, read: () => process.resourceUsage().maxRSS * 1024 };
  }
})();

/** `2 × Intel(R) Xeon(R) …, 23 GB, Node v20.20.2`. */
export function machine(): string {
  return `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 1024 ** 3).toFixed(0)} GB, Node ${process.version}`;
}

/** `1,234` */
export function formatCount(count: number): string {
  return Math.round(count).toLocaleString('en-US');
}

/** `850 ms`, `12.3 s` */
export function formatMs(ms: number): string {
  return ms < 10_000 ? `${formatCount(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

/** `512 B`, `96.4 KB`, `3.21 MB`, `1.40 GB` (powers of 1024) */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${Math.round(bytes)} B`;
  if (bytes < 1024 ** 2) return `${(bytes / 1024).toFixed(1)} KB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 ** 2).toFixed(bytes < 100 * 1024 ** 2 ? 2 : 0)} MB`;
  return `${(bytes / 1024 ** 3).toFixed(2)} GB`;
}
