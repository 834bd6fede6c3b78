/**
 * docs/benchmarks.md is written by the benchmarks themselves: each bench owns one section,
 * between `<!-- bench:NAME -->` and `<!-- /bench:NAME -->`, and replaces only that section
 * (appending it the first time), so running one bench leaves the others' figures alone.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadavg } from 'node:os';
import { machine } from './measure';

export const BENCHMARKS_DOC = path.resolve(__dirname, '..', 'docs', 'benchmarks.md');

const HEADING = `# Benchmarks

Written by \`npm run bench\` and the other bench scripts; each section says when and on what it ran.
Figures are medians of the runs stated; a section is replaced whenever its bench runs again.
`;

/** The line every section starts with: date, machine, Node version and the load the machine was under. */
export function measuredOn(date = new Date()): string {
  const [one] = loadavg();
  return `Measured ${date.toISOString().slice(0, 10)} on ${machine()}; load average ${one.toFixed(2)} at the start.`;
}

/** Replaces (or appends) the section `name` of docs/benchmarks.md with `markdown`. */
export function writeBenchSection(name: string, markdown: string, file = BENCHMARKS_DOC): void {
  const open = `<!-- bench:${name} -->`;
  const close = `<!-- /bench:${name} -->`;
  const block = `${open}\n${markdown.trim()}\n${close}`;
  const text = existsSync(file) ? readFileSync(file, 'utf8') : HEADING;
  const start = text.indexOf(open);
  const end = text.indexOf(close);
  const next = start >= 0 && end > start
    ? text.slice(0, start) + block + text.slice(end + close.length)
    : `${text.trimEnd()}\n\n${block}\n`;
  writeFileSync(file, next);
}
