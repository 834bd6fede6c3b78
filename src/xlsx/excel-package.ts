import JSZip from 'jszip';
import { attribute, decodeXml, escapeAttribute, escapeExcelText, escapeXml, unescapeExcelText } from './package/xml';
import { relsPathOf, resolvePart } from './part-paths';

/**
 * The parts of an .xlsx package that ExcelJS 4.4 gets wrong, read and
 * repaired directly in the package's XML. Each fix names the ExcelJS issue it
 * works around; the XML touched is ExcelJS's own output (a known shape) or a
 * single attribute of Excel's.
 */

// ---------------------------------------------------------------- XML helpers

// The text helpers are the package writer's (decoding, escaping, `_xHHHH_` text, attributes): one definition for both.
export { escapeExcelText, unescapeExcelText };

/** Inserts `xml` before the first of `followers` found in `document` (start tags), else before `closing`. */
function insertBefore(document: string, xml: string, followers: readonly string[], closing: string): string {
  let at = -1;
  for (const follower of followers) {
    const match = new RegExp(`<${follower}[\\s/>]`).exec(document);
    if (match && (at < 0 || match.index < at)) at = match.index;
  }
  if (at < 0) at = document.lastIndexOf(closing);
  if (at < 0) return document;
  return document.slice(0, at) + xml + document.slice(at);
}

// ------------------------------------------------------- sheets of a package

/** The part path of each worksheet, by sheet name (from xl/workbook.xml and its relationships). */
export async function worksheetParts(zip: JSZip): Promise<Map<string, string>> {
  const workbook = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
  const rels = (await zip.file('xl/_rels/workbook.xml.rels')?.async('string')) ?? '';
  const targets = new Map<string, string>();
  for (const [tag] of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = attribute(tag, 'Id');
    const target = attribute(tag, 'Target');
    if (id && target) targets.set(id, resolvePart('xl/', decodeXml(target)));
  }
  const parts = new Map<string, string>();
  for (const [tag] of workbook.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const name = attribute(tag, 'name');
    const id = /\s\w+:id="([^"]*)"/.exec(tag)?.[1];
    const part = id ? targets.get(id) : undefined;
    if (name !== undefined && part) parts.set(decodeXml(name), part);
  }
  return parts;
}

interface Relationship {
  id: string;
  /** The type's last segment: `hyperlink`, `comments`, `theme`… */
  type: string;
  /** A part path, or an external target (a URL) as written. */
  target: string;
  external: boolean;
}

/** The relationships of one part. */
async function relationshipsOf(zip: JSZip, part: string): Promise<Relationship[]> {
  const rels = (await zip.file(relsPathOf(part))?.async('string')) ?? '';
  const base = part.slice(0, part.lastIndexOf('/') + 1);
  return [...rels.matchAll(/<Relationship\b[^>]*>/g)].flatMap(([tag]) => {
    const id = attribute(tag, 'Id');
    const type = attribute(tag, 'Type');
    const target = attribute(tag, 'Target');
    if (!id || !type || target === undefined) return [];
    const external = attribute(tag, 'TargetMode') === 'External';
    return [{ id: decodeXml(id), type: type.slice(type.lastIndexOf('/') + 1), target: external ? decodeXml(target) : resolvePart(base, decodeXml(target)), external }];
  });
}

/** The text of every part `part` relates to with relationships of `type`. */
async function relatedParts(zip: JSZip, part: string, type: string): Promise<string[]> {
  const related = (await relationshipsOf(zip, part)).filter((relation) => relation.type === type && !relation.external);
  const texts = await Promise.all(related.map((relation) => zip.file(relation.target)?.async('string')));
  return texts.filter((text): text is string => text !== undefined);
}

// ------------------------------------------- Thai built-in number formats

/**
 * Built-in number formats of Thai Excel (ECMA-376 Part 1, §18.8.30: ids
 * 59–81 in the th-TH locale) that a file cites by id alone. ExcelJS knows no
 * code for them, so their cells would lose their format — and dates would
 * read as plain numbers. Each gets an equivalent explicit code; `b` is the
 * Buddhist-era year, and the Thai-digit `t` prefix is dropped (only the digits shown differ).
 */
