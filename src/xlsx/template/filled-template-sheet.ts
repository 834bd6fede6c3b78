import { isoToSerial } from '../../core/parse/calendar';
import { cellAddress } from '../../core/table/address';
import { expandFormula, offsetFormula, type SheetNames } from '../../core/template/formula-references';
import type { PlaceholderValue, TemplateValues as FillValues } from '../../core/template/placeholder-values';
import { filledText, valuesIn } from '../../core/template/template-cell-writes';
import { placeholderTokens, type PlaceholderName } from '../../core/template/placeholders';
import { movedMerges, movedRange, movedRangeList, parseRange, rangeText, targetRow, type RowExpansion } from '../../core/template/row-expansion';
import {
  attribute, decodeXml, escapeAttribute, escapeExcelText, escapeXml, findElement, findElements, qualify, removeAttribute, rootElement, setAttribute,
} from '../package/xml';
import { cellText, type TemplateCell, type TemplateRow } from './sheet-rows';
import type { TemplateSheet } from './template-source';
import type { TemplateStyles } from './template-styles';

/**
 * One project's copy of a template sheet, as a worksheet part: the template's XML with its
 * placeholders filled, the repeat row written once per report, and everything that names a row —
 * cells, row heights, formulas, merged areas, conditional formats, validations, links, page
 * breaks — moved with the rows (src/core/template/row-expansion.ts). Values from the data are
 * inline strings, numbers or date serials, never formulas. What hangs off the template sheet by
 * relationship (pictures, notes, tables, links to files) is not copied.
 */


export interface FilledSheetOptions {
  template: TemplateSheet;
  repeatRow: number | undefined;
  styles: TemplateStyles;
  /** The template comes from another workbook: its conditional formats point at formats the target has not. */
  foreign: boolean;
  /** The target workbook counts dates from 1904. */
  date1904: boolean;
}

/** Days between the 1900 and the 1904 date systems' day 0. */
const DATE_1904_OFFSET = 1_462;
/** Elements that point at parts related to the template sheet, which the copy has not. */
const RELATED_ELEMENTS = ['drawing', 'legacyDrawing', 'legacyDrawingHF', 'picture', 'oleObjects', 'controls', 'tableParts', 'webPublishItems', 'customProperties'];
const RELATIONSHIP_ID = /\s[\w.-]+:id\s*=\s*(?:"[^"]*"|'[^']*')/;

export function expansionOf(repeatRow: number | undefined, reportCount: number): RowExpansion | undefined {
  return repeatRow === undefined ? undefined : { row: repeatRow, count: reportCount };
}

class SheetFiller {
  private readonly prefix: string;
  private readonly expansion: RowExpansion | undefined;
  private readonly names: SheetNames;
  private readonly masters = new Map<string, { row: number; column: number; text: string }>();

  constructor(private readonly options: FilledSheetOptions, private readonly values: FillValues, newName: string) {
    this.prefix = rootElement(options.template.xml).prefix;
    this.expansion = expansionOf(options.repeatRow, values.reportCount);
    this.names = { own: options.template.name, renamed: newName };
    for (const row of options.template.rows) {
      for (const cell of row.cells) {
        const si = cell.formula && attribute(cell.formula.tag, 't') === 'shared' ? attribute(cell.formula.tag, 'si') : undefined;
        if (si !== undefined && cell.formula!.text.trim() !== '' && !this.masters.has(si)) {
          this.masters.set(si, { row: cell.row, column: cell.column, text: decodeXml(cell.formula!.text) });
        }
      }
    }
  }

  private valueOf(copy: number | undefined): (name: PlaceholderName) => PlaceholderValue {
    return valuesIn(this.values, copy);
  }

  private cellTag(cell: TemplateCell, row: number, style: number | undefined, type: string | undefined): string {
    let tag = setAttribute(cell.tag, 'r', cellAddress(row, cell.column));
    tag = style === undefined ? removeAttribute(tag, 's') : setAttribute(tag, 's', String(style));
    tag = type === undefined ? removeAttribute(tag, 't') : setAttribute(tag, 't', type);
    return tag.endsWith('/>') ? `${tag.slice(0, -2)}>` : tag;
  }

