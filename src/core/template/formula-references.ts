import { columnIndex, columnLetter } from '../table/address';
import { sheetReference } from '../output/sheet-name';
import { LAST_COLUMN, LAST_ROW, movedRow, movedSpan, type RowExpansion } from './row-expansion';

/**
 * The A1 references of a formula (as a package stores it: no leading `=`), found and rewritten
 * without touching anything else of it: text in quotes, function names (`LOG10(`), defined names,
 * structured references (`Table1[Amount]`), references to other sheets and other workbooks are
 * left as written. References to the template's own sheet — unqualified, or qualified with its
 * name — move with the rows (expandFormula) and take the filled sheet's name.
 */

export interface ReferenceEnd {
  /** 0-based; absent for a whole-row reference's columns or a whole-column reference's rows. */
  row?: number;
  rowAbsolute: boolean;
  column?: number;
  columnAbsolute: boolean;
}

/** A reference: one cell (`first` only), a range of cells, whole rows (`3:5`) or whole columns (`A:C`). */
export interface AreaReference {
  first: ReferenceEnd;
  last?: ReferenceEnd;
}

/** The template's own sheet: references qualified with `own` are its own, and are written qualified with `renamed` (the filled sheet). */
export interface SheetNames {
  own: string;
  renamed: string;
}

const NAME_CHARACTER = /[\p{L}\p{M}\p{N}_.\\?]/u;
const CELL_RANGE = /(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})(?::(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7}))?/y;
const ROW_RANGE = /(\$?)(\d{1,7}):(\$?)(\d{1,7})/y;
const COLUMN_RANGE = /(\$?)([A-Za-z]{1,3}):(\$?)([A-Za-z]{1,3})/y;
const UNQUOTED_SHEET = /([\p{L}_\\][\p{L}\p{M}\p{N}_.\\]*(?::[\p{L}_\\][\p{L}\p{M}\p{N}_.\\]*)?)!/uy;
const NAME_RUN = /[\p{L}\p{M}\p{N}_.\\?$]+/uy;

function validRow(text: string): number | undefined {
  const row = Number(text) - 1;
  return row >= 0 && row <= LAST_ROW ? row : undefined;
}

function validColumn(text: string): number | undefined {
  const column = columnIndex(text);
  return column >= 0 && column <= LAST_COLUMN ? column : undefined;
}

/** The area written at `at`, its length, or undefined when what is there is not a reference (a name, a function, a number). */
function areaAt(formula: string, at: number): { area: AreaReference; length: number } | undefined {
  const ends = (next: number) => next >= formula.length || !(NAME_CHARACTER.test(formula[next]) || '($!:'.includes(formula[next]));
  CELL_RANGE.lastIndex = at;
  let match = CELL_RANGE.exec(formula);
  if (match && ends(at + match[0].length)) {
    const first = { column: validColumn(match[2]), columnAbsolute: match[1] === '$', row: validRow(match[4]), rowAbsolute: match[3] === '$' };
    const last = match[6] === undefined ? undefined : { column: validColumn(match[6]), columnAbsolute: match[5] === '$', row: validRow(match[8]), rowAbsolute: match[7] === '$' };
    const valid = first.column !== undefined && first.row !== undefined && (!last || (last.column !== undefined && last.row !== undefined));
    if (valid) return { area: { first, ...(last ? { last } : {}) }, length: match[0].length };
  }
  ROW_RANGE.lastIndex = at;
  match = ROW_RANGE.exec(formula);
  if (match && ends(at + match[0].length)) {
    const [first, last] = [validRow(match[2]), validRow(match[4])];
    if (first !== undefined && last !== undefined) {
      return { area: { first: { row: first, rowAbsolute: match[1] === '$', columnAbsolute: false }, last: { row: last, rowAbsolute: match[3] === '$', columnAbsolute: false } }, length: match[0].length };
    }
  }
  COLUMN_RANGE.lastIndex = at;
  match = COLUMN_RANGE.exec(formula);
  if (match && ends(at + match[0].length)) {
    const [first, last] = [validColumn(match[2]), validColumn(match[4])];
    if (first !== undefined && last !== undefined) {
      return { area: { first: { column: first, columnAbsolute: match[1] === '$', rowAbsolute: false }, last: { column: last, columnAbsolute: match[3] === '$', rowAbsolute: false } }, length: match[0].length };
    }
  }
  return undefined;
}

