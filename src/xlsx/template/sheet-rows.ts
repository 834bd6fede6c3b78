import { parseAddress } from '../../core/table/address';
import { attribute, decodeXml, findElement, findElements, rootElement, unescapeExcelText, unqualify, type ElementSpan } from '../package/xml';

/**
 * The rows and cells of a worksheet part as written, for a template to be copied from: each cell's
 * start tag, formula, value and inline text kept as text, so a cell without placeholders is copied
 * as it was and only what must change is rewritten.
 */

export interface TemplateCell {
  /** 0-based. */
  row: number;
  column: number;
  /** The `<c …>` start tag as written. */
  tag: string;
  type?: string;
  style?: number;
  /** The `<f>` element, its start tag and (still escaped) text. */
  formula?: { tag: string; text: string };
  /** The `<v>` text, still escaped. */
  value?: string;
  /** The inner XML of `<is>`, unprefixed. */
  inline?: string;
  /** Everything inside the cell element, as written. */
  content: string;
}

export interface TemplateRow {
  /** 0-based. */
  row: number;
  /** The `<row …>` start tag as written. */
  tag: string;
  cells: TemplateCell[];
}

/** A shared string item: its inner XML (unprefixed, a rich text's runs kept) and its text. */
export interface SharedString {
  xml: string;
  text: string;
}

/** The text of a string item's `<t>` runs (phonetic guides left out). */
export function stringItemText(innerXml: string): string {
  const withoutPhonetics = innerXml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '');
  return findElements(withoutPhonetics, 't').map((t) => unescapeExcelText(decodeXml(withoutPhonetics.slice(t.contentStart, t.contentEnd)))).join('');
}

/** A shared strings part's items. */
export function sharedStrings(xml: string | undefined): SharedString[] {
  if (!xml) return [];
  const { prefix } = rootElement(xml);
  return findElements(xml, `${prefix}si`).map((item) => {
    const inner = unqualify(xml.slice(item.contentStart, item.contentEnd), prefix);
    return { xml: inner, text: stringItemText(inner) };
  });
}

/** The sheet's `<sheetData>` and its rows, in order. Rows and cells without an `r` take the place after the one before, as the format has it. */
export function sheetRows(xml: string): { sheetData: ElementSpan | undefined; rows: TemplateRow[] } {
  const { prefix } = rootElement(xml);
  const sheetData = findElement(xml, `${prefix}sheetData`);
  if (!sheetData || sheetData.selfClosing) return { sheetData, rows: [] };
  let previousRow = -1;
  const rows = findElements(xml, `${prefix}row`, sheetData.contentStart, sheetData.contentEnd).map((rowElement) => {
    const r = Number(attribute(rowElement.tag, 'r'));
    const row = Number.isInteger(r) && r > 0 ? r - 1 : previousRow + 1;
    previousRow = row;
    let previousColumn = -1;
    const cells = rowElement.selfClosing ? [] : findElements(xml, `${prefix}c`, rowElement.contentStart, rowElement.contentEnd).map((cell) => {
      const place = parseAddress(decodeXml(attribute(cell.tag, 'r') ?? ''));
      const column = place ? place.col : previousColumn + 1;
      previousColumn = column;
      return templateCell(xml, prefix, cell, row, column);
    });
    return { row, tag: rowElement.tag, cells };
  });
  return { sheetData, rows };
}

function templateCell(xml: string, prefix: string, cell: ElementSpan, row: number, column: number): TemplateCell {
  const style = attribute(cell.tag, 's');
  const type = attribute(cell.tag, 't');
  const found: TemplateCell = {
    row, column, tag: cell.tag, content: xml.slice(cell.contentStart, cell.contentEnd),
    ...(type === undefined ? {} : { type }),
    ...(style === undefined ? {} : { style: Number(style) }),
  };
  if (cell.selfClosing) return found;
  const formula = findElement(xml, `${prefix}f`, cell.contentStart, cell.contentEnd);
  if (formula) found.formula = { tag: formula.tag, text: xml.slice(formula.contentStart, formula.contentEnd) };
  const value = findElement(xml, `${prefix}v`, cell.contentStart, cell.contentEnd);
  if (value) found.value = xml.slice(value.contentStart, value.contentEnd);
  const inline = findElement(xml, `${prefix}is`, cell.contentStart, cell.contentEnd);
  if (inline) found.inline = unqualify(xml.slice(inline.contentStart, inline.contentEnd), prefix);
  return found;
}

/** The text a cell shows when it holds text (shared, inline, or a string without a formula); undefined for others. */
export function cellText(cell: TemplateCell, strings: readonly SharedString[]): string | undefined {
  if (cell.formula) return undefined;
  if (cell.type === 's' && cell.value !== undefined) return strings[Number(cell.value)]?.text;
  if (cell.type === 'inlineStr' && cell.inline !== undefined) return stringItemText(cell.inline);
  if (cell.type === 'str' && cell.value !== undefined) return unescapeExcelText(decodeXml(cell.value));
  return undefined;
}
