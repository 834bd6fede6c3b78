import type { IsoDate } from '../model';
import { isoToSerial } from '../parse/calendar';

/**
 * A generated sheet described as data: cells with their values and formats,
 * merged areas, column widths, row heights and the page it prints on. The
 * standard form produces one per project; a filled template will produce the
 * same; the .xlsx writer, and later the adapter over Office JS, each turn it into a sheet.
 * There is no formula kind: whatever a value from the data starts with
 * (`=`, `+`, `-`, `@`, a tab), it is written as text.
 */

/** What a cell holds. Dates carry their serial, computed from year/month/day, and the ISO date it came from. */
export type CellContent =
  | { kind: 'text'; text: string }
  | { kind: 'number'; number: number }
  | { kind: 'date'; serial: number; iso: IsoDate };

/** Line styles of a cell edge, as spreadsheets name them. */
export type BorderLine = 'thin' | 'medium' | 'dotted' | 'hair';

export type Edge = 'top' | 'bottom' | 'left' | 'right';

/** A cell's format. Absent entries take the sheet's defaults (its font, General, bottom-left, no wrap). */
export interface CellStyle {
  bold?: boolean;
  /** Points; the sheet's font size when absent. */
  fontSize?: number;
  /** A number format code: `#,##0.00`, `@` (Text), `[$-107041E]d mmmm yyyy`. */
  numberFormat?: string;
  horizontal?: 'left' | 'center' | 'right';
  vertical?: 'top' | 'center' | 'bottom';
  wrap?: boolean;
  /** Shrink the font rather than show `####` when a number or date is wider than its cell. */
  shrinkToFit?: boolean;
  /** Indent in the host's steps (about three characters each). */
  indent?: number;
  border?: Partial<Record<Edge, BorderLine>>;
  /** A solid fill, RGB hex: `D9D9D9`. */
  fill?: string;
}

export interface SheetCell {
  /** 0-based row and column. */
  row: number;
  column: number;
  /** Absent: an empty cell that only carries its format (a dotted line to write on, a border). */
  content?: CellContent;
  style: CellStyle;
}

/** A rectangle of cells, 0-based and inclusive. */
export interface CellRange {
  firstRow: number;
  lastRow: number;
  firstColumn: number;
  lastColumn: number;
}

/**
 * A row's height in points. `fit` says the height is an estimate for wrapped text: a host that can
 * fit rows to their text may do so instead (none fits merged cells, hence the estimate).
 */
export interface RowHeight {
  points: number;
  fit?: boolean;
}

export interface PageMargins {
  /** Centimetres. */
  top: number;
  bottom: number;
  left: number;
  right: number;
  header: number;
  footer: number;
}

export interface PageSetup {
  paper: 'A4';
  orientation: 'portrait' | 'landscape';
  /** Pages wide the print is scaled to; its height runs to as many pages as it needs. */
  fitToPagesWide: 1;
  margins: PageMargins;
  printArea: CellRange;
  /** Rows printed again at the top of every page after they first appear. */
  repeatRows?: { first: number; last: number };
  horizontallyCentered?: boolean;
  /**
   * A header printed from the second page on (the first page has none), in the host's
   * header codes: `&P` the page number. Text from data never goes here.
   */
  headerFromSecondPage?: string;
  /** Rows (0-based) that start a new page, as breaks set by hand are. */
  rowBreaks?: number[];
}

/** The standard form, or a template sheet (later): what made a sheet, recorded so a re-fill replaces only its own. */
export interface SheetOrigin {
  template: string;
  project: string;
}

