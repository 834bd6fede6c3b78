import JSZip from 'jszip';
import { DEFAULT_READ_LIMITS, type ReadLimits } from '../core/model';
import { startsWithBytes } from './bytes';
import { decodeText, detectDelimiter, type CsvDelimiter } from './csv';
import { partPrefix } from './package-reader';
import { WorkbookReadError, limitExceeded } from './read-error';

/**
 * What a file holds, told by its bytes first and its name second: an .xlsx
 * package (opened), CSV text, or a WorkbookReadError saying what it is instead
 * and what to do (an .xls, a password-protected workbook, a PDF…).
 */
export type SpreadsheetSource =
  | { kind: 'xlsx'; zip: JSZip }
  | { kind: 'csv'; text: string; delimiter: CsvDelimiter };

const ZIP_MAGIC = [0x50, 0x4b];
const OLE2_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d];

/** True when `name` appears in the bytes as UTF-16LE, as stream names do in an OLE2 (Office 97–2003) file. */
function hasUtf16Name(data: Uint8Array, name: string): boolean {
  const pattern = Array.from(name).flatMap((ch) => [ch.charCodeAt(0), 0]);
  outer: for (let i = 0; i <= data.length - pattern.length; i++) {
    for (let j = 0; j < pattern.length; j++) if (data[i + j] !== pattern[j]) continue outer;
    return true;
  }
  return false;
}

function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}

const SAVE_AS_XLSX = 'open it in Excel and save it as .xlsx (File > Save As > Excel Workbook)';

function oleProblem(data: Uint8Array, fileName: string): string {
  if (hasUtf16Name(data, 'EncryptedPackage') || hasUtf16Name(data, 'EncryptionInfo')) {
    return `${fileName} is password-protected: open it in Excel, remove the password (File > Info > Protect Workbook > Encrypt with Password) and save it again`;
  }
  if (hasUtf16Name(data, 'Workbook') || hasUtf16Name(data, 'Book')) {
    return `${fileName} is an old-format Excel workbook (.xls, Excel 97-2003): ${SAVE_AS_XLSX}`;
  }
  if (hasUtf16Name(data, 'WordDocument')) return `${fileName} is a Word document, not a spreadsheet`;
  return `${fileName} is an old Microsoft Office file but not an Excel workbook; expected an .xlsx or .csv file`;
}

async function zipProblem(zip: JSZip, fileName: string): Promise<string | undefined> {
  if (zip.file('xl/workbook.xml')) return undefined;
  if (zip.file('xl/workbook.bin')) return `${fileName} is an Excel binary workbook (.xlsb): ${SAVE_AS_XLSX}`;
  const entry = zip.file('mimetype');
  const mimetype = entry ? new TextDecoder().decode(await partPrefix(entry, 256).catch(() => new Uint8Array())) : undefined;
  if (mimetype?.includes('opendocument.spreadsheet')) {
    return `${fileName} is an OpenDocument spreadsheet (.ods): save it as .xlsx (File > Save As > Excel 2007-365)`;
  }
  if (zip.file('word/document.xml')) return `${fileName} is a Word document, not a spreadsheet`;
  if (zip.file('ppt/presentation.xml')) return `${fileName} is a PowerPoint presentation, not a spreadsheet`;
  return `${fileName} is a ZIP archive but not an Excel workbook; expected an .xlsx or .csv file`;
}

/** What a text file that is not CSV looks like, if it is something recognisable. */
function textProblem(text: string, fileName: string): string | undefined {
  const head = text.slice(0, 4096).trimStart().toLowerCase();
  if (head.startsWith('<?xml') && head.includes('urn:schemas-microsoft-com:office:spreadsheet')) {
    return `${fileName} is an Excel 2003 XML spreadsheet: ${SAVE_AS_XLSX}`;
  }
  if (/^<(!doctype html|html|table|meta|head|body)\b/.test(head) || head.includes('<html')) {
    return `${fileName} is a web page (HTML) with a spreadsheet name, not a real Excel file: ${SAVE_AS_XLSX}`;
  }
  return undefined;
}

const NOT_A_SPREADSHEET = 'is not a spreadsheet: expected an .xlsx workbook or a .csv file';

/** True when `data` begins as a ZIP package, an old Office (OLE2) file or a PDF does: not CSV text, whatever else it is. */
export function startsAsPackageOrDocument(data: Uint8Array): boolean {
  return startsWithBytes(data, ZIP_MAGIC) || startsWithBytes(data, OLE2_MAGIC) || startsWithBytes(data, PDF_MAGIC);
}

/**
 * The delimiter of a CSV file's text — detected in its first rows, a comma for a .csv, .tsv or
 * .txt file whose rows have one field — or the WorkbookReadError saying what the text is instead
 * (an Excel 2003 XML file, a web page saved with a spreadsheet's name, text without columns).
 * Needs the text's first 4,096 characters and first 50 rows, or all of it.
 */
export function csvDelimiterOf(text: string, fileName: string): CsvDelimiter {
  const problem = textProblem(text, fileName);
  if (problem) throw new WorkbookReadError(problem);
  const named = ['csv', 'tsv', 'txt'].includes(extensionOf(fileName));
  const delimiter = detectDelimiter(text) ?? (named ? ',' : undefined);
  if (delimiter === undefined) {
    const extension = extensionOf(fileName);
    throw new WorkbookReadError(extension === 'xlsx' || extension === 'xls'
      ? `${fileName} is a text file, not an Excel workbook; if it holds comma-separated data, rename it to .csv`
      : `${fileName} ${NOT_A_SPREADSHEET}`);
  }
  return delimiter;
}

/**
 * Tells what `data` holds. Throws WorkbookReadError when it is not an .xlsx
 * package nor CSV text, with a message naming the file and the way out, and
 * ReadLimitError when it is larger than limits.maxInputBytes.
 */
export async function identifySpreadsheet(data: Uint8Array, fileName: string, limits: ReadLimits = DEFAULT_READ_LIMITS): Promise<SpreadsheetSource> {
  if (data.length === 0) throw new WorkbookReadError(`${fileName} is empty (0 bytes)`);
  if (data.length > limits.maxInputBytes) throw limitExceeded(fileName, 'maxInputBytes', limits, 'it is larger than');
  if (startsWithBytes(data, ZIP_MAGIC)) {
    let zip: JSZip;
    try {
      zip = await JSZip.loadAsync(data);
    } catch (error) {
      throw new WorkbookReadError(`${fileName} is damaged: it starts like an .xlsx file but cannot be unpacked (was the download or copy cut short?)`, { cause: error });
    }
    const problem = await zipProblem(zip, fileName);
    if (problem) throw new WorkbookReadError(problem);
    return { kind: 'xlsx', zip };
  }
  if (startsWithBytes(data, OLE2_MAGIC)) throw new WorkbookReadError(oleProblem(data, fileName));
  if (startsWithBytes(data, PDF_MAGIC)) throw new WorkbookReadError(`${fileName} is a PDF document, not a spreadsheet: use the workbook it was printed from, or export the data as .xlsx or .csv`);

  const text = decodeText(data);
  if (text === undefined) throw new WorkbookReadError(`${fileName} ${NOT_A_SPREADSHEET}`);
  const delimiter = csvDelimiterOf(text, fileName);
  return { kind: 'csv', text, delimiter };
}