  private closed(tag: string, content: string): string {
    return content === '' ? `${tag.slice(0, -1)}/>` : `${tag}${content}</${this.prefix}c>`;
  }

  private inlineText(cell: TemplateCell, row: number, style: number | undefined, text: string): string {
    const content = qualify(`<is><t xml:space="preserve">${escapeXml(escapeExcelText(text))}</t></is>`, this.prefix);
    return this.closed(this.cellTag(cell, row, style, 'inlineStr'), content);
  }

  private valueCell(cell: TemplateCell, row: number, value: PlaceholderValue): string {
    const style = this.options.styles.cellFormat(cell.style);
    switch (value.kind) {
      case 'empty': return this.closed(this.cellTag(cell, row, style, undefined), '');
      case 'text': return this.inlineText(cell, row, style, value.text);
      case 'number': return this.closed(this.cellTag(cell, row, style, undefined), `<${this.prefix}v>${value.number}</${this.prefix}v>`);
      case 'date': {
        const serial = isoToSerial(value.iso) - (this.options.date1904 ? DATE_1904_OFFSET : 0);
        return this.closed(this.cellTag(cell, row, this.options.styles.dateFormat(cell.style), undefined), `<${this.prefix}v>${serial}</${this.prefix}v>`);
      }
    }
  }

  private formulaCell(cell: TemplateCell, row: number, copy: number | undefined): string {
    const formula = cell.formula!;
    const kind = attribute(formula.tag, 't');
    if (kind === 'dataTable') return this.closed(this.cellTag(cell, row, this.options.styles.cellFormat(cell.style), cell.type), cell.content);
    let text = decodeXml(formula.text);
    const si = attribute(formula.tag, 'si');
    const master = kind === 'shared' && si !== undefined ? this.masters.get(si) : undefined;
    if (master && text.trim() === '') text = offsetFormula(master.text, cell.row - master.row, cell.column - master.column);
    const moved = expandFormula(text, this.expansion, this.names, copy);
    let tag = removeAttribute(removeAttribute(formula.tag, 'si'), 'ref');
    if (kind === 'shared') tag = removeAttribute(tag, 't');
    const arrayRef = attribute(formula.tag, 'ref');
    if (kind === 'array' && arrayRef !== undefined) {
      const range = parseRange(decodeXml(arrayRef));
      const placed = range && (copy !== undefined
        ? { ...range, firstRow: range.firstRow + copy, lastRow: range.lastRow + copy }
        : movedRange(this.expansion, range));
      if (placed) tag = setAttribute(tag, 'ref', rangeText(placed));
    }
    if (tag.endsWith('/>')) tag = `${tag.slice(0, -2)}>`;
    // The cached value belonged to the template's rows: the workbook recalculates on opening.
    return this.closed(this.cellTag(cell, row, this.options.styles.cellFormat(cell.style), undefined), `${tag}${escapeXml(moved)}</${this.prefix}f>`);
  }

  private cell(cell: TemplateCell, row: number, copy: number | undefined): string {
    if (cell.formula) return this.formulaCell(cell, row, copy);
    const { strings } = this.options.template;
    const text = cellText(cell, strings);
    if (text !== undefined && placeholderTokens(text).length > 0) return this.valueCell(cell, row, filledText(text, this.valueOf(copy)));
    const style = this.options.styles.cellFormat(cell.style);
    // Shared strings become inline ones: the same text whichever workbook's string table the template's index was into.
    if (cell.type === 's') {
      const item = strings[Number(cell.value)];
      return item ? this.closed(this.cellTag(cell, row, style, 'inlineStr'), qualify(`<is>${item.xml}</is>`, this.prefix)) : this.closed(this.cellTag(cell, row, style, undefined), '');
    }
    return this.closed(this.cellTag(cell, row, style, cell.type), cell.content);
  }

