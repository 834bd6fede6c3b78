import JSZip from 'jszip';
import { attribute, decodeXml, escapeAttribute, findElement, findElements, insertChild, rootElement } from './xml';
import { resolvePart as resolveTarget } from '../part-paths';

/**
 * An .xlsx package opened for a few changes: parts are read as text, the
 * ones changed are written back, and every other part keeps its bytes
 * (its compressed data is copied as it was). Part names compare
 * case-insensitively, as the package format has them.
 */

/** A relationship of one part: `type` is the type's last segment (`worksheet`, `comments`…). */
export interface Relationship {
  id: string;
  type: string;
  /** The part it points to, or the external target as written. */
  target: string;
  external: boolean;
}

const STRICT_RELATIONSHIPS = 'http://purl.oclc.org/ooxml/officeDocument/relationships/';
const TRANSITIONAL_RELATIONSHIPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';
const EMPTY_RELATIONSHIPS = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';

/** The part a relationship target names, from the part holding it: `resolvePart('xl/worksheets/sheet1.xml', '../drawings/vml1.vml')` → `xl/drawings/vml1.vml`. */
export function resolvePart(source: string, target: string): string {
  return resolveTarget(source.slice(0, source.lastIndexOf('/') + 1), target);
}

/** The target to write in `source`'s relationships for `part`: `relativeTarget('xl/worksheets/sheet1.xml', 'xl/comments1.xml')` → `../comments1.xml`. */
export function relativeTarget(source: string, part: string): string {
  const from = source.split('/').slice(0, -1);
  const to = part.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...Array<string>(from.length - common).fill('..'), ...to.slice(common)].join('/');
}

