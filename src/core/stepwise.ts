/**
 * Long pure work done a piece at a time: a generator yields where the work may stop — after a
 * file, after a check — saying how far it is, and returns its result. The caller decides what a
 * stop is for: the task pane gives the page's one thread back there and paints a progress bar
 * (src/excel/page-turns.ts); the command line and the tests run the work whole.
 */

/** Work that yields its progress `S` at each place it may stop, and returns `T`. */
export type Stepwise<S, T> = Generator<S, T, void>;

/** Runs stepwise work to its end in one go: `runWhole(mergeInSteps(files))` → the merged rows. */
export function runWhole<T>(steps: Stepwise<unknown, T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/**
 * Runs `steps` to its end, passing each of its yields through `step` on the way:
 * `const merged = yield* mapSteps(mergeInSteps(files), (done) => ({ stage: 'merging', done, total }))`.
 */
export function* mapSteps<S, R, T>(steps: Stepwise<S, T>, step: (value: S) => R): Stepwise<R, T> {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    yield step(next.value);
  }
}