export const THAI_BUILTIN_FORMATS: Record<number, string> = {
  59: '0', 60: '0.00', 61: '#,##0', 62: '#,##0.00', 67: '0%', 68: '0.00%', 69: '# ?/?', 70: '# ??/??',
  71: 'd/m/bbbb', 72: 'd-mmm-bb', 73: 'd-mmm', 74: 'mmm-bb', 75: 'h:mm', 76: 'h:mm:ss',
  77: 'd/m/bbbb h:mm', 78: 'mm:ss', 79: '[h]:mm:ss', 80: 'mm:ss.0', 81: 'd/m/bb',
};

/**
 * Writes an explicit definition into xl/styles.xml for each Thai built-in
 * format the styles use without defining it. Returns true when it changed anything.
 */
export async function defineThaiBuiltinFormats(zip: JSZip): Promise<boolean> {
  const styles = await zip.file('xl/styles.xml')?.async('string');
  if (!styles) return false;
  const defined = new Set([...styles.matchAll(/<numFmt\b[^>]*?\snumFmtId="(\d+)"/g)].map((m) => Number(m[1])));
  const used = new Set([...styles.matchAll(/<xf\b[^>]*?\snumFmtId="(\d+)"/g)].map((m) => Number(m[1])));
  const missing = [...used].filter((id) => THAI_BUILTIN_FORMATS[id] !== undefined && !defined.has(id)).sort((a, b) => a - b);
  if (missing.length === 0) return false;
  const definitions = missing.map((id) => `<numFmt numFmtId="${id}" formatCode="${escapeXml(THAI_BUILTIN_FORMATS[id])}"/>`).join('');
  let patched: string;
  const list = /<numFmts\b([^>]*?)(\/?)>/.exec(styles);
  if (list) {
    const count = Number(attribute(list[0], 'count') ?? defined.size) + missing.length;
    const opening = `<numFmts count="${count}">`;
    patched = list[2] === '/'
      ? styles.replace(list[0], `${opening}${definitions}</numFmts>`)
      : styles.replace(list[0], `${opening}${definitions}`);
  } else {
    patched = styles.replace(/<styleSheet\b[^>]*>/, (tag) => `${tag}<numFmts count="${missing.length}">${definitions}</numFmts>`);
  }
  zip.file('xl/styles.xml', patched);
  return true;
}

// ------------------------------------------------------------------ tables

/** An Excel table (ListObject) part as the source file has it. */
export interface SourceTable {
  name: string;
  /** False only when the file says headerRowCount="0". */
  hasHeaderRow: boolean;
  xml: string;
}

/**
 * The source's table parts by name. ExcelJS reads a missing headerRowCount
 * (Excel omits the default 1) as "no header row" and rewrites every column's
 * filter button as hidden (FsSpreadsheet#69, exceljs#2184), so the original
 * XML is kept to read the header flag and to put the tables back.
 */
export async function readSourceTables(zip: JSZip): Promise<Map<string, SourceTable>> {
  const tables = new Map<string, SourceTable>();
  for (const path of Object.keys(zip.files).filter((p) => /^xl\/tables\/[^/]+\.xml$/.test(p))) {
    const xml = await zip.file(path)!.async('string');
    const root = /<(?:\w+:)?table\b[^>]*>/.exec(xml)?.[0];
    const name = root ? attribute(root, 'name') : undefined;
    if (!root || name === undefined) continue;
    tables.set(decodeXml(name), { name: decodeXml(name), hasHeaderRow: attribute(root, 'headerRowCount') !== '0', xml });
  }
  return tables;
}

/**
 * A source table part made safe to put into ExcelJS's output: references to
 * parts ExcelJS does not carry over — differential formats (`*DxfId`), named
 * cell styles, query-table links — are dropped; the cells keep their own formats.
 */
function portableTableXml(xml: string): string {
  return xml
    .replace(/\s\w*DxfId="[^"]*"/g, '')
    .replace(/\s(?:headerRow|data|totalsRow)CellStyle="[^"]*"/g, '')
    .replace(/\stableType="[^"]*"/g, '')
    .replace(/\squeryTableFieldId="[^"]*"/g, '');
}

/**
 * A table part for a table ExcelJS writes with the right name but not the
 * right extent (it spans the rows it was given) and with a filter even
 * without a header row, which Excel does not allow.
 */