/** Where the relationships of `part` are kept: `xl/worksheets/_rels/sheet1.xml.rels`. */
export function relationshipsPart(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const encoder = new TextEncoder();

export class PackageEditor {
  private readonly texts = new Map<string, string>();
  private readonly names: Map<string, string>;
  /** The date new parts are stamped with: the workbook part's, so the same input gives the same copy. */
  private readonly date: Date;
  /** `http://…/relationships/`, transitional or strict as the package is. */
  readonly relationshipTypeBase: string;

  private constructor(private readonly zip: JSZip, relationshipTypeBase: string) {
    this.names = new Map(Object.keys(zip.files).filter((path) => !zip.files[path].dir).map((path) => [path.toLowerCase(), path]));
    this.date = zip.file('xl/workbook.xml')?.date ?? new Date(0);
    this.relationshipTypeBase = relationshipTypeBase;
  }

  /** Opens a package read by JSZip; whether it is transitional or strict OOXML is read from its root relationships. */
  static async open(zip: JSZip): Promise<PackageEditor> {
    const root = zip.file('_rels/.rels');
    const strict = root !== null && (await root.async('string')).includes(STRICT_RELATIONSHIPS);
    return new PackageEditor(zip, strict ? STRICT_RELATIONSHIPS : TRANSITIONAL_RELATIONSHIPS);
  }

  /** The package's own spelling of a part name, if it has the part. */
  private stored(path: string): string | undefined {
    return this.names.get(path.toLowerCase());
  }

  has(path: string): boolean {
    return this.stored(path) !== undefined;
  }

  /** The part's text (UTF-8, a byte-order mark kept as U+FEFF), or undefined without the part. */
  async text(path: string): Promise<string | undefined> {
    const name = this.stored(path);
    if (name === undefined) return undefined;
    let text = this.texts.get(name);
    if (text === undefined) {
      text = utf8.decode(await this.zip.file(name)!.async('uint8array'));
      this.texts.set(name, text);
    }
    return text;
  }

  /** The part's bytes as a string of one character per byte (for VML, whose encoding Excel does not declare). */
  async byteText(path: string): Promise<string | undefined> {
    const name = this.stored(path);
    return name === undefined ? undefined : this.zip.file(name)!.async('binarystring');
  }

  /** Writes a part's text; an unchanged text leaves the part as it was. */
  write(path: string, text: string): void {
    const name = this.stored(path) ?? path;
    if (this.texts.get(name) === text) return;
    const existing = this.zip.file(name);
    this.zip.file(name, encoder.encode(text), { date: existing?.date ?? this.date, createFolders: false, binary: true });
    this.names.set(name.toLowerCase(), name);
    this.texts.set(name, text);
  }

  /** Writes a part from a string of one character per byte (see byteText). */
  writeBytes(path: string, byteText: string, unchanged?: string): void {
    if (byteText === unchanged) return;
    const name = this.stored(path) ?? path;
    const bytes = new Uint8Array(byteText.length);
    for (let i = 0; i < byteText.length; i++) bytes[i] = byteText.charCodeAt(i);
    this.zip.file(name, bytes, { date: this.zip.file(name)?.date ?? this.date, createFolders: false, binary: true });
    this.names.set(name.toLowerCase(), name);
    this.texts.delete(name);
  }

  remove(path: string): void {
    const name = this.stored(path);
    if (name === undefined) return;
    this.zip.remove(name);
    this.names.delete(name.toLowerCase());
    this.texts.delete(name);
  }

  /** Every part's name. */
  partNames(): string[] {
    return [...this.names.values()];
  }

  /** The first of `name(1)`, `name(2)`… that is not a part yet. */
  freePart(name: (n: number) => string): string {
    for (let n = 1; ; n++) if (!this.has(name(n))) return name(n);
  }

  async relationships(part: string): Promise<Relationship[]> {
    const xml = (await this.text(relationshipsPart(part))) ?? '';
    return [...xml.matchAll(/<(?:[\w.-]+:)?Relationship\b[^>]*>/g)].flatMap(([tag]) => {
      const [id, type, target] = ['Id', 'Type', 'Target'].map((name) => attribute(tag, name));
      if (id === undefined || type === undefined || target === undefined) return [];
      const external = attribute(tag, 'TargetMode') === 'External';
      const decoded = decodeXml(target);
      return [{ id: decodeXml(id), type: type.slice(type.lastIndexOf('/') + 1), target: external ? decoded : resolvePart(part, decoded), external }];
    });
  }

  /** Adds a relationship from `part` to `target` (a part) and returns its id. */
  async addRelationship(part: string, type: string, target: string): Promise<string> {
    const path = relationshipsPart(part);
    const xml = (await this.text(path)) ?? EMPTY_RELATIONSHIPS;
    const taken = new Set([...xml.matchAll(/\sId\s*=\s*"([^"]*)"/g)].map((m) => decodeXml(m[1])));
    let n = taken.size + 1;
    while (taken.has(`rId${n}`)) n++;
    const id = `rId${n}`;
    const { prefix } = rootElement(xml);
    const root = findElement(xml, `${prefix}Relationships`)!;
    const element = `<${prefix}Relationship Id="${id}" Type="${this.relationshipTypeBase}${type}" Target="${escapeAttribute(relativeTarget(part, target))}"/>`;
    this.write(path, insertChild(xml, root, `${prefix}Relationships`, element, []));
    return id;
  }

  /** Gives a part its content type ([Content_Types].xml Override), unless the part has one. */
  async addContentType(part: string, contentType: string): Promise<void> {
    const xml = (await this.text('[Content_Types].xml')) ?? '';
    const { prefix } = rootElement(xml);
    const overrides = findElements(xml, `${prefix}Override`).map((element) => decodeXml(attribute(element.tag, 'PartName') ?? '').toLowerCase());
    if (overrides.includes(`/${part}`.toLowerCase())) return;
    const root = findElement(xml, `${prefix}Types`)!;
    this.write('[Content_Types].xml', insertChild(xml, root, `${prefix}Types`, `<${prefix}Override PartName="/${escapeAttribute(part)}" ContentType="${contentType}"/>`, []));
  }

  /** Declares the content type of every part ending `.extension`, unless one is declared. */
  async addDefaultContentType(extension: string, contentType: string): Promise<void> {
    const xml = (await this.text('[Content_Types].xml')) ?? '';
    const { prefix } = rootElement(xml);
    const defaults = findElements(xml, `${prefix}Default`).map((element) => decodeXml(attribute(element.tag, 'Extension') ?? '').toLowerCase());
    if (defaults.includes(extension.toLowerCase())) return;
    const root = findElement(xml, `${prefix}Types`)!;
    const first = findElement(xml, `${prefix}Override`, root.contentStart, root.contentEnd);
    const element = `<${prefix}Default Extension="${extension}" ContentType="${contentType}"/>`;
    this.write('[Content_Types].xml', first ? xml.slice(0, first.start) + element + xml.slice(first.start) : insertChild(xml, root, `${prefix}Types`, element, []));
  }

  /** The package's bytes: changed parts compressed, the others copied as they were. */
  async bytes(): Promise<Uint8Array> {
    return this.zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
  }
}
