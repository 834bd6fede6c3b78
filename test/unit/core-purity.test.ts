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

/**
 * zod is set up once, without eval (src/core/model/zod.ts): every module that imports zod imports
 * that module first, for its effect. `z` comes from zod itself, never re-exported through a module
 * of ours (that stops webpack from dropping zod's unused exports).
 */
describe('zod is set up before any schema is made', () => {
  const SRC = join(__dirname, '../../src');
  const setup = join(SRC, 'core/model/zod.ts');

  it('every module of src importing zod imports the set-up module before it', () => {
    const users = sourceFiles(SRC).filter((file) => file !== setup && /from ['"]zod['"]/.test(readFileSync(file, 'utf8')));
    expect(users.length).toBeGreaterThanOrEqual(5);
    const unready = users.filter((file) => {
      const text = readFileSync(file, 'utf8');
      const first = text.search(/^import\b/m);
      const setUp = text.search(/^import ['"](?:\.\.?\/)+(?:core\/)?(?:model\/)?zod['"];$/m);
      return setUp !== first || !/^import \{ z \} from 'zod';$/m.test(text);
    });
    expect(unready.map((file) => relative(SRC, file))).toEqual([]);
    expect(readFileSync(setup, 'utf8')).toMatch(/^config\(\{ jitless: true \}\);$/m);
    expect(readFileSync(setup, 'utf8')).not.toMatch(/^export /m);
  });
});
