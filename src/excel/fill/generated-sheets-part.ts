/// <reference types="office-js" />
/**
 * The command line's record of the sheets it filled — a custom XML part in
 * the namespace `urn:project-report-checker:generated-sheets:1`
 * (src/xlsx/package/generated-sheets-record.ts, whose parser reads it here
 * too) — read through Office.js custom XML parts (ExcelApi 1.5), so the pane
 * knows the forms the command line filled and replaces them rather than
 * writing ` (2)` beside them. Only read: the pane records what it fills in its
 * own record (form-record.ts).
 *
 * The reading adds no sync of its own: the part is looked up before the
 * caller's next sync, its XML asked for before the one after, and read then.
 * A null object is never asked for its XML, and on a host without ExcelApi 1.5
 * nothing is queued: the record reads as empty.
 */
import type { RecordedSheet } from '../../core/template/filled-sheets';
import { GENERATED_SHEETS_NAMESPACE, parseGeneratedSheets } from '../../xlsx/package/generated-sheets-record';

export interface GeneratedSheetsRead {
  /** After the sync that followed the lookup: queues the part's XML, when there is the part. */
  queueXml(): void;
  /** After the sync that followed queueXml: the sheets the record lists ([] without one). */
  sheets(): RecordedSheet[];
}

/**
 * Queues the lookup of the command line's record (`supported`: the host has ExcelApi 1.5). One
 * part in the namespace is the record; none, or more than one (copies Excel cannot tell apart), is none.
 */
export function queueGeneratedSheetsLookup(context: Excel.RequestContext, supported: boolean): GeneratedSheetsRead {
  if (!supported) return { queueXml: () => undefined, sheets: () => [] };
  const part = context.workbook.customXmlParts.getByNamespace(GENERATED_SHEETS_NAMESPACE).getOnlyItemOrNullObject();
  let xml: OfficeExtension.ClientResult<string> | undefined;
  return {
    queueXml: () => {
      if (!part.isNullObject) xml = part.getXml();
    },
    sheets: () => {
      if (!xml) return [];
      // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read -- a ClientResult needs no load; the caller reads it after the sync that followed queueXml
      return parseGeneratedSheets(xml.value) ?? [];
    },
  };
}
