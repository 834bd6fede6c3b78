import { ALL_FIELDS, type Field, type Issue, type RuleId } from '../../../core/model';
import { DISBURSEMENT } from '../../../core/rules/rule';
import type { HeaderInfo, TableInfo } from '../../../excel/types';
import { tableKey } from './useMappingPanel';

/** Findings a column mapping can answer: a header read as nothing, or a field with no column. */
const MAPPABLE_RULES: ReadonlySet<RuleId> = new Set<RuleId>(['unknown-column', 'missing-column', 'rules-not-run']);

/** Where "Map column…" takes the user: a table's mapping, and the column to focus in it. */
export interface MappingTarget {
  /** The table's accordion item (mappingEntries' key). */
  key: string;
  /** The column to focus: the finding's column, or the likeliest column for the missing field. */
  column?: string;
  /** The missing field(s) (missing-column, rules-not-run): columns that may hold one are listed first. */
  fields?: Field[];
}

/** `C12` → `{ column: 'C', row: 12 }` (a bare A1 address, as an Issue's `cell` is). */
function splitAddress(cell: string): { column: string; row: number } | undefined {
  const match = /^\$?([A-Z]+)\$?(\d+)$/i.exec(cell);
  return match ? { column: match[1].toUpperCase(), row: Number(match[2]) } : undefined;
}

/**
 * The fields a finding's `field` stands for. `rules-not-run` names the first of a need's fields:
 * for disbursement, either figure would do, so a column that may hold either is offered.
 */
function fieldsOfFinding(field: Field): Field[] {
  return DISBURSEMENT.includes(field) ? [...DISBURSEMENT] : [field];
}

/**
 * The columns whose candidates include one of `fields`, likeliest first (by the field's place in
 * the column's candidates, then left to right).
 */
export function columnsThatMayHold(headers: readonly HeaderInfo[], fields: readonly Field[]): HeaderInfo[] {
  const rank = (header: HeaderInfo) => {
    const places = fields.map((field) => header.candidates?.indexOf(field) ?? -1).filter((place) => place >= 0);
    return places.length > 0 ? Math.min(...places) : -1;
  };
  return headers
    .map((header, index) => ({ header, index, rank: rank(header) }))
    .filter((entry) => entry.rank >= 0)
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map((entry) => entry.header);
}

/**
 * Where a finding's "Map column…" leads, or undefined when the finding is not about the mapping
 * or its table is not in the summary. Findings of the structure are marked on the table's header
 * row, so the table is the one on the finding's sheet whose header row holds the finding's cell.
 */
export function mappingTarget(issue: Issue, tables: readonly TableInfo[]): MappingTarget | undefined {
  if (!MAPPABLE_RULES.has(issue.rule)) return undefined;
  const at = splitAddress(issue.cell);
  const onSheet = tables.map((table, index) => ({ table, index })).filter(({ table }) => table.sheet === issue.sheet);
  const found = onSheet.find(({ table }) => table.headerRow === at?.row) ?? (issue.rule === 'unknown-column' ? undefined : onSheet[0]);
  if (!found) return undefined;
  const key = tableKey(found.table, found.index);
  if (issue.rule === 'unknown-column') {
    const header = found.table.headers.find((h) => h.column === at?.column);
    return header ? { key, column: header.column } : undefined;
  }
  const field = ALL_FIELDS.find((known) => known === issue.field);
  if (!field) return { key, column: found.table.headers[0]?.column };
  const fields = fieldsOfFinding(field);
  const likeliest = columnsThatMayHold(found.table.headers, fields)[0] ?? found.table.headers[0];
  return { key, column: likeliest?.column, fields };
}
