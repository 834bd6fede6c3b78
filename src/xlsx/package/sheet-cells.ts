import { cellAddress, parseAddress } from '../../core/table/address';
import { attribute, findElement, findElements, removeAttribute, rootElement, setAttribute } from './xml';

/**
 * The cells of a worksheet part, found and restyled in its text: only the
 * `s` attribute of a cell's start tag changes, a cell the sheet does not
 * list yet is inserted in row and column order, and nothing else of the
 * part — values, formulas, every other element — is touched.
 */

/** A cell's place, 0-based. */
export interface CellPlace {
  row: number;
  col: number;
}

/** What the sheet says about one cell. */
export interface CellFormatInfo {
  /** The cell format it shows: its own `s`, else its row's or column's format. */
  style: number;
  /** False when the sheet lists no `<c>` for it. */
  listed: boolean;
  /** True when it holds a value, a formula or inline text. */
  filled: boolean;
}

/** A new `s` for a cell; `dropIfEmpty` takes the cell out instead when it holds nothing (a cell an earlier marking inserted). */
export interface StyleChange {
  style: number;
  dropIfEmpty?: boolean;
}

interface FoundCell {
  col: number;
  start: number;
  end: number;
  tag: string;
  filled: boolean;
}

interface FoundRow {
  index: number;
  start: number;
  /** Just past the start tag. */
  tagEnd: number;
  /** Offset of `</row>` (the start tag's end for a self-closing row). */
  contentEnd: number;
  end: number;
  tag: string;
  selfClosing: boolean;
}

const ATTRIBUTES = `(?:[^>"']|"[^"]*"|'[^']*')*?`;

function cellKey(row: number, col: number): string {
  return cellAddress(row, col);
}

/** A column's format from `<cols>`: the `style` of the `<col>` covering it. */
function columnStyles(xml: string, prefix: string): (col: number) => number | undefined {
  const cols = findElement(xml, `${prefix}cols`);
  const ranges = cols ? findElements(xml, `${prefix}col`, cols.contentStart, cols.contentEnd).map(({ tag }) => ({
    min: Number(attribute(tag, 'min')) - 1, max: Number(attribute(tag, 'max')) - 1, style: attribute(tag, 'style'),
  })) : [];
  return (col) => {
    const range = ranges.find((r) => col >= r.min && col <= r.max);
    return range?.style === undefined ? undefined : Number(range.style);
  };
}

/**
 * Walks sheetData's rows, calling `visit` for each row whose index is in
 * `wanted` with its cells, and `every` (if given) for every row with its
 * index and offset. A row or cell without `r` follows the one before.
 */
function walkRows(
  xml: string, prefix: string, wanted: ReadonlySet<number>,
  visit: (row: FoundRow, cells: () => FoundCell[]) => void,
  every?: (index: number, start: number) => void,
): { dataStart: number; dataEnd: number; selfClosing: boolean; tag: string } | undefined {
  const data = findElement(xml, `${prefix}sheetData`);
  if (!data) return undefined;
  const rowPattern = new RegExp(`<${prefix}row(?=[\\s/>])${ATTRIBUTES}(/?)>`, 'g');
  const rowClosing = `</${prefix}row>`;
  rowPattern.lastIndex = data.contentStart;
  let previous = -1;
  for (let match = rowPattern.exec(xml); match && match.index < data.contentEnd; match = rowPattern.exec(xml)) {
    const tag = match[0];
    const r = attribute(tag, 'r');
    const index = r === undefined ? previous + 1 : Number(r) - 1;
    previous = index;
    const tagEnd = match.index + tag.length;
    const selfClosing = match[1] === '/';
    const contentEnd = selfClosing ? tagEnd : xml.indexOf(rowClosing, tagEnd);
    const end = selfClosing ? tagEnd : contentEnd + rowClosing.length;
    rowPattern.lastIndex = end;
    every?.(index, match.index);
    if (!wanted.has(index)) continue;
    const row: FoundRow = { index, start: match.index, tagEnd, contentEnd, end, tag, selfClosing };
    visit(row, () => cellsOf(xml, prefix, row));
  }
  return { dataStart: data.start, dataEnd: data.contentEnd, selfClosing: data.selfClosing, tag: data.tag };
}

