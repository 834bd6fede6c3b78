/**
 * What marking (or clearing) must change, decided from what was saved, what
 * the cells hold now and what they should show (pure: no Office here).
 *
 * One plan serves validate and Clear marks (clearing is marking nothing):
 * - a cell still to be marked keeps the original saved the first time, so
 *   re-validating never stacks marks or saves a mark as an "original";
 * - a cell no longer marked gets its original back — but only the fill the
 *   add-in set, and the note the add-in wrote: when the user recoloured the
 *   cell after it was marked, their colour stays, and becomes its original if
 *   the cell is marked again;
 * - on a host without notes, notes are left alone and any pending note
 *   restore stays saved for a host that has them.
 */
// The first line of every note the add-in writes: how a note of the add-in's is told from a user's.
import { NOTE_HEADING } from '../core/output/annotation-text';
import type { SavedCell } from './saved-marks';

/** What a cell holds now. */
export interface CellObservation {
  /** `#RRGGBB`, or null for no fill. */
  fill: string | null;
  /** Whether the cell has a note (only read where notes are supported). */
  noteExists?: boolean;
  /** The note's text, read where the add-in must know whose note it is. */
  noteText?: string | null;
}

/** What a cell should show. */
export interface DesiredMark {
  sheet: string;
  cell: string;
  fill: string;
  /** The note; undefined on a host without notes. */
  note?: string;
}

export type NoteChange = { kind: 'add'; text: string } | { kind: 'update'; text: string } | { kind: 'delete' };

export interface CellChange {
  sheet: string;
  cell: string;
  /** The fill to set; null removes the fill; undefined leaves it. */
  fill?: string | null;
  note?: NoteChange;
}

export interface MarkPlan {
  /** To save BEFORE any cell changes: every cell the changes touch, with its original. */
  staged: SavedCell[];
  changes: CellChange[];
  /** To save once the changes are made. */
  saved: SavedCell[];
  /** Cells that had something of theirs restored. */
  restored: number;
}

export function cellKey(sheet: string, cell: string): string {
  return `${sheet}\u0000${cell}`;
}

/** Which cells need their note's text read (not just whether one exists): those whose note the add-in has not saved. */
export function needsNoteText(saved: SavedCell | undefined): boolean {
  return saved?.note === undefined;
}

interface Originals {
  fill: string | null;
  fillIsMark: boolean;
  /** undefined: the note is not the add-in's business (host without notes, never touched). */
  note: string | null | undefined;
  /** Whether the cell now shows the add-in's note. */
  noteIsMark: boolean;
  noteExists: boolean;
}

function originalsOf(old: SavedCell | undefined, now: CellObservation, notes: boolean): Originals {
  const fillIsMark = old !== undefined && old.mark !== null && now.fill === old.mark;
  const fill = fillIsMark ? (old as SavedCell).fill : now.fill;
  const noteExists = now.noteExists === true;
  if (!notes) return { fill, fillIsMark, note: old?.note, noteIsMark: false, noteExists };
  if (old?.note !== undefined) {
    // A note the add-in saved: whatever note is there now is the add-in's (its text is not read back).
    return { fill, fillIsMark, note: old.note, noteIsMark: noteExists, noteExists };
  }
  const text = now.noteText ?? null;
  const stale = text !== null && text.startsWith(NOTE_HEADING);
  return { fill, fillIsMark, note: stale ? null : text, noteIsMark: stale, noteExists: text !== null };
}

function restoreChange(key: { sheet: string; cell: string }, originals: Originals, now: CellObservation, notes: boolean): CellChange | undefined {
  const change: CellChange = { sheet: key.sheet, cell: key.cell };
  if (originals.fillIsMark && originals.fill !== now.fill) change.fill = originals.fill;
  if (notes) {
    if (originals.noteIsMark) change.note = originals.note === null || originals.note === undefined ? { kind: 'delete' } : { kind: 'update', text: originals.note };
    else if (!originals.noteExists && typeof originals.note === 'string') change.note = { kind: 'add', text: originals.note };
  }
  return change.fill !== undefined || change.note ? change : undefined;
}

/**
 * `planMarks({ saved, observed, desired, notes })`: every cell saved or desired
 * must have an observation (keyed by cellKey).
 */
export function planMarks(input: {
  saved: readonly SavedCell[];
  observed: ReadonlyMap<string, CellObservation>;
  desired: readonly DesiredMark[];
  notes: boolean;
}): MarkPlan {
  const { notes } = input;
  const savedByKey = new Map(input.saved.map((saved) => [cellKey(saved.sheet, saved.cell), saved]));
  const desiredByKey = new Map(input.desired.map((mark) => [cellKey(mark.sheet, mark.cell), mark]));
  const plan: MarkPlan = { staged: [], changes: [], saved: [], restored: 0 };

  for (const [key, mark] of desiredByKey) {
    const old = savedByKey.get(key);
    const now = observation(input.observed, key);
    const originals = originalsOf(old, now, notes);
    const entry: SavedCell = { sheet: mark.sheet, cell: mark.cell, fill: originals.fill, mark: mark.fill };
    if (originals.note !== undefined) entry.note = originals.note;
    plan.staged.push(entry);
    plan.saved.push(entry);
    const change: CellChange = { sheet: mark.sheet, cell: mark.cell };
    if (now.fill !== mark.fill) change.fill = mark.fill;
    if (notes && mark.note !== undefined) change.note = originals.noteExists ? { kind: 'update', text: mark.note } : { kind: 'add', text: mark.note };
    if (change.fill !== undefined || change.note) plan.changes.push(change);
  }

  for (const [key, old] of savedByKey) {
    if (desiredByKey.has(key)) continue;
    const now = observation(input.observed, key);
    const originals = originalsOf(old, now, notes);
    plan.staged.push(old);
    const change = restoreChange(old, originals, now, notes);
    if (change) plan.changes.push(change);
    plan.restored++;
    // Without notes, a note of the add-in's stays until a host with notes can restore it.
    if (!notes && old.note !== undefined) plan.saved.push({ ...old, fill: originals.fill, mark: null });
  }
  return plan;
}

function observation(observed: ReadonlyMap<string, CellObservation>, key: string): CellObservation {
  const now = observed.get(key);
  if (!now) throw new Error(`planMarks: cell ${key.replace('\u0000', '!')} was not observed`);
  return now;
}