  private row(row: TemplateRow, target: number, copy: number | undefined): string {
    let tag = setAttribute(row.tag, 'r', String(target + 1));
    const style = attribute(row.tag, 's');
    if (style !== undefined) tag = setAttribute(tag, 's', String(this.options.styles.cellFormat(Number(style))));
    const cells = row.cells.map((cell) => this.cell(cell, target, copy)).join('');
    if (cells === '') return tag.endsWith('/>') ? tag : `${tag.slice(0, -1)}/>`;
    return `${tag.endsWith('/>') ? `${tag.slice(0, -2)}>` : tag}${cells}</${this.prefix}row>`;
  }

  sheetData(): string {
    const out: string[] = [];
    for (const row of this.options.template.rows) {
      if (this.expansion && row.row === this.expansion.row) {
        for (let copy = 0; copy < this.expansion.count; copy++) out.push(this.row(row, row.row + copy, copy));
      } else {
        out.push(this.row(row, targetRow(this.expansion, row.row), undefined));
      }
    }
    return out.join('');
  }

  /** The parts of the sheet around its cells, moved with the rows. */
  around(xml: string): string {
    const p = this.prefix;
    const expansion = this.expansion;
    let out = xml;
    const each = (name: string, edit: (element: { start: number; end: number; tag: string; contentStart: number; contentEnd: number; selfClosing: boolean }, text: string) => string) => {
      const found = findElements(out, p + name);
      for (const element of [...found].reverse()) out = out.slice(0, element.start) + edit(element, out.slice(element.start, element.end)) + out.slice(element.end);
    };
    const retag = (element: { tag: string }, text: string, tag: string) => tag + text.slice(element.tag.length);
    for (const name of RELATED_ELEMENTS) each(name, () => '');
    each('sheetPr', (element, text) => retag(element, text, removeAttribute(element.tag, 'codeName')));
    each('sheetView', (element, text) => retag(element, text, removeAttribute(element.tag, 'tabSelected')));
    each('dimension', (element, text) => retag(element, text, setAttribute(element.tag, 'ref', escapeAttribute(movedRangeList(expansion, decodeXml(attribute(element.tag, 'ref') ?? 'A1')) || 'A1'))));
    each('mergeCells', (element, text) => {
      const merges = findElements(text, `${p}mergeCell`).flatMap(({ tag }) => {
        const range = parseRange(decodeXml(attribute(tag, 'ref') ?? ''));
        return range ? movedMerges(expansion, range).map((moved) => `<${p}mergeCell ref="${rangeText(moved)}"/>`) : [];
      });
      if (merges.length === 0) return '';
      const tag = attribute(element.tag, 'count') === undefined ? element.tag : setAttribute(element.tag, 'count', String(merges.length));
      return `${tag.endsWith('/>') ? `${tag.slice(0, -2)}>` : tag}${merges.join('')}</${p}mergeCells>`;
    });
    each('conditionalFormatting', (element, text) => {
      if (this.options.foreign && /\sdxfId\s*=/.test(text)) return '';
      const sqref = movedRangeList(expansion, decodeXml(attribute(element.tag, 'sqref') ?? ''));
      if (sqref === '') return '';
      return this.formulas(retag(element, text, setAttribute(element.tag, 'sqref', escapeAttribute(sqref))), 'formula');
    });
    each('dataValidation', (element, text) => {
      const sqref = movedRangeList(expansion, decodeXml(attribute(element.tag, 'sqref') ?? ''));
      return sqref === '' ? '' : retag(element, text, setAttribute(element.tag, 'sqref', escapeAttribute(sqref)));
    });
    each('hyperlink', (element, text) => {
      if (RELATIONSHIP_ID.test(element.tag)) return '';
      const ref = movedRangeList(expansion, decodeXml(attribute(element.tag, 'ref') ?? ''));
      return ref === '' ? '' : retag(element, text, setAttribute(element.tag, 'ref', escapeAttribute(ref)));
    });
    each('autoFilter', (element, text) => retag(element, text, setAttribute(element.tag, 'ref', escapeAttribute(movedRangeList(expansion, decodeXml(attribute(element.tag, 'ref') ?? '')) || 'A1'))));
    each('ignoredError', (element, text) => {
      const sqref = movedRangeList(expansion, decodeXml(attribute(element.tag, 'sqref') ?? ''));
      return sqref === '' ? '' : retag(element, text, setAttribute(element.tag, 'sqref', escapeAttribute(sqref)));
    });
    each('rowBreaks', (_element, text) => text.replace(/(<(?:[\w.-]+:)?brk\b[^>]*\sid\s*=\s*")(\d+)(")/g, (_, head: string, id: string, tail: string) => {
      // A break's id is the first row (0-based) of the page after it.
      const row = Number(id);
      const moved = !expansion || row <= expansion.row ? row : row + expansion.count - 1;
      return `${head}${moved}${tail}`;
    }));
    each('pageSetup', (element, text) => retag(element, text, element.tag.replace(RELATIONSHIP_ID, '')));
    out = out.replace(/(<xm:sqref>)([^<]*)(<\/xm:sqref>)/g, (_, open: string, list: string, close: string) => `${open}${movedRangeList(expansion, list)}${close}`);
    return out;
  }

