/**
 * A1 references as Excel reads and writes them: `A1`, `$A$1:C3`, whole
 * columns `A:C`, whole rows `3:5`, and a sheet prefix that is quoted when the
 * name is not a plain word (`'แผน 2563'!A1`, `'O''Brien'!B2`).
 */
import { cellAddress, columnIndex, columnLetter } from '../core/table/address';

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** A rectangle of cells, 0-based. */
export interface CellRect {
  row: number;
  col: number;
  rowCount: number;
  colCount: number;
}

export interface RangeReference {
  /** The sheet named by the reference's prefix, unquoted; undefined without a prefix. */
  sheet?: string;
  rect: CellRect;
}

type RefPart = { kind: 'cell'; row: number; col: number } | { kind: 'column'; col: number } | { kind: 'row'; row: number };

/** A sheet name that needs no quotes: a word of letters, marks, digits, `_` and `.` that is not a cell reference. */
function isPlainSheetName(name: string): boolean {
  return (
    /^[\p{L}_][\p{L}\p{M}\p{N}_.]*$/u.test(name) &&
    !/^[A-Za-z]{1,3}\d+$/.test(name) &&
    !/^[Rr]\d*([Cc]\d*)?$/.test(name) &&
    !/^[Cc]\d*$/.test(name)
  );
}

