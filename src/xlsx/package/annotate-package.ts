import type { Issue } from '../../core/model';
import { NOTE_HEADING, mostSevere, noteRuns, type Language, type NoteRun } from '../../core/output/annotation-text';
import { uniqueSheetName } from '../../core/output/sheet-name';
import { cellAddress, parseAddress } from '../../core/table/address';
import { issuesSheetPart } from '../issues-sheet';
import { CellStyles, defaultStyles } from './cell-styles';
import { MARKS_NAMESPACE, marksRecordPropertiesXml, marksRecordXml, parseMarksRecord, type MarkedCell, type MarksRecord } from './marks-record';
import { writeSheetNoteParts } from './cell-notes';
import { idBlocks, withCheckerNotes } from './notes';
import { relationshipsPart, type PackageEditor, type Relationship } from './package-editor';
import { readCustomXmlRecord, withLocalNames, writeCustomXmlRecord } from './workbook-records';
import { mergedAreas, readCellFormats, restyleCells, type CellPlace, type StyleChange } from './sheet-cells';
import { attribute, declaredPrefix, decodeXml, escapeAttribute, findElement, findElements, insertChild, rootElement, rootNamespace } from './xml';

/**
 * Marks a workbook package in place (DESIGN §8): each finding's cell gets its
 * own format with the severity's fill, a note, and a row on the Issues sheet.
 * The parts changed are the styles, the marked sheets (only the `s` of the
 * marked cells, and a `<legacyDrawing>` where notes are new), their notes and
 * note drawings, the Issues sheet, the workbook (its `<sheet>` and defined
 * names), relationships, content types and the marks record; every other
 * part keeps its bytes. A copy marked before is unmarked first, so marks are replaced, never stacked.
 */

const SPREADSHEETML = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const CONTENT_TYPE = {
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  styles: 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
};
const WORKBOOK = 'xl/workbook.xml';

interface WorkbookSheet {
  name: string;
  state: string;
  /** The part, for a sheet whose relationship resolves. */
  part?: string;
  /** The relationship type's last segment: `worksheet`, `chartsheet`… */
  type?: string;
}

/** The workbook's sheets in order, with their parts. */
function workbookSheets(xml: string, prefix: string, relations: readonly Relationship[]): WorkbookSheet[] {
  const list = findElement(xml, `${prefix}sheets`);
  if (!list) return [];
  return findElements(xml, `${prefix}sheet`, list.contentStart, list.contentEnd).map(({ tag }) => {
    const id = /\s[\w.-]+:id\s*=\s*"([^"]*)"/.exec(tag)?.[1];
    const relation = id === undefined ? undefined : relations.find((r) => r.id === decodeXml(id) && !r.external);
    return { name: decodeXml(attribute(tag, 'name') ?? ''), state: attribute(tag, 'state') ?? 'visible', part: relation?.target, type: relation?.type };
  });
}

/** Cells with a threaded comment: their legacy note is Excel's stand-in, left alone. */
async function threadedCells(editor: PackageEditor, relations: readonly Relationship[]): Promise<Set<string>> {
  const cells = new Set<string>();
  for (const relation of relations.filter((r) => r.type === 'threadedComment' && !r.external)) {
    const xml = (await editor.text(relation.target)) ?? '';
    for (const [tag] of xml.matchAll(/<(?:[\w.-]+:)?threadedComment\b[^>]*>/g)) cells.add(decodeXml(attribute(tag, 'ref') ?? ''));
  }
  return cells;
}

/** The id blocks every VML drawing of the package uses. */
async function vmlBlocks(editor: PackageEditor, paths: readonly string[]): Promise<Set<number>> {
  const blocks = new Set<number>();
  for (const path of paths.filter((p) => p.toLowerCase().endsWith('.vml'))) {
    for (const block of idBlocks((await editor.byteText(path)) ?? '')) blocks.add(block);
  }
  return blocks;
}

interface MarkContext {
  editor: PackageEditor;
  styles: CellStyles;
  language: Language;
  namespace: string;
  relationshipNamespace: string;
  takenBlocks: () => Promise<Set<number>>;
}

