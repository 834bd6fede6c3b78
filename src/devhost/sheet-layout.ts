/**
 * What Excel keeps of a sheet beside its cells' values, number formats, fills
 * and fonts: each cell's alignment, wrapping, indent and borders, the merged
 * areas, column widths, row heights, gridlines and the page layout
 * (page-layout.ts). Stored on the sheet model as `layout`, plain JSON like the
 * rest of the model, and replaced — never edited in place — by the batch that
 * changes it: a snapshot taken earlier never changes.
 */
import { cellKey, parseCellKey, type CellRect } from './address';
import type { BatchExecution } from './batch';
import type { SheetModel } from './model';

export type HorizontalAlignment = 'General' | 'Left' | 'Center' | 'Right' | 'Fill' | 'Justify' | 'CenterAcrossSelection' | 'Distributed';
export type VerticalAlignment = 'Top' | 'Center' | 'Bottom' | 'Justify' | 'Distributed';
export type BorderLineStyle = 'None' | 'Continuous' | 'Dash' | 'DashDot' | 'DashDotDot' | 'Dot' | 'Double' | 'SlantDashDot';
export type BorderWeight = 'Hairline' | 'Thin' | 'Medium' | 'Thick';
/** The four edges a cell stores (Excel's BorderIndex names; Inside* are edges of the cells inside a range). */
export type CellEdge = 'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight';

export const HORIZONTAL_ALIGNMENTS: readonly HorizontalAlignment[] = ['General', 'Left', 'Center', 'Right', 'Fill', 'Justify', 'CenterAcrossSelection', 'Distributed'];
export const VERTICAL_ALIGNMENTS: readonly VerticalAlignment[] = ['Top', 'Center', 'Bottom', 'Justify', 'Distributed'];
export const BORDER_LINE_STYLES: readonly BorderLineStyle[] = ['None', 'Continuous', 'Dash', 'DashDot', 'DashDotDot', 'Dot', 'Double', 'SlantDashDot'];
export const BORDER_WEIGHTS: readonly BorderWeight[] = ['Hairline', 'Thin', 'Medium', 'Thick'];

export interface CellBorder {
  style: Exclude<BorderLineStyle, 'None'>;
  weight: BorderWeight;
  /** `#RRGGBB`. */
  color: string;
}

/** A cell's layout; an absent field is Excel's default (General, Bottom, no wrap, no shrink, indent 0, no borders). */
export interface CellLayout {
  horizontalAlignment?: HorizontalAlignment;
  verticalAlignment?: VerticalAlignment;
  wrapText?: boolean;
  shrinkToFit?: boolean;
  indentLevel?: number;
  borders?: Partial<Record<CellEdge, CellBorder>>;
}

/** Margins in points, as Excel.PageLayout reports them. */
export interface PageMarginsModel {
  top: number;
  bottom: number;
  left: number;
  right: number;
  header: number;
  footer: number;
}

export type HeaderFooterPage = 'defaultForAllPages' | 'firstPage' | 'oddPages' | 'evenPages';
export type HeaderFooterPart = 'leftHeader' | 'centerHeader' | 'rightHeader' | 'leftFooter' | 'centerFooter' | 'rightFooter';
export type HeaderFooterState = 'Default' | 'FirstAndDefault' | 'OddAndEven' | 'FirstOddAndEven';

/** Excel.PageLayout's settings (ExcelApi 1.9); absent fields are Excel's defaults (page-layout.ts). */
export interface PageLayoutModel {
  orientation?: 'Portrait' | 'Landscape';
  paperSize?: string;
  margins?: Partial<PageMarginsModel>;
  centerHorizontally?: boolean;
  centerVertically?: boolean;
  printGridlines?: boolean;
  printHeadings?: boolean;
  zoom?: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  /** The print area's rectangles. */
  printArea?: CellRect[];
  /** Rows repeated at the top of every printed page, 0-based and inclusive. */
  printTitleRows?: { first: number; last: number };
  headersFooters?: {
    state?: HeaderFooterState;
    texts?: Partial<Record<HeaderFooterPage, Partial<Record<HeaderFooterPart, string>>>>;
  };
  /** Rows (0-based) above which a page break was added by hand, in ascending order. */
  rowBreaks?: number[];
}

