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

/** zod is set up once, without eval (src/core/model/zod.ts): a schema module importing 'zod' itself would skip that. */
describe('zod is imported through src/core/model/zod.ts only', () => {
  const SRC = join(__dirname, '../../src');
  const setup = join(SRC, 'core/model/zod.ts');

  it('no other module of src imports zod', () => {
    const direct = sourceFiles(SRC).filter((file) => file !== setup && /from ['"]zod['"]/.test(readFileSync(file, 'utf8')));
    expect(direct.map((file) => relative(SRC, file))).toEqual([]);
    expect(readFileSync(setup, 'utf8')).toContain('z.config({ jitless: true })');
  });
});
