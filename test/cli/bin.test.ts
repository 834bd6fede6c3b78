import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { run } from '../../src/cli/main';

/**
 * bin/report-checker.js runs the bundle (dist-cli/report-checker.js) when it is there and built after
 * the last change under src/, and the TypeScript source otherwise. Checked on packages laid out in a
 * temporary folder, with a bundle and a source that only say which they are; and, when this clone's
 * bundle is built and current, that it prints what the source prints for the sample.
 */

const ROOT = resolve(__dirname, '..', '..');
// eslint-disable-next-line @typescript-eslint/no-require-imports -- bin/ is plain CommonJS, outside the TypeScript project
const { entryFor } = require(join(ROOT, 'bin', 'report-checker.js')) as { entryFor: (root: string) => 'bundle' | 'source' | 'missing' };

const BUILT = new Date('2025-01-02T00:00:00Z');
const BEFORE = new Date('2025-01-01T00:00:00Z');
const AFTER = new Date('2025-01-03T00:00:00Z');

/** A package at a new temporary folder: its bin, and the bundle and source asked for, dated as asked. */
function packageWith({ bundle, source }: { bundle?: Date; source?: Date }): string {
  const root = mkdtempSync(join(tmpdir(), 'report-checker-bin-'));
  mkdirSync(join(root, 'bin'));
  copyFileSync(join(ROOT, 'bin', 'report-checker.js'), join(root, 'bin', 'report-checker.js'));
  if (bundle) {
    mkdirSync(join(root, 'dist-cli'));
    const file = join(root, 'dist-cli', 'report-checker.js');
    writeFileSync(file, "exports.main = () => process.stdout.write(`bundle ${process.argv.slice(2).join(' ')}\\n`);\n");
    utimesSync(file, bundle, bundle);
  }
  if (source) {
    // tsx, which runs the source, is found from the package's own node_modules.
    symlinkSync(join(ROOT, 'node_modules'), join(root, 'node_modules'), 'dir');
    mkdirSync(join(root, 'src', 'cli'), { recursive: true });
    const file = join(root, 'src', 'cli', 'main.ts');
    // Its word comes from a part loaded on first use, by import() of a .ts file, as the real main loads fill or consolidate.
    writeFileSync(file, "export async function main(): Promise<void> { const { word } = await import('./part'); process.stdout.write(`${word} ${process.argv.slice(2).join(' ')}\\n`); }\n");
    const part = join(root, 'src', 'cli', 'part.ts');
    writeFileSync(part, "export const word: string = 'source';\n");
    for (const path of [file, part, join(root, 'src', 'cli'), join(root, 'src')]) utimesSync(path, source, source);
  }
  return root;
}

const folders: string[] = [];
afterAll(() => { for (const folder of folders) rmSync(folder, { recursive: true, force: true }); });

function layout(dates: { bundle?: Date; source?: Date }): string {
  const root = packageWith(dates);
  folders.push(root);
  return root;
}