function cellsOf(xml: string, prefix: string, row: FoundRow): FoundCell[] {
  const cells: FoundCell[] = [];
  const cellPattern = new RegExp(`<${prefix}c(?=[\\s/>])${ATTRIBUTES}(/?)>`, 'g');
  const cellClosing = `</${prefix}c>`;
  cellPattern.lastIndex = row.tagEnd;
  let previous = -1;
  for (let match = cellPattern.exec(xml); match && match.index < row.contentEnd; match = cellPattern.exec(xml)) {
    const tag = match[0];
    const r = attribute(tag, 'r');
    const col = r === undefined ? previous + 1 : parseAddress(r)?.col ?? previous + 1;
    previous = col;
    const tagEnd = match.index + tag.length;
    const selfClosing = match[1] === '/';
    const end = selfClosing ? tagEnd : xml.indexOf(cellClosing, tagEnd) + cellClosing.length;
    const content = selfClosing ? '' : xml.slice(tagEnd, end - cellClosing.length);
    cells.push({ col, start: match.index, end, tag, filled: new RegExp(`<${prefix}(?:v|f|is)[\\s/>]`).test(content) });
    cellPattern.lastIndex = end;
  }
  return cells;
}

/** The formats of `places` as the sheet shows them. */
export function readCellFormats(xml: string, places: readonly CellPlace[]): Map<string, CellFormatInfo> {
  const { prefix } = rootElement(xml);
  const columnStyle = columnStyles(xml, prefix);
  const byRow = new Map<number, CellPlace[]>();
  for (const place of places) byRow.set(place.row, [...(byRow.get(place.row) ?? []), place]);
  const found = new Map<string, CellFormatInfo>();
  walkRows(xml, prefix, new Set(byRow.keys()), (row, cells) => {
    const listed = new Map(cells().map((cell) => [cell.col, cell]));
    const rowStyle = attribute(row.tag, 'customFormat') === '1' || attribute(row.tag, 'customFormat') === 'true' ? attribute(row.tag, 's') : undefined;
    for (const place of byRow.get(row.index)!) {
      const cell = listed.get(place.col);
      const style = cell ? Number(attribute(cell.tag, 's') ?? 0) : Number(rowStyle ?? columnStyle(place.col) ?? 0);
      found.set(cellKey(place.row, place.col), { style: Number.isFinite(style) ? style : 0, listed: cell !== undefined, filled: cell?.filled ?? false });
    }
  });
  for (const place of places) {
    const key = cellKey(place.row, place.col);
    if (!found.has(key)) found.set(key, { style: columnStyle(place.col) ?? 0, listed: false, filled: false });
  }
  return found;
}

interface TextEdit {
  at: number;
  remove: number;
  insert: string;
}

function applyEdits(xml: string, edits: TextEdit[]): string {
  // By offset; at one offset, insertions before a replacement (the sort keeps their order).
  edits.sort((a, b) => a.at - b.at || Number(a.remove > 0) - Number(b.remove > 0));
  const out: string[] = [];
  let from = 0;
  for (const edit of edits) {
    out.push(xml.slice(from, edit.at), edit.insert);
    from = edit.at + edit.remove;
  }
  out.push(xml.slice(from));
  return out.join('');
}

/** A row's `spans` hint widened to take in `col` (a list of spans is dropped: it is only a hint). */
function rowTagWith(tag: string, col: number): string {
  const spans = attribute(tag, 'spans');
  if (spans === undefined) return tag;
  const match = /^(\d+):(\d+)$/.exec(spans);
  if (!match) return removeAttribute(tag, 'spans');
  const [first, last] = [Number(match[1]), Number(match[2])];
  if (col + 1 >= first && col + 1 <= last) return tag;
  return setAttribute(tag, 'spans', `${Math.min(first, col + 1)}:${Math.max(last, col + 1)}`);
}

function newCell(prefix: string, row: number, col: number, style: number): string {
  return `<${prefix}c r="${cellKey(row, col)}" s="${style}"/>`;
}

/** `<dimension ref>` grown to take in the cells added. */
function widenDimension(xml: string, prefix: string, added: readonly CellPlace[]): TextEdit | undefined {
  const dimension = findElement(xml, `${prefix}dimension`);
  const ref = dimension && attribute(dimension.tag, 'ref');
  if (!dimension || ref === undefined || added.length === 0) return undefined;
  const [from, to = from] = ref.split(':');
  const start = parseAddress(from);
  const end = parseAddress(to);
  if (!start || !end) return undefined;
  const top = Math.min(start.row, ...added.map((p) => p.row));
  const left = Math.min(start.col, ...added.map((p) => p.col));
  const bottom = Math.max(end.row, ...added.map((p) => p.row));
  const right = Math.max(end.col, ...added.map((p) => p.col));
  const widened = `${cellKey(top, left)}:${cellKey(bottom, right)}`;
  if (widened === `${cellKey(start.row, start.col)}:${cellKey(end.row, end.col)}`) return undefined;
  return { at: dimension.start, remove: dimension.tag.length, insert: setAttribute(dimension.tag, 'ref', widened) };
}

