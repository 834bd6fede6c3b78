import { uniqueSheetName } from '../../core/output/sheet-name';
import { FORMS_RECORD_SHEET, parseFormsRecord, recordKey, sheetsStillFilled, type RecordedSheet } from '../../core/template/filled-sheets';
import type { SheetDescription, SheetOrigin } from '../../core/template/sheet-description';
import { defaultStyles } from './cell-styles';
import { DescribedStyles, describedSheetXml, printNames } from './described-sheet';
import {
  GENERATED_SHEETS_NAMESPACE, generatedSheetsPropertiesXml, generatedSheetsXml, parseGeneratedSheets,
} from './generated-sheets-record';
import { relationshipsPart, type PackageEditor } from './package-editor';
import { cellText, sheetRows } from '../template/sheet-rows';
import { WorkbookPart, type WorkbookSheet } from './workbook-part';
import { readCustomXmlRecord, withLocalNames, writeCustomXmlRecord } from './workbook-records';
import { attribute, decodeXml, findElement, findElements, rootElement, rootNamespace, unescapeExcelText } from './xml';

/**
 * Adds described sheets (filled forms) or sheets laid out otherwise (filled
 * templates, addNewSheets) to a workbook package as new worksheet
 * parts, last in the tab order, with their cell formats appended to the
 * styles and their print area and titles as defined names. A sheet this
 * product made before for the same template and project — by the command
 * line's record, or by the task pane's (its very hidden sheet
 * `ReportChecker.Forms`) — is rewritten where it is, under its name; a user's
 * sheet is never touched (a name taken gets ` (2)`). The parts changed are
 * the workbook, its relationships, the styles, content types, the new sheets
 * and the record of generated sheets; every other part keeps its bytes.
 */

const SPREADSHEETML = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const WORKBOOK = 'xl/workbook.xml';
const CONTENT_TYPE = {
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  styles: 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
};
/** A sheet written: its name, and whether it replaced this product's earlier sheet for the same project. */
export interface WrittenSheet extends SheetOrigin {
  name: string;
  replaced: boolean;
}

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

/**
 * The sheets the task pane's record lists: the JSON text cut into column A of its very hidden
 * sheet, read in row order (src/core/template/filled-sheets.ts); none without the sheet.
 */
async function formsRecordOf(editor: PackageEditor, sheets: readonly WorkbookSheet[], sharedStrings: SharedStrings): Promise<RecordedSheet[]> {
  const sheet = sheets.find((candidate) => candidate.name === FORMS_RECORD_SHEET && candidate.type === 'worksheet' && candidate.part);
  const xml = sheet && (await editor.text(sheet.part!));
  if (!xml) return [];
  let text = '';
  for (const row of sheetRows(xml).rows) {
    const cell = row.cells.find((candidate) => candidate.column === 0);
    if (!cell) continue;
    if (cell.type === 's' && !cell.formula) text += await sharedStrings.text(Number(cell.value));
    else text += cellText(cell, []) ?? '';
  }
  return parseFormsRecord(text);
}

/** The text a description puts in A1. */
function describedFirstCell(description: SheetDescription): string {
  const cell = description.cells.find((c) => c.row === 0 && c.column === 0);
  return cell?.content?.kind === 'text' ? cell.content.text : '';
}

/** Adds (or rewrites) one sheet per description, in order. See the module comment. */
export async function addGeneratedSheets(editor: PackageEditor, descriptions: readonly SheetDescription[]): Promise<WrittenSheet[]> {
  return addNewSheets(editor, ({ stylesXml, namespace }) => {
    const styles = new DescribedStyles(stylesXml, descriptions);
    return {
      stylesXml: styles.toXml(),
      sheets: descriptions.map((description) => ({
        name: description.name,
        origin: description.origin,
        firstCell: describedFirstCell(description),
        xml: () => describedSheetXml(description, styles, namespace),
        printNames: (name: string) => printNames(name, description),
      })),
    };
  });
}

/** A sheet to add, already laid out: its part's text and print names for the name it is finally given. */
export interface NewSheet {
  /** The name wanted; made unique among the workbook's sheets. */
  name: string;
  origin: SheetOrigin;
  /** The text its A1 is written with ('' for none): how a re-fill knows the sheet is still this product's. */
  firstCell: string;
  xml: (name: string) => string;
  printNames: (name: string) => { name: string; value: string }[];
}

/** What the workbook gives the sheets' layout: its styles part (or a default one), main namespace and workbook part. */
export interface NewSheetsContext {
  stylesXml: string;
  namespace: string;
  workbookXml: string;
}

