import { NOTE_HEADING, type NoteRun } from '../../core/output/annotation-text';
import { parseAddress } from '../../core/table/address';
import { NOTE_AUTHOR, noteBox, notesInOrder, withCheckerNotes, withNoteBoxes, type NoteBox } from './notes';
import type { PackageEditor } from './package-editor';
import { sheetGeometry, type CellPlace } from './sheet-cells';
import { attribute, declaredPrefix, decodeXml, escapeXml, findElement, findElements, insertChild, qualify, rootElement } from './xml';

/**
 * Notes set to exactly the text a workbook model holds: a cell's note is
 * replaced, added or taken off, and every other note of the sheet keeps its
 * bytes. The text is noted as the annotated copy writes notes (notes.ts:
 * Tahoma 9, our heading bold), and the boxes are drawn and sized by notes.ts.
 */

const COMMENTS_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml';
const VML_TYPE = 'application/vnd.openxmlformats-officedocument.vmlDrawing';

/** Worksheet children after `<legacyDrawing>` (CT_Worksheet order); Excel wraps controls and objects in mc:AlternateContent. */
const AFTER_LEGACY_DRAWING = ['legacyDrawingHF', 'drawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst'];

/** A note's plain text as runs: the checker's heading bold, as its notes have it. */
function runsOf(text: string): NoteRun[] {
  if (!text.startsWith(NOTE_HEADING) || text === NOTE_HEADING) return [{ text }];
  return [{ text: NOTE_HEADING, bold: true }, { text: text.slice(NOTE_HEADING.length) }];
}

/** The `<text>` element notes.ts writes for `text`, with `prefix` on its tags. */
function textElement(text: string, namespace: string, prefix: string): string {
  const { xml } = withCheckerNotes(undefined, new Map([['A1', runsOf(text)]]), namespace);
  const element = findElement(xml, 'text')!;
  return qualify(xml.slice(element.start, element.end), prefix);
}

/** The comments part notes.ts starts from when a sheet has none. */
function emptyComments(namespace: string): string {
  return withCheckerNotes(undefined, new Map(), namespace).xml;
}

export interface ExactNotesResult {
  xml: string;
  /** Cells whose note was noted, with its text. */
  noted: Map<string, string>;
  /** Cells whose note is gone. */
  removed: string[];
}

/**
 * The comments part with the notes of `notes` (A1 → text, null: none) set to
 * exactly that text. A note replaced keeps its author and shape; a new one is
 * noted under the checker's author name, in row-then-column order.
 */
export function withExactNotes(source: string, notes: ReadonlyMap<string, string | null>, namespace: string): ExactNotesResult {
  const { prefix } = rootElement(source);
  const list = findElement(source, `${prefix}commentList`);
  const existing = list ? findElements(source, `${prefix}comment`, list.contentStart, list.contentEnd) : [];
  const noted = new Map<string, string>();
  const removed: string[] = [];

  const kept: { place: CellPlace; xml: string }[] = [];
  const listed = new Set<string>();
  for (const comment of existing) {
    const ref = decodeXml(attribute(comment.tag, 'ref') ?? '');
    listed.add(ref);
    const place = parseAddress(ref) ?? { row: Number.MAX_SAFE_INTEGER, col: 0 };
    const text = notes.get(ref);
    if (text === undefined) {
      kept.push({ place, xml: source.slice(comment.start, comment.end) });
    } else if (text === null) {
      removed.push(ref);
    } else {
      const element = textElement(text, namespace, prefix);
      const old = findElement(source, `${prefix}text`, comment.contentStart, comment.contentEnd);
      const xml = old
        ? source.slice(comment.start, old.start) + element + source.slice(old.end, comment.end)
        : `${comment.tag.replace(/\s*\/>$/, '>')}${element}</${prefix}comment>`;
      kept.push({ place, xml });
      noted.set(ref, text);
    }
  }

  const authors = findElement(source, `${prefix}authors`);
  const names = authors ? findElements(source, `${prefix}author`, authors.contentStart, authors.contentEnd).map((a) => decodeXml(source.slice(a.contentStart, a.contentEnd))) : [];
  let authorId = names.indexOf(NOTE_AUTHOR);
  const fresh: { place: CellPlace; xml: string }[] = [];
  for (const [ref, text] of notes) {
    const place = parseAddress(ref);
    if (text === null || listed.has(ref) || !place) continue;
    if (authorId < 0) authorId = names.length;
    fresh.push({ place, xml: `<${prefix}comment ref="${ref}" authorId="${authorId}" shapeId="0">${textElement(text, namespace, prefix)}</${prefix}comment>` });
    noted.set(ref, text);
  }
  if (noted.size === 0 && removed.length === 0) return { xml: source, noted, removed };

  const ordered = notesInOrder(kept, fresh);

  let out = source;
  if (list) {
    out = list.selfClosing
      ? out.slice(0, list.start) + `${list.tag.slice(0, -2)}>${ordered.join('')}</${prefix}commentList>` + out.slice(list.end)
      : out.slice(0, list.contentStart) + ordered.join('') + out.slice(list.contentEnd);
  } else {
    const root = findElement(out, `${prefix}comments`)!;
    out = insertChild(out, root, `${prefix}comments`, `<${prefix}commentList>${ordered.join('')}</${prefix}commentList>`, [`${prefix}extLst`]);
  }
  if (authorId === names.length && fresh.length > 0) {
    const element = `<${prefix}author>${escapeXml(NOTE_AUTHOR)}</${prefix}author>`;
    const refreshed = findElement(out, `${prefix}authors`);
    out = refreshed
      ? insertChild(out, refreshed, `${prefix}authors`, element, [])
      : insertChild(out, findElement(out, `${prefix}comments`)!, `${prefix}comments`, `<${prefix}authors>${element}</${prefix}authors>`, [`${prefix}commentList`]);
  }
  return { xml: out, noted, removed };
}

