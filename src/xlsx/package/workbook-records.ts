/**
 * What the product keeps in a workbook package besides its sheets, shared by the marked copy
 * (annotate-package.ts) and the filled copy (add-generated-sheets.ts): defined names local to a
 * sheet (print areas, the Issues sheet's filter), and a custom XML part recording what it wrote.
 */
import type { PackageEditor, Relationship } from './package-editor';
import { attribute, decodeXml, escapeAttribute, escapeXml, findElement, findElements, insertChild, rootElement, rootNamespace } from './xml';

const WORKBOOK = 'xl/workbook.xml';
const CUSTOM_XML_TYPE = 'application/xml';
const CUSTOM_XML_PROPERTIES_TYPE = 'application/vnd.openxmlformats-officedocument.customXmlProperties+xml';

/** Workbook children after `<definedNames>` (CT_Workbook order). */
const AFTER_DEFINED_NAMES = ['calcPr', 'oleSize', 'customWorkbookViews', 'pivotCaches', 'smartTagPr', 'smartTagTypes', 'webPublishing', 'fileRecoveryPr', 'webPublishObjects', 'extLst'];

/** The workbook with `names` as defined names local to sheet `localSheetId`, replacing that sheet's names of the same names. */
export function withLocalNames(xml: string, prefix: string, localSheetId: number, names: readonly { name: string; value: string; hidden?: boolean }[]): string {
  const elements = names.map(({ name, value, hidden }) => `<${prefix}definedName name="${escapeAttribute(name)}" localSheetId="${localSheetId}"${hidden ? ' hidden="1"' : ''}>${escapeXml(value)}</${prefix}definedName>`).join('');
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

/**
 * The first custom XML part of the workbook (`relations`: the workbook's relationships) that
 * holds `namespace` and that `parse` reads, with the part's name; `{}` when there is none.
 */
export async function readCustomXmlRecord<T>(
  editor: PackageEditor, relations: readonly Relationship[], namespace: string, parse: (xml: string) => T | undefined,
): Promise<{ record?: T; part?: string }> {
  for (const relation of relations.filter((r) => r.type === 'customXml' && !r.external)) {
    const xml = await editor.text(relation.target);
    const record = xml?.includes(namespace) ? parse(xml) : undefined;
    if (record !== undefined) return { record, part: relation.target };
  }
  return {};
}

/**
 * Every custom XML part related to the workbook, in the order of its relationships: its text, and
 * the id its properties part gives it (`ds:itemID`), when it has one.
 */
export async function readCustomXmlParts(editor: PackageEditor): Promise<{ id?: string; xml: string }[]> {
  const parts: { id?: string; xml: string }[] = [];
  for (const relation of (await editor.relationships(WORKBOOK)).filter((r) => r.type === 'customXml' && !r.external)) {
    const xml = await editor.text(relation.target);
    if (xml === undefined) continue;
    const properties = (await editor.relationships(relation.target)).find((r) => r.type === 'customXmlProps' && !r.external);
    const propertiesXml = properties && (await editor.text(properties.target));
    const id = propertiesXml ? /\s(?:[\w.-]+:)?itemID\s*=\s*"([^"]*)"/.exec(rootElement(propertiesXml).tag)?.[1] : undefined;
    parts.push({ xml, ...(id === undefined ? {} : { id: decodeXml(id) }) });
  }
  return parts;
}

/** A custom XML part's properties part: its id, and the namespace of the part's root element as its schema. */
export function customXmlPropertiesXml(itemId: string, xml: string): string {
  const namespace = rootNamespace(xml);
  const schemas = namespace ? `<ds:schemaRefs><ds:schemaRef ds:uri="${escapeAttribute(namespace)}"/></ds:schemaRefs>` : '<ds:schemaRefs/>';
  return '<?xml version="1.0" encoding="UTF-8" standalone="no"?>\r\n'
    + `<ds:datastoreItem ds:itemID="${escapeAttribute(itemId)}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml">${schemas}</ds:datastoreItem>`;
}

/** Writes a record's text into its part, or into a new custom XML part with its properties part, related to the workbook. */
export async function writeCustomXmlRecord(editor: PackageEditor, part: string | undefined, xml: string, propertiesXml: () => string): Promise<void> {
  if (part) {
    editor.write(part, xml);
    return;
  }
  let n = 1;
  while (editor.has(`customXml/item${n}.xml`) || editor.has(`customXml/itemProps${n}.xml`)) n++;
  const item = `customXml/item${n}.xml`;
  const properties = `customXml/itemProps${n}.xml`;
  editor.write(item, xml);
  editor.write(properties, propertiesXml());
  await editor.addRelationship(item, 'customXmlProps', properties);
  await editor.addContentType(item, CUSTOM_XML_TYPE);
  await editor.addContentType(properties, CUSTOM_XML_PROPERTIES_TYPE);
  await editor.addRelationship(WORKBOOK, 'customXml', item);
}
