/**
 * What jsdom lacks and Fluent UI v9 uses, for the task pane's tests only (imported by
 * each test file; the shared jest config stays untouched).
 */
class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

if (typeof globalThis.ResizeObserver === 'undefined') {
  globalThis.ResizeObserver = ResizeObserverStub as unknown as typeof ResizeObserver;
}