describe('which program bin/report-checker.js runs', () => {
  it('the bundle, when it was built after the last change under src/', () => {
    expect(entryFor(layout({ bundle: BUILT, source: BEFORE }))).toBe('bundle');
  });

  it('the source, in a clone not built yet', () => {
    expect(entryFor(layout({ source: BEFORE }))).toBe('source');
  });

  it('the source, when a file under src/ changed after the build', () => {
    const root = layout({ bundle: BUILT, source: BEFORE });
    utimesSync(join(root, 'src', 'cli', 'main.ts'), AFTER, AFTER);
    expect(entryFor(root)).toBe('source');
  });

  it('the source, when a file under src/ was deleted after the build (its folder changed)', () => {
    const root = layout({ bundle: BUILT, source: BEFORE });
    utimesSync(join(root, 'src', 'cli'), AFTER, AFTER);
    expect(entryFor(root)).toBe('source');
  });

  it('the bundle, in an installed package (no src/)', () => {
    expect(entryFor(layout({ bundle: BUILT }))).toBe('bundle');
  });

  it('runs what it chose, once, with the arguments', () => {
    const bin = (root: string) => execFileSync(process.execPath, [join(root, 'bin', 'report-checker.js'), 'validate', 'a.xlsx'], { encoding: 'utf8' });
    expect(bin(layout({ bundle: BUILT, source: BEFORE }))).toBe('bundle validate a.xlsx\n');
    expect(bin(layout({ bundle: BEFORE, source: BUILT }))).toBe('source validate a.xlsx\n');
  });

  it('says in one line, exit 2, that an installed package lacks its bundle', () => {
    const root = layout({});
    const result = spawnSync(process.execPath, [join(root, 'bin', 'report-checker.js'), '--help'], { encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('report-checker: this installation lacks dist-cli/report-checker.js; reinstall the package\n');
  });
});

// The bundle is built by `npm run build:cli` (and by npm ci); without it, or when src/ changed since, nothing to compare.
const bundleIsCurrent = entryFor(ROOT) === 'bundle';
const SAMPLE = join(ROOT, 'samples', 'bma-projects-2563.xlsx');

describe('the built bundle prints what the source prints', () => {
  (bundleIsCurrent ? it : it.skip).each([
    [['--format', 'json']],
    [['--format', 'text', '--lang', 'en']],
    [['--format', 'text', '--lang', 'th']],
  ])('validate the sample %j: same stdout, stderr and exit code', async (options) => {
    const args = ['validate', SAMPLE, ...options];
    const bundle = spawnSync(process.execPath, [join(ROOT, 'bin', 'report-checker.js'), ...args], { encoding: 'utf8' });
    let stdout = '';
    let stderr = '';
    const code = await run(args, { stdout: (text) => { stdout += `${text}\n`; }, stderr: (text) => { stderr += `${text}\n`; } });
    expect({ code: bundle.status, stdout: bundle.stdout, stderr: bundle.stderr }).toEqual({ code, stdout, stderr });
  });

  (bundleIsCurrent ? it : it.skip)('validate --out writes the same annotated copy, byte for byte', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'report-checker-bin-out-'));
    folders.push(folder);
    const fromBundle = join(folder, 'bundle.xlsx');
    const fromSource = join(folder, 'source.xlsx');
    spawnSync(process.execPath, [join(ROOT, 'bin', 'report-checker.js'), 'validate', SAMPLE, '--out', fromBundle], { encoding: 'utf8' });
    await run(['validate', SAMPLE, '--out', fromSource], { stdout: () => {}, stderr: () => {} });
    expect(readFileSync(fromBundle).equals(readFileSync(fromSource))).toBe(true);
  });

  // `sample`, `fill` and `consolidate` are files of their own in the bundle (report-checker.<name>.js), read on first use.
  (bundleIsCurrent ? it : it.skip)('sample, fill and consolidate load their parts of the bundle and answer as the source does', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'report-checker-bin-parts-'));
    folders.push(folder);
    const viaBundle = (args: string[]) => {
      const result = spawnSync(process.execPath, [join(ROOT, 'bin', 'report-checker.js'), ...args], { encoding: 'utf8' });
      return { code: result.status, stdout: result.stdout, stderr: result.stderr };
    };
    const viaSource = async (args: string[]) => {
      let stdout = '';
      let stderr = '';
      const code = await run(args, { stdout: (text) => { stdout += `${text}\n`; }, stderr: (text) => { stderr += `${text}\n`; } });
      return { code, stdout, stderr };
    };
    for (const [command, extra] of [['sample', []], ['fill', [SAMPLE, '--all']], ['consolidate', [SAMPLE]]] as const) {
      const outputs = [join(folder, `${command}-bundle.xlsx`), join(folder, `${command}-source.xlsx`)];
      const bundle = viaBundle([command, ...extra, '--out', outputs[0]]);
      const source = await viaSource([command, ...extra, '--out', outputs[1]]);
      const named = (result: { code: number | null; stdout: string; stderr: string }, output: string) => ({ ...result, stdout: result.stdout.split(output).join('OUT') });
      expect(named(bundle, outputs[0])).toEqual(named(source, outputs[1]));
      expect(readFileSync(outputs[0]).subarray(0, 2).toString('latin1')).toBe('PK');
    }
  });
});
