import { NOTE_HEADING, type NoteRun } from '../../core/output/annotation-text';
import { wrappedLineCount } from '../../core/output/text-measure';
import { cellAddress, parseAddress } from '../../core/table/address';
import type { CellPlace, SheetGeometry } from './sheet-cells';
import { attribute, decodeXml, escapeXml, escapeExcelText, findElement, findElements, insertChild, qualify, rootElement, unescapeExcelText } from './xml';

/**
 * Notes (Excel's legacy comments) in their two parts: the text in
 * xl/commentsN.xml, the box in the sheet's VML drawing. A user's note keeps
 * its text and gets ours appended, starting with a bold "Project Report
 * Checker" run; marking again finds that run and replaces what follows it.
 */

/** The author a note of ours is written under. */
export const NOTE_AUTHOR = NOTE_HEADING;

const EMPTY_COMMENTS = (namespace: string) => '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
  + `<comments xmlns="${namespace}"><authors></authors><commentList></commentList></comments>`;

/** One run of a note's text as a comments part writes it: Tahoma 9, the size and colour of Excel's own notes. */
function runXml(run: NoteRun): string {
  return `<r><rPr>${run.bold ? '<b/>' : ''}<sz val="9"/><color indexed="81"/><rFont val="Tahoma"/><family val="2"/></rPr>`
    + `<t xml:space="preserve">${escapeXml(escapeExcelText(run.text))}</t></r>`;
}

/** The text of a run or text element's `<t>` parts, as Excel shows it. */
function plainText(xml: string, prefix: string): string {
  const withoutPhonetics = xml.replace(new RegExp(`<${prefix}rPh\\b[\\s\\S]*?</${prefix}rPh>`, 'g'), '');
  return findElements(withoutPhonetics, `${prefix}t`).map((t) => unescapeExcelText(decodeXml(withoutPhonetics.slice(t.contentStart, t.contentEnd)))).join('');
}

/** A note's content split into the user's part and the rest after our block (phonetic runs), without our block. */
function splitNote(content: string, prefix: string): { own: string; tail: string; hadOurs: boolean } {
  const runs = findElements(content, `${prefix}r`);
  const heading = runs.findIndex((run) => {
    const text = plainText(content.slice(run.start, run.end), prefix);
    return text === NOTE_HEADING || text.replace(/^[\r\n]+/, '') === NOTE_HEADING;
  });
  if (heading < 0) {
    // The user's text: runs, or one plain <t>; phonetic runs and properties follow either.
    const firstTail = /<(?:[\w.-]+:)?(?:rPh|phoneticPr)\b/.exec(content)?.index ?? content.length;
    return { own: content.slice(0, firstTail), tail: content.slice(firstTail), hadOurs: false };
  }
  let own = content.slice(0, runs[heading].start);
  const tail = content.slice(runs[runs.length - 1].end);
  // A plain note we wrapped in a run to append ours goes back to plain.
  const wrapped = new RegExp(`^<${prefix}r>(<${prefix}t\\b[^>]*>[^<]*</${prefix}t>)</${prefix}r>$`).exec(own);
  if (wrapped) own = wrapped[1];
  return { own, tail, hadOurs: true };
}

/** The user's own part of a note as runs, so ours can follow (a plain `<t>` is wrapped in a run of its own). */
function asRuns(own: string, prefix: string): string {
  return new RegExp(`^<${prefix}t\\b`).test(own) ? `<${prefix}r>${own}</${prefix}r>` : own;
}

export interface NotesResult {
  /** The comments part's new text. */
  xml: string;
  /** Every cell with a note of ours after the change, and the whole text it shows. */
  noted: Map<string, string>;
  /** Cells whose note is gone (it held only ours). */
  removed: string[];
  /** True when notes were asked for or a note of ours was found: otherwise the part is the user's alone and left as it is. */
  changed: boolean;
}

/**
 * The comments part with our notes on the cells of `notes` (A1 → runs),
 * after the note a user wrote there; every other note of ours in the part is
 * taken off, and a note that held only ours goes.
 */