export interface SheetDescription {
  /** The name wanted; the writer makes it unique among the workbook's sheets. */
  name: string;
  origin: SheetOrigin;
  /** The font of every cell (a cell's style may change its size or weight). */
  font: { name: string; size: number };
  /** Column widths in points, from column A. */
  columnWidths: number[];
  /** Points: the height of a row not listed in rowHeights. */
  defaultRowHeight: number;
  /** Row heights by 0-based row. */
  rowHeights: Map<number, RowHeight>;
  cells: SheetCell[];
  merges: CellRange[];
  page: PageSetup;
  /** Gridlines hidden on screen: a form reads as a page. */
  showGridLines: boolean;
}

/**
 * The serial number spreadsheets store for a calendar date (1900 date system), computed from the
 * ISO date's year, month and day in UTC, so the time zone of the machine never shifts it a day.
 * `dateSerial('2019-10-19')` → 43757.
 */
export function dateSerial(iso: IsoDate): number {
  return isoToSerial(iso);
}

/** `text('…')`, `number(…)`, `date('2019-10-19')`: cell contents. */
export const content = {
  text: (text: string): CellContent => ({ kind: 'text', text }),
  number: (number: number): CellContent => ({ kind: 'number', number }),
  date: (iso: IsoDate): CellContent => ({ kind: 'date', serial: dateSerial(iso), iso }),
};

/** The text a cell shows for the purpose of measuring it (numbers and dates never wrap). */
function wrappedText(cell: SheetCell): string | undefined {
  return cell.style.wrap && cell.content?.kind === 'text' ? cell.content.text : undefined;
}

/**
 * How wide a font's text is and how tall its lines, for estimating the height of wrapped text:
 * `widthEm(text)` in ems, `lineEm` the distance between lines. Estimates err towards room to
 * spare: a row a little too tall prints white space, a row too short cuts text off.
 */
export interface FontMeasure {
  widthEm: (text: string) => number;
  lineEm: number;
}

