import { downloadInBrowser } from '../taskpane/download-file';

/** The MIME type of an .xlsx workbook. */
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Offers the workbook's bytes as a file download. */
export function saveFileInBrowser(bytes: Uint8Array, fileName: string): void {
  downloadInBrowser(bytes as BlobPart, fileName, XLSX_TYPE);
}
