/// <reference types="office-js" />
/**
 * A sheet description (src/core/template/sheet-description.ts) as the writes
 * that make it a worksheet through the Excel JavaScript API, each with its
 * size, so a caller can queue many sheets in few syncs under the payload
 * budget. The number of writes grows with the form's formatting runs, not
 * with its cells: values and number formats go in one 2-D write each, and
 * cells sharing a format are written as one range.
 *
 * Text is written under the Text format (`@`, set first in the same batch):
 * whatever it starts with — `=`, `+`, `-`, `@`, a tab — it stays text.
 * Page layout, indent and shrink to fit need ExcelApi 1.9; without it the
 * form is written without them (FormCapabilities).
 */
import { jsonByteLength } from '../../core/byte-length';
import type { BorderLine, CellRange, CellStyle, Edge, SheetCell, SheetDescription } from '../../core/template/sheet-description';
import { rectAddress, type CellRect } from '../addresses';

/** What the host can do for a form beyond values, fonts, fills, borders, alignment, merges, widths and heights. */
export interface FormCapabilities {
  /** ExcelApi 1.9: page layout (paper, margins, fit to width, print area, title rows, header, page breaks), indent and shrink to fit. */
  pageLayout: boolean;
  /** ExcelApi 1.8: gridlines hidden on screen. */
  gridlines: boolean;
}

/** One write to the new sheet and the bytes its arguments take. */
export interface FormWrite {
  bytes: number;
  apply(sheet: Excel.Worksheet): void;
}

const POINTS_PER_CM = 72 / 2.54;
const points = (cm: number) => Math.round(cm * POINTS_PER_CM * 100) / 100;

const BORDER: Record<BorderLine, { style: Excel.BorderLineStyle; weight: Excel.BorderWeight }> = {
  thin: { style: 'Continuous' as Excel.BorderLineStyle, weight: 'Thin' as Excel.BorderWeight },
  medium: { style: 'Continuous' as Excel.BorderLineStyle, weight: 'Medium' as Excel.BorderWeight },
  dotted: { style: 'Dot' as Excel.BorderLineStyle, weight: 'Thin' as Excel.BorderWeight },
  hair: { style: 'Continuous' as Excel.BorderLineStyle, weight: 'Hairline' as Excel.BorderWeight },
};
const EDGE: Record<Edge, Excel.BorderIndex> = {
  top: 'EdgeTop' as Excel.BorderIndex,
  bottom: 'EdgeBottom' as Excel.BorderIndex,
  left: 'EdgeLeft' as Excel.BorderIndex,
  right: 'EdgeRight' as Excel.BorderIndex,
};
const HORIZONTAL = { left: 'Left', center: 'Center', right: 'Right' } as const;
const VERTICAL = { top: 'Top', center: 'Center', bottom: 'Bottom' } as const;

/** The rows and columns the form occupies (cells, merges, print area, sized rows and columns). */
export function formExtent(description: SheetDescription): { rows: number; columns: number } {
  let rows = description.page.printArea.lastRow + 1;
  let columns = Math.max(description.columnWidths.length, description.page.printArea.lastColumn + 1);
  for (const cell of description.cells) {
    rows = Math.max(rows, cell.row + 1);
    columns = Math.max(columns, cell.column + 1);
  }
  for (const merge of description.merges) {
    rows = Math.max(rows, merge.lastRow + 1);
    columns = Math.max(columns, merge.lastColumn + 1);
  }
  for (const row of description.rowHeights.keys()) rows = Math.max(rows, row + 1);
  return { rows, columns };
}

/** The number format a cell is written with: Text for text, whatever its style says. */
export function writtenNumberFormat(cell: Pick<SheetCell, 'content' | 'style'>): string {
  if (cell.content?.kind === 'text') return '@';
  return cell.style.numberFormat ?? 'General';
}

/** The value a cell is written with: its text, number or date serial; null (left as it is) when it has none. */
export function writtenValue(cell: Pick<SheetCell, 'content'>): string | number | null {
  const content = cell.content;
  if (!content) return null;
  if (content.kind === 'text') return content.text;
  if (content.kind === 'number') return content.number;
  return content.serial;
}

const rectOf = (range: CellRange): CellRect => ({
  row: range.firstRow,
  col: range.firstColumn,
  rowCount: range.lastRow - range.firstRow + 1,
  colCount: range.lastColumn - range.firstColumn + 1,
});

