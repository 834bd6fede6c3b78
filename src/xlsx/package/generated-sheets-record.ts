import type { SheetOrigin } from '../../core/template/sheet-description';
import { customXmlPropertiesXml } from './workbook-records';
import { attribute, decodeXml, escapeAttribute, findElement, findElements } from './xml';

/**
 * Which sheets of a workbook this product generated (filled forms), by name,
 * with the template and project each was made from and the text of its first
 * cell: filling the same project again replaces its sheet, and no other — a
 * sheet of that name whose first cell no longer says what was written there
 * is the user's now. Kept as a custom XML part of its own
 * (customXml/itemN.xml) beside the marks record (marks-record.ts), which
 * Excel carries through every save.
 */

export const GENERATED_SHEETS_NAMESPACE = 'urn:project-report-checker:generated-sheets:1';
/** The custom XML part's id (its itemProps): one fixed id, so the same input gives the same copy. */
export const GENERATED_SHEETS_ITEM_ID = '{3B9D6A1E-4C27-4F85-A0D2-7E61C5B8F934}';

export interface GeneratedSheet extends SheetOrigin {
  name: string;
  /** The text of the sheet's cell A1 as written ('' for none). */
  firstCell: string;
}

/** The sheets a custom XML part records, or undefined when the part is not this record. */
export function parseGeneratedSheets(xml: string): GeneratedSheet[] | undefined {
  const root = findElement(xml, 'generatedSheets');
  if (!root || decodeXml(attribute(root.tag, 'xmlns') ?? '') !== GENERATED_SHEETS_NAMESPACE) return undefined;
  return findElements(xml, 'sheet', root.contentStart, root.contentEnd).flatMap(({ tag }) => {
    const [name, template, project, firstCell] = ['name', 'template', 'project', 'firstCell'].map((key) => attribute(tag, key));
    if (name === undefined || template === undefined || project === undefined) return [];
    return [{ name: decodeXml(name), template: decodeXml(template), project: decodeXml(project), firstCell: decodeXml(firstCell ?? '') }];
  });
}

export function generatedSheetsXml(sheets: readonly GeneratedSheet[]): string {
  const entries = sheets.map((sheet) => `<sheet name="${escapeAttribute(sheet.name)}" template="${escapeAttribute(sheet.template)}"`
    + ` project="${escapeAttribute(sheet.project)}" firstCell="${escapeAttribute(sheet.firstCell)}"/>`).join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<generatedSheets xmlns="${GENERATED_SHEETS_NAMESPACE}">${entries}</generatedSheets>`;
}

/** The custom XML part's properties part, naming the record's namespace. */
export function generatedSheetsPropertiesXml(): string {
  return customXmlPropertiesXml(GENERATED_SHEETS_ITEM_ID, generatedSheetsXml([]));
}
