/// <reference types="office-js" />
/**
 * What the cells to be marked or restored hold now (fill, note) and whether
 * their sheets are protected — all read before anything is written, in as
 * few syncs as the payload budget allows.
 *
 * No fill and a white fill both report `#FFFFFF`; `tintAndShade` is null only
 * for no fill (office-js issues #4900, #6218), so both are read.
 */
import { columnRuns, qualifiedAddress } from './addresses';
import type { CellObservation } from './mark-plan';
import { cellKey } from './mark-plan';
import { readInBatches } from './sync-budget';

export interface CellToObserve {
  sheet: string;
  cell: string;
  /** Read the note's text (not only whether there is one). */
  noteText: boolean;
}

export interface Observations {
  cells: Map<string, CellObservation>;
  /** The sheets asked about that are protected. */
  protectedSheets: string[];
}

type Job =
  | { kind: 'fills'; sheet: string; cells: string[]; address: string }
  | { kind: 'note'; sheet: string; cell: string; text: boolean }
  | { kind: 'protection'; sheet: string };

type Result =
  | { kind: 'fills'; fills: Array<string | null> }
  | { kind: 'note'; exists: boolean; text: string | null }
  | { kind: 'protection'; protected: boolean };

/** Bytes of one cell's `{"format":{"fill":{"color":"#FFFFFF","tintAndShade":null}}}` with room to spare. */
const FILL_RESPONSE_BYTES = 80;
/** A note that exists is usually short; a long one is caught by the too-large retry. */
const NOTE_TEXT_RESPONSE_BYTES = 150;
const SMALL_RESPONSE_BYTES = 40;

function fillOf(properties: Excel.CellProperties | undefined): string | null {
  const fill = properties?.format?.fill;
  if (!fill || fill.tintAndShade === null || fill.tintAndShade === undefined) return null;
  return typeof fill.color === 'string' ? fill.color.toUpperCase() : null;
}

function responseBytes(job: Job): number {
  if (job.kind === 'fills') return job.cells.length * FILL_RESPONSE_BYTES;
  if (job.kind === 'note') return job.text ? NOTE_TEXT_RESPONSE_BYTES : SMALL_RESPONSE_BYTES;
  return SMALL_RESPONSE_BYTES;
}

function splitRun(job: Job): Job[] | undefined {
  if (job.kind !== 'fills' || job.cells.length < 2) return undefined;
  const half = Math.ceil(job.cells.length / 2);
  return [job.cells.slice(0, half), job.cells.slice(half)].flatMap((cells) =>
    columnRuns(cells).map((run) => ({ kind: 'fills' as const, sheet: job.sheet, cells: run.cells, address: run.address })),
  );
}

/**
 * `observeCells(context, cells, { notes, protectionOf })`: each cell's fill
 * (and note where `notes`), and which of `protectionOf` are protected.
 */
export async function observeCells(
  context: Excel.RequestContext,
  cells: readonly CellToObserve[],
  options: { notes: boolean; protectionOf: readonly string[]; turn?: () => Promise<void>; pause?: () => Promise<void> },
): Promise<Observations> {
  const jobs: Job[] = [];
  for (const sheet of options.protectionOf) jobs.push({ kind: 'protection', sheet });
  const bySheet = new Map<string, CellToObserve[]>();
  for (const cell of cells) {
    const list = bySheet.get(cell.sheet) ?? [];
    list.push(cell);
    bySheet.set(cell.sheet, list);
  }
  for (const [sheet, list] of bySheet) {
    for (const run of columnRuns(list.map((cell) => cell.cell))) jobs.push({ kind: 'fills', sheet, cells: run.cells, address: run.address });
    if (options.notes) for (const cell of list) jobs.push({ kind: 'note', sheet, cell: cell.cell, text: cell.noteText });
  }

  const worksheets = new Map<string, Excel.Worksheet>();
  const worksheet = (name: string): Excel.Worksheet => {
    let found = worksheets.get(name);
    if (!found) {
      found = context.workbook.worksheets.getItem(name);
      worksheets.set(name, found);
    }
    return found;
  };

  const results = await readInBatches<Job, Result>(context, jobs, {
    responseBytes,
    requestBytes: (job) => (job.kind === 'fills' ? job.address.length : 0),
    split: splitRun,
    turn: options.turn,
    pause: options.pause,
    queue: (job): (() => Result) => {
      if (job.kind === 'protection') {
        const protection = worksheet(job.sheet).protection.load('protected');
        return () => ({ kind: 'protection', protected: protection.protected });
      }
      if (job.kind === 'fills') {
        const properties = worksheet(job.sheet).getRange(job.address).getCellProperties({ format: { fill: { color: true, tintAndShade: true } } });
        return () => ({ kind: 'fills', fills: properties.value.map((row) => fillOf(row[0])) });
      }
      const note = worksheet(job.sheet).notes.getItemOrNullObject(qualifiedAddress(job.sheet, job.cell));
      if (job.text) note.load('content');
      // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/call-sync-after-load -- readInBatches calls this reader only after the batch's context.sync()
      return () => ({ kind: 'note', exists: !note.isNullObject, text: note.isNullObject || !job.text ? null : note.content });
    },
  });

  const observations: Observations = { cells: new Map(), protectedSheets: [] };
  const at = (sheet: string, cell: string): CellObservation => {
    const key = cellKey(sheet, cell);
    let found = observations.cells.get(key);
    if (!found) {
      found = { fill: null };
      observations.cells.set(key, found);
    }
    return found;
  };
  for (const { job, result } of results) {
    if (job.kind === 'protection' && result.kind === 'protection') {
      if (result.protected) observations.protectedSheets.push(job.sheet);
    } else if (job.kind === 'fills' && result.kind === 'fills') {
      job.cells.forEach((cell, index) => (at(job.sheet, cell).fill = result.fills[index]));
    } else if (job.kind === 'note' && result.kind === 'note') {
      const observed = at(job.sheet, job.cell);
      observed.noteExists = result.exists;
      if (job.text) observed.noteText = result.text;
    }
  }
  return observations;
}