export interface SheetLayout {
  /** By A1 key, like SheetModel.cells. */
  cells?: Record<string, CellLayout>;
  merges?: CellRect[];
  /** Points, by 0-based column index. */
  columnWidths?: Record<string, number>;
  /** Points, by 0-based row index. */
  rowHeights?: Record<string, number>;
  /** Absent: shown (Excel's default). */
  showGridlines?: boolean;
  page?: PageLayoutModel;
}

declare module './model' {
  interface SheetModel {
    /** Absent: Excel's defaults everywhere (see sheet-layout.ts). */
    layout?: SheetLayout;
  }
}

/** Excel's defaults for a new workbook in Calibri 11: 8.43 characters (64 px) wide, 15 points (20 px) high. */
export const STANDARD_COLUMN_WIDTH = 48;
export const STANDARD_ROW_HEIGHT = 15;

const copiedIn = new WeakMap<BatchExecution, Set<string>>();

/**
 * The sheet's layout for changing in this batch: copied the first time the batch changes it (so the
 * live model's objects are never edited), refused on a protected sheet like every cell change.
 */
export function writableLayout(batch: BatchExecution, sheetId: string, location: string): Required<Pick<SheetLayout, 'cells' | 'merges' | 'columnWidths' | 'rowHeights'>> & SheetLayout {
  const sheet = batch.writableCells(sheetId, location);
  let copied = copiedIn.get(batch);
  if (!copied) copiedIn.set(batch, (copied = new Set()));
  if (!copied.has(sheetId) || !sheet.layout) {
    const layout = sheet.layout ?? {};
    sheet.layout = {
      ...layout,
      cells: { ...layout.cells },
      merges: [...(layout.merges ?? [])],
      columnWidths: { ...layout.columnWidths },
      rowHeights: { ...layout.rowHeights },
      ...(layout.page ? { page: { ...layout.page } } : {}),
    };
    copied.add(sheetId);
  }
  return sheet.layout as ReturnType<typeof writableLayout>;
}

/** The layout stored for one cell, or undefined for Excel's defaults. */
export function cellLayoutAt(sheet: SheetModel, row: number, col: number): CellLayout | undefined {
  return sheet.layout?.cells?.[cellKey(row, col)];
}

/** Replaces one cell's layout (a cell back at every default is removed). */
export function replaceCellLayout(cells: Record<string, CellLayout>, row: number, col: number, change: (cell: CellLayout) => CellLayout): void {
  const key = cellKey(row, col);
  const next = change({ ...cells[key], ...(cells[key]?.borders ? { borders: { ...cells[key].borders } } : {}) });
  if (next.borders && Object.keys(next.borders).length === 0) delete next.borders;
  if (Object.keys(next).length === 0) delete cells[key];
  else cells[key] = next;
}

/** `{ A1: layout }` with each cell's 0-based position, for readers that walk the stored cells. */
export function storedCellLayouts(sheet: SheetModel): Array<{ row: number; col: number; layout: CellLayout }> {
  return Object.entries(sheet.layout?.cells ?? {}).map(([key, layout]) => ({ ...parseCellKey(key), layout }));
}

/** The column's width in points. */
export function columnWidthOf(sheet: SheetModel, col: number): number {
  return sheet.layout?.columnWidths?.[String(col)] ?? STANDARD_COLUMN_WIDTH;
}

/** The row's height in points. */
export function rowHeightOf(sheet: SheetModel, row: number): number {
  return sheet.layout?.rowHeights?.[String(row)] ?? STANDARD_ROW_HEIGHT;
}

/** Whether two rectangles share a cell. */
export function rectsOverlap(a: CellRect, b: CellRect): boolean {
  return a.row < b.row + b.rowCount && b.row < a.row + a.rowCount && a.col < b.col + b.colCount && b.col < a.col + a.colCount;
}

/** Whether `inner` lies wholly inside `outer`. */
export function rectContains(outer: CellRect, inner: CellRect): boolean {
  return inner.row >= outer.row && inner.col >= outer.col
    && inner.row + inner.rowCount <= outer.row + outer.rowCount && inner.col + inner.colCount <= outer.col + outer.colCount;
}
