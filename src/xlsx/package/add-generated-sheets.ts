import { uniqueSheetName } from '../../core/output/sheet-name';
import type { SheetDescription, SheetOrigin } from '../../core/template/sheet-description';
import { defaultStyles } from './cell-styles';
import { DescribedStyles, describedSheetXml, printNames } from './described-sheet';
import {
  GENERATED_SHEETS_NAMESPACE, generatedSheetsPropertiesXml, generatedSheetsXml, parseGeneratedSheets, type GeneratedSheet,
} from './generated-sheets-record';
import { relationshipsPart, type PackageEditor, type Relationship } from './package-editor';
import { WorkbookPart } from './workbook-part';
import { attribute, decodeXml, escapeAttribute, escapeXml, findElement, findElements, insertChild, rootElement, rootNamespace, unescapeExcelText } from './xml';

/**
 * Adds described sheets (filled forms) to a workbook package as new worksheet
 * parts, last in the tab order, with their cell formats appended to the
 * styles and their print area and titles as defined names. A sheet this
 * product made before for the same template and project is rewritten where
 * it is, under its name; a user's sheet is never touched (a name taken gets
 * ` (2)`). The parts changed are the workbook, its relationships, the styles,
 * content types, the new sheets and the record of generated sheets; every
 * other part keeps its bytes.
 */

const SPREADSHEETML = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const WORKBOOK = 'xl/workbook.xml';
const CONTENT_TYPE = {
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  styles: 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
  customXmlProperties: 'application/vnd.openxmlformats-officedocument.customXmlProperties+xml',
  xml: 'application/xml',
};
/** Workbook children after `<definedNames>` (CT_Workbook order). */
const AFTER_DEFINED_NAMES = ['calcPr', 'oleSize', 'customWorkbookViews', 'pivotCaches', 'smartTagPr', 'smartTagTypes', 'webPublishing', 'fileRecoveryPr', 'webPublishObjects', 'extLst'];

/** A sheet written: its name, and whether it replaced this product's earlier sheet for the same project. */
export interface WrittenSheet extends SheetOrigin {
  name: string;
  replaced: boolean;
}

/** The workbook with `names` as defined names local to sheet `localSheetId`, replacing that sheet's names of the same names. */
export function withLocalNames(xml: string, prefix: string, localSheetId: number, names: readonly { name: string; value: string }[]): string {
  const elements = names.map(({ name, value }) => `<${prefix}definedName name="${escapeAttribute(name)}" localSheetId="${localSheetId}">${escapeXml(value)}</${prefix}definedName>`).join('');
  const list = findElement(xml, `${prefix}definedNames`);
  if (!list) {
    const root = findElement(xml, `${prefix}workbook`)!;
    const sheetsEnd = findElement(xml, `${prefix}sheets`)?.end ?? root.contentStart;
    return insertChild(xml, { ...root, contentStart: sheetsEnd }, `${prefix}workbook`, `<${prefix}definedNames>${elements}</${prefix}definedNames>`, AFTER_DEFINED_NAMES.map((name) => prefix + name));
  }
  if (list.selfClosing) return insertChild(xml, list, `${prefix}definedNames`, elements, []);
  const replaced = new Set(names.map((n) => n.name.toLowerCase()));
  const stale = findElements(xml, `${prefix}definedName`, list.contentStart, list.contentEnd)
    .filter(({ tag }) => replaced.has(decodeXml(attribute(tag, 'name') ?? '').toLowerCase()) && attribute(tag, 'localSheetId') === String(localSheetId));
  let out = xml;
  for (const element of [...stale].reverse()) out = out.slice(0, element.start) + out.slice(element.end);
  const at = list.contentEnd - stale.reduce((sum, element) => sum + element.end - element.start, 0);
  return out.slice(0, at) + elements + out.slice(at);
}

