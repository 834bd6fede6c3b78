import { placeholderTokens } from '../../core/template/placeholders';
import type { TemplateTextCell } from '../../core/template/template-check';
import type { PackageEditor } from '../package/package-editor';
import { WorkbookPart } from '../package/workbook-part';
import { attribute, decodeXml, findElement, findElements, rootElement } from '../package/xml';
import { cellText, sharedStrings, sheetRows, type SharedString, type TemplateRow } from './sheet-rows';

/**
 * A template sheet read from its workbook package: the sheet part as written, its rows, the
 * workbook's shared strings and styles, and the defined names local to it (print area, print
 * titles) — all a filled copy needs, whether the template is a sheet of the file being filled or
 * of a workbook of its own.
 */

export interface TemplateSheet {
  name: string;
  xml: string;
  rows: TemplateRow[];
  strings: SharedString[];
  stylesXml: string | undefined;
  /** Defined names local to the sheet: `_xlnm.Print_Area` → `'แม่แบบ'!$A$1:$G$30`. */
  localNames: { name: string; value: string; hidden: boolean }[];
  /** Every cell holding text, for the placeholder check. */
  textCells: TemplateTextCell[];
}

const WORKBOOK = 'xl/workbook.xml';

/** The text cells of a sheet's rows. */
function textCells(rows: readonly TemplateRow[], strings: readonly SharedString[]): TemplateTextCell[] {
  return rows.flatMap((row) => row.cells.flatMap((cell) => {
    const text = cellText(cell, strings);
    return text === undefined ? [] : [{ row: cell.row, column: cell.column, text }];
  }));
}

/** The workbook's worksheets in tab order, with their parts. */
export async function worksheets(editor: PackageEditor): Promise<{ name: string; part: string; index: number }[]> {
  const relationshipNamespace = editor.relationshipTypeBase.slice(0, -1);
  const workbook = new WorkbookPart((await editor.text(WORKBOOK)) ?? '', relationshipNamespace);
  const relations = await editor.relationships(WORKBOOK);
  return workbook.sheets(relations).flatMap((sheet, index) => (sheet.type === 'worksheet' && sheet.part ? [{ name: sheet.name, part: sheet.part, index }] : []));
}

async function readSheet(editor: PackageEditor, sheet: { name: string; part: string; index: number }, strings: SharedString[]): Promise<TemplateSheet> {
  const xml = (await editor.text(sheet.part)) ?? '';
  const { rows } = sheetRows(xml);
  const workbookXml = (await editor.text(WORKBOOK)) ?? '';
  const { prefix } = rootElement(workbookXml);
  const list = findElement(workbookXml, `${prefix}definedNames`);
  const localNames = list ? findElements(workbookXml, `${prefix}definedName`, list.contentStart, list.contentEnd)
    .filter((element) => attribute(element.tag, 'localSheetId') === String(sheet.index))
    .map((element) => ({
      name: decodeXml(attribute(element.tag, 'name') ?? ''),
      value: decodeXml(workbookXml.slice(element.contentStart, element.contentEnd)),
      hidden: attribute(element.tag, 'hidden') === '1' || attribute(element.tag, 'hidden') === 'true',
    })) : [];
  const relations = await editor.relationships(WORKBOOK);
  const stylesPart = relations.find((r) => r.type === 'styles' && !r.external)?.target;
  return {
    name: sheet.name, xml, rows, strings, localNames, textCells: textCells(rows, strings),
    stylesXml: stylesPart ? await editor.text(stylesPart) : undefined,
  };
}

async function workbookStrings(editor: PackageEditor): Promise<SharedString[]> {
  const relations = await editor.relationships(WORKBOOK);
  const part = relations.find((r) => r.type === 'sharedStrings' && !r.external)?.target;
  return sharedStrings(part ? await editor.text(part) : undefined);
}

/** The worksheet named `name` (compared as Excel does, ignoring case), or undefined when the workbook has none. */
export async function namedTemplateSheet(editor: PackageEditor, name: string): Promise<TemplateSheet | undefined> {
  const sheet = (await worksheets(editor)).find((candidate) => candidate.name.toLocaleLowerCase() === name.toLocaleLowerCase());
  return sheet && readSheet(editor, sheet, await workbookStrings(editor));
}

/** The first worksheet (tab order) holding a `{{…}}`, or undefined when none does. */
export async function firstTemplateSheet(editor: PackageEditor): Promise<TemplateSheet | undefined> {
  const strings = await workbookStrings(editor);
  for (const sheet of await worksheets(editor)) {
    const read = await readSheet(editor, sheet, strings);
    if (read.textCells.some((cell) => placeholderTokens(cell.text).length > 0)) return read;
  }
  return undefined;
}