/** `quoteSheetName("แผน 2563")` → `'แผน 2563'`; `quoteSheetName("O'Brien")` → `'O''Brien'`; `Sheet1` stays bare. */
export function quoteSheetName(name: string): string {
  return isPlainSheetName(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** Splits `'O''Brien'!B2` into the sheet `O'Brien` and `B2`; undefined when the prefix is malformed. */
function splitSheetPrefix(text: string): { sheet?: string; area: string } | undefined {
  if (text.startsWith("'")) {
    let name = '';
    let i = 1;
    for (; i < text.length; i++) {
      if (text[i] === "'") {
        if (text[i + 1] === "'") {
          name += "'";
          i++;
          continue;
        }
        break;
      }
      name += text[i];
    }
    if (i >= text.length || text[i + 1] !== '!' || name === '') return undefined;
    return { sheet: name, area: text.slice(i + 2) };
  }
  const bang = text.indexOf('!');
  if (bang < 0) return { area: text };
  const sheet = text.slice(0, bang);
  if (!isPlainSheetName(sheet)) return undefined;
  return { sheet, area: text.slice(bang + 1) };
}

function parsePart(text: string): RefPart | undefined {
  let match = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(text);
  if (match) {
    const row = Number(match[2]) - 1;
    const col = columnIndex(match[1]);
    if (row < 0 || row >= MAX_ROWS || col >= MAX_COLUMNS) return undefined;
    return { kind: 'cell', row, col };
  }
  match = /^\$?([A-Za-z]{1,3})$/.exec(text);
  if (match) {
    const col = columnIndex(match[1]);
    return col < MAX_COLUMNS ? { kind: 'column', col } : undefined;
  }
  match = /^\$?(\d{1,7})$/.exec(text);
  if (match) {
    const row = Number(match[1]) - 1;
    return row >= 0 && row < MAX_ROWS ? { kind: 'row', row } : undefined;
  }
  return undefined;
}

function rectBetween(a: RefPart, b: RefPart): CellRect | undefined {
  if (a.kind === 'cell' && b.kind === 'cell') {
    const row = Math.min(a.row, b.row);
    const col = Math.min(a.col, b.col);
    return { row, col, rowCount: Math.abs(a.row - b.row) + 1, colCount: Math.abs(a.col - b.col) + 1 };
  }
  if (a.kind === 'column' && b.kind === 'column') {
    const col = Math.min(a.col, b.col);
    return { row: 0, col, rowCount: MAX_ROWS, colCount: Math.abs(a.col - b.col) + 1 };
  }
  if (a.kind === 'row' && b.kind === 'row') {
    const row = Math.min(a.row, b.row);
    return { row, col: 0, rowCount: Math.abs(a.row - b.row) + 1, colCount: MAX_COLUMNS };
  }
  return undefined;
}

/**
 * `parseRangeReference("'แผน 2563'!$A$1:C3")` → `{ sheet: 'แผน 2563', rect: { row: 0, col: 0, rowCount: 3, colCount: 3 } }`.
 * Undefined for anything Excel's getRange would reject (spaces, `A`, `A1:3`, `XFE1`, row 0).
 */
export function parseRangeReference(text: string): RangeReference | undefined {
  if (typeof text !== 'string' || text === '') return undefined;
  const split = splitSheetPrefix(text);
  if (!split) return undefined;
  const parts = split.area.split(':');
  if (parts.length > 2) return undefined;
  const first = parsePart(parts[0]);
  if (!first) return undefined;
  if (parts.length === 1) {
    if (first.kind !== 'cell') return undefined;
    return { sheet: split.sheet, rect: { row: first.row, col: first.col, rowCount: 1, colCount: 1 } };
  }
  const second = parsePart(parts[1]);
  const rect = second && rectBetween(first, second);
  return rect ? { sheet: split.sheet, rect } : undefined;
}

/** `A1`, `A1:C3`, `A:C`, `3:5` — Excel's own spelling of a rectangle, without `$`. */
export function formatRect(rect: CellRect): string {
  if (isEntireColumn(rect) && !isEntireRow(rect)) {
    return `${columnLetter(rect.col)}:${columnLetter(rect.col + rect.colCount - 1)}`;
  }
  if (isEntireRow(rect)) return `${rect.row + 1}:${rect.row + rect.rowCount}`;
  const first = cellAddress(rect.row, rect.col);
  if (rect.rowCount === 1 && rect.colCount === 1) return first;
  return `${first}:${cellAddress(rect.row + rect.rowCount - 1, rect.col + rect.colCount - 1)}`;
}

/** `'แผน 2563'!A1:C3`, the form of Range.address. */
export function formatRangeAddress(sheetName: string, rect: CellRect): string {
  return `${quoteSheetName(sheetName)}!${formatRect(rect)}`;
}

/** Splits a getRanges() address list on commas or semicolons outside quoted sheet names; areas are trimmed. */
export function splitAreaList(text: string): string[] {
  const areas: string[] = [];
  let current = '';
  let quoted = false;
  for (const ch of text) {
    if (ch === "'") quoted = !quoted;
    if ((ch === ',' || ch === ';') && !quoted) {
      areas.push(current.trim());
      current = '';
    } else {
      current += ch;
    }
  }
  areas.push(current.trim());
  return areas;
}

export function cellCountOf(rect: CellRect): number {
  return rect.rowCount * rect.colCount;
}

export function isEntireColumn(rect: CellRect): boolean {
  return rect.row === 0 && rect.rowCount === MAX_ROWS;
}

export function isEntireRow(rect: CellRect): boolean {
  return rect.col === 0 && rect.colCount === MAX_COLUMNS;
}

/** Whole columns or whole rows: Excel returns null for their cell-level properties. */
export function isUnbounded(rect: CellRect): boolean {
  return isEntireColumn(rect) || isEntireRow(rect);
}

/** True when the rectangle lies inside the grid (1,048,576 × 16,384). */
export function isInsideGrid(rect: CellRect): boolean {
  return (
    Number.isInteger(rect.row) && Number.isInteger(rect.col) && Number.isInteger(rect.rowCount) && Number.isInteger(rect.colCount) &&
    rect.row >= 0 && rect.col >= 0 && rect.rowCount >= 1 && rect.colCount >= 1 &&
    rect.row + rect.rowCount <= MAX_ROWS && rect.col + rect.colCount <= MAX_COLUMNS
  );
}

export function containsCell(rect: CellRect, row: number, col: number): boolean {
  return row >= rect.row && row < rect.row + rect.rowCount && col >= rect.col && col < rect.col + rect.colCount;
}

/**
 * `parseCellKey('B3')` → `{ row: 2, col: 1 }`: the keys of SheetModel.cells.
 * Read character by character: scans of a whole sheet parse every key.
 */
export function parseCellKey(key: string): { row: number; col: number } {
  let col = 0;
  let index = 0;
  for (let code = key.charCodeAt(0); code >= 65 && code <= 90; code = key.charCodeAt(++index)) col = col * 26 + code - 64;
  const lettersEnd = index;
  let row = 0;
  for (let code = key.charCodeAt(index); code >= 48 && code <= 57; code = key.charCodeAt(++index)) row = row * 10 + code - 48;
  if (lettersEnd === 0 || index === lettersEnd || index !== key.length) throw new Error(`Not a cell key: ${key}`);
  return { row: row - 1, col: col - 1 };
}

export { cellAddress as cellKey };
