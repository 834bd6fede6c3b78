import { visibleLength } from '../../core/output/text-measure';
import { cellAddress } from '../../core/table/address';
import { parseCellKey } from '../../devhost/address';
import type { CellModel, SheetModel, WorkbookModel } from '../../devhost/model';
import type { CellStyles } from './cell-styles';
import { constantContent } from './cell-values';
import { escapeAttribute, escapeExcelText } from './xml';

/**
 * A sheet the add-in created (its Issues sheet, its very hidden state sheet)
 * written as a new worksheet part from the workbook model: each cell's
 * constant (text as inline strings: `=…` stays text), number format, fill and
 * font as cell formats added to the workbook's styles, links to places in the
 * workbook, frozen panes. Columns are as wide as their longest text (8 to 60
 * characters), as the add-in's autofit leaves them in Excel. Notes are set
 * afterwards, like any other sheet's (cell-notes.ts).
 */

/** `#RRGGBB` as the styles part writes a colour. */
function argb(hex: string): string {
  return `FF${hex.slice(1).toUpperCase()}`;
}

/** A solid fill of `hex`, as Excel writes one (and as the marks' fills are written). */
export function solidFill(hex: string): string {
  return `<fill><patternFill patternType="solid"><fgColor rgb="${argb(hex)}"/><bgColor indexed="64"/></patternFill></fill>`;
}

/** The model's font (what differs from the default) spelled out in full. */
function fontEntry(font: NonNullable<CellModel['font']>, defaults: WorkbookModel['defaultFont']): string {
  return `<font>${font.bold ? '<b/>' : ''}${font.italic ? '<i/>' : ''}<sz val="${font.size ?? defaults.size}"/>`
    + `<color rgb="${argb(font.color ?? defaults.color)}"/><name val="${escapeAttribute(font.name ?? defaults.name)}"/><family val="2"/></font>`;
}

/** The cell format of one model cell; 0 (the default) for a cell with none. */
function cellFormat(cell: CellModel, styles: CellStyles, numberFormatId: (code: string) => number, defaults: WorkbookModel['defaultFont']): number {
  const numFmtId = cell.numberFormat && cell.numberFormat !== 'General' ? numberFormatId(cell.numberFormat) : 0;
  const fillId = cell.fill ? styles.fill(solidFill(cell.fill)) : 0;
  const fontId = cell.font && Object.keys(cell.font).length > 0 ? styles.font(fontEntry(cell.font, defaults)) : 0;
  if (numFmtId === 0 && fillId === 0 && fontId === 0) return 0;
  const applied = [numFmtId ? ' applyNumberFormat="1"' : '', fontId ? ' applyFont="1"' : '', fillId ? ' applyFill="1"' : ''].join('');
  return styles.format(`<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="0" xfId="0"${applied}/>`);
}

function paneOf(sheet: SheetModel): string {
  const { frozenRows: rows, frozenColumns: columns } = sheet;
  if (rows === 0 && columns === 0) return '';
  const pane = rows > 0 && columns > 0 ? 'bottomRight' : rows > 0 ? 'bottomLeft' : 'topRight';
  const topLeft = cellAddress(rows, columns);
  return `<pane${columns > 0 ? ` xSplit="${columns}"` : ''}${rows > 0 ? ` ySplit="${rows}"` : ''} topLeftCell="${topLeft}" activePane="${pane}" state="frozen"/>`
    + `<selection pane="${pane}" activeCell="${topLeft}" sqref="${topLeft}"/>`;
}

/**
 * The worksheet part of `sheet`, its cell formats added to `styles`;
 * `numberFormatId` gives the id of each number format it uses (number-formats.ts).
 * `namespace` is the workbook's SpreadsheetML namespace; `selected` marks the
 * sheet as the one shown when the file opens.
 */
export function modelSheetPart(options: {
  sheet: SheetModel;
  styles: CellStyles;
  numberFormatId: (code: string) => number;
  defaultFont: WorkbookModel['defaultFont'];
  namespace: string;
  selected: boolean;
}): string {
  const { sheet, styles, numberFormatId, defaultFont, namespace, selected } = options;
  const rows = new Map<number, { col: number; xml: string }[]>();
  const widths = new Map<number, number>();
  const links: string[] = [];
  let bottom = 0;
  let right = 0;
  for (const [ref, cell] of Object.entries(sheet.cells)) {
    const { row, col } = parseCellKey(ref);
    bottom = Math.max(bottom, row);
    right = Math.max(right, col);
    const style = cellFormat(cell, styles, numberFormatId, defaultFont);
    const { type, content } = constantContent(cell.value ?? null);
    const attributes = `r="${cellAddress(row, col)}"${style ? ` s="${style}"` : ''}${type ? ` t="${type}"` : ''}`;
    rows.set(row, [...(rows.get(row) ?? []), { col, xml: content ? `<c ${attributes}>${content}</c>` : `<c ${attributes}/>` }]);
    if (cell.value !== undefined && cell.value !== null) widths.set(col, Math.max(widths.get(col) ?? 0, visibleLength(String(cell.value))));
    const link = cell.hyperlink;
    if (link?.documentReference) {
      const display = link.textToDisplay === undefined ? '' : ` display="${escapeAttribute(escapeExcelText(link.textToDisplay))}"`;
      const tip = link.screenTip === undefined ? '' : ` tooltip="${escapeAttribute(escapeExcelText(link.screenTip))}"`;
      links.push(`<hyperlink ref="${cellAddress(row, col)}" location="${escapeAttribute(escapeExcelText(link.documentReference))}"${display}${tip}/>`);
    }
  }
  const sheetData = [...rows.keys()].sort((a, b) => a - b).map((row) => {
    const cells = rows.get(row)!.sort((a, b) => a.col - b.col).map((cell) => cell.xml).join('');
    return `<row r="${row + 1}">${cells}</row>`;
  }).join('');
  const cols = [...widths.keys()].sort((a, b) => a - b)
    .map((col) => `<col min="${col + 1}" max="${col + 1}" width="${Math.min(60, Math.max(8, widths.get(col)! + 2))}" customWidth="1"/>`).join('');
  const dimension = Object.keys(sheet.cells).length === 0 ? 'A1' : `A1:${cellAddress(bottom, right)}`;
  return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
    + `<worksheet xmlns="${escapeAttribute(namespace)}">`
    + `<dimension ref="${dimension}"/>`
    + `<sheetViews><sheetView${selected ? ' tabSelected="1"' : ''} workbookViewId="0">${paneOf(sheet)}</sheetView></sheetViews>`
    + '<sheetFormatPr defaultRowHeight="15"/>'
    + (cols ? `<cols>${cols}</cols>` : '')
    + `<sheetData>${sheetData}</sheetData>`
    + (links.length > 0 ? `<hyperlinks>${links.join('')}</hyperlinks>` : '')
    + '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>'
    + '</worksheet>';
}