function endText(end: ReferenceEnd): string {
  const column = end.column === undefined ? '' : `${end.columnAbsolute ? '$' : ''}${columnLetter(end.column)}`;
  const row = end.row === undefined ? '' : `${end.rowAbsolute ? '$' : ''}${end.row + 1}`;
  return column + row;
}

/** A reference as A1 text: `$D$10`, `D10:D49`, `3:5`, `A:C`; `#REF!` when an end fell off the sheet. */
export function areaText(area: AreaReference): string {
  const ends = area.last ? [area.first, area.last] : [area.first];
  if (ends.some((end) => (end.row !== undefined && (end.row < 0 || end.row > LAST_ROW)) || (end.column !== undefined && (end.column < 0 || end.column > LAST_COLUMN)))) return '#REF!';
  return ends.map(endText).join(':');
}

/** Where a quoted sheet name starting at `at` (on its `'`) ends: the offset of its closing quote. */
function quotedEnd(formula: string, at: number): number {
  let i = at + 1;
  while (i < formula.length) {
    if (formula[i] === "'" && formula[i + 1] === "'") i += 2;
    else if (formula[i] === "'") return i;
    else i++;
  }
  return formula.length;
}

/**
 * The formula with each reference to its own sheet (`names`; every reference but other workbooks'
 * when absent) replaced by `rewrite`'s text for it (undefined: kept as written).
 * `rewriteReferences('SUM(D10:D10)+Other!D10', names, …)` calls `rewrite` once.
 */
export function rewriteReferences(formula: string, names: SheetNames | undefined, rewrite: (area: AreaReference) => string | undefined): string {
  let out = '';
  let i = 0;
  let external = false;
  const own = names?.own.toLocaleUpperCase();
  /** Rewrites the area at `at` after a sheet prefix (or none); returns where the scan goes on, or undefined when no area is there. */
  const area = (at: number, prefix: string, sheet: string | undefined): number | undefined => {
    const found = areaAt(formula, at);
    if (!found) return undefined;
    const local = !external && (sheet === undefined || own === undefined || sheet.toLocaleUpperCase() === own);
    const written = formula.slice(at, at + found.length);
    const replaced = local ? rewrite(found.area) ?? written : written;
    const newPrefix = local && sheet !== undefined && names ? `${sheetReference(names.renamed)}!` : prefix;
    out += newPrefix + replaced;
    external = false;
    return at + found.length;
  };
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"') {
      let j = i + 1;
      while (j < formula.length && !(formula[j] === '"' && formula[j + 1] !== '"')) j += formula[j] === '"' ? 2 : 1;
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (ch === '[') {
      let depth = 0;
      let j = i;
      for (; j < formula.length; j++) {
        if (formula[j] === '[') depth++;
        else if (formula[j] === ']' && --depth === 0) break;
      }
      out += formula.slice(i, j + 1);
      // `[1]Sheet1!A1`: a sheet of another workbook, whatever its name.
      external = true;
      i = j + 1;
      continue;
    }
    if (ch === "'") {
      const close = quotedEnd(formula, i);
      if (formula[close + 1] === '!') {
        const sheet = formula.slice(i + 1, close).replace(/''/g, "'");
        const quotedExternal = sheet.startsWith('[') || sheet.includes(':');
        if (quotedExternal) external = true;
        const next = area(close + 2, formula.slice(i, close + 2), sheet);
        if (next !== undefined) {
          i = next;
          continue;
        }
      }
      out += formula.slice(i, close + 1);
      external = false;
      i = close + 1;
      continue;
    }
    const boundary = i === 0 || !(NAME_CHARACTER.test(formula[i - 1]) || formula[i - 1] === '$');
    if (boundary && (NAME_CHARACTER.test(ch) || ch === '$')) {
      UNQUOTED_SHEET.lastIndex = i;
      const sheetMatch = UNQUOTED_SHEET.exec(formula);
      if (sheetMatch) {
        const sheet = sheetMatch[1];
        if (sheet.includes(':')) external = true;
        const next = area(i + sheetMatch[0].length, sheetMatch[0], sheet);
        if (next !== undefined) {
          i = next;
          continue;
        }
      }
      const next = area(i, '', undefined);
      if (next !== undefined) {
        i = next;
        continue;
      }
      NAME_RUN.lastIndex = i;
      const run = NAME_RUN.exec(formula);
      const length = run ? run[0].length : 1;
      out += formula.slice(i, i + length);
      external = false;
      i += length;
      continue;
    }
    if (ch !== '!') external = external && ch === ']';
    out += ch;
    i++;
  }
  return out;
}

