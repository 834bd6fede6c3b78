/**
 * The browser tests (test/e2e): the built demo page in headless Chromium, driven by
 * playwright-core. Node environment, one file at a time, long timeouts; dist/ is
 * rebuilt first when any source is newer than it (test/e2e/build-if-stale.js).
 */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test/e2e'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: false }] },
  globalSetup: '<rootDir>/test/e2e/build-if-stale.js',
  maxWorkers: 1,
  testTimeout: 120_000,
};
