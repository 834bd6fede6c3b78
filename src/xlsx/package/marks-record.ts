import type { OriginalFill } from './cell-styles';
import { attribute, decodeXml, escapeAttribute, escapeXml, findElement, findElements } from './xml';

/**
 * What an annotated copy records about its own marks, so that marking the
 * copy again takes the old marks off first instead of stacking new ones: the
 * name of its Issues sheet and, for each marked cell, the fill its format had
 * before (by content, not by index: Excel renumbers styles when it saves).
 * Kept as a custom XML part (customXml/itemN.xml), which Excel carries
 * through every save and the add-in's Office.js could read.
 */

export const MARKS_NAMESPACE = 'urn:project-report-checker:marks:1';
/** The custom XML part's id (its itemProps). One fixed id: the same input gives the same copy. */
export const MARKS_ITEM_ID = '{6E1F3C52-8B7A-4D0E-9C31-5A2B7F4E8D10}';

/** A marked cell as the record keeps it. */
export interface MarkedCell extends OriginalFill {
  /** True when the sheet listed no cell there and the marking inserted one. */
  inserted: boolean;
}

export interface MarksRecord {
  issuesSheet?: string;
  /** Marked cells by sheet name, then A1 address. */
  sheets: Map<string, Map<string, MarkedCell>>;
}

/** The record a custom XML part holds, or undefined when the part is not one. */
export function parseMarksRecord(xml: string): MarksRecord | undefined {
  const root = findElement(xml, 'marks');
  if (!root || decodeXml(attribute(root.tag, 'xmlns') ?? '') !== MARKS_NAMESPACE) return undefined;
  const issuesSheet = attribute(root.tag, 'issuesSheet');
  const sheets = new Map<string, Map<string, MarkedCell>>();
  for (const sheet of findElements(xml, 'sheet', root.contentStart, root.contentEnd)) {
    const cells = new Map<string, MarkedCell>();
    for (const cell of findElements(xml, 'cell', sheet.contentStart, sheet.contentEnd)) {
      const [ref, fillId, applyFill, inserted] = ['ref', 'fillId', 'applyFill', 'inserted'].map((name) => attribute(cell.tag, name));
      if (ref === undefined) continue;
      cells.set(decodeXml(ref), {
        fillId: fillId === undefined ? undefined : decodeXml(fillId),
        applyFill: applyFill === undefined ? undefined : decodeXml(applyFill),
        fill: decodeXml(xml.slice(cell.contentStart, cell.contentEnd)),
        inserted: inserted === '1',
      });
    }
    sheets.set(decodeXml(attribute(sheet.tag, 'name') ?? ''), cells);
  }
  return { issuesSheet: issuesSheet === undefined ? undefined : decodeXml(issuesSheet), sheets };
}

/** The record as its custom XML part: each cell's original fill element kept as escaped text. */
export function marksRecordXml(record: MarksRecord): string {
  const sheets = [...record.sheets].filter(([, cells]) => cells.size > 0).map(([name, cells]) => `<sheet name="${escapeAttribute(name)}">${[...cells].map(([ref, cell]) => {
    const attributes = [['ref', ref], ['fillId', cell.fillId], ['applyFill', cell.applyFill], ['inserted', cell.inserted ? '1' : undefined]]
      .filter((pair): pair is [string, string] => pair[1] !== undefined)
      .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`).join('');
    return `<cell${attributes}>${escapeXml(cell.fill)}</cell>`;
  }).join('')}</sheet>`).join('');
  const issuesSheet = record.issuesSheet === undefined ? '' : ` issuesSheet="${escapeAttribute(record.issuesSheet)}"`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<marks xmlns="${MARKS_NAMESPACE}"${issuesSheet}>${sheets}</marks>`;
}

/** The custom XML part's properties part, naming the record's namespace. */
export function marksRecordPropertiesXml(): string {
  return '<?xml version="1.0" encoding="UTF-8" standalone="no"?>\r\n'
    + `<ds:datastoreItem ds:itemID="${MARKS_ITEM_ID}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml">`
    + `<ds:schemaRefs><ds:schemaRef ds:uri="${MARKS_NAMESPACE}"/></ds:schemaRefs></ds:datastoreItem>`;
}