export function tablePart(table: { id: number; name: string; ref: string; hasHeaderRow: boolean; columns: readonly string[] }): SourceTable {
  const name = escapeXml(table.name);
  const columns = table.columns.map((column, i) => `<tableColumn id="${i + 1}" name="${escapeAttribute(escapeExcelText(column))}"/>`).join('');
  const xml = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    + `<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="${table.id}" name="${name}" displayName="${name}" ref="${table.ref}"`
    + `${table.hasHeaderRow ? '' : ' headerRowCount="0"'} totalsRowShown="0">`
    + (table.hasHeaderRow ? `<autoFilter ref="${table.ref}"/>` : '')
    + `<tableColumns count="${table.columns.length}">${columns}</tableColumns>`
    + '<tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>';
  return { name: table.name, hasHeaderRow: table.hasHeaderRow, xml };
}

// --------------------------------------------------------------- hyperlinks

/** A `<hyperlink>` of a sheet, its texts decoded. */
export interface SheetHyperlink {
  /** The cell or range it is on (`B7`, `B7:C8`). */
  ref: string;
  /** An external target (a URL, a file), from the link's relationship. */
  target?: string;
  /** A place in the workbook (`'แผน 2563'!B7`), or in the target. */
  location?: string;
  display?: string;
  tooltip?: string;
}

/**
 * Every link of each sheet, by sheet name, as the file has it. ExcelJS keeps
 * only an external link's target — no location, tooltip or display text — and
 * turns the linked cell's value into the link (a formula under a link is
 * lost), so a workbook loaded for its cells can skip `<hyperlinks>` and read them here.
 */
export async function readHyperlinks(zip: JSZip): Promise<Map<string, SheetHyperlink[]>> {
  const links = new Map<string, SheetHyperlink[]>();
  for (const [sheet, part] of await worksheetParts(zip)) {
    const xml = (await zip.file(part)?.async('string')) ?? '';
    const targets = new Map((await relationshipsOf(zip, part)).filter((r) => r.external).map((r) => [r.id, r.target]));
    const sheetLinks = [...xml.matchAll(/<hyperlink\b[^>]*>/g)].flatMap(([tag]): SheetHyperlink[] => {
      const ref = attribute(tag, 'ref');
      const id = /\s\w+:id="([^"]*)"/.exec(tag)?.[1];
      if (ref === undefined) return [];
      const link: SheetHyperlink = { ref: decodeXml(ref) };
      const target = id === undefined ? undefined : targets.get(decodeXml(id));
      if (target !== undefined) link.target = target;
      for (const name of ['location', 'display', 'tooltip'] as const) {
        const value = attribute(tag, name);
        if (value !== undefined) link[name] = unescapeExcelText(decodeXml(value));
      }
      return link.target === undefined && link.location === undefined ? [] : [link];
    });
    if (sheetLinks.length > 0) links.set(sheet, sheetLinks);
  }
  return links;
}

