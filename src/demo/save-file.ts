import { downloadInBrowser } from '../taskpane/download-file';

/** The MIME types of an .xlsx and of a macro-enabled .xlsm workbook. */
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const XLSM_TYPE = 'application/vnd.ms-excel.sheet.macroEnabled.12';

/** Offers the workbook's bytes as a file download. */
export function saveFileInBrowser(bytes: Uint8Array, fileName: string): void {
  downloadInBrowser(bytes as BlobPart, fileName, /\.xlsm$/i.test(fileName) ? XLSM_TYPE : XLSX_TYPE);
}
