import type { CellValue } from '../model';
import type { TableRow } from '../table/types';
import { rowAddress } from './context';
import { defineRule, type Finding } from './rule';

interface DuplicateRowParams {
  row: number;
  firstRow: number;
}

/** The project code of a row when it was read, to tag the finding. */
function projectOf(row: TableRow): string | undefined {
  const result = row.cells.code?.result;
  return result?.ok && typeof result.value === 'string' ? result.value : undefined;
}

/**
 * A cell value as rows are compared: text and numbers differ (`'1000'` is not 1000),
 * 0 and -0 agree, and a number that is not finite (no real cell holds one) counts as empty.
 */
function comparable(value: CellValue): CellValue {
  return typeof value === 'number' && !Number.isFinite(value) ? null : value ?? null;
}

/**
 * How many of a row's values count: up to its last one that is not empty. A row read from a
 * file may end at its last filled cell where another is padded with empty cells to the table's width.
 */
function filledLength(values: readonly CellValue[]): number {
  let length = values.length;
  while (length > 0 && comparable(values[length - 1]) === null) length--;
  return length;
}

function sameValues(a: readonly CellValue[], b: readonly CellValue[]): boolean {
  const length = filledLength(a);
  if (length !== filledLength(b)) return false;
  for (let i = 0; i < length; i++) if (comparable(a[i]) !== comparable(b[i])) return false;
  return true;
}

/** Bits of a number that is not a small whole one, to hash. */
const numberBits = new Float64Array(1);
const numberWords = new Uint32Array(numberBits.buffer);

/** One FNV-1a step: the hash with one more word of input. */
function mix(hash: number, word: number): number {
  return Math.imul(hash ^ word, 0x01000193);
}

/** Characters hashed from each end of a text: enough to tell rows apart, the rest is compared on a match. */
const HASHED_END = 8;

/**
 * A hash of a row's values (FNV-1a over their numbers and the ends and length of their
 * texts): equal rows hash alike, so only rows that hash alike are compared cell by cell —
 * without building a text key per row, which cost more than the whole comparison.
 */
function rowHash(values: readonly CellValue[]): number {
  let hash = 0x811c9dc5;
  const length = filledLength(values);
  for (let i = 0; i < length; i++) {
    const value = comparable(values[i]);
    if (typeof value === 'string') {
      hash = mix(mix(hash, 1), value.length);
      const head = Math.min(value.length, HASHED_END);
      for (let j = 0; j < head; j++) hash = mix(hash, value.charCodeAt(j));
      for (let j = Math.max(head, value.length - HASHED_END); j < value.length; j++) hash = mix(hash, value.charCodeAt(j));
    } else if (typeof value === 'number') {
      hash = mix(hash, 2);
      if (Number.isInteger(value) && Math.abs(value) < 2 ** 31) hash = mix(hash, value | 0);
      else {
        numberBits[0] = value;
        hash = mix(mix(hash, numberWords[0]), numberWords[1]);
      }
    } else {
      hash = mix(hash, value === null ? 3 : value ? 4 : 5);
    }
  }
  // Kept to 30 bits, a small integer for the Map.
  return hash & 0x3fffffff;
}

/**
 * The earlier rows that rows of a table repeat, found through a table of row indexes keyed by
 * hash (open addressing in typed arrays): a Map of 100,000 hashes cost more than the hashing.
 * `onRepeat(row, first)` for each non-blank row equal to an earlier one, `first` the earliest.
 */
function forEachRepeatedRow(rows: readonly TableRow[], onRepeat: (row: TableRow, first: TableRow) => void): void {
  let size = 16;
  while (size < rows.length * 2) size *= 2;
  const mask = size - 1;
  // Each slot: 1 + the index of a row kept as the first of its values, or 0 when free.
  const slots = new Int32Array(size);
  const hashes = new Int32Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (row.blank) continue;
    const hash = rowHash(row.values);
    let slot = hash & mask;
    let first: TableRow | undefined;
    // Rows of one hash lie along its probe sequence in the order they came: the first equal one is the earliest.
    for (let kept = slots[slot]; kept !== 0; slot = (slot + 1) & mask, kept = slots[slot]) {
      if (hashes[kept - 1] === hash && sameValues(rows[kept - 1].values, row.values)) { first = rows[kept - 1]; break; }
    }
    if (first) { onRepeat(row, first); continue; }
    slots[slot] = i + 1;
    hashes[i] = hash;
  }
}

/**
 * A data row whose every cell equals an earlier row's of the same table
 * (DESIGN §5 `duplicate-row`) — usually pasted twice. Compared on raw values,
 * so `1,000` typed as text and 1000 as a number differ; blank rows are left to `blank-row`.
 */
export const duplicateRow = defineRule<DuplicateRowParams>({
  id: 'duplicate-row',
  severity: 'warning',
  fields: [],
  check({ tables }) {
    const findings: Finding<DuplicateRowParams>[] = [];
    for (const table of tables) {
      forEachRepeatedRow(table.rows, (row, first) => {
        const project = projectOf(row);
        findings.push({
          sheet: table.sheet,
          cells: [rowAddress(table, row), rowAddress(table, first)],
          ...(project !== undefined ? { project } : {}),
          params: { row: row.row, firstRow: first.row },
        });
      });
    }
    return findings;
  },
  message: {
    th: (p) => `แถวที่ ${p.row} ซ้ำกับแถวที่ ${p.firstRow} ทุกช่อง`,
    en: (p) => `Row ${p.row} is identical to row ${p.firstRow}`,
  },
  fix: {
    th: (p) => `ลบแถวที่ ${p.row} หากบันทึกซ้ำ`,
    en: (p) => `Delete row ${p.row} if it was entered twice`,
  },
});