/** The record of sheets generated before, and the part it is in. */
async function readRecord(editor: PackageEditor, relations: readonly Relationship[]): Promise<{ sheets: GeneratedSheet[]; part?: string }> {
  for (const relation of relations.filter((r) => r.type === 'customXml' && !r.external)) {
    const xml = await editor.text(relation.target);
    const sheets = xml?.includes(GENERATED_SHEETS_NAMESPACE) ? parseGeneratedSheets(xml) : undefined;
    if (sheets) return { sheets, part: relation.target };
  }
  return { sheets: [] };
}

async function writeRecord(editor: PackageEditor, part: string | undefined, sheets: readonly GeneratedSheet[]): Promise<void> {
  const xml = generatedSheetsXml(sheets);
  if (part) {
    editor.write(part, xml);
    return;
  }
  let n = 1;
  while (editor.has(`customXml/item${n}.xml`) || editor.has(`customXml/itemProps${n}.xml`)) n++;
  const item = `customXml/item${n}.xml`;
  const properties = `customXml/itemProps${n}.xml`;
  editor.write(item, xml);
  editor.write(properties, generatedSheetsPropertiesXml());
  await editor.addRelationship(item, 'customXmlProps', properties);
  await editor.addContentType(item, CONTENT_TYPE.xml);
  await editor.addContentType(properties, CONTENT_TYPE.customXmlProperties);
  await editor.addRelationship(WORKBOOK, 'customXml', item);
}

const originKey = (sheet: SheetOrigin) => `${sheet.template}\u0000${sheet.project}`;

/** The text of a rich or plain string item (`<is>` or `<si>`): its `<t>` runs joined. */
function stringItemText(xml: string, from: number, to: number, prefix: string): string {
  return findElements(xml, `${prefix}t`, from, to).map((t) => unescapeExcelText(decodeXml(xml.slice(t.contentStart, t.contentEnd)))).join('');
}

/** The workbook's shared strings, read once and only when a sheet needs them. */
class SharedStrings {
  private items?: { xml: string; prefix: string; spans: ReturnType<typeof findElements> };

  constructor(private readonly editor: PackageEditor, private readonly part: string | undefined) {}

  async text(index: number): Promise<string> {
    if (!this.items) {
      const xml = (this.part && (await this.editor.text(this.part))) ?? '';
      const { prefix } = rootElement(xml);
      this.items = { xml, prefix, spans: findElements(xml, `${prefix}si`) };
    }
    const item = Number.isInteger(index) ? this.items.spans[index] : undefined;
    return item ? stringItemText(this.items.xml, item.contentStart, item.contentEnd, this.items.prefix) : '';
  }
}

/**
 * The text of cell A1 of a sheet part, inline or shared ('' for an empty or missing cell, or a
 * number): what tells a generated sheet still is one after Excel has saved it over (Excel moves
 * inline text into the shared strings).
 */
async function firstCellText(editor: PackageEditor, sheetPart: string, sharedStrings: SharedStrings): Promise<string> {
  const xml = (await editor.text(sheetPart)) ?? '';
  const { prefix } = rootElement(xml);
  const start = new RegExp(`<${prefix}c\\s[^>]*\\br\\s*=\\s*["']A1["']`).exec(xml);
  const cell = start ? findElement(xml, `${prefix}c`, start.index) : undefined;
  if (!cell || cell.selfClosing) return '';
  const type = attribute(cell.tag, 't');
  if (type === 'inlineStr') return stringItemText(xml, cell.contentStart, cell.contentEnd, prefix);
  if (type !== 's') return '';
  const value = findElement(xml, `${prefix}v`, cell.contentStart, cell.contentEnd);
  return sharedStrings.text(value ? Number(xml.slice(value.contentStart, value.contentEnd)) : NaN);
}

/** The text a description puts in A1. */
function describedFirstCell(description: SheetDescription): string {
  const cell = description.cells.find((c) => c.row === 0 && c.column === 0);
  return cell?.content?.kind === 'text' ? cell.content.text : '';
}

