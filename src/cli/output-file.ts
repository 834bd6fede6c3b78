import { closeSync, fsyncSync, linkSync, lstatSync, openSync, realpathSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join, resolve } from 'node:path';
import { CliError } from './usage';

/**
 * Writing the file `--out` names without ever harming another (issue 9): never the input under
 * any name, never an existing file unless asked, and never half a file.
 */

const errorCode = (error: unknown) => (error as NodeJS.ErrnoException).code ?? 'unknown error';

/**
 * Whether `out` is the file `input`: the same path once symbolic links are followed, or the same
 * file (device and inode) under another name — a hard link, which no path comparison sees.
 */
export function isSameFile(input: string, out: string): boolean {
  try {
    if (realpathSync(input) === realpathSync(out)) return true;
  } catch {
    if (resolve(input) === resolve(out)) return true;
  }
  try {
    const [a, b] = [statSync(input), statSync(out)];
    return a.ino !== 0 && a.dev === b.dev && a.ino === b.ino;
  } catch {
    return false;
  }
}

/**
 * Refuses an `--out` that is one of the inputs, a folder, or an existing file when `replace` is
 * false (`--force` not given) — before anything is read, so a mistake costs nothing.
 */
export function checkOutputPath(out: string, inputs: readonly string[], replace: boolean): void {
  if (inputs.some((input) => isSameFile(input, out))) {
    throw new CliError(`--out ${out} is the input file (or a link to it): the original is never overwritten; name a new file`);
  }
  let existing;
  try {
    existing = lstatSync(out);
  } catch {
    return;
  }
  if (existing.isDirectory()) throw new CliError(`--out ${out} is a folder: name a file, such as ${join(out, 'annotated.xlsx')}`);
  if (!replace) throw new CliError(`--out ${out} already exists: add --force to replace it, or name a new file`);
}

/**
 * Writes `data` to `path` through a temporary file in the same folder, moved into place only
 * when complete: a failure (a full disk, a killed process) never leaves a half-written file, and
 * an existing file is either kept whole or replaced whole. Without `replace`, a file that
 * appeared at `path` meanwhile is kept (a hard link, unlike a rename, never replaces one).
 */
export function writeFileWhole(path: string, data: Uint8Array, replace: boolean): void {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  try {
    const descriptor = openSync(temporary, 'wx');
    try {
      writeFileSync(descriptor, data);
      fsyncSync(descriptor);
    } finally {
      closeSync(descriptor);
    }
    if (replace) renameSync(temporary, path);
    else placeWithoutReplacing(temporary, path);
  } catch (error) {
    try { unlinkSync(temporary); } catch { /* never created, or already moved */ }
    if (error instanceof CliError) throw error;
    throw new CliError(`cannot write ${path} (${errorCode(error)}); nothing was written`);
  }
}

function placeWithoutReplacing(temporary: string, path: string): void {
  try {
    linkSync(temporary, path);
  } catch (error) {
    if (errorCode(error) === 'EEXIST') throw new CliError(`--out ${path} already exists: add --force to replace it, or name a new file`);
    // A file system without hard links: the check made before reading has to do.
    renameSync(temporary, path);
    return;
  }
  unlinkSync(temporary);
}
