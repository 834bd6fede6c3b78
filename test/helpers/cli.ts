import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { run } from '../../src/cli/main';
import { partText } from '../xlsx/fixtures';

/** The CLI run in-process, its lines collected: what the command-line tests call. */
export async function cli(...args: string[]): Promise<{ code: number; stdout: string[]; stderr: string[] }> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await run(args, { stdout: (t) => stdout.push(t), stderr: (t) => stderr.push(t) });
  return { code, stdout, stderr };
}

/** A file's SHA-256, to show an input left byte for byte as it was. */
export const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** The sheet names of an .xlsx file, in workbook order. */
export const sheetNames = async (path: string) => [...(await partText(new Uint8Array(readFileSync(path)), 'xl/workbook.xml')).matchAll(/<sheet\b[^>]*\sname="([^"]*)"/g)].map((m) => m[1]);