/** Adds (or rewrites) sheets laid out by `prepare`, which also returns the styles part with their formats added. See the module comment. */
export async function addNewSheets(
  editor: PackageEditor,
  prepare: (context: NewSheetsContext) => { stylesXml: string; sheets: readonly NewSheet[] },
): Promise<WrittenSheet[]> {
  const relationshipNamespace = editor.relationshipTypeBase.slice(0, -1);
  const workbook = new WorkbookPart((await editor.text(WORKBOOK))!, relationshipNamespace);
  const namespace = rootNamespace(workbook.xml) ?? SPREADSHEETML;
  const relations = await editor.relationships(WORKBOOK);
  const sheets = workbook.sheets(relations);
  const found = await readCustomXmlRecord(editor, relations, GENERATED_SHEETS_NAMESPACE, parseGeneratedSheets);
  const record = { sheets: found.record ?? [], part: found.part };

  // This product's sheets still in the workbook, by template and project, by its own record first, then the pane's:
  // the name recorded, and the first cell as written.
  const sharedStrings = new SharedStrings(editor, relations.find((r) => r.type === 'sharedStrings' && !r.external)?.target);
  const paneRecord = await formsRecordOf(editor, sheets, sharedStrings);
  const worksheetIndex = (name: string) => sheets.findIndex((sheet) => sheet.name === name && sheet.type === 'worksheet' && sheet.part);
  const recordedFirstCells = new Map<string, string>();
  for (const { name } of [...record.sheets, ...paneRecord]) {
    const index = worksheetIndex(name);
    if (index >= 0 && !recordedFirstCells.has(name)) recordedFirstCells.set(name, await firstCellText(editor, sheets[index].part!, sharedStrings));
  }
  const own = new Map<string, { entry: RecordedSheet; index: number; part: string }>();
  for (const [key, entry] of sheetsStillFilled([record.sheets, paneRecord], (name) => recordedFirstCells.get(name))) {
    const index = worksheetIndex(entry.name);
    own.set(key, { entry, index, part: sheets[index].part! });
  }

  const stylesRelation = relations.find((r) => r.type === 'styles' && !r.external);
  const stylesPart = stylesRelation?.target ?? 'xl/styles.xml';
  const stylesXml = (await editor.text(stylesPart)) ?? defaultStyles();
  const prepared = prepare({ stylesXml, namespace, workbookXml: workbook.xml });

  const taken = sheets.map((sheet) => sheet.name);
  let sheetCount = sheets.length;
  const written: WrittenSheet[] = [];
  const localNames: { index: number; names: { name: string; value: string }[] }[] = [];
  for (const sheet of prepared.sheets) {
    const earlier = own.get(recordKey(sheet.origin));
    let name: string;
    let index: number;
    if (earlier) {
      ({ index } = earlier);
      name = earlier.entry.name;
      editor.write(earlier.part, sheet.xml(name));
      // Whatever hung off the old sheet (notes, drawings) belonged to its old cells.
      editor.remove(relationshipsPart(earlier.part));
      own.delete(recordKey(sheet.origin));
    } else {
      name = uniqueSheetName(sheet.name, taken);
      taken.push(name);
      const part = editor.freePart((n) => `xl/worksheets/sheet${n}.xml`);
      editor.write(part, sheet.xml(name));
      const id = await editor.addRelationship(WORKBOOK, 'worksheet', part);
      await editor.addContentType(part, CONTENT_TYPE.worksheet);
      workbook.addSheet(name, 'Visible', id);
      index = sheetCount++;
    }
    localNames.push({ index, names: sheet.printNames(name) });
    written.push({ name, ...sheet.origin, replaced: earlier !== undefined });
  }

  let workbookXml = workbook.xml;
  for (const { index, names } of localNames) workbookXml = withLocalNames(workbookXml, workbook.prefix, index, names);
  editor.write(WORKBOOK, workbookXml);

  const newStyles = prepared.stylesXml;
  if (newStyles !== stylesXml || !stylesRelation) {
    editor.write(stylesPart, newStyles);
    if (!stylesRelation) {
      await editor.addRelationship(WORKBOOK, 'styles', stylesPart);
      await editor.addContentType(stylesPart, CONTENT_TYPE.styles);
    }
  }

  // The record keeps this product's earlier sheets not written now (those only the pane recorded too) and adds or renews the ones written now.
  const kept = [...own.values()].map(({ entry }) => entry);
  const firstCells = new Map(prepared.sheets.map((sheet) => [recordKey(sheet.origin), sheet.firstCell]));
  await writeCustomXmlRecord(editor, record.part, generatedSheetsXml([...kept, ...written.map(({ name, template, project }) => ({ name, template, project, firstCell: firstCells.get(recordKey({ template, project })) ?? '' }))]), generatedSheetsPropertiesXml);
  return written;
}