/** Rectangles with the same value joined: side by side in a row first, then stacked where spans match. */
export function joinedRects(rects: readonly CellRect[]): CellRect[] {
  const sorted = [...rects].sort((a, b) => a.row - b.row || a.col - b.col);
  const rows: CellRect[] = [];
  for (const rect of sorted) {
    const last = rows[rows.length - 1];
    if (last && last.row === rect.row && last.rowCount === rect.rowCount && last.col + last.colCount === rect.col) last.colCount += rect.colCount;
    else rows.push({ ...rect });
  }
  rows.sort((a, b) => a.col - b.col || a.colCount - b.colCount || a.row - b.row);
  const stacked: CellRect[] = [];
  for (const rect of rows) {
    const last = stacked[stacked.length - 1];
    if (last && last.col === rect.col && last.colCount === rect.colCount && last.row + last.rowCount === rect.row) last.rowCount += rect.rowCount;
    else stacked.push({ ...rect });
  }
  return stacked.sort((a, b) => a.row - b.row || a.col - b.col);
}

/** The cells of one row (or one column) joined into runs; for edges, which may not be stacked. */
function runs(rects: readonly CellRect[], along: 'row' | 'column'): CellRect[] {
  const sorted = [...rects].sort((a, b) => (along === 'row' ? a.row - b.row || a.col - b.col : a.col - b.col || a.row - b.row));
  const joined: CellRect[] = [];
  for (const rect of sorted) {
    const last = joined[joined.length - 1];
    if (last && along === 'row' && last.row === rect.row && last.col + last.colCount === rect.col) last.colCount += rect.colCount;
    else if (last && along === 'column' && last.col === rect.col && last.row + last.rowCount === rect.row) last.rowCount += rect.rowCount;
    else joined.push({ ...rect });
  }
  return joined;
}

/** Groups rectangles by a key, keeping each key's value. */
class Groups<V> {
  readonly byKey = new Map<string, { value: V; rects: CellRect[] }>();

  add(key: string, value: V, rect: CellRect): void {
    let group = this.byKey.get(key);
    if (!group) this.byKey.set(key, (group = { value, rects: [] }));
    group.rects.push(rect);
  }
}

/** A write of one format property to a range; its bytes are the address and the value. */
function formatWrite(address: string, value: unknown, apply: (format: Excel.RangeFormat) => void): FormWrite {
  return { bytes: jsonByteLength(address) + jsonByteLength(value), apply: (sheet) => apply(sheet.getRange(address).format) };
}

type StyleProperty = 'bold' | 'fontSize' | 'fill' | 'horizontal' | 'vertical' | 'wrap' | 'shrinkToFit' | 'indent';

/** What each style property writes, and whether it needs ExcelApi 1.9. */
const PROPERTY_WRITES: Record<StyleProperty, { needsExcelApi19?: true; write(format: Excel.RangeFormat, value: never): void }> = {
  bold: { write: (format, value: boolean) => { format.font.bold = value; } },
  fontSize: { write: (format, value: number) => { format.font.size = value; } },
  fill: { write: (format, value: string) => { format.fill.color = `#${value}`; } },
  horizontal: { write: (format, value: keyof typeof HORIZONTAL) => { format.horizontalAlignment = HORIZONTAL[value] as Excel.HorizontalAlignment; } },
  vertical: { write: (format, value: keyof typeof VERTICAL) => { format.verticalAlignment = VERTICAL[value] as Excel.VerticalAlignment; } },
  wrap: { write: (format, value: boolean) => { format.wrapText = value; } },
  shrinkToFit: { needsExcelApi19: true, write: (format, value: boolean) => { format.shrinkToFit = value; } },
  indent: { needsExcelApi19: true, write: (format, value: number) => { format.indentLevel = value; } },
};

/** The style's value for a property, or undefined where it is the sheet's default (nothing to write). */
function styleValue(style: CellStyle, property: StyleProperty, fontSize: number): unknown {
  switch (property) {
    case 'bold': return style.bold ? true : undefined;
    case 'fontSize': return style.fontSize !== undefined && style.fontSize !== fontSize ? style.fontSize : undefined;
    case 'fill': return style.fill;
    case 'horizontal': return style.horizontal;
    case 'vertical': return style.vertical === 'bottom' ? undefined : style.vertical;
    case 'wrap': return style.wrap ? true : undefined;
    case 'shrinkToFit': return style.shrinkToFit ? true : undefined;
    case 'indent': return style.indent ? style.indent : undefined;
  }
}

