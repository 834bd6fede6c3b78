import { sheetReference } from '../../core/output/sheet-name';
import { cellAddress, columnLetter } from '../../core/table/address';
import type { CellRange, CellStyle, SheetCell, SheetDescription } from '../../core/template/sheet-description';
import { CellBorders } from './cell-borders';
import { CellStyles } from './cell-styles';
import { NumberFormats } from './number-formats';
import { attribute, escapeAttribute, escapeExcelText, escapeXml, findElement, findElements, rootElement } from './xml';

/**
 * A sheet description (src/core/template) as a worksheet part: inline-string
 * text (never a formula, whatever it starts with), numbers and date serials,
 * merged areas (every cell of an area carrying the area's format, since a
 * border is drawn per cell), column widths, row heights, page setup, and the
 * print area and print titles as the workbook's defined names for the sheet.
 */

/** Formats every workbook knows by number (ECMA-376 Part 1, §18.8.30): used as such, never added again. */
const BUILT_IN_FORMATS: Record<string, number> = { General: 0, '0': 1, '0.00': 2, '#,##0': 3, '#,##0.00': 4, '@': 49 };
/** Thai script: a host without the font looks for a substitute that has it. */
const THAI_CHARSET = 222;
const CM_PER_INCH = 2.54;

/** A cell style and the sheet font it is drawn in: one cell format of the workbook. */
function styleKey(font: SheetDescription['font'], style: CellStyle): string {
  return JSON.stringify([font.name, font.size, style.bold ?? false, style.fontSize ?? null, style.numberFormat ?? 'General',
    style.horizontal ?? null, style.vertical ?? null, style.wrap ?? false, style.shrinkToFit ?? false, style.indent ?? 0,
    style.border?.left ?? null, style.border?.right ?? null, style.border?.top ?? null, style.border?.bottom ?? null, style.fill ?? null]);
}

function fontXml(name: string, size: number, bold: boolean): string {
  return `<font>${bold ? '<b/>' : ''}<sz val="${size}"/><name val="${escapeAttribute(name)}"/><family val="2"/><charset val="${THAI_CHARSET}"/></font>`;
}

function borderXml(border: CellStyle['border']): string {
  const edge = (name: 'left' | 'right' | 'top' | 'bottom') => {
    const line = border?.[name];
    return line ? `<${name} style="${line}"><color indexed="64"/></${name}>` : `<${name}/>`;
  };
  return `<border>${edge('left')}${edge('right')}${edge('top')}${edge('bottom')}<diagonal/></border>`;
}

function alignmentXml(style: CellStyle): string {
  const attributes = [
    style.horizontal && `horizontal="${style.horizontal}"`,
    style.vertical && `vertical="${style.vertical}"`,
    style.wrap && 'wrapText="1"',
    style.indent && `indent="${style.indent}"`,
    style.shrinkToFit && !style.wrap && 'shrinkToFit="1"',
  ].filter(Boolean);
  return attributes.length === 0 ? '' : `<alignment ${attributes.join(' ')}/>`;
}

/**
 * The pixels of the widest digit in the workbook's Normal font, the unit column widths are
 * counted in: Calibri 11, Arial 10 and Tahoma 10 all give 7; other fonts are taken as half their
 * size in pixels, which those three fit too.
 */
export function normalDigitWidth(stylesXml: string): number {
  const { prefix } = rootElement(stylesXml);
  const styleFormats = findElement(stylesXml, `${prefix}cellStyleXfs`);
  const first = styleFormats && findElement(stylesXml, `${prefix}xf`, styleFormats.contentStart, styleFormats.contentEnd);
  const fontId = Number((first && attribute(first.tag, 'fontId')) ?? 0);
  const fonts = findElement(stylesXml, `${prefix}fonts`);
  const font = fonts ? findElements(stylesXml, `${prefix}font`, fonts.contentStart, fonts.contentEnd)[fontId] : undefined;
  const size = font ? Number(/<(?:[\w.-]+:)?sz\b[^>]*\sval\s*=\s*"([\d.]+)"/.exec(stylesXml.slice(font.start, font.end))?.[1]) : NaN;
  return Number.isFinite(size) && size > 0 ? Math.max(5, Math.round((size * 96) / 72 / 2)) : 7;
}

/**
 * The workbook's cell formats for the described sheets: each distinct style once, its number
 * format, font, fill and border added to the styles part only when the part lacks them.
 */
