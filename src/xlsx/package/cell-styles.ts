import type { Severity } from '../../core/model';
import { SEVERITY_FILL } from '../../core/output/annotation-text';
import { attribute, findElement, findElements, insertChild, qualify, removeAttribute, rootElement, setAttribute, unqualify, type ElementSpan } from './xml';

/**
 * The cell formats of xl/styles.xml (fonts, fills, cellXfs), edited by
 * appending: an entry the part already has word for word is reused, so
 * marking the same cells twice adds nothing, and existing indexes never move.
 */

/** Excel's default font: Calibri 11 in the theme's text colour. */
const CALIBRI = '<font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>';

/** A styles part with one font (every cell's, by default Excel's own), no fills, no borders and the Normal style. */
export function defaultStyles(font = CALIBRI): string {
  return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
    + '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    + `<fonts count="1">${font}</fonts>`
    + '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
    + '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
    + '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    + '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>'
    + '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
    + '</styleSheet>';
}

type ListName = 'fonts' | 'fills' | 'cellXfs';

/** Each list's entry name, what a list created from nothing starts with, and the stylesheet's children after it (CT_Stylesheet order). */
const LISTS: Record<ListName, { item: string; seed: string[]; followers: string[] }> = {
  fonts: {
    item: 'font',
    seed: [CALIBRI],
    followers: ['fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'],
  },
  fills: {
    item: 'fill',
    seed: ['<fill><patternFill patternType="none"/></fill>', '<fill><patternFill patternType="gray125"/></fill>'],
    followers: ['borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'],
  },
  cellXfs: {
    item: 'xf',
    seed: ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'],
    followers: ['cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'],
  },
};

interface StyleList {
  /** Entries as the part has them, then the ones added (without the part's prefix). */
  entries: string[];
  /** The index of each entry's first occurrence. */
  indexes: Map<string, number>;
  existing: number;
}

/** The fill a severity marks a cell with, as Excel writes a solid fill. */
export function severityFill(severity: Severity): string {
  return `<fill><patternFill patternType="solid"><fgColor rgb="${SEVERITY_FILL[severity]}"/><bgColor indexed="64"/></patternFill></fill>`;
}