/** Consecutive indexes with equal values, as `[first, last, value]`. */
function equalRuns(count: number, valueAt: (index: number) => number | undefined): Array<[number, number, number]> {
  const found: Array<[number, number, number]> = [];
  for (let index = 0; index < count; index++) {
    const value = valueAt(index);
    if (value === undefined) continue;
    const last = found[found.length - 1];
    if (last && last[1] === index - 1 && last[2] === value) last[1] = index;
    else found.push([index, index, value]);
  }
  return found;
}

/** Values and number formats: one 2-D write each, the formats first. */
function contentWrites(description: SheetDescription, rows: number, columns: number): FormWrite[] {
  const values: (string | number | null)[][] = Array.from({ length: rows }, () => new Array(columns).fill(null));
  const formats: string[][] = Array.from({ length: rows }, () => new Array(columns).fill('General'));
  for (const cell of description.cells) {
    values[cell.row][cell.column] = writtenValue(cell);
    formats[cell.row][cell.column] = writtenNumberFormat(cell);
  }
  const address = rectAddress({ row: 0, col: 0, rowCount: rows, colCount: columns });
  return [
    {
      bytes: jsonByteLength(address) * 3 + jsonByteLength(description.font),
      apply: (sheet) => {
        const font = sheet.getRange(address).format.font;
        font.name = description.font.name;
        font.size = description.font.size;
      },
    },
    { bytes: jsonByteLength(address) + jsonByteLength(formats), apply: (sheet) => { sheet.getRange(address).numberFormat = formats; } },
    { bytes: jsonByteLength(address) + jsonByteLength(values), apply: (sheet) => { sheet.getRange(address).values = values; } },
  ];
}

/** Every format property of the cells, each value written once per joined range. */
function styleWrites(description: SheetDescription, capabilities: FormCapabilities): FormWrite[] {
  const mergeAt = new Map(description.merges.map((merge) => [`${merge.firstRow}:${merge.firstColumn}`, rectOf(merge)]));
  const styles = new Groups<unknown>();
  const edges = new Groups<{ edge: Edge; line: BorderLine }>();
  for (const cell of description.cells) {
    // A merged area is formatted as a whole: borders go round it, not round its first cell.
    const block = mergeAt.get(`${cell.row}:${cell.column}`) ?? { row: cell.row, col: cell.column, rowCount: 1, colCount: 1 };
    for (const property of Object.keys(PROPERTY_WRITES) as StyleProperty[]) {
      if (PROPERTY_WRITES[property].needsExcelApi19 && !capabilities.pageLayout) continue;
      const value = styleValue(cell.style, property, description.font.size);
      if (value !== undefined) styles.add(`${property}\u0000${JSON.stringify(value)}`, value, block);
    }
    for (const [edge, line] of Object.entries(cell.style.border ?? {}) as [Edge, BorderLine][]) {
      const lastRow = block.row + block.rowCount - 1;
      const lastCol = block.col + block.colCount - 1;
      const side: CellRect =
        edge === 'top' ? { ...block, rowCount: 1 }
        : edge === 'bottom' ? { ...block, row: lastRow, rowCount: 1 }
        : edge === 'left' ? { ...block, colCount: 1 }
        : { ...block, col: lastCol, colCount: 1 };
      edges.add(`${edge}\u0000${line}`, { edge, line }, side);
    }
  }
  const writes: FormWrite[] = [];
  for (const [key, { value, rects }] of styles.byKey) {
    const property = key.slice(0, key.indexOf('\u0000')) as StyleProperty;
    for (const rect of joinedRects(rects)) {
      writes.push(formatWrite(rectAddress(rect), value, (format) => PROPERTY_WRITES[property].write(format, value as never)));
    }
  }
  for (const { value: { edge, line }, rects } of edges.byKey.values()) {
    for (const rect of runs(rects, edge === 'top' || edge === 'bottom' ? 'row' : 'column')) {
      writes.push(formatWrite(rectAddress(rect), BORDER[line], (format) => {
        const border = format.borders.getItem(EDGE[edge]);
        border.style = BORDER[line].style;
        border.weight = BORDER[line].weight;
      }));
    }
  }
  return writes;
}