export class DescribedStyles {
  private readonly formats = new Map<string, number>();
  private readonly xml: string;
  readonly digitWidth: number;

  /** Adds to `stylesXml` every style the descriptions use. */
  constructor(stylesXml: string, descriptions: readonly SheetDescription[]) {
    this.digitWidth = normalDigitWidth(stylesXml);
    const used = new Map<string, { font: SheetDescription['font']; style: CellStyle }>();
    for (const description of descriptions) {
      for (const cell of description.cells) used.set(styleKey(description.font, cell.style), { font: description.font, style: cell.style });
    }
    // Number formats, then borders, then fonts, fills and cell formats: each list edits the part the one before wrote.
    const numberFormats = new NumberFormats(stylesXml);
    const numberFormatIds = new Map<string, number>();
    for (const { style } of used.values()) {
      const code = style.numberFormat ?? 'General';
      if (!numberFormatIds.has(code)) numberFormatIds.set(code, BUILT_IN_FORMATS[code] ?? numberFormats.id(code));
    }
    const borders = new CellBorders(numberFormats.toXml());
    const borderIds = new Map<string, number>();
    for (const { style } of used.values()) {
      const entry = borderXml(style.border);
      if (!borderIds.has(entry)) borderIds.set(entry, style.border ? borders.border(entry) : 0);
    }
    const styles = new CellStyles(borders.toXml());
    for (const [key, { font, style }] of used) {
      const fontId = styles.font(fontXml(font.name, style.fontSize ?? font.size, style.bold ?? false));
      const fillId = style.fill ? styles.fill(`<fill><patternFill patternType="solid"><fgColor rgb="FF${style.fill}"/><bgColor indexed="64"/></patternFill></fill>`) : 0;
      const numFmtId = numberFormatIds.get(style.numberFormat ?? 'General')!;
      const borderId = borderIds.get(borderXml(style.border))!;
      const alignment = alignmentXml(style);
      const applied = [' applyFont="1"', numFmtId ? ' applyNumberFormat="1"' : '', fillId ? ' applyFill="1"' : '', borderId ? ' applyBorder="1"' : '', alignment ? ' applyAlignment="1"' : ''].join('');
      const entry = `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"${applied}${alignment ? `>${alignment}</xf>` : '/>'}`;
      this.formats.set(key, styles.format(entry));
    }
    this.xml = styles.toXml();
  }

  /** The index of the cell format for `style` in the sheet font `font`. */
  formatOf(font: SheetDescription['font'], style: CellStyle): number {
    return this.formats.get(styleKey(font, style))!;
  }

  /** The styles part with everything added. */
  toXml(): string {
    return this.xml;
  }
}

function rangeReference(range: CellRange): string {
  return `${cellAddress(range.firstRow, range.firstColumn)}:${cellAddress(range.lastRow, range.lastColumn)}`;
}

function cellXml(ref: string, style: number, cell: SheetCell | undefined): string {
  const value = cell?.content;
  if (!value) return `<c r="${ref}" s="${style}"/>`;
  switch (value.kind) {
    case 'text': return `<c r="${ref}" s="${style}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(escapeExcelText(value.text))}</t></is></c>`;
    case 'number': return Number.isFinite(value.number) ? `<c r="${ref}" s="${style}"><v>${value.number}</v></c>` : `<c r="${ref}" s="${style}"/>`;
    case 'date': return `<c r="${ref}" s="${style}"><v>${value.serial}</v></c>`;
  }
}

const inches = (centimetres: number) => Math.round((centimetres / CM_PER_INCH) * 1000) / 1000;

/** Text for a header code: `&` doubled, so nothing in it is read as a code. */
function headerText(text: string): string {
  return text.replace(/&/g, '&&');
}

/**
 * The worksheet part of `description` (SpreadsheetML namespace `namespace`), its cells in the
 * formats `styles` added.
 */
