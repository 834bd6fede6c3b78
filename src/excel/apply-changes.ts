/// <reference types="office-js" />
/**
 * Queues a plan's cell changes in few operations: fills grouped by sheet and
 * colour, each group's cells merged into column runs and handed to
 * Worksheet.getRanges in address lists it accepts; notes one call per cell.
 */
import { addressLists, columnRuns, qualifiedAddress } from './addresses';
import type { CellChange } from './mark-plan';
import { utf8ByteLength } from '../core/byte-length';
import { type WriteQueue } from './sync-budget';

/** Queues every change; the caller flushes. */
export async function applyChanges(context: Excel.RequestContext, writes: WriteQueue, changes: readonly CellChange[]): Promise<void> {
  const fills = new Map<string, Map<string | null, string[]>>();
  for (const change of changes) {
    if (change.fill === undefined) continue;
    const bySheet = fills.get(change.sheet) ?? new Map<string | null, string[]>();
    const cells = bySheet.get(change.fill) ?? [];
    cells.push(change.cell);
    bySheet.set(change.fill, cells);
    fills.set(change.sheet, bySheet);
  }
  const worksheets = context.workbook.worksheets;
  for (const [sheet, byColour] of fills) {
    const worksheet = worksheets.getItem(sheet);
    for (const [colour, cells] of byColour) {
      for (const list of addressLists(columnRuns(cells).map((run) => run.address))) {
        await writes.reserve(list.length + utf8ByteLength(sheet));
        const areas = worksheet.getRanges(list);
        if (colour === null) areas.format.fill.clear();
        else areas.format.fill.color = colour;
      }
    }
  }
  for (const change of changes) {
    const note = change.note;
    if (!note) continue;
    const notes = worksheets.getItem(change.sheet).notes;
    // A note's cell as a full address: the form NoteCollection's string arguments are safe in.
    const address = qualifiedAddress(change.sheet, change.cell);
    await writes.reserve(utf8ByteLength(change.sheet) + utf8ByteLength(address) + (note.kind === 'delete' ? 0 : Math.ceil(utf8ByteLength(note.text) * 1.2)));
    if (note.kind === 'add') notes.add(address, note.text);
    else if (note.kind === 'update') notes.getItem(address).content = note.text;
    else notes.getItem(address).delete();
  }
}
