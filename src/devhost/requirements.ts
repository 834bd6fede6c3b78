/**
 * Requirement sets: what `Office.context.requirements.isSetSupported` answers,
 * and what the host refuses at sync (`ApiNotFound`) when an add-in calls an API
 * newer than the host. Default: ExcelApi 1.18 (notes); pass
 * `{ ExcelApi: '1.17' }` to be a volume-licensed Office 2021/2024 without notes.
 */
export type SupportedSets = Record<string, string>;

export const DEFAULT_SUPPORTED_SETS: SupportedSets = { ExcelApi: '1.18' };

/** An API's requirement, e.g. `{ set: 'ExcelApi', version: '1.18' }` for notes. */
export interface Requirement {
  set: string;
  version: string;
}

export const EXCEL_API = (version: string): Requirement => ({ set: 'ExcelApi', version });

/** Workbook.customXmlParts and everything reached through it (custom-xml-parts.ts). */
export const CUSTOM_XML_PARTS_API = EXCEL_API('1.5');

function versionParts(version: string | number): number[] {
  return String(version).split('.').map((part) => Number(part) || 0);
}

/** `compareVersions('1.10', '1.9')` → 1: minor versions are numbers, not decimals. */
export function compareVersions(a: string | number, b: string | number): number {
  const left = versionParts(a);
  const right = versionParts(b);
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const diff = (left[i] ?? 0) - (right[i] ?? 0);
    if (diff !== 0) return Math.sign(diff);
  }
  return 0;
}

/** Office.context.requirements.isSetSupported(name, minVersion?) over the configured sets; names compare case-insensitively. */
export function isSetSupported(sets: SupportedSets, name: string, minVersion?: string | number): boolean {
  const entry = Object.entries(sets).find(([set]) => set.toLowerCase() === String(name).toLowerCase());
  if (!entry) return false;
  if (minVersion === undefined || minVersion === '') return true;
  return compareVersions(entry[1], minVersion) >= 0;
}
