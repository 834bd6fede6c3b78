import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const CORE = join(__dirname, '../../src/core');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** The core runs in the browser and in Node alike (DESIGN §7): only relative imports and zod. */
describe('src/core stays pure', () => {
  const files = sourceFiles(CORE);

  it('has source files to check', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(files.map((f) => [relative(CORE, f), f]))('%s imports nothing from Node, the DOM or Office', (_name, file) => {
    const text = readFileSync(file, 'utf8');
    const specifiers = [...text.matchAll(/(?:from|import|require\()\s*['"]([^'"]+)['"]/g)].map((m) => m[1]);
    const foreign = specifiers.filter((s) => !s.startsWith('.') && s !== 'zod');
    expect(foreign).toEqual([]);
    expect(text).not.toMatch(/\b(?:window|document|Office|Excel|process|Buffer)\./);
  });
});