/** Adds (or rewrites) one sheet per description, in order. See the module comment. */
export async function addGeneratedSheets(editor: PackageEditor, descriptions: readonly SheetDescription[]): Promise<WrittenSheet[]> {
  const relationshipNamespace = editor.relationshipTypeBase.slice(0, -1);
  const workbook = new WorkbookPart((await editor.text(WORKBOOK))!, relationshipNamespace);
  const namespace = rootNamespace(workbook.xml) ?? SPREADSHEETML;
  const relations = await editor.relationships(WORKBOOK);
  const sheets = workbook.sheets(relations);
  const record = await readRecord(editor, relations);

  // This product's sheets still in the workbook, by template and project: the name recorded, and the first cell as written.
  const sharedStrings = new SharedStrings(editor, relations.find((r) => r.type === 'sharedStrings' && !r.external)?.target);
  const own = new Map<string, { name: string; index: number; part: string }>();
  for (const entry of record.sheets) {
    const index = sheets.findIndex((sheet) => sheet.name === entry.name && sheet.type === 'worksheet' && sheet.part);
    if (index < 0 || (await firstCellText(editor, sheets[index].part!, sharedStrings)) !== entry.firstCell) continue;
    own.set(originKey(entry), { name: entry.name, index, part: sheets[index].part! });
  }

  const stylesRelation = relations.find((r) => r.type === 'styles' && !r.external);
  const stylesPart = stylesRelation?.target ?? 'xl/styles.xml';
  const stylesXml = (await editor.text(stylesPart)) ?? defaultStyles();
  const styles = new DescribedStyles(stylesXml, descriptions);

  const taken = sheets.map((sheet) => sheet.name);
  let sheetCount = sheets.length;
  const written: WrittenSheet[] = [];
  const localNames: { index: number; names: { name: string; value: string }[] }[] = [];
  for (const description of descriptions) {
    const xml = describedSheetXml(description, styles, namespace);
    const earlier = own.get(originKey(description.origin));
    let name: string;
    let index: number;
    if (earlier) {
      ({ name, index } = earlier);
      editor.write(earlier.part, xml);
      // Whatever hung off the old sheet (notes, drawings) belonged to its old cells.
      editor.remove(relationshipsPart(earlier.part));
      own.delete(originKey(description.origin));
    } else {
      name = uniqueSheetName(description.name, taken);
      taken.push(name);
      const part = editor.freePart((n) => `xl/worksheets/sheet${n}.xml`);
      editor.write(part, xml);
      const id = await editor.addRelationship(WORKBOOK, 'worksheet', part);
      await editor.addContentType(part, CONTENT_TYPE.worksheet);
      workbook.addSheet(name, 'Visible', id);
      index = sheetCount++;
    }
    localNames.push({ index, names: printNames(name, description) });
    written.push({ name, ...description.origin, replaced: earlier !== undefined });
  }

  let workbookXml = workbook.xml;
  for (const { index, names } of localNames) workbookXml = withLocalNames(workbookXml, workbook.prefix, index, names);
  editor.write(WORKBOOK, workbookXml);

  const newStyles = styles.toXml();
  if (newStyles !== stylesXml || !stylesRelation) {
    editor.write(stylesPart, newStyles);
    if (!stylesRelation) {
      await editor.addRelationship(WORKBOOK, 'styles', stylesPart);
      await editor.addContentType(stylesPart, CONTENT_TYPE.styles);
    }
  }

  // The record keeps this product's earlier sheets not written now and adds or renews the ones written now.
  const writtenKeys = new Set(written.map(originKey));
  const kept = record.sheets.filter((entry) => own.has(originKey(entry)) && !writtenKeys.has(originKey(entry)));
  const firstCells = new Map(descriptions.map((description) => [originKey(description.origin), describedFirstCell(description)]));
  await writeRecord(editor, record.part, [...kept, ...written.map(({ name, template, project }) => ({ name, template, project, firstCell: firstCells.get(originKey({ template, project })) ?? '' }))]);
  return written;
}
