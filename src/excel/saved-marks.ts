/**
 * What the add-in remembers about the cells it marked (DESIGN §8: saved before
 * the first change, so Clear marks restores them exactly, also after the file
 * was saved and reopened), and its JSON form in the state sheet.
 */
import '../core/model/zod';
import { z } from 'zod';
import { parseStoredJson } from './state-layout';

/** One marked cell's originals. */
export interface SavedCell {
  sheet: string;
  /** Bare A1 address. */
  cell: string;
  /** The fill before marking: `#RRGGBB`, or null for no fill (not the same as white). */
  fill: string | null;
  /** The note before marking, null for none; absent when the add-in has not touched the cell's note (host without notes). */
  note?: string | null;
  /** The fill the add-in applied; null once that fill is no longer the add-in's (restored, only the note still pending). */
  mark: string | null;
}

/** The Issues sheet the add-in wrote: recognised by its name AND the marker text in its marker cell. */
export interface IssuesSheetRecord {
  name: string;
  marker: string;
}

export interface MarksState {
  issuesSheet?: IssuesSheetRecord;
  cells: SavedCell[];
}

export function emptyMarks(): MarksState {
  return { cells: [] };
}

/** `[cell, fill, mark]` or `[cell, fill, mark, note]`: sheet names are written once, as keys. */
const CellTuple = z.union([
  z.tuple([z.string(), z.string().nullable(), z.string().nullable()]),
  z.tuple([z.string(), z.string().nullable(), z.string().nullable(), z.string().nullable()]),
]);

const StoredMarks = z.object({
  version: z.literal(1),
  issuesSheet: z.object({ name: z.string(), marker: z.string() }).optional(),
  sheets: z.record(z.string(), z.array(CellTuple)),
});

export function encodeMarks(marks: MarksState): string {
  const sheets: Record<string, Array<Array<string | null>>> = {};
  for (const saved of marks.cells) {
    const tuple: Array<string | null> = [saved.cell, saved.fill, saved.mark];
    if (saved.note !== undefined) tuple.push(saved.note);
    (sheets[saved.sheet] ??= []).push(tuple);
  }
  return JSON.stringify({ version: 1, ...(marks.issuesSheet ? { issuesSheet: marks.issuesSheet } : {}), sheets });
}

/** The stored marks; none when the text is missing or unreadable. */
export function decodeMarks(text: string | undefined): MarksState {
  const stored = parseStoredJson(text, StoredMarks);
  if (!stored) return emptyMarks();
  const cells: SavedCell[] = [];
  for (const [sheet, tuples] of Object.entries(stored.sheets)) {
    for (const tuple of tuples) {
      const saved: SavedCell = { sheet, cell: tuple[0], fill: tuple[1], mark: tuple[2] };
      if (tuple.length === 4) saved.note = tuple[3];
      cells.push(saved);
    }
  }
  return { ...(stored.issuesSheet ? { issuesSheet: stored.issuesSheet } : {}), cells };
}