  /** The formulas in `name` elements of a fragment, moved as cells' formulas outside the repeat row are. */
  private formulas(text: string, name: string): string {
    return text.replace(new RegExp(`(<${this.prefix}${name}>)([^<]*)(</${this.prefix}${name}>)`, 'g'), (_, open: string, formula: string, close: string) => `${open}${escapeXml(expandFormula(decodeXml(formula), this.expansion, this.names))}${close}`);
  }

  xml(): string {
    const { xml } = this.options.template;
    const sheetData = findElement(xml, `${this.prefix}sheetData`);
    if (!sheetData) return this.around(xml);
    const before = xml.slice(0, sheetData.start);
    const after = xml.slice(sheetData.end);
    const open = sheetData.selfClosing ? `<${this.prefix}sheetData>` : sheetData.tag;
    return this.around(before) + open + this.sheetData() + `</${this.prefix}sheetData>` + this.around(after);
  }

  printNames(): { name: string; value: string; hidden?: boolean }[] {
    return this.options.template.localNames
      .filter((entry) => entry.name.startsWith('_xlnm.'))
      .map((entry) => ({ name: entry.name, value: expandFormula(entry.value, this.expansion, this.names), ...(entry.hidden ? { hidden: true } : {}) }));
  }
}

/** The values placeholders take in copy `copy` of the repeat row (report fields of that report), or outside it. */
/** The worksheet part of one filled template, named `newName`. */
export function filledSheetXml(options: FilledSheetOptions, values: FillValues, newName: string): string {
  return new SheetFiller(options, values, newName).xml();
}

/** The filled sheet's print area and print titles (defined names local to it), moved with the rows. */
export function filledPrintNames(options: FilledSheetOptions, values: FillValues, newName: string): { name: string; value: string; hidden?: boolean }[] {
  return new SheetFiller(options, values, newName).printNames();
}

/** The text the filled sheet's A1 shows, '' when it shows none (empty, a number, a formula). */
export function filledFirstCell(options: FilledSheetOptions, values: FillValues): string {
  const row = options.template.rows.find((candidate) => candidate.row === 0);
  const cell = row?.cells.find((candidate) => candidate.column === 0);
  if (!cell || cell.formula) return '';
  const text = cellText(cell, options.template.strings);
  if (text === undefined) return '';
  if (placeholderTokens(text).length === 0) return text;
  const inRepeat = options.repeatRow === 0;
  if (inRepeat && values.reportCount === 0) return '';
  const value = filledText(text, valuesIn(values, inRepeat ? 0 : undefined));
  return value.kind === 'text' ? value.text : '';
}
