import { isDateFormat } from '../../core/parse/number-format';
import { CellBorders } from '../package/cell-borders';
import { CellStyles } from '../package/cell-styles';
import { NumberFormats } from '../package/number-formats';
import { attribute, decodeXml, findElement, findElements, removeAttribute, rootElement, setAttribute, unqualify } from '../package/xml';

/**
 * The cell formats a filled template uses, in the workbook it is filled into. A template of the
 * same workbook keeps its formats' indexes. A template from a workbook of its own brings the
 * formats its cells, rows and columns use: each one's number format (by its code), font, fill and
 * border appended to the target's styles (an identical entry reused), the format itself added as
 * a cell format of the Normal style. A date written into a cell whose format shows no date gets
 * the same format with the Thai long date (`19 ตุลาคม 2562`).
 */

/** The standard form's date format: day, Thai month name, Buddhist-era year. */
export const THAI_LONG_DATE_FORMAT = '[$-107041E]d mmmm yyyy';

/** Built-in number formats that show dates or times (ECMA-376 Part 1, §18.8.30, and the Thai and East Asian ones). */
const BUILT_IN_DATE_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81]);
const FIRST_CUSTOM_FORMAT = 164;

interface StylesList {
  prefix: string;
  numberFormats: Map<number, string>;
  fonts: string[];
  fills: string[];
  borders: string[];
  cellFormats: string[];
}

function list(xml: string, prefix: string, name: string, item: string): string[] {
  const element = findElement(xml, `${prefix}${name}`);
  return element ? findElements(xml, `${prefix}${item}`, element.contentStart, element.contentEnd).map((entry) => unqualify(xml.slice(entry.start, entry.end), prefix)) : [];
}

function readStyles(xml: string): StylesList {
  const { prefix } = rootElement(xml);
  const numberFormats = new Map<number, string>();
  const formats = findElement(xml, `${prefix}numFmts`);
  for (const { tag } of formats ? findElements(xml, `${prefix}numFmt`, formats.contentStart, formats.contentEnd) : []) {
    numberFormats.set(Number(attribute(tag, 'numFmtId')), decodeXml(attribute(tag, 'formatCode') ?? ''));
  }
  return {
    prefix, numberFormats,
    fonts: list(xml, prefix, 'fonts', 'font'),
    fills: list(xml, prefix, 'fills', 'fill'),
    borders: list(xml, prefix, 'borders', 'border'),
    cellFormats: list(xml, prefix, 'cellXfs', 'xf'),
  };
}

const startTag = (entry: string) => /^<[^>]*>/.exec(entry)![0];
const withTag = (entry: string, tag: string) => tag + entry.slice(startTag(entry).length);

export class TemplateStyles {
  private readonly formats = new Map<number, number>();
  private readonly dateFormats = new Map<number, number>();
  private readonly xml: string;

  /**
   * `used`: the format indexes of the template's cells, rows and columns; `dated`: those of cells
   * a date is written into. `foreignStylesXml`: the template workbook's styles, when it is not the target.
   */
  constructor(targetStylesXml: string, foreignStylesXml: string | undefined, used: ReadonlySet<number>, dated: ReadonlySet<number>) {
    const target = readStyles(targetStylesXml);
    const source = foreignStylesXml === undefined ? target : readStyles(foreignStylesXml);
    const numberFormats = new NumberFormats(targetStylesXml);
    // Each source format's entry with its number format id for the target; fonts, fills and borders after.
    const entries = new Map<number, { entry: string; dateId?: number }>();
    const codeOf = (id: number) => source.numberFormats.get(id);
    const showsDate = (id: number) => BUILT_IN_DATE_IDS.has(id) || (codeOf(id) !== undefined && isDateFormat(codeOf(id)!));
    const needed = new Set([...used, ...dated]);
    for (const index of needed) {
      const entry = source.cellFormats[index] ?? source.cellFormats[0] ?? '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>';
      const numFmtId = Number(attribute(startTag(entry), 'numFmtId') ?? 0);
      const targetId = foreignStylesXml !== undefined && numFmtId >= FIRST_CUSTOM_FORMAT && codeOf(numFmtId) !== undefined ? numberFormats.id(codeOf(numFmtId)!) : numFmtId;
      const dateId = dated.has(index) && !showsDate(numFmtId) ? numberFormats.id(THAI_LONG_DATE_FORMAT) : undefined;
      entries.set(index, { entry: withTag(entry, setAttribute(startTag(entry), 'numFmtId', String(targetId))), ...(dateId === undefined ? {} : { dateId }) });
    }
    // Borders next, then fonts, fills and formats: each list edits the part the one before wrote.
    const borders = new CellBorders(numberFormats.toXml());
    const borderIds = new Map<number, number>();
    if (foreignStylesXml !== undefined && source.borders.length > 0) {
      for (const [index, { entry }] of entries) borderIds.set(index, borders.border(source.borders[Number(attribute(startTag(entry), 'borderId') ?? 0)] ?? source.borders[0]));
    }
    const styles = new CellStyles(borders.toXml());
    for (const [index, { entry, dateId }] of entries) {
      let tag = startTag(entry);
      if (foreignStylesXml !== undefined) {
        const pick = (items: string[], name: string) => items[Number(attribute(tag, name) ?? 0)] ?? items[0];
        const font = styles.font(pick(source.fonts, 'fontId') ?? '<font><sz val="11"/><name val="Calibri"/></font>');
        const fill = source.fills.length > 0 ? styles.fill(pick(source.fills, 'fillId')) : 0;
        tag = setAttribute(setAttribute(setAttribute(setAttribute(tag, 'fontId', String(font)), 'fillId', String(fill)), 'borderId', String(borderIds.get(index) ?? 0)), 'xfId', '0');
        this.formats.set(index, styles.format(withTag(entry, tag)));
      }
      if (dateId !== undefined) {
        const dateTag = setAttribute(setAttribute(tag, 'numFmtId', String(dateId)), 'applyNumberFormat', '1');
        this.dateFormats.set(index, styles.format(withTag(entry, removeAttribute(dateTag, 'quotePrefix'))));
      }
    }
    this.xml = styles.toXml();
  }

  /** The target's index for the template's format `index` (absent: the default format). */
  cellFormat(index: number | undefined): number | undefined {
    return index === undefined ? undefined : this.formats.get(index) ?? index;
  }

  /** The format for a date written into a cell of format `index`: the cell's own when it shows dates. */
  dateFormat(index: number | undefined): number | undefined {
    const key = index ?? 0;
    return this.dateFormats.get(key) ?? this.cellFormat(index);
  }

  /** The target's styles part with everything added. */
  toXml(): string {
    return this.xml;
  }
}