/**
 * The sheet's text with each cell's `s` changed as asked. A style of 0 is written by leaving
 * `s` out, as Excel does. Cells and rows the sheet lacks are inserted in order.
 */
export function restyleCells(xml: string, changes: ReadonlyMap<string, StyleChange>): string {
  if (changes.size === 0) return xml;
  const { prefix } = rootElement(xml);
  const byRow = new Map<number, ({ col: number } & StyleChange)[]>();
  for (const [address, change] of changes) {
    const place = parseAddress(address);
    if (!place) continue;
    byRow.set(place.row, [...(byRow.get(place.row) ?? []), { col: place.col, ...change }]);
  }
  const edits: TextEdit[] = [];
  const added: CellPlace[] = [];
  const seenRows = new Set<number>();
  const rowStarts: { index: number; start: number }[] = [];
  const data = walkRows(xml, prefix, new Set(byRow.keys()), (row, cellsOfRow) => {
    seenRows.add(row.index);
    const cells = cellsOfRow();
    const listed = new Map(cells.map((cell) => [cell.col, cell]));
    const inserts: { col: number; text: string }[] = [];
    const rowEdits: TextEdit[] = [];
    let rowTag = row.tag;
    let removed = 0;
    for (const { col, style, dropIfEmpty } of byRow.get(row.index)!) {
      const cell = listed.get(col);
      if (cell) {
        if (dropIfEmpty && !cell.filled) {
          rowEdits.push({ at: cell.start, remove: cell.end - cell.start, insert: '' });
          removed++;
          continue;
        }
        const tag = style === 0 ? removeAttribute(cell.tag, 's') : setAttribute(cell.tag, 's', String(style));
        if (tag !== cell.tag) rowEdits.push({ at: cell.start, remove: cell.tag.length, insert: tag });
      } else if (!dropIfEmpty) {
        inserts.push({ col, text: newCell(prefix, row.index, col, style) });
        added.push({ row: row.index, col });
        rowTag = rowTagWith(rowTag, col);
      }
    }
    // A row this writer made (`<row r="N">`) that is left with no cell goes too.
    const emptied = removed > 0 && removed === cells.length && inserts.length === 0 && rowTag.replace(/\s*\/?>$/, '') === `<${prefix}row r="${row.index + 1}"`;
    if (emptied) {
      edits.push({ at: row.start, remove: row.end - row.start, insert: '' });
      return;
    }
    edits.push(...rowEdits);
    if (inserts.length === 0) return;
    inserts.sort((a, b) => a.col - b.col);
    if (row.selfClosing) {
      const opened = `${rowTag.replace(/\s*\/>$/, '>')}${inserts.map((i) => i.text).join('')}</${prefix}row>`;
      edits.push({ at: row.start, remove: row.end - row.start, insert: opened });
      return;
    }
    if (rowTag !== row.tag) edits.push({ at: row.start, remove: row.tag.length, insert: rowTag });
    for (const insert of inserts) {
      const before = cells.find((cell) => cell.col > insert.col);
      edits.push({ at: before ? before.start : row.contentEnd, remove: 0, insert: insert.text });
    }
  }, (index, start) => rowStarts.push({ index, start }));
  if (!data) return xml;

  // Rows the sheet does not list: each goes before the first listed row below it.
  const missing = [...byRow.keys()].filter((row) => !seenRows.has(row)).sort((a, b) => a - b);
  if (missing.length > 0) {
    const newRows = new Map<number, string[]>();
    for (const row of missing) {
      const cells = byRow.get(row)!.filter((change) => !change.dropIfEmpty).sort((a, b) => a.col - b.col);
      if (cells.length === 0) continue;
      cells.forEach((cell) => added.push({ row, col: cell.col }));
      const text = `<${prefix}row r="${row + 1}">${cells.map((cell) => newCell(prefix, row, cell.col, cell.style)).join('')}</${prefix}row>`;
      const before = rowStarts.find((start) => start.index > row);
      const at = before ? before.start : data.dataEnd;
      newRows.set(at, [...(newRows.get(at) ?? []), text]);
    }
    for (const [at, texts] of newRows) {
      if (data.selfClosing) {
        edits.push({ at: data.dataStart, remove: data.tag.length, insert: `${data.tag.replace(/\s*\/>$/, '>')}${texts.join('')}</${prefix}sheetData>` });
      } else {
        edits.push({ at, remove: 0, insert: texts.join('') });
      }
    }
  }
  const dimension = widenDimension(xml, prefix, added);
  if (dimension) edits.push(dimension);
  return applyEdits(xml, edits);
}