/**
 * Marks one worksheet: takes off the marks `recorded` from an earlier run,
 * puts on those of `issues`, and returns the record of the marks now there.
 */
async function markSheet(context: MarkContext, part: string, issues: readonly Issue[], recorded: ReadonlyMap<string, MarkedCell>): Promise<Map<string, MarkedCell>> {
  const { editor, styles } = context;
  let xml = (await editor.text(part))!;

  // Findings by the cell that shows them: a merged area shows its top-left cell's fill and note.
  const merges = mergedAreas(xml);
  const byCell = new Map<string, Issue[]>();
  for (const issue of issues) {
    const at = parseAddress(issue.cell);
    if (!at) continue;
    const area = merges.find(([from, to]) => at.row >= from.row && at.row <= to.row && at.col >= from.col && at.col <= to.col);
    const shown = area ? area[0] : at;
    const ref = cellAddress(shown.row, shown.col);
    byCell.set(ref, [...(byCell.get(ref) ?? []), issue]);
  }

  const places = [...new Set([...byCell.keys(), ...recorded.keys()])].map((ref) => parseAddress(ref)).filter((p): p is CellPlace => p !== undefined);
  const formats = readCellFormats(xml, places);
  const changes = new Map<string, StyleChange>();
  const unmarked = new Map<string, { style: number; original: MarkedCell }>();
  for (const [ref, original] of recorded) {
    const format = formats.get(ref);
    // A cell whose fill the user changed since is theirs now: left as it is, and forgotten.
    if (!format || styles.markOf(format.style) === undefined) continue;
    const style = styles.restoredFormat(format.style, original);
    unmarked.set(ref, { style, original });
    changes.set(ref, { style, dropIfEmpty: original.inserted });
  }
  const marked = new Map<string, MarkedCell>();
  for (const [ref, cellIssues] of byCell) {
    const format = formats.get(ref)!;
    const before = unmarked.get(ref);
    const base = before?.style ?? format.style;
    changes.set(ref, { style: styles.markedFormat(base, mostSevere(cellIssues)) });
    marked.set(ref, before?.original ?? { ...styles.originalFill(base), inserted: !format.listed });
  }
  xml = restyleCells(xml, changes);

  // Notes: ours on every marked cell (not on a threaded comment's), and none left elsewhere.
  const relations = await editor.relationships(part);
  const threaded = await threadedCells(editor, relations);
  const notes = new Map<string, NoteRun[]>();
  for (const [ref, cellIssues] of byCell) if (!threaded.has(ref)) notes.set(ref, noteRuns(cellIssues, context.language));
  const commentsRelation = relations.find((r) => r.type === 'comments' && !r.external);
  const commentsXml = commentsRelation && (await editor.text(commentsRelation.target));
  const result = notes.size > 0 || commentsXml?.includes(NOTE_HEADING) ? withCheckerNotes(commentsXml, notes, context.namespace) : undefined;
  if (result?.changed) {
    xml = await writeSheetNoteParts(context, part, xml, { part: commentsRelation?.target, xml: result.xml, noted: result.noted, removed: result.removed });
  }
  editor.write(part, xml);
  return marked;
}

/**
 * Marks the package's cells for `issues` and writes its Issues sheet, in the
 * language given. See the module comment for what changes.
 */
