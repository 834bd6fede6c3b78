import { attribute, findElement, findElements, insertChild, qualify, rootElement, setAttribute, unqualify } from './xml';

/**
 * The borders of xl/styles.xml (`<borders>`), edited by appending: a border
 * the part already has word for word keeps its index, a new one goes last,
 * and no existing index moves (as CellStyles does for fonts, fills and formats).
 */

/** The stylesheet's children after `<borders>` (CT_Stylesheet order). */
const AFTER_BORDERS = ['cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'];
/** What a list created from nothing starts with: the no-border entry every cell format may point at. */
const NO_BORDER = '<border><left/><right/><top/><bottom/><diagonal/></border>';

export class CellBorders {
  private readonly prefix: string;
  private readonly entries: string[] = [];
  private readonly indexes = new Map<string, number>();
  private readonly existing: number;

  constructor(private readonly xml: string) {
    this.prefix = rootElement(xml).prefix;
    const list = findElement(xml, `${this.prefix}borders`);
    const found = list ? findElements(xml, `${this.prefix}border`, list.contentStart, list.contentEnd) : [];
    for (const element of found) this.push(unqualify(xml.slice(element.start, element.end), this.prefix));
    this.existing = this.entries.length;
  }

  private push(entry: string): number {
    this.entries.push(entry);
    if (!this.indexes.has(entry)) this.indexes.set(entry, this.entries.length - 1);
    return this.entries.length - 1;
  }

  /** The index of `entry` (a `<border>` element without prefix); an identical existing one is reused. */
  border(entry: string): number {
    if (this.entries.length === 0) this.push(NO_BORDER);
    return this.indexes.get(entry) ?? this.push(entry);
  }

  /** The styles part with the borders added; the same text when none was. */
  toXml(): string {
    if (this.entries.length === this.existing) return this.xml;
    const added = this.entries.slice(this.existing).map((entry) => qualify(entry, this.prefix)).join('');
    const count = String(this.entries.length);
    const list = findElement(this.xml, `${this.prefix}borders`);
    if (!list) {
      const root = findElement(this.xml, `${this.prefix}styleSheet`)!;
      return insertChild(this.xml, root, `${this.prefix}styleSheet`, `<${this.prefix}borders count="${count}">${added}</${this.prefix}borders>`, AFTER_BORDERS.map((name) => this.prefix + name));
    }
    const tag = attribute(list.tag, 'count') === undefined ? list.tag : setAttribute(list.tag, 'count', count);
    const shift = tag.length - list.tag.length;
    const opened = { ...list, tag, end: list.end + shift, contentStart: list.contentStart + shift, contentEnd: list.contentEnd + shift };
    const retagged = this.xml.slice(0, list.start) + tag + this.xml.slice(list.start + list.tag.length);
    return insertChild(retagged, opened, `${this.prefix}borders`, added, []);
  }
}