/** The merged areas of a sheet, as `[top-left, bottom-right]` places. */
export function mergedAreas(xml: string): [CellPlace, CellPlace][] {
  const { prefix } = rootElement(xml);
  const list = findElement(xml, `${prefix}mergeCells`);
  if (!list) return [];
  return findElements(xml, `${prefix}mergeCell`, list.contentStart, list.contentEnd).flatMap(({ tag }) => {
    const [from, to = from] = (attribute(tag, 'ref') ?? '').split(':');
    const start = parseAddress(from);
    const end = parseAddress(to);
    return start && end ? [[start, end] as [CellPlace, CellPlace]] : [];
  });
}

/** Column widths and row heights in pixels, as far as a note's box needs them. */
export interface SheetGeometry {
  columnWidthPx(col: number): number;
  rowHeightPx(row: number): number;
  /** Where a column starts: the widths of the columns left of it. */
  columnLeftPx(col: number): number;
  /** Where a row starts: the heights above it (rows not asked for at their default height). */
  rowTopPx(row: number): number;
}

/** The sheet's column widths (`<cols>`, `<sheetFormatPr>`) and the heights of the rows in `rows`. */
export function sheetGeometry(xml: string, rows: ReadonlySet<number>): SheetGeometry {
  const { prefix } = rootElement(xml);
  const format = findElement(xml, `${prefix}sheetFormatPr`)?.tag ?? '';
  const defaultWidth = Number(attribute(format, 'defaultColWidth') ?? (Number(attribute(format, 'baseColWidth') ?? 8) + 0.43));
  const defaultHeight = Number(attribute(format, 'defaultRowHeight') ?? 15);
  const cols = findElement(xml, `${prefix}cols`);
  const widths = cols ? findElements(xml, `${prefix}col`, cols.contentStart, cols.contentEnd).map(({ tag }) => ({
    min: Number(attribute(tag, 'min')) - 1,
    max: Number(attribute(tag, 'max')) - 1,
    width: attribute(tag, 'hidden') === '1' || attribute(tag, 'hidden') === 'true' ? 0 : Number(attribute(tag, 'width') ?? defaultWidth),
  })) : [];
  const heights = new Map<number, number>();
  walkRows(xml, prefix, rows, (row) => {
    const hidden = attribute(row.tag, 'hidden');
    const height = hidden === '1' || hidden === 'true' ? 0 : Number(attribute(row.tag, 'ht') ?? defaultHeight);
    heights.set(row.index, height);
  });
  const columnWidthPx = (col: number) => {
    const width = widths.find((w) => col >= w.min && col <= w.max)?.width ?? defaultWidth;
    return width === 0 ? 0 : Math.trunc(width * 7 + 5);
  };
  const lefts = [0];
  // Rows whose height is known, in order, with the running sum of their difference from the default.
  const known = [...heights].sort((a, b) => a[0] - b[0]);
  const differences: number[] = [];
  let sum = 0;
  for (const [, height] of known) differences.push(sum += height - defaultHeight);
  return {
    columnWidthPx,
    rowHeightPx: (row) => ((heights.get(row) ?? defaultHeight) * 4) / 3,
    columnLeftPx: (col) => {
      for (let c = lefts.length; c <= col; c++) lefts[c] = lefts[c - 1] + columnWidthPx(c - 1);
      return lefts[col];
    },
    rowTopPx: (row) => {
      let low = 0;
      let high = known.length;
      while (low < high) {
        const middle = (low + high) >> 1;
        if (known[middle][0] < row) low = middle + 1;
        else high = middle;
      }
      return ((row * defaultHeight + (low > 0 ? differences[low - 1] : 0)) * 4) / 3;
    },
  };
}