export function withCheckerNotes(xml: string | undefined, notes: ReadonlyMap<string, readonly NoteRun[]>, namespace: string): NotesResult {
  const source = xml ?? EMPTY_COMMENTS(namespace);
  const { prefix } = rootElement(source);
  const list = findElement(source, `${prefix}commentList`);
  const authors = findElement(source, `${prefix}authors`);
  const existing = list ? findElements(source, `${prefix}comment`, list.contentStart, list.contentEnd) : [];

  const names = authors ? findElements(source, `${prefix}author`, authors.contentStart, authors.contentEnd).map((a) => decodeXml(source.slice(a.contentStart, a.contentEnd))) : [];
  let authorId = names.indexOf(NOTE_AUTHOR);
  const existingRefs = new Set(existing.map((c) => decodeXml(attribute(c.tag, 'ref') ?? '')));
  const addAuthor = authorId < 0 && [...notes.keys()].some((ref) => !existingRefs.has(ref));
  if (addAuthor) authorId = names.length;

  const noted = new Map<string, string>();
  const removed: string[] = [];
  let changed = false;
  const ours = (runs: readonly NoteRun[], afterOwn: boolean) => qualify(runs.map((run, i) => runXml(i === 0 && afterOwn ? { ...run, text: `\n\n${run.text}` } : run)).join(''), prefix);

  const rebuilt: { place: CellPlace; xml: string }[] = [];
  const written = new Set<string>();
  for (const comment of existing) {
    const ref = decodeXml(attribute(comment.tag, 'ref') ?? '');
    const place = parseAddress(ref) ?? { row: Number.MAX_SAFE_INTEGER, col: 0 };
    const text = findElement(source, `${prefix}text`, comment.contentStart, comment.contentEnd);
    const runs = notes.get(ref);
    if (!text && runs) {
      // A note without text (the schema requires one): ours takes its place.
      rebuilt.push({ place, xml: `${comment.tag.replace(/\s*\/>$/, '>')}<${prefix}text>${ours(runs, false)}</${prefix}text></${prefix}comment>` });
      noted.set(ref, plainText(ours(runs, false), prefix));
      written.add(ref);
      continue;
    }
    if (!text || (!runs && !source.slice(text.contentStart, text.contentEnd).includes(NOTE_HEADING))) {
      rebuilt.push({ place, xml: source.slice(comment.start, comment.end) });
      continue;
    }
    const content = source.slice(text.contentStart, text.contentEnd);
    const { own, tail, hadOurs } = splitNote(content, prefix);
    changed ||= hadOurs;
    const hasOwn = plainText(own, prefix).trim() !== '';
    let newContent: string;
    if (runs) {
      newContent = (hasOwn ? asRuns(own, prefix) : '') + ours(runs, hasOwn) + tail;
      written.add(ref);
    } else if (hasOwn) {
      newContent = own + tail;
    } else {
      removed.push(ref);
      continue;
    }
    const commentXml = source.slice(comment.start, text.contentStart) + newContent + source.slice(text.contentEnd, comment.end);
    rebuilt.push({ place, xml: commentXml });
    if (runs) noted.set(ref, plainText(newContent, prefix));
  }
  for (const [ref, runs] of notes) {
    if (written.has(ref)) continue;
    const place = parseAddress(ref);
    if (!place) continue;
    const content = ours(runs, false);
    rebuilt.push({ place, xml: `<${prefix}comment ref="${ref}" authorId="${authorId}" shapeId="0"><${prefix}text>${content}</${prefix}text></${prefix}comment>` });
    noted.set(ref, plainText(content, prefix));
  }
  const kept = existing.length - removed.length;
  const ordered = notesInOrder(rebuilt.slice(0, kept), rebuilt.slice(kept));

  let out = source;
  if (list) {
    out = list.selfClosing
      ? out.slice(0, list.start) + `${list.tag.slice(0, -2)}>${ordered.join('')}</${prefix}commentList>` + out.slice(list.end)
      : out.slice(0, list.contentStart) + ordered.join('') + out.slice(list.contentEnd);
  }
  if (addAuthor && authors) {
    const refreshed = findElement(out, `${prefix}authors`)!;
    out = insertChild(out, refreshed, `${prefix}authors`, `<${prefix}author>${escapeXml(NOTE_AUTHOR)}</${prefix}author>`, []);
  }
  return { xml: out, noted, removed, changed: changed || notes.size > 0 };
}

// -------------------------------------------------------------- the boxes

/** Where a note's box is drawn: its anchor (cells and pixel offsets) and its size in points. */
export interface NoteBox {
  anchor: [number, number, number, number, number, number, number, number];
  widthPt: number;
  heightPt: number;
  leftPt: number;
  topPt: number;
}

const NOTE_WIDTH_PX = 340;
const NOTE_CHARACTERS_PER_LINE = 52;
const NOTE_LINE_PX = 15;

/**
 * A box big enough for the note's text: about 340 px wide and as tall as its
 * wrapped lines, spanning whatever columns and rows that takes from where
 * Excel puts a note (the column right of the cell, from the row above it).
 */