/** The severity whose mark `fill` is (a solid fill in one of the marks' colours), if it is one. */
export function severityOfFill(fill: string): Severity | undefined {
  if (!/\spatternType\s*=\s*["']solid["']/.test(fill)) return undefined;
  const color = /<(?:[\w.-]+:)?fgColor\b[^>]*\srgb\s*=\s*["']([0-9A-Fa-f]{8})["']/.exec(fill)?.[1]?.toUpperCase();
  return (Object.keys(SEVERITY_FILL) as Severity[]).find((severity) => SEVERITY_FILL[severity] === color);
}

/** What a cell format said about its fill before a mark replaced it: restored when the mark is taken off. */
export interface OriginalFill {
  /** The format's fillId and applyFill attributes as written (absent: undefined). */
  fillId?: string;
  applyFill?: string;
  /** The fill element itself (unprefixed), in case the file's fills were renumbered since. */
  fill: string;
}

export class CellStyles {
  private readonly prefix: string;
  private readonly lists = new Map<ListName, StyleList>();
  private readonly marked = new Map<string, number>();

  constructor(private readonly xml: string) {
    this.prefix = rootElement(xml).prefix;
    for (const name of Object.keys(LISTS) as ListName[]) {
      const list = this.element(name);
      const entries = list ? findElements(xml, this.prefix + LISTS[name].item, list.contentStart, list.contentEnd).map((item) => unqualify(xml.slice(item.start, item.end), this.prefix)) : [];
      this.lists.set(name, { entries: [], indexes: new Map(), existing: entries.length });
      entries.forEach((entry) => this.push(name, entry));
    }
    const formats = this.lists.get('cellXfs')!;
    if (formats.entries.length === 0) LISTS.cellXfs.seed.forEach((entry) => this.push('cellXfs', entry));
  }

  private element(name: ListName): ElementSpan | undefined {
    return findElement(this.xml, this.prefix + name);
  }

  private push(name: ListName, entry: string): number {
    const list = this.lists.get(name)!;
    list.entries.push(entry);
    if (!list.indexes.has(entry)) list.indexes.set(entry, list.entries.length - 1);
    return list.entries.length - 1;
  }

  private add(name: ListName, entry: string): number {
    const list = this.lists.get(name)!;
    if (list.entries.length === 0) LISTS[name].seed.forEach((seed) => this.push(name, seed));
    return list.indexes.get(entry) ?? this.push(name, entry);
  }

  font(entry: string): number {
    return this.add('fonts', entry);
  }

  fill(entry: string): number {
    return this.add('fills', entry);
  }

  /** A cell format's index; an identical existing one is reused. */
  format(entry: string): number {
    return this.add('cellXfs', entry);
  }

  /** The cell format at `index` (the default format for an index the part does not have). */
  formatAt(index: number): string {
    const formats = this.lists.get('cellXfs')!.entries;
    return formats[index] ?? formats[0];
  }

  private fillAt(index: number): string | undefined {
    return this.lists.get('fills')!.entries[index];
  }

  /** The fill a cell format shows (unprefixed), and the attributes that chose it. */
  originalFill(format: number): OriginalFill {
    const tag = /^<[^>]*>/.exec(this.formatAt(format))![0];
    const fillId = attribute(tag, 'fillId');
    const applyFill = attribute(tag, 'applyFill');
    return { fillId, applyFill, fill: this.fillAt(Number(fillId ?? 0)) ?? '' };
  }

  /** The severity of the mark cell format `format` shows, if it shows one. */
  markOf(format: number): Severity | undefined {
    return severityOfFill(this.originalFill(format).fill);
  }

  private withTag(format: number, edit: (tag: string) => string): string {
    const entry = this.formatAt(format);
    const tag = /^<[^>]*>/.exec(entry)![0];
    return edit(tag) + entry.slice(tag.length);
  }

  /** Format `base` with the severity's fill and nothing else changed: number format, font, border, alignment and protection stay. */
  markedFormat(base: number, severity: Severity): number {
    const key = `${base}:${severity}`;
    let index = this.marked.get(key);
    if (index === undefined) {
      const fillId = this.fill(severityFill(severity));
      index = this.format(this.withTag(base, (tag) => setAttribute(setAttribute(tag, 'fillId', String(fillId)), 'applyFill', '1')));
      this.marked.set(key, index);
    }
    return index;
  }

  /** Format `current` (a marked one) with the fill it had before it was marked. */
  restoredFormat(current: number, original: OriginalFill): number {
    const stillThere = this.fillAt(Number(original.fillId ?? 0)) === original.fill;
    const fillId = stillThere ? original.fillId : String(this.fill(original.fill));
    return this.format(this.withTag(current, (tag) => {
      let restored = fillId === undefined ? removeAttribute(tag, 'fillId') : setAttribute(tag, 'fillId', fillId);
      restored = original.applyFill === undefined ? removeAttribute(restored, 'applyFill') : setAttribute(restored, 'applyFill', original.applyFill);
      return restored;
    }));
  }

  /** The part's text with the entries added; the same text when nothing was added. */
  toXml(): string {
    let xml = this.xml;
    // Lists later in the part first, so earlier offsets stay valid.
    const names = (Object.keys(LISTS) as ListName[]).filter((name) => this.lists.get(name)!.entries.length > this.lists.get(name)!.existing);
    for (const name of names.reverse()) {
      const list = this.lists.get(name)!;
      const added = list.entries.slice(list.existing).map((entry) => qualify(entry, this.prefix)).join('');
      const element = findElement(xml, this.prefix + name);
      const count = String(list.entries.length);
      if (element) {
        const tag = attribute(element.tag, 'count') === undefined ? element.tag : setAttribute(element.tag, 'count', count);
        const opened = { ...element, tag, end: element.end - element.tag.length + tag.length, contentStart: element.contentStart - element.tag.length + tag.length, contentEnd: element.contentEnd - element.tag.length + tag.length };
        xml = xml.slice(0, element.start) + tag + xml.slice(element.start + element.tag.length);
        xml = insertChild(xml, opened, this.prefix + name, added, []);
      } else {
        const root = findElement(xml, `${this.prefix}styleSheet`)!;
        xml = insertChild(xml, root, `${this.prefix}styleSheet`, `<${this.prefix}${name} count="${count}">${added}</${this.prefix}${name}>`, LISTS[name].followers.map((follower) => this.prefix + follower));
      }
    }
    return xml;
  }
}