export interface NotesContext {
  editor: PackageEditor;
  namespace: string;
  /** The relationships namespace (`http://…/relationships`), transitional or strict as the package is. */
  relationshipNamespace: string;
  /** The id blocks every VML drawing of the package uses (shared, grown as drawings claim blocks). */
  takenBlocks: () => Promise<Set<number>>;
}

/**
 * Writes a sheet's notes in their two parts: the comments part's new text
 * (`commentsPart`, or a new part when the sheet has none), and in the sheet's
 * note drawing (created, with the sheet's `<legacyDrawing>`, when it has none)
 * a box sized for each note of `noted` and none for those `removed`. Returns
 * the sheet's text. Whoever edits a sheet's notes (marking, or setting a
 * model's notes) hands its new comments text here.
 */
export async function writeSheetNoteParts(
  context: NotesContext, part: string, sheetXml: string,
  comments: { part?: string; xml: string; noted: ReadonlyMap<string, string>; removed: readonly string[] },
): Promise<string> {
  const { editor } = context;
  let commentsPart = comments.part;
  if (!commentsPart) {
    commentsPart = editor.freePart((n) => `xl/comments${n}.xml`);
    await editor.addRelationship(part, 'comments', commentsPart);
    await editor.addContentType(commentsPart, COMMENTS_TYPE);
  }
  editor.write(commentsPart, comments.xml);

  let xml = sheetXml;
  const { prefix } = rootElement(xml);
  const legacy = findElement(xml, `${prefix}legacyDrawing`);
  const legacyId = legacy && /\s[\w.-]+:id\s*=\s*"([^"]*)"/.exec(legacy.tag)?.[1];
  const relations = await editor.relationships(part);
  let vmlPart = legacyId === undefined ? undefined : relations.find((r) => r.id === decodeXml(legacyId) && !r.external)?.target;
  if (!vmlPart) {
    vmlPart = editor.freePart((n) => `xl/drawings/vmlDrawing${n}.vml`);
    const id = await editor.addRelationship(part, 'vmlDrawing', vmlPart);
    await editor.addDefaultContentType('vml', VML_TYPE);
    const declared = declaredPrefix(xml, context.relationshipNamespace);
    const element = declared
      ? `<${prefix}legacyDrawing ${declared}:id="${id}"/>`
      : `<${prefix}legacyDrawing xmlns:r="${context.relationshipNamespace}" r:id="${id}"/>`;
    // Its followers are looked for after the cells only: a cell may hold an extLst of its own.
    const root = findElement(xml, `${prefix}worksheet`)!;
    const cellsEnd = findElement(xml, `${prefix}sheetData`)?.end ?? root.contentStart;
    xml = insertChild(xml, { ...root, contentStart: cellsEnd }, `${prefix}worksheet`, element, [...AFTER_LEGACY_DRAWING.map((name) => prefix + name), 'mc:AlternateContent']);
  }
  const rows = new Set<number>();
  for (const ref of comments.noted.keys()) {
    const at = parseAddress(ref)!;
    for (let r = Math.max(at.row - 1, 0); r <= at.row + 60; r++) rows.add(r);
  }
  const geometry = sheetGeometry(xml, rows);
  const boxes = new Map<string, NoteBox>([...comments.noted].map(([ref, text]) => [ref, noteBox(geometry, parseAddress(ref)!, text)]));
  const vml = await editor.byteText(vmlPart);
  editor.writeBytes(vmlPart, withNoteBoxes(vml, boxes, comments.removed, await context.takenBlocks()), vml);
  return xml;
}

/**
 * Sets the notes of the worksheet `part` (whose text is `sheetXml`) as
 * `notes` says (A1 → text, null: none) and returns the sheet's text. Sets
 * nothing, and names them, when some of those cells have a threaded comment:
 * their note is Excel's stand-in for the thread.
 */
export async function setSheetNotes(
  context: NotesContext, part: string, sheetXml: string, notes: ReadonlyMap<string, string | null>,
): Promise<{ xml: string; threaded: string[] }> {
  const { editor } = context;
  if (notes.size === 0) return { xml: sheetXml, threaded: [] };
  const relations = await editor.relationships(part);
  const threaded: string[] = [];
  for (const relation of relations.filter((r) => r.type === 'threadedComment' && !r.external)) {
    const xml = (await editor.text(relation.target)) ?? '';
    for (const [tag] of xml.matchAll(/<(?:[\w.-]+:)?threadedComment\b[^>]*>/g)) {
      const ref = decodeXml(attribute(tag, 'ref') ?? '');
      if (notes.has(ref)) threaded.push(ref);
    }
  }
  if (threaded.length > 0) return { xml: sheetXml, threaded };

  const commentsPart = relations.find((r) => r.type === 'comments' && !r.external)?.target;
  const commentsXml = commentsPart && (await editor.text(commentsPart));
  const result = withExactNotes(commentsXml ?? emptyComments(context.namespace), notes, context.namespace);
  if (result.noted.size === 0 && result.removed.length === 0) return { xml: sheetXml, threaded };
  return { xml: await writeSheetNoteParts(context, part, sheetXml, { part: commentsPart, ...result }), threaded };
}
