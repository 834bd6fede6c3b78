import { PROJECT_FIELDS, REPORT_FIELDS, type CellValue, type Field } from '../model';
import { codeKey } from './merge';
import type { SourceRow } from './source-rows';
import { agencyOf } from './summary';

/**
 * What a consolidation remembers of itself — each file's digest and a fingerprint of every row —
 * so the next month's run can say what changed since (issue: "Again next month"): files new,
 * changed (another SHA-256) and missing, and per agency the project and report rows added,
 * changed and removed. Kept in the output workbook; nothing of the rows' contents but their keys.
 */

export interface RecordedRow {
  agency: string;
  kind: 'project' | 'report';
  /** The project code, or code#report number; a row without them is keyed by where it came from. */
  key: string;
  /** A fingerprint of the row's values: equal values, equal fingerprint. */
  digest: string;
}

export interface RunRecord {
  version: 1;
  /** When the run read its files (ISO date-time). */
  ranAt: string;
  files: { file: string; sha256: string }[];
  rows: RecordedRow[];
}

export interface AgencyChanges {
  agency: string;
  added: number;
  changed: number;
  removed: number;
  /** The keys of the rows, for a closer look (the first 20 of each). */
  addedKeys: string[];
  changedKeys: string[];
  removedKeys: string[];
}

export interface RunChanges {
  since: string;
  files: { added: string[]; changed: string[]; missing: string[]; unchanged: number };
  agencies: AgencyChanges[];
}

/** FNV-1a, 32 bits, as hex: a fingerprint, not a safeguard (the files' SHA-256 is that). */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

function rowDigest(row: SourceRow, fields: readonly Field[]): string {
  return fingerprint(JSON.stringify(fields.map((field): CellValue => row.values[field] ?? null)));
}

function rowKey(row: SourceRow, kind: RecordedRow['kind']): string {
  const code = codeKey(row.values.code);
  if (code !== undefined && kind === 'project') return code;
  const number = row.values.reportNo;
  if (code !== undefined && number !== undefined && number !== null && number !== '') return `${code}#${String(number).trim()}`;
  return `${row.source.file}|${row.source.sheet ?? ''}|${row.source.row}`;
}

export function runRecord(
  ranAt: string, files: readonly { file: string; sha256: string }[],
  projects: readonly SourceRow[], reports: readonly SourceRow[],
): RunRecord {
  const agencyByCode = new Map<string, string>();
  const rows: RecordedRow[] = [];
  for (const row of projects) {
    const agency = agencyOf(typeof row.values.agency === 'string' ? row.values.agency : undefined, row.source.file);
    const code = codeKey(row.values.code);
    if (code !== undefined) agencyByCode.set(code, agency);
    rows.push({ agency, kind: 'project', key: rowKey(row, 'project'), digest: rowDigest(row, PROJECT_FIELDS) });
  }
  for (const row of reports) {
    const code = codeKey(row.values.code);
    const agency = (code !== undefined ? agencyByCode.get(code) : undefined) ?? row.source.file;
    rows.push({ agency, kind: 'report', key: rowKey(row, 'report'), digest: rowDigest(row, REPORT_FIELDS) });
  }
  return { version: 1, ranAt, files: files.map(({ file, sha256 }) => ({ file, sha256 })), rows };
}

const KEYS_KEPT = 20;

export function runChanges(previous: RunRecord, current: RunRecord): RunChanges {
  const before = new Map(previous.files.map((f) => [f.file, f.sha256]));
  const now = new Map(current.files.map((f) => [f.file, f.sha256]));
  const files: RunChanges['files'] = { added: [], changed: [], missing: [], unchanged: 0 };
  for (const [file, sha] of now) {
    const old = before.get(file);
    if (old === undefined) files.added.push(file);
    else if (old !== sha) files.changed.push(file);
    else files.unchanged++;
  }
  for (const file of before.keys()) if (!now.has(file)) files.missing.push(file);

  const rowId = (row: RecordedRow) => `${row.kind}:${row.key}`;
  const oldRows = new Map(previous.rows.map((row) => [rowId(row), row]));
  const newRows = new Map(current.rows.map((row) => [rowId(row), row]));
  const byAgency = new Map<string, AgencyChanges>();
  const line = (agency: string) => {
    let entry = byAgency.get(agency);
    if (!entry) byAgency.set(agency, (entry = { agency, added: 0, changed: 0, removed: 0, addedKeys: [], changedKeys: [], removedKeys: [] }));
    return entry;
  };
  const note = (list: string[], key: string) => { if (list.length < KEYS_KEPT) list.push(key); };
  for (const [id, row] of newRows) {
    const old = oldRows.get(id);
    if (!old) { const entry = line(row.agency); entry.added++; note(entry.addedKeys, row.key); }
    else if (old.digest !== row.digest) { const entry = line(row.agency); entry.changed++; note(entry.changedKeys, row.key); }
  }
  for (const [id, row] of oldRows) {
    if (!newRows.has(id)) { const entry = line(row.agency); entry.removed++; note(entry.removedKeys, row.key); }
  }
  const agencies = [...byAgency.values()].sort((a, b) => a.agency.localeCompare(b.agency, 'th'));
  return { since: previous.ranAt, files, agencies };
}
