/**
 * What jsdom lacks and Fluent UI v9 uses, for the task pane's tests only (imported by
 * each test file; the shared jest config stays untouched).
 */
import { configure } from '@testing-library/react';
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from 'node:util';

class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

// jsdom has no TextDecoder/TextEncoder; the package readers a pane test opens files with use them, as browsers have them.
if (typeof globalThis.TextDecoder === 'undefined') {
  globalThis.TextDecoder = NodeTextDecoder as unknown as typeof TextDecoder;
  globalThis.TextEncoder = NodeTextEncoder as unknown as typeof TextEncoder;
}

if (typeof globalThis.ResizeObserver === 'undefined') {
  globalThis.ResizeObserver = ResizeObserverStub as unknown as typeof ResizeObserver;
}

// waitFor's default 1 s is too short when Fluent renders in jsdom on a busy 2-core machine.
configure({ asyncUtilTimeout: 10_000 });
