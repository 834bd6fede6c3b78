/**
 * The log of applied quick fixes (DESIGN §8: a fix changes a value only when the
 * user applies it, and can be undone — also after the workbook was saved and
 * reopened), and its JSON form in the state sheet. Newest first.
 */
import '../core/model/zod';
import { z } from 'zod';
import { RuleId } from '../core/model';
import { parseStoredJson } from './state-layout';
import type { AppliedFix, CellContent } from './types';

/**
 * Entries kept: a bound on the state's size, so the log never grows without end
 * (a fix older than the newest 500 can no longer be undone from the add-in).
 */
export const FIX_LOG_LIMIT = 500;

const StoredCellContent: z.ZodType<CellContent> = z.object({
  value: z.union([z.string(), z.number(), z.boolean(), z.null()]),
  numberFormat: z.string(),
});

const StoredFix: z.ZodType<AppliedFix> = z.object({
  id: z.string(),
  rule: RuleId,
  sheet: z.string(),
  cell: z.string(),
  before: StoredCellContent,
  after: StoredCellContent,
  appliedAt: z.string(),
});

const StoredLog = z.object({ version: z.literal(1), fixes: z.array(z.unknown()) });

export function encodeFixLog(fixes: readonly AppliedFix[]): string {
  return JSON.stringify({ version: 1, fixes });
}

/** The stored log; empty when the text is missing or unreadable (an unreadable entry is dropped, not the rest). */
export function decodeFixLog(text: string | undefined): AppliedFix[] {
  const stored = parseStoredJson(text, StoredLog);
  if (!stored) return [];
  return stored.fixes.flatMap((entry) => {
    const fix = StoredFix.safeParse(entry);
    return fix.success ? [fix.data] : [];
  });
}

/** `withFix(log, fix)`: the fix first, the oldest entries beyond FIX_LOG_LIMIT dropped. */
export function withFix(log: readonly AppliedFix[], fix: AppliedFix): AppliedFix[] {
  return [fix, ...log].slice(0, FIX_LOG_LIMIT);
}

/**
 * An id no entry of the log has: the time in base 36, with `-1`, `-2`… when
 * another fix took it in the same millisecond. `newFixId(log, new Date(0))` → `'0'`.
 */
export function newFixId(log: readonly AppliedFix[], now: Date = new Date()): string {
  const taken = new Set(log.map((fix) => fix.id));
  const base = now.getTime().toString(36);
  let id = base;
  for (let n = 1; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}
