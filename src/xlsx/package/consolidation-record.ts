import type { RunRecord } from '../../core/consolidate/changes';
import { attribute, decodeXml, escapeXml, findElement } from './xml';

/**
 * A consolidation's record of itself (core/consolidate/changes.ts) — the files' digests and the
 * rows' fingerprints — kept in the workbook it wrote as a custom XML part, which Excel carries
 * through every save: the next month's run compares against it. The record is JSON inside one element.
 */

export const CONSOLIDATION_NAMESPACE = 'urn:project-report-checker:consolidation:1';
export const CONSOLIDATION_ITEM_ID = '{9C4E2B71-0D5A-4F3E-B8A6-27D1E5F04C93}';

export function consolidationRecordXml(record: RunRecord): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<consolidation xmlns="${CONSOLIDATION_NAMESPACE}">${escapeXml(JSON.stringify(record))}</consolidation>`;
}

function isRunRecord(value: unknown): value is RunRecord {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Partial<RunRecord>;
  return record.version === 1 && typeof record.ranAt === 'string' && Array.isArray(record.files) && Array.isArray(record.rows)
    && record.files.every((f) => typeof f?.file === 'string' && typeof f?.sha256 === 'string')
    && record.rows.every((r) => typeof r?.agency === 'string' && typeof r?.key === 'string' && typeof r?.digest === 'string' && (r?.kind === 'project' || r?.kind === 'report'));
}

/** The record a custom XML part holds, or undefined when the part is not one (or is damaged). */
export function parseConsolidationRecord(xml: string): RunRecord | undefined {
  const root = findElement(xml, 'consolidation');
  if (!root || root.selfClosing || decodeXml(attribute(root.tag, 'xmlns') ?? '') !== CONSOLIDATION_NAMESPACE) return undefined;
  try {
    const value: unknown = JSON.parse(decodeXml(xml.slice(root.contentStart, root.contentEnd)));
    return isRunRecord(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

export function consolidationPropertiesXml(): string {
  return '<?xml version="1.0" encoding="UTF-8" standalone="no"?>\r\n'
    + `<ds:datastoreItem ds:itemID="${CONSOLIDATION_ITEM_ID}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml">`
    + `<ds:schemaRefs><ds:schemaRef ds:uri="${CONSOLIDATION_NAMESPACE}"/></ds:schemaRefs></ds:datastoreItem>`;
}