/** Cell padding on each side, points. */
const CELL_PADDING_PT = 3;
/** Points of an indent step (about three characters of an 11-point font). */
const INDENT_PT = 9;
const OPENING = /^[([{"'“‘]+$/;
const SPACES = /^\s+$/;

let segmenter: Intl.Segmenter | undefined;

/**
 * The pieces a line may break between: words (Thai ones found by dictionary, as spreadsheets
 * break Thai text) with punctuation kept on the word it belongs to, and the spaces between.
 */
function breakablePieces(line: string): string[] {
  segmenter ??= new Intl.Segmenter('th', { granularity: 'word' });
  const pieces: string[] = [];
  let opening = '';
  for (const { segment, isWordLike } of segmenter.segment(line)) {
    if (isWordLike || SPACES.test(segment)) {
      pieces.push(opening + segment);
      opening = '';
    } else if (OPENING.test(segment)) {
      opening += segment;
    } else if (pieces.length > 0 && !SPACES.test(pieces[pieces.length - 1])) {
      pieces[pieces.length - 1] += opening + segment;
      opening = '';
    } else {
      pieces.push(opening + segment);
      opening = '';
    }
  }
  if (opening) pieces.push(opening);
  return pieces;
}

/**
 * Lines a wrapped cell's text takes in `widthPt` points at `fontSize`: words laid out greedily
 * line by line (a word longer than a line is cut), the text's own line breaks counted.
 * `wrappedLines('ก\nข', 100, 16, measure)` → 2.
 */
export function wrappedLines(text: string, widthPt: number, fontSize: number, measure: FontMeasure): number {
  const room = Math.max(fontSize, widthPt - 2 * CELL_PADDING_PT);
  let lines = 0;
  for (const line of text.split('\n')) {
    lines++;
    let used = 0;
    for (const piece of breakablePieces(line)) {
      const width = measure.widthEm(piece) * fontSize;
      if (SPACES.test(piece) || used + width <= room) {
        used += width;
      } else {
        const cut = Math.ceil(width / room) - 1;
        if (used > 0) lines++;
        lines += cut;
        used = width - cut * room;
      }
    }
  }
  return lines;
}

/** The width of a cell in points: its own column's, or its merged area's. */
function cellWidth(description: Pick<SheetDescription, 'columnWidths'>, cell: SheetCell, merge: CellRange | undefined): number {
  const first = merge?.firstColumn ?? cell.column;
  const last = merge?.lastColumn ?? cell.column;
  let width = 0;
  for (let c = first; c <= last; c++) width += description.columnWidths[c] ?? 0;
  return width - (cell.style.indent ?? 0) * INDENT_PT;
}

/**
 * Sets the height of every row holding wrapped text to fit it (an estimate from its length, the
 * width of its cell or merged area, and the font), and of every other row to one line of its
 * largest font. Rows already given a height keep it. A merged area spanning rows is not measured.
 */
export function fitRowHeights(description: SheetDescription, measure: FontMeasure): void {
  const mergeAt = new Map<string, CellRange>();
  for (const merge of description.merges) mergeAt.set(`${merge.firstRow}:${merge.firstColumn}`, merge);
  const needed = new Map<number, number>();
  for (const cell of description.cells) {
    if (description.rowHeights.has(cell.row)) continue;
    const merge = mergeAt.get(`${cell.row}:${cell.column}`);
    if (merge && merge.lastRow > merge.firstRow) continue;
    const size = cell.style.fontSize ?? description.font.size;
    const text = wrappedText(cell);
    const lines = text === undefined ? 1 : wrappedLines(text, cellWidth(description, cell, merge), size, measure);
    const points = Math.ceil(lines * size * measure.lineEm + 2);
    needed.set(cell.row, Math.max(needed.get(cell.row) ?? 0, points));
  }
  for (const [row, points] of needed) description.rowHeights.set(row, { points, fit: true });
}

const A4_HEIGHT_CM = 29.7;
const A4_WIDTH_CM = 21;
const POINTS_PER_CM = 72 / 2.54;

/**
 * The rows (0-based) that start a page after the first, laid out from the row heights as a
 * spreadsheet prints them at full size (a row never splits; the repeated rows open every page
 * after they first appear), with a page started early where a group of rows (a heading with what
 * follows it, a signature block) would otherwise straddle two. Of groups starting on the same
 * row, the first that fits on a page is kept together; one taller than a page breaks where it falls. Every break is returned, so a host that prints smaller (fit to the page width)
 * still starts each page at the same row.
 */
export function pageBreaks(description: SheetDescription, groups: readonly { first: number; last: number }[]): number[] {
  const { page } = description;
  const height = (row: number) => description.rowHeights.get(row)?.points ?? description.defaultRowHeight;
  const sum = (first: number, last: number) => {
    let total = 0;
    for (let row = first; row <= last; row++) total += height(row);
    return total;
  };
  const paperHeight = page.orientation === 'portrait' ? A4_HEIGHT_CM : A4_WIDTH_CM;
  const capacity = (paperHeight - page.margins.top - page.margins.bottom) * POINTS_PER_CM;
  const repeat = page.repeatRows;
  const repeated = repeat ? sum(repeat.first, repeat.last) : 0;
  const pageStart = (row: number) => (repeat && row > repeat.last ? repeated : 0);
  const groupsAt = new Map<number, { first: number; last: number }[]>();
  for (const group of groups) groupsAt.set(group.first, [...(groupsAt.get(group.first) ?? []), group]);
  const breaks: number[] = [];
  let used = 0;
  for (let row = page.printArea.firstRow; row <= page.printArea.lastRow; row++) {
    // Of the groups starting here, the first that fits on a page is the one kept together.
    const group = groupsAt.get(row)?.find((candidate) => pageStart(row) + sum(candidate.first, candidate.last) <= capacity);
    const groupMoves = group !== undefined && used + sum(group.first, group.last) > capacity;
    if (used > pageStart(row) && (groupMoves || used + height(row) > capacity)) {
      breaks.push(row);
      used = pageStart(row);
    }
    used += height(row);
  }
  return breaks;
}
