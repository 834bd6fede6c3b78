import { attribute, decodeXml, escapeAttribute, findElement, findElements, insertChild, rootElement, setAttribute } from './xml';

/**
 * The number formats of xl/styles.xml (`<numFmts>`), found by their code and
 * added by appending, so a format the file already has keeps its id and a new
 * one gets the next free custom id (164 and up, ECMA-376 Part 1, §18.8.31).
 */

/** Formats every locale knows by the same id: General, and Text. */
const FIXED_IDS: Record<string, number> = { General: 0, '@': 49 };
const FIRST_CUSTOM_ID = 164;

/** The stylesheet's children after `<numFmts>` (CT_Stylesheet order). */
const AFTER_NUMBER_FORMATS = ['fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'];

export class NumberFormats {
  private readonly prefix: string;
  private readonly ids = new Map<string, number>();
  private readonly added: { id: number; code: string }[] = [];
  private nextId: number;

  constructor(private readonly xml: string) {
    this.prefix = rootElement(xml).prefix;
    const list = findElement(xml, `${this.prefix}numFmts`);
    const defined = list ? findElements(xml, `${this.prefix}numFmt`, list.contentStart, list.contentEnd) : [];
    let highest = FIRST_CUSTOM_ID - 1;
    for (const { tag } of defined) {
      const id = Number(attribute(tag, 'numFmtId'));
      const code = attribute(tag, 'formatCode');
      if (!Number.isInteger(id) || code === undefined) continue;
      highest = Math.max(highest, id);
      if (!this.ids.has(decodeXml(code))) this.ids.set(decodeXml(code), id);
    }
    this.nextId = highest + 1;
  }

  /** The id the file knows `code` by (a format it defines, or General / Text), if any. */
  known(code: string): number | undefined {
    return FIXED_IDS[code] ?? this.ids.get(code);
  }

  /** Records that the file shows `code` under `id` (a built-in format its cells use). */
  remember(code: string, id: number): void {
    if (this.known(code) === undefined) this.ids.set(code, id);
  }

  /** The id of `code`: a known one, else a new custom format. */
  id(code: string): number {
    const known = this.known(code);
    if (known !== undefined) return known;
    const id = this.nextId++;
    this.ids.set(code, id);
    this.added.push({ id, code });
    return id;
  }

  /** The styles part with the formats added; the same text when none was. */
  toXml(): string {
    if (this.added.length === 0) return this.xml;
    const elements = this.added.map(({ id, code }) => `<${this.prefix}numFmt numFmtId="${id}" formatCode="${escapeAttribute(code)}"/>`).join('');
    const list = findElement(this.xml, `${this.prefix}numFmts`);
    if (!list) {
      const root = findElement(this.xml, `${this.prefix}styleSheet`)!;
      const created = `<${this.prefix}numFmts count="${this.added.length}">${elements}</${this.prefix}numFmts>`;
      return insertChild(this.xml, root, `${this.prefix}styleSheet`, created, AFTER_NUMBER_FORMATS.map((name) => this.prefix + name));
    }
    const count = findElements(this.xml, `${this.prefix}numFmt`, list.contentStart, list.contentEnd).length + this.added.length;
    const tag = attribute(list.tag, 'count') === undefined ? list.tag : setAttribute(list.tag, 'count', String(count));
    const opened = { ...list, tag, end: list.end + tag.length - list.tag.length, contentStart: list.contentStart + tag.length - list.tag.length, contentEnd: list.contentEnd + tag.length - list.tag.length };
    const retagged = this.xml.slice(0, list.start) + tag + this.xml.slice(list.start + list.tag.length);
    return insertChild(retagged, opened, `${this.prefix}numFmts`, elements, []);
  }
}