/** Both ends of a reference, first then last (one end for a single cell). */
function endsOf(area: AreaReference): ReferenceEnd[] {
  return area.last ? [area.first, area.last] : [area.first];
}

/**
 * A formula of the template, moved to the filled sheet. Outside the repeat row (`copy` absent) the
 * rows are moved as the rows themselves are: a reference below moves down, a range that holds the
 * repeat row grows over every copy (`SUM(D10:D10)` → `SUM(D10:D49)` for 40 reports), and one
 * that named only the repeat row, when there are no reports, names the sheet's last row, always
 * empty — so `SUM` gives 0, `COUNT` 0 and `AVERAGE` `#DIV/0!`, as over no rows. In the repeat row's
 * copy `copy` (0 for the first report) references act as in a row filled down: relative rows move
 * by `copy`, absolute ones stay (`$E$10+D10` → `$E$10+D11` in the second copy).
 */
export function expandFormula(formula: string, expansion: RowExpansion | undefined, names: SheetNames, copy?: number): string {
  return rewriteReferences(formula, names, (area) => {
    const ends = endsOf(area);
    if (ends[0].row === undefined) return undefined;
    if (copy !== undefined && expansion) {
      const moved = ends.map((end) => {
        const row = end.row!;
        const placed = row === expansion.row ? row : movedRow(expansion, row)!;
        return { ...end, row: placed + (end.rowAbsolute ? 0 : copy) };
      });
      return areaText({ first: moved[0], ...(moved[1] ? { last: moved[1] } : {}) });
    }
    if (!area.last) {
      return areaText({ first: { ...area.first, row: movedRow(expansion, area.first.row!) ?? LAST_ROW } });
    }
    const [top, bottom] = area.first.row! <= area.last.row! ? [area.first, area.last] : [area.last, area.first];
    const span = movedSpan(expansion, top.row!, bottom.row!) ?? { first: LAST_ROW, last: LAST_ROW };
    return areaText({ first: { ...top, row: span.first }, last: { ...bottom, row: span.last } });
  });
}

/**
 * A formula moved by `rows` and `columns` as a copy and paste moves it: relative parts move,
 * absolute ones (`$`) stay. What a shared formula's master says for the cells sharing it.
 * `offsetFormula('A1+$B$1', 2, 1)` → `B3+$B$1`.
 */
export function offsetFormula(formula: string, rows: number, columns: number): string {
  if (rows === 0 && columns === 0) return formula;
  return rewriteReferences(formula, undefined, (area) => {
    const moved = endsOf(area).map((end) => ({
      ...end,
      ...(end.row === undefined || end.rowAbsolute ? {} : { row: end.row + rows }),
      ...(end.column === undefined || end.columnAbsolute ? {} : { column: end.column + columns }),
    }));
    return areaText({ first: moved[0], ...(moved[1] ? { last: moved[1] } : {}) });
  });
}
