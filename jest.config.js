/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src', '<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: false }] },
  testPathIgnorePatterns: ['/node_modules/', '/test/e2e/'],
  // Rendering Fluent UI in jsdom and the property tests take seconds on a busy 2-core machine.
  testTimeout: 30_000,
};