export async function annotatePackage(editor: PackageEditor, issues: readonly Issue[], language: Language): Promise<void> {
  let workbookXml = (await editor.text(WORKBOOK))!;
  const { prefix } = rootElement(workbookXml);
  const namespace = rootNamespace(workbookXml) ?? SPREADSHEETML;
  const relationshipNamespace = editor.relationshipTypeBase.slice(0, -1);
  const relations = await editor.relationships(WORKBOOK);
  const sheets = workbookSheets(workbookXml, prefix, relations);
  const found = await readCustomXmlRecord(editor, relations, MARKS_NAMESPACE, parseMarksRecord);
  const record: MarksRecord = found.record ?? { sheets: new Map() };
  const recordPart = found.part;

  const stylesRelation = relations.find((r) => r.type === 'styles' && !r.external);
  const stylesPart = stylesRelation?.target ?? 'xl/styles.xml';
  const stylesXml = (await editor.text(stylesPart)) ?? defaultStyles();
  const styles = new CellStyles(stylesXml);

  const earlierIssuesSheet = record.issuesSheet === undefined ? undefined
    : sheets.find((sheet) => sheet.name === record.issuesSheet && sheet.type === 'worksheet' && sheet.part);
  const issuesBySheet = new Map<string, Issue[]>();
  for (const issue of issues) issuesBySheet.set(issue.sheet, [...(issuesBySheet.get(issue.sheet) ?? []), issue]);

  let blocks: Set<number> | undefined;
  const context: MarkContext = {
    editor, styles, language, namespace, relationshipNamespace,
    takenBlocks: async () => (blocks ??= await vmlBlocks(editor, editor.partNames())),
  };
  const marks: MarksRecord = { sheets: new Map() };
  for (const sheet of sheets) {
    if (sheet.type !== 'worksheet' || !sheet.part || sheet === earlierIssuesSheet) continue;
    const sheetIssues = issuesBySheet.get(sheet.name) ?? [];
    const recorded = record.sheets.get(sheet.name) ?? new Map<string, MarkedCell>();
    const commentsRelation = (await editor.relationships(sheet.part)).find((r) => r.type === 'comments' && !r.external);
    const hasOurNotes = commentsRelation !== undefined && ((await editor.text(commentsRelation.target)) ?? '').includes(NOTE_HEADING);
    if (sheetIssues.length === 0 && recorded.size === 0 && !hasOurNotes) continue;
    marks.sheets.set(sheet.name, await markSheet(context, sheet.part, sheetIssues, recorded));
  }

  // The Issues sheet: an earlier run's is rewritten where it is, else a new sheet goes last.
  const name = earlierIssuesSheet?.name ?? uniqueSheetName('Issues', sheets.map((sheet) => sheet.name));
  const issuesSheet = issuesSheetPart({
    name, issues, language, styles, namespace,
    canLink: (sheetName) => sheets.find((sheet) => sheet.name === sheetName)?.state !== 'veryHidden',
  });
  let position: number;
  if (earlierIssuesSheet) {
    editor.write(earlierIssuesSheet.part!, issuesSheet.xml);
    editor.remove(relationshipsPart(earlierIssuesSheet.part!));
    position = sheets.indexOf(earlierIssuesSheet);
  } else {
    const part = editor.freePart((n) => `xl/worksheets/sheet${n}.xml`);
    editor.write(part, issuesSheet.xml);
    const id = await editor.addRelationship(WORKBOOK, 'worksheet', part);
    await editor.addContentType(part, CONTENT_TYPE.worksheet);
    const list = findElement(workbookXml, `${prefix}sheets`)!;
    const sheetIds = findElements(workbookXml, `${prefix}sheet`, list.contentStart, list.contentEnd).map(({ tag }) => Number(attribute(tag, 'sheetId') ?? 0));
    const declared = declaredPrefix(workbookXml, relationshipNamespace);
    const idAttribute = declared ? `${declared}:id="${id}"` : `xmlns:r="${relationshipNamespace}" r:id="${id}"`;
    const element = `<${prefix}sheet name="${escapeAttribute(name)}" sheetId="${Math.max(0, ...sheetIds.filter(Number.isFinite)) + 1}" ${idAttribute}/>`;
    workbookXml = insertChild(workbookXml, list, `${prefix}sheets`, element, []);
    position = sheets.length;
  }
  workbookXml = withLocalNames(workbookXml, prefix, position, issuesSheet.definedNames);
  editor.write(WORKBOOK, workbookXml);

  const newStyles = styles.toXml();
  if (newStyles !== stylesXml || !stylesRelation) {
    editor.write(stylesPart, newStyles);
    if (!stylesRelation) {
      await editor.addRelationship(WORKBOOK, 'styles', stylesPart);
      await editor.addContentType(stylesPart, CONTENT_TYPE.styles);
    }
  }

  await writeCustomXmlRecord(editor, recordPart, marksRecordXml({ issuesSheet: name, sheets: marks.sheets }), marksRecordPropertiesXml);
}
