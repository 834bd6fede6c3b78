/// <reference types="office-js" />
/**
 * The two globals the adapter needs, passed in from outside (DESIGN §7): real
 * Excel hands over its `Excel` and `Office`; the demo and the tests hand over
 * the simulated host's. Nothing in src/excel reads a global.
 */
import type { Language } from './types';

export interface ExcelHost {
  Excel: {
    run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
    /** Opens a new workbook from base64 .xlsx bytes (ExcelApi 1.8). */
    createWorkbook?(base64?: string): Promise<void>;
  };
  Office: {
    context: {
      /** `th-TH`, `en-US`…; absent outside Office (the simulated host has none). */
      displayLanguage?: string;
      requirements: { isSetSupported(name: string, minVersion?: string): boolean };
    };
  };
}

/** RangeAreas (getRanges), getCellProperties/setCellProperties and fill.tintAndShade: the marking needs them. */
export const MARKING_API_VERSION = '1.9';

/** Excel.createWorkbook: a workbook the add-in made opened in a window of its own. */
export const CREATE_WORKBOOK_API_VERSION = '1.8';

/** Notes (DESIGN §7): absent from volume-licensed Office 2021/2024. */
export const NOTES_API_VERSION = '1.18';

export function supportsExcelApi(host: ExcelHost, version: string): boolean {
  return host.Office.context.requirements.isSetSupported('ExcelApi', version);
}

/** `th-TH` → th; anything else (or nothing) → en. */
export function languageOf(displayLanguage: string | undefined): Language {
  return displayLanguage?.toLowerCase().startsWith('th') ? 'th' : 'en';
}