function hyperlinkTag(link: SheetHyperlink, relationshipId?: string): string {
  const attributes: [string, string | undefined][] = [
    ['ref', link.ref], ['r:id', relationshipId], ['location', link.location], ['display', link.display], ['tooltip', link.tooltip],
  ];
  return `<hyperlink${attributes
    .filter((pair): pair is [string, string] => pair[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeAttribute(escapeExcelText(value))}"`).join('')}/>`;
}

// -------------------------------------------------------------------- notes

/** The plain text of a rich-text element (its runs, without phonetic guides). */
function richTextOf(xml: string): string {
  return [...xml.replace(/<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g, '').matchAll(/<(?:\w+:)?t\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?t>)/g)]
    .map((match) => unescapeExcelText(decodeXml(match[1] ?? '')))
    .join('');
}

/**
 * The notes of each sheet, by sheet name then cell, from its comments part.
 * ExcelJS attaches a note only to a cell the sheet data lists, so it loses
 * the note of an empty, unformatted cell (Excel writes no cell for it).
 * Notes that stand in for threaded comments are left out: their text is
 * Excel's placeholder for older versions, not a note.
 */
export async function readNotes(zip: JSZip): Promise<Map<string, Map<string, string>>> {
  const notes = new Map<string, Map<string, string>>();
  for (const [sheet, part] of await worksheetParts(zip)) {
    const threaded = new Set<string>();
    for (const xml of await relatedParts(zip, part, 'threadedComment')) {
      for (const [tag] of xml.matchAll(/<(?:\w+:)?threadedComment\b[^>]*>/g)) threaded.add(decodeXml(attribute(tag, 'ref') ?? ''));
    }
    const cells = new Map<string, string>();
    for (const xml of await relatedParts(zip, part, 'comments')) {
      for (const [, tag, body] of xml.matchAll(/(<(?:\w+:)?comment\b[^>]*>)([\s\S]*?)<\/(?:\w+:)?comment>/g)) {
        const ref = attribute(tag, 'ref');
        if (ref !== undefined && !threaded.has(decodeXml(ref))) cells.set(decodeXml(ref), richTextOf(body));
      }
    }
    if (cells.size > 0) notes.set(sheet, cells);
  }
  return notes;
}

// ---------------------------------------------------------- fonts and colours

/** A colour as styles store it, in ExcelJS's shape: ARGB, a theme colour (lightened or darkened by tint), or a legacy palette index. */
export interface PackageColor {
  argb?: string;
  theme?: number;
  tint?: number;
  indexed?: number;
}

/** The workbook's default font: the first of xl/styles.xml, the Normal style's. */
export async function readDefaultFont(zip: JSZip): Promise<{ name?: string; size?: number; color?: PackageColor }> {
  const styles = (await zip.file('xl/styles.xml')?.async('string')) ?? '';
  const font = /<(?:\w+:)?fonts\b[^>]*>\s*(<(?:\w+:)?font\b[^>]*\/>|<(?:\w+:)?font\b[^>]*>[\s\S]*?<\/(?:\w+:)?font>)/.exec(styles)?.[1] ?? '';
  const valueOf = (element: string) => {
    const tag = new RegExp(`<(?:\\w+:)?${element}\\b[^>]*>`).exec(font)?.[0];
    const value = tag === undefined ? undefined : attribute(tag, 'val');
    return value === undefined ? undefined : decodeXml(value);
  };
  const size = Number(valueOf('sz'));
  const colorTag = /<(?:\w+:)?color\b[^>]*>/.exec(font)?.[0];
  let color: PackageColor | undefined;
  if (colorTag) {
    const [argb, theme, tint, indexed] = ['rgb', 'theme', 'tint', 'indexed'].map((name) => attribute(colorTag, name));
    if (argb !== undefined) color = { argb };
    else if (theme !== undefined) color = { theme: Number(theme), ...(tint === undefined ? {} : { tint: Number(tint) }) };
    else if (indexed !== undefined) color = { indexed: Number(indexed) };
  }
  return { name: valueOf('name'), size: Number.isFinite(size) && size > 0 ? size : undefined, color };
}

/** Theme colour indexes in styles name the scheme's colours in this order (Excel swaps each light/dark pair of the scheme's own order). */
const THEME_COLOR_NAMES = ['lt1', 'dk1', 'lt2', 'dk2', 'accent1', 'accent2', 'accent3', 'accent4', 'accent5', 'accent6', 'hlink', 'folHlink'];
/** The Office theme's colours (2013–2022), for a package without a theme. */
const OFFICE_THEME_COLORS = ['FFFFFF', '000000', 'E7E6E6', '44546A', '4472C4', 'ED7D31', 'A5A5A5', 'FFC000', '5B9BD5', '70AD47', '0563C1', '954F72'];

/** The workbook theme's colours as RRGGBB, by theme colour index. */
export async function readThemeColors(zip: JSZip): Promise<string[]> {
  const [theme = ''] = await relatedParts(zip, 'xl/workbook.xml', 'theme');
  return THEME_COLOR_NAMES.map((name, index) => {
    const element = new RegExp(`<(?:\\w+:)?${name}>([\\s\\S]*?)</(?:\\w+:)?${name}>`).exec(theme)?.[1] ?? '';
    const color = /<(?:\w+:)?srgbClr\b[^>]*\sval="([0-9A-Fa-f]{6})"/.exec(element) ?? /\slastClr="([0-9A-Fa-f]{6})"/.exec(element);
    return color ? color[1].toUpperCase() : OFFICE_THEME_COLORS[index];
  });
}

// ------------------------------------------------ repairs of ExcelJS output

export interface PackageRepairs {
  /** Source tables by name (see readSourceTables). */
  tables?: Map<string, SourceTable>;
  /** Links to write, by sheet name, for a workbook ExcelJS wrote without them (see addHyperlinks). */
  hyperlinks?: Map<string, SheetHyperlink[]>;
  /** The workbook's default font, in place of ExcelJS's Calibri 11 in the theme's text colour. */
  defaultFont?: { name: string; size: number; argb: string };
}

/** Worksheet children that come after `<hyperlinks>` (CT_Worksheet order). */
const AFTER_HYPERLINKS = [
  'printOptions', 'pageMargins', 'pageSetup', 'headerFooter', 'rowBreaks', 'colBreaks',
  'customProperties', 'cellWatches', 'ignoredErrors', 'smartTags', 'drawing', 'legacyDrawing',
  'legacyDrawingHF', 'drawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst',
];
/** Worksheet children that come after `<legacyDrawing>`. */
const AFTER_LEGACY_DRAWING = ['legacyDrawingHF', 'drawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst'];

/**
 * ExcelJS writes `<legacyDrawing>` (the notes' drawing) last, after
 * `<tableParts>`; Excel then drops the sheet's notes or the whole sheet as
 * corrupt (exceljs#1369, #1616). It belongs before them.
 */
function moveLegacyDrawing(sheetXml: string): string {
  const element = /<legacyDrawing\b[^>]*\/>/.exec(sheetXml)?.[0];
  if (!element) return sheetXml;
  return insertBefore(sheetXml.replace(element, ''), element, AFTER_LEGACY_DRAWING, '</worksheet>');
}

/** The sheet with `<hyperlink>` tags added to its `<hyperlinks>`, but for cells that have a link already. */
function withHyperlinkTags(sheetXml: string, links: readonly string[]): string {
  if (links.length === 0) return sheetXml;
  const present = new Set([...sheetXml.matchAll(/<hyperlink\b[^>]*\sref="([^"]*)"/g)].map((m) => m[1]));
  const missing = links.filter((link) => !present.has(attribute(link, 'ref') ?? ''));
  if (missing.length === 0) return sheetXml;
  if (/<\/hyperlinks>/.test(sheetXml)) return sheetXml.replace('</hyperlinks>', `${missing.join('')}</hyperlinks>`);
  return insertBefore(sheetXml, `<hyperlinks>${missing.join('')}</hyperlinks>`, AFTER_HYPERLINKS, '</worksheet>');
}

const HYPERLINK_RELATIONSHIP = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink';
const EMPTY_RELATIONSHIPS = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';

/**
 * Writes links with everything Excel keeps of them: an external target
 * through a relationship, a place in the workbook as `location`, the display
 * text and the tooltip — which ExcelJS cannot write, nor a link on a number or
 * a formula (its links replace the cell's value).
 */
function addHyperlinks(sheetXml: string, relsXml: string, links: readonly SheetHyperlink[]): { sheetXml: string; relsXml: string } {
  let rels = relsXml || EMPTY_RELATIONSHIPS;
  const taken = new Set([...rels.matchAll(/\sId="([^"]*)"/g)].map((match) => match[1]));
  let next = 0;
  const tags = links.map((link) => {
    if (link.target === undefined) return hyperlinkTag(link);
    let id: string;
    do id = `rIdLink${++next}`; while (taken.has(id));
    rels = rels.replace('</Relationships>', `<Relationship Id="${id}" Type="${HYPERLINK_RELATIONSHIP}" Target="${escapeAttribute(link.target)}" TargetMode="External"/></Relationships>`);
    return hyperlinkTag(link, id);
  });
  return { sheetXml: withHyperlinkTags(sheetXml, tags), relsXml: /<Relationship\b/.test(rels) ? rels : relsXml };
}

/** Styles with their first font — the Normal style's, which every cell without its own font shows — replaced. */
function withDefaultFont(styles: string, font: NonNullable<PackageRepairs['defaultFont']>): string {
  const element = `<font><sz val="${font.size}"/><color rgb="${escapeXml(font.argb)}"/><name val="${escapeXml(font.name)}"/></font>`;
  return styles.replace(/(<fonts\b[^>]*>\s*)(?:<font\b[^>]*\/>|<font\b[^>]*>[\s\S]*?<\/font>)/, (_, opening: string) => opening + element);
}

/** Shape ids per drawing block: each VML part reserves blocks of 1024 ids (ECMA-376 Part 1, §14.2.2.14 idmap). */
const SHAPES_PER_BLOCK = 1023;

/**
 * ExcelJS gives every notes drawing the same id block (`idmap data="1"`,
 * shapes from `_x0000_s1025`), so notes on two sheets clash (exceljs#3070).
 * Each part gets its own blocks.
 */
function renumberNoteShapes(vml: string, firstBlock: number): { vml: string; blocks: number } {
  const shapeCount = (vml.match(/<v:shape\b[^>]*\btype="#_x0000_t202"/g) ?? []).length;
  const blocks = Math.max(1, Math.ceil(shapeCount / SHAPES_PER_BLOCK));
  const blockIds = Array.from({ length: blocks }, (_, i) => firstBlock + i);
  let index = 0;
  const renumbered = vml
    .replace(/<o:idmap\b[^>]*\/>/, `<o:idmap v:ext="edit" data="${blockIds.join(',')}"/>`)
    .replace(/<v:shape\b[^>]*\btype="#_x0000_t202"[\s\S]*?<\/v:shape>/g, (shape) => {
      const block = blockIds[Math.floor(index / SHAPES_PER_BLOCK)];
      const id = block * 1024 + 1 + (index % SHAPES_PER_BLOCK);
      index++;
      return shape.replace(/\bid="_x0000_s\d+"/, `id="_x0000_s${id}"`);
    });
  return { vml: renumbered, blocks };
}

/**
 * Repairs a package ExcelJS has just written (see the functions above) and
 * returns its bytes. Parts ExcelJS wrote correctly are left as they are.
 */
export async function repairWrittenPackage(data: Uint8Array, repairs: PackageRepairs = {}): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(data);
  const sheets = await worksheetParts(zip);
  for (const [sheet, part] of sheets) {
    let sheetXml = await zip.file(part)?.async('string');
    if (sheetXml === undefined) continue;
    const relsPath = relsPathOf(part);
    let relsXml = (await zip.file(relsPath)?.async('string')) ?? '';
    const links = repairs.hyperlinks?.get(sheet);
    if (links && links.length > 0) ({ sheetXml, relsXml } = addHyperlinks(sheetXml, relsXml, links));
    sheetXml = moveLegacyDrawing(sheetXml);
    if (relsXml) zip.file(relsPath, relsXml);
    zip.file(part, sheetXml);
  }

  let nextBlock = 1;
  const vmlParts = Object.keys(zip.files)
    .filter((path) => /^xl\/drawings\/[^/]+\.vml$/.test(path))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  for (const path of vmlParts) {
    const { vml, blocks } = renumberNoteShapes(await zip.file(path)!.async('string'), nextBlock);
    nextBlock += blocks;
    zip.file(path, vml);
  }

  const styles = repairs.defaultFont && (await zip.file('xl/styles.xml')?.async('string'));
  if (styles && repairs.defaultFont) zip.file('xl/styles.xml', withDefaultFont(styles, repairs.defaultFont));

  if (repairs.tables && repairs.tables.size > 0) {
    for (const path of Object.keys(zip.files).filter((p) => /^xl\/tables\/[^/]+\.xml$/.test(p))) {
      const xml = await zip.file(path)!.async('string');
      const root = /<(?:\w+:)?table\b[^>]*>/.exec(xml)?.[0];
      const name = root ? attribute(root, 'name') : undefined;
      const source = name === undefined ? undefined : repairs.tables.get(decodeXml(name));
      if (source) zip.file(path, portableTableXml(source.xml));
    }
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/**
 * The package with every part's timestamp set to `date` and the parts in one
 * fixed order, so the same content gives the same bytes (ExcelJS stamps parts
 * with the time of writing, and their order follows its asynchronous writes).
 */
export async function withFixedTimestamps(data: Uint8Array, date: Date): Promise<Uint8Array> {
  const source = await JSZip.loadAsync(data);
  const stamped = new JSZip();
  const paths = Object.keys(source.files)
    .filter((path) => !source.files[path].dir)
    .sort((a, b) => Number(b === '[Content_Types].xml') - Number(a === '[Content_Types].xml') || (a < b ? -1 : a > b ? 1 : 0));
  // No folder entries: JSZip would stamp those with the current time.
  for (const path of paths) stamped.file(path, await source.files[path].async('uint8array'), { date, createFolders: false });
  return stamped.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