export function noteBox(geometry: SheetGeometry, place: CellPlace, text: string): NoteBox {
  const heightPx = wrappedLineCount(text, NOTE_CHARACTERS_PER_LINE) * NOTE_LINE_PX + 14;
  const left = place.col + 1;
  const top = Math.max(place.row - 1, 0);
  let columns = 0;
  for (let width = 0; width < NOTE_WIDTH_PX && columns < 60; columns++) width += geometry.columnWidthPx(left + columns);
  let rows = 0;
  for (let height = 0; height < heightPx && rows < 200; rows++) height += geometry.rowHeightPx(top + rows);
  const leftPx = geometry.columnLeftPx(left) + 15;
  const topPx = geometry.rowTopPx(top) + 10;
  return {
    anchor: [left, 15, top, 10, left + Math.max(1, columns), 2, top + Math.max(1, rows), 16],
    widthPt: NOTE_WIDTH_PX * 0.75,
    heightPt: heightPx * 0.75,
    leftPt: leftPx * 0.75,
    topPt: topPx * 0.75,
  };
}

const VML = 'urn:schemas-microsoft-com:vml';
const OFFICE = 'urn:schemas-microsoft-com:office:office';
const EXCEL = 'urn:schemas-microsoft-com:office:excel';

const NOTE_SHAPE_TYPE = '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
  + '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>';

/** A drawing holding notes' boxes only, with the shape ids of `blocks`. */
function emptyVml(blocks: readonly number[]): string {
  return `<xml xmlns:v="${VML}" xmlns:o="${OFFICE}" xmlns:x="${EXCEL}">`
    + `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${blocks.join(',')}"/></o:shapelayout>${NOTE_SHAPE_TYPE}</xml>`;
}

/** Shape ids per block of a VML drawing: ids `block × 1024 + 1…1023` (ECMA-376 Part 4, §19.1.2.11 idmap). */
const SHAPES_PER_BLOCK = 1023;

function format(n: number): string {
  return String(Math.round(n * 100) / 100);
}

function styleWith(style: string, box: NoteBox): string {
  const wanted: Record<string, string> = {
    'margin-left': `${format(box.leftPt)}pt`, 'margin-top': `${format(box.topPt)}pt`, width: `${format(box.widthPt)}pt`, height: `${format(box.heightPt)}pt`,
  };
  const parts = style.split(';').filter((part) => part.trim() !== '').map((part) => {
    const name = part.slice(0, part.indexOf(':')).trim();
    if (name in wanted) {
      const value = wanted[name];
      delete wanted[name];
      return `${name}:${value}`;
    }
    return part;
  });
  return [...parts, ...Object.entries(wanted).map(([name, value]) => `${name}:${value}`)].join(';');
}

interface FoundShape {
  start: number;
  end: number;
  xml: string;
  place: CellPlace | undefined;
}