/** Merged areas, column widths and row heights (rows not listed take the description's default height). */
function shapeWrites(description: SheetDescription, rows: number, columns: number): FormWrite[] {
  const writes: FormWrite[] = description.merges.map((merge) => {
    const address = rectAddress(rectOf(merge));
    return { bytes: jsonByteLength(address), apply: (sheet) => sheet.getRange(address).merge(false) };
  });
  for (const [first, last, width] of equalRuns(columns, (column) => description.columnWidths[column])) {
    writes.push(formatWrite(rectAddress({ row: 0, col: first, rowCount: 1, colCount: last - first + 1 }), width, (format) => { format.columnWidth = width; }));
  }
  const height = (row: number) => description.rowHeights.get(row)?.points ?? description.defaultRowHeight;
  for (const [first, last, points] of equalRuns(rows, height)) {
    writes.push(formatWrite(rectAddress({ row: first, col: 0, rowCount: last - first + 1, colCount: 1 }), points, (format) => { format.rowHeight = points; }));
  }
  return writes;
}

/** The page: A4, orientation, margins, centring, fit to the page width, print area, title rows, header, breaks. */
function pageWrites(description: SheetDescription): FormWrite[] {
  const { page } = description;
  const printArea = rectAddress(rectOf(page.printArea));
  const settings = {
    paperSize: page.paper as Excel.PaperType,
    orientation: (page.orientation === 'portrait' ? 'Portrait' : 'Landscape') as Excel.PageOrientation,
    topMargin: points(page.margins.top),
    bottomMargin: points(page.margins.bottom),
    leftMargin: points(page.margins.left),
    rightMargin: points(page.margins.right),
    headerMargin: points(page.margins.header),
    footerMargin: points(page.margins.footer),
    centerHorizontally: page.horizontallyCentered ?? false,
  };
  // Fit to the page width, as tall as it needs (0: automatic, as "Fit all columns on one page" sets it).
  const zoom = { horizontalFitToPages: page.fitToPagesWide, verticalFitToPages: 0 };
  const writes: FormWrite[] = [{
    bytes: jsonByteLength(settings) + jsonByteLength(zoom) + jsonByteLength(printArea) + 12 * 40,
    apply: (sheet) => {
      const layout = sheet.pageLayout;
      layout.paperSize = settings.paperSize;
      layout.orientation = settings.orientation;
      layout.topMargin = settings.topMargin;
      layout.bottomMargin = settings.bottomMargin;
      layout.leftMargin = settings.leftMargin;
      layout.rightMargin = settings.rightMargin;
      layout.headerMargin = settings.headerMargin;
      layout.footerMargin = settings.footerMargin;
      layout.centerHorizontally = settings.centerHorizontally;
      layout.zoom = zoom;
      layout.setPrintArea(printArea);
    },
  }];
  if (page.repeatRows) {
    const rows = `$${page.repeatRows.first + 1}:$${page.repeatRows.last + 1}`;
    writes.push({ bytes: jsonByteLength(rows), apply: (sheet) => sheet.pageLayout.setPrintTitleRows(rows) });
  }
  const header = page.headerFromSecondPage;
  if (header) {
    // The first page has a header of its own, left empty: numbers start on page 2.
    writes.push({
      bytes: jsonByteLength(header) + 40,
      apply: (sheet) => {
        const headers = sheet.pageLayout.headersFooters;
        headers.state = 'FirstAndDefault' as Excel.HeaderFooterState;
        headers.defaultForAllPages.centerHeader = header;
      },
    });
  }
  for (const row of page.rowBreaks ?? []) {
    const cell = rectAddress({ row, col: 0, rowCount: 1, colCount: 1 });
    writes.push({ bytes: jsonByteLength(cell), apply: (sheet) => sheet.horizontalPageBreaks.add(cell) });
  }
  return writes;
}

/**
 * The writes that make `description` a worksheet, in the order they must run: fonts, number
 * formats, values, cell formats, merges, widths and heights, gridlines, the page.
 * `formWrites(standardForm(project, reports), { pageLayout: true, gridlines: true })`.
 */
export function formWrites(description: SheetDescription, capabilities: FormCapabilities): FormWrite[] {
  const { rows, columns } = formExtent(description);
  const writes = [...contentWrites(description, rows, columns), ...styleWrites(description, capabilities), ...shapeWrites(description, rows, columns)];
  if (!description.showGridLines && capabilities.gridlines) writes.push({ bytes: 8, apply: (sheet) => { sheet.showGridlines = false; } });
  if (capabilities.pageLayout) writes.push(...pageWrites(description));
  return writes;
}