export function describedSheetXml(description: SheetDescription, styles: DescribedStyles, namespace: string): string {
  const { font, page } = description;
  const anchors = new Map<string, SheetCell>();
  for (const cell of description.cells) anchors.set(`${cell.row}:${cell.column}`, cell);
  // Every cell of a merged area gets the area's format: borders are drawn cell by cell.
  const cells = new Map<number, Map<number, { style: number; cell?: SheetCell }>>();
  const place = (row: number, column: number, style: number, cell?: SheetCell) => {
    let columns = cells.get(row);
    if (!columns) cells.set(row, (columns = new Map()));
    columns.set(column, { style, cell });
  };
  for (const cell of description.cells) place(cell.row, cell.column, styles.formatOf(font, cell.style), cell);
  for (const merge of description.merges) {
    const anchor = anchors.get(`${merge.firstRow}:${merge.firstColumn}`);
    if (!anchor) continue;
    const style = styles.formatOf(font, anchor.style);
    for (let row = merge.firstRow; row <= merge.lastRow; row++) {
      for (let column = merge.firstColumn; column <= merge.lastColumn; column++) {
        if (row !== merge.firstRow || column !== merge.firstColumn) place(row, column, style);
      }
    }
  }

  const rowNumbers = [...new Set([...cells.keys(), ...description.rowHeights.keys()])].sort((a, b) => a - b);
  const rows = rowNumbers.map((row) => {
    const height = description.rowHeights.get(row);
    const heightAttributes = height ? ` ht="${height.points}" customHeight="1"` : '';
    const rowCells = [...(cells.get(row) ?? new Map<number, { style: number; cell?: SheetCell }>())].sort(([a], [b]) => a - b)
      .map(([column, { style, cell }]) => cellXml(cellAddress(row, column), style, cell)).join('');
    return `<row r="${row + 1}"${heightAttributes}>${rowCells}</row>`;
  }).join('');

  const lastRow = Math.max(0, ...rowNumbers);
  const lastColumn = Math.max(0, description.columnWidths.length - 1, ...description.cells.map((cell) => cell.column));
  const columns = description.columnWidths.map((points, c) => {
    const width = Math.round(((points * 96) / 72 / styles.digitWidth) * 100) / 100;
    return `<col min="${c + 1}" max="${c + 1}" width="${width}" customWidth="1"/>`;
  }).join('');
  const merges = description.merges.map((merge) => `<mergeCell ref="${rangeReference(merge)}"/>`).join('');
  const margins = page.margins;
  const breaks = page.rowBreaks ?? [];
  const header = page.headerFromSecondPage === undefined ? ''
    : `<headerFooter differentFirst="1"><oddHeader>${escapeXml(`&C&"${headerText(font.name)},Regular"&${font.size}${page.headerFromSecondPage}`)}</oddHeader></headerFooter>`;

  return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
    + `<worksheet xmlns="${escapeAttribute(namespace)}">`
    + '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>'
    + `<dimension ref="A1:${columnLetter(lastColumn)}${lastRow + 1}"/>`
    + `<sheetViews><sheetView${description.showGridLines ? '' : ' showGridLines="0"'} workbookViewId="0"><selection activeCell="A1" sqref="A1"/></sheetView></sheetViews>`
    + `<sheetFormatPr defaultRowHeight="${description.defaultRowHeight}" customHeight="1"/>`
    + (columns ? `<cols>${columns}</cols>` : '')
    + `<sheetData>${rows}</sheetData>`
    + (merges ? `<mergeCells count="${description.merges.length}">${merges}</mergeCells>` : '')
    + (page.horizontallyCentered ? '<printOptions horizontalCentered="1"/>' : '')
    + `<pageMargins left="${inches(margins.left)}" right="${inches(margins.right)}" top="${inches(margins.top)}" bottom="${inches(margins.bottom)}" header="${inches(margins.header)}" footer="${inches(margins.footer)}"/>`
    // Each form's pages are numbered from 1, also when a whole workbook of forms is printed at once.
    + `<pageSetup paperSize="9" firstPageNumber="1" orientation="${page.orientation}" fitToWidth="${page.fitToPagesWide}" fitToHeight="0" useFirstPageNumber="1"/>`
    + header
    + (breaks.length > 0 ? `<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">${breaks.map((row) => `<brk id="${row}" max="16383" man="1"/>`).join('')}</rowBreaks>` : '')
    + '</worksheet>';
}

/** The print area and print titles of the sheet named `name`, as its local defined names. */
export function printNames(name: string, description: SheetDescription): { name: string; value: string }[] {
  const reference = sheetReference(name);
  const area = description.page.printArea;
  const names = [{
    name: '_xlnm.Print_Area',
    value: `${reference}!$${columnLetter(area.firstColumn)}$${area.firstRow + 1}:$${columnLetter(area.lastColumn)}$${area.lastRow + 1}`,
  }];
  const repeat = description.page.repeatRows;
  if (repeat) names.push({ name: '_xlnm.Print_Titles', value: `${reference}!$${repeat.first + 1}:$${repeat.last + 1}` });
  return names;
}
