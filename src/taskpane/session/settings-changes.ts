/**
 * Pure edits of CheckerSettings made by the pane: each takes the settings just loaded
 * from the workbook and returns the settings to save, never mutating its input.
 */
import type { Issue } from '../../core/model';
import type { SheetOverride } from '../../core/table/read-tables';
import type { CheckerSettings, Language, Waiver } from '../../excel/types';

/**
 * The waiver a reviewer gives `issue`; it stores the value so an edited cell revives the
 * finding, and the reviewer's name when given (Office tells an add-in no user name).
 */
export function waiverFor(issue: Issue, reason: string, now: Date, by?: string): Waiver {
  const name = by?.trim();
  return {
    rule: issue.rule,
    sheet: issue.sheet,
    cell: issue.cell,
    ...(issue.value !== undefined ? { value: JSON.stringify(issue.value) } : {}),
    reason: reason.trim(),
    waivedAt: now.toISOString(),
    ...(name ? { by: name } : {}),
  };
}

export function withWaiver(settings: CheckerSettings, waiver: Waiver): CheckerSettings {
  return { ...settings, waivers: [...settings.waivers, waiver] };
}

function sameWaiver(a: Waiver, b: Waiver): boolean {
  return a.rule === b.rule && a.sheet === b.sheet && a.cell === b.cell && a.value === b.value
    && a.reason === b.reason && a.waivedAt === b.waivedAt;
}

export function withoutWaiver(settings: CheckerSettings, waiver: Waiver): CheckerSettings {
  return { ...settings, waivers: settings.waivers.filter((w) => !sameWaiver(w, waiver)) };
}

export function withLanguage(settings: CheckerSettings, language: Language): CheckerSettings {
  return { ...settings, language };
}

/** What the mapping panel changes on one sheet; `reset` drops the sheet's override (back to detection). */
export type OverrideChange =
  | { kind: 'role'; role: NonNullable<SheetOverride['role']> }
  | { kind: 'headerRow'; headerRow: number }
  | { kind: 'column'; column: string; field: NonNullable<SheetOverride['columns']>[string] }
  | { kind: 'reset' };

export function withOverrideChange(settings: CheckerSettings, sheet: string, change: OverrideChange): CheckerSettings {
  const { [sheet]: current, ...others } = settings.overrides;
  if (change.kind === 'reset') return { ...settings, overrides: others };
  const override: SheetOverride = { ...current };
  if (change.kind === 'role') override.role = change.role;
  if (change.kind === 'headerRow') override.headerRow = change.headerRow;
  if (change.kind === 'column') override.columns = { ...current?.columns, [change.column]: change.field };
  return { ...settings, overrides: { ...others, [sheet]: override } };
}