/** The notes' shapes of a drawing (`ObjectType="Note"`), with the cell each belongs to. */
function noteShapes(vml: string): FoundShape[] {
  return [...vml.matchAll(/<([\w.-]+):shape\b(?:[^>"']|"[^"]*"|'[^']*')*>[\s\S]*?<\/\1:shape>/g)].flatMap((match) => {
    const xml = match[0];
    if (!/ObjectType\s*=\s*["']Note["']/.test(xml)) return [];
    const row = /<[\w.-]+:Row>\s*(\d+)\s*</.exec(xml)?.[1];
    const col = /<[\w.-]+:Column>\s*(\d+)\s*</.exec(xml)?.[1];
    const place = row === undefined || col === undefined ? undefined : { row: Number(row), col: Number(col) };
    return [{ start: match.index!, end: match.index! + xml.length, xml, place }];
  });
}

/** The id blocks of a drawing (`<o:idmap data="1,5">`). */
export function idBlocks(vml: string): number[] {
  const data = /<[\w.-]+:idmap\b[^>]*\sdata\s*=\s*["']([^"']*)["']/.exec(vml)?.[1] ?? '';
  return data.split(/[\s,]+/).filter((n) => /^\d+$/.test(n)).map(Number);
}

function shapeXml(id: number, place: CellPlace, box: NoteBox, zIndex: number, declarations: string): string {
  return `<v:shape id="_x0000_s${id}" type="#_x0000_t202"${declarations} style="${styleWith(`position:absolute;margin-left:0pt;margin-top:0pt;width:0pt;height:0pt;z-index:${zIndex};visibility:hidden`, box)}" fillcolor="#ffffe1" o:insetmode="auto">`
    + '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>'
    + '<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>'
    + `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${box.anchor.join(', ')}</x:Anchor>`
    + `<x:AutoFill>False</x:AutoFill><x:Row>${place.row}</x:Row><x:Column>${place.col}</x:Column></x:ClientData></v:shape>`;
}

/**
 * A VML drawing (its bytes as one character each) with a box for each note
 * in `boxes` — an existing note's box resized, a new one added with a free
 * shape id — and the boxes of `removed` notes taken out. `takenBlocks` are
 * the id blocks of every drawing in the package; blocks this drawing claims are added to it.
 */
export function withNoteBoxes(vml: string | undefined, boxes: ReadonlyMap<string, NoteBox>, removed: readonly string[], takenBlocks: Set<number>): string {
  let source = vml;
  if (source === undefined) {
    const block = Math.max(0, ...takenBlocks) + 1;
    takenBlocks.add(block);
    source = emptyVml([block]);
  }
  const shapes = noteShapes(source);
  const gone = new Set(removed);
  const byCell = new Map(shapes.filter((s) => s.place).map((s) => [cellAddress(s.place!.row, s.place!.col), s]));
  const edits: { start: number; end: number; text: string }[] = [];
  for (const shape of shapes) {
    const ref = shape.place && cellAddress(shape.place.row, shape.place.col);
    if (ref === undefined) continue;
    if (gone.has(ref) && !boxes.has(ref)) { edits.push({ start: shape.start, end: shape.end, text: '' }); continue; }
    const box = boxes.get(ref);
    if (!box) continue;
    const resized = shape.xml
      .replace(/(\sstyle\s*=\s*)(["'])([^"']*)\2/, (_, head: string, quote: string, style: string) => `${head}${quote}${styleWith(style, box)}${quote}`)
      .replace(/(<[\w.-]+:Anchor>)[^<]*(<\/[\w.-]+:Anchor>)/, `$1${box.anchor.join(', ')}$2`);
    if (resized !== shape.xml) edits.push({ start: shape.start, end: shape.end, text: resized });
  }

  const missing = [...boxes].filter(([ref]) => !byCell.has(ref));
  let added = '';
  let blocks = idBlocks(source);
  if (missing.length > 0) {
    const used = new Set([...source.matchAll(/\sid\s*=\s*["']_x0000_s(\d+)["']/g)].map((m) => Number(m[1])));
    const declared = (uri: string, prefix: string) => new RegExp(`xmlns:${prefix}\\s*=\\s*["']${uri}["']`).test(source!);
    const declarations = [['v', VML], ['o', OFFICE], ['x', EXCEL]].filter(([prefix, uri]) => !declared(uri, prefix)).map(([prefix, uri]) => ` xmlns:${prefix}="${uri}"`).join('');
    if (!/id\s*=\s*["']_x0000_t202["']/.test(source)) added += declarations ? NOTE_SHAPE_TYPE.replace('<v:shapetype', `<v:shapetype${declarations}`) : NOTE_SHAPE_TYPE;
    let zIndex = shapes.length;
    const freeIds = function* () {
      for (let b = 0; ; b++) {
        if (b >= blocks.length) {
          const block = Math.max(0, ...takenBlocks, ...blocks) + 1;
          takenBlocks.add(block);
          blocks = [...blocks, block];
        }
        for (let k = 1; k <= SHAPES_PER_BLOCK; k++) {
          const id = blocks[b] * 1024 + k;
          if (!used.has(id)) yield id;
        }
      }
    }();
    const before = blocks.join(',');
    for (const [ref, box] of missing) {
      added += shapeXml(freeIds.next().value as number, parseAddress(ref)!, box, ++zIndex, declarations);
    }
    if (blocks.join(',') !== before) {
      const idmap = /(<[\w.-]+:idmap\b[^>]*\sdata\s*=\s*["'])([^"']*)(["'])/.exec(source);
      if (idmap) edits.push({ start: idmap.index, end: idmap.index + idmap[0].length, text: `${idmap[1]}${blocks.join(',')}${idmap[3]}` });
    }
    const closing = source.lastIndexOf('</xml>');
    edits.push({ start: closing < 0 ? source.length : closing, end: closing < 0 ? source.length : closing, text: added });
  }
  edits.sort((a, b) => a.start - b.start);
  let out = '';
  let from = 0;
  for (const edit of edits) {
    out += source.slice(from, edit.start) + edit.text;
    from = edit.end;
  }
  return out + source.slice(from);
}

/**
 * The `<comment>` elements of a comments part in the order to write them: the notes kept keep
 * their order, and each new one goes before the first kept note that comes after it (row, then column).
 */
export function notesInOrder(kept: readonly { place: CellPlace; xml: string }[], fresh: readonly { place: CellPlace; xml: string }[]): string[] {
  const before = (a: CellPlace, b: CellPlace) => a.row < b.row || (a.row === b.row && a.col < b.col);
  const added = [...fresh].sort((a, b) => (before(a.place, b.place) ? -1 : 1));
  const ordered: string[] = [];
  let next = 0;
  for (const item of kept) {
    while (next < added.length && before(added[next].place, item.place)) ordered.push(added[next++].xml);
    ordered.push(item.xml);
  }
  while (next < added.length) ordered.push(added[next++].xml);
  return ordered;
}
