import JSZip from 'jszip';
import type { SheetDescription } from '../core/template/sheet-description';
import { identifySpreadsheet } from './file-format';
import { addGeneratedSheets, type WrittenSheet } from './package/add-generated-sheets';
import { csvWorkbookPackage } from './package/csv-package';
import { PackageEditor } from './package/package-editor';
import { csvGrid } from './read';
import { WorkbookReadError, causeText } from './read-error';

/**
 * A copy of a workbook with described sheets (filled forms) added: the source
 * package with new worksheet parts, their formats and print settings, and
 * nothing else of the user's changed (see addGeneratedSheets). Forms filled
 * into the copy before are replaced, not repeated. A CSV source becomes a
 * workbook holding its one sheet and the forms. The source bytes are not changed.
 */
export async function writeFilledWorkbook(
  source: { data: Uint8Array; fileName: string },
  descriptions: readonly SheetDescription[],
): Promise<{ data: Uint8Array; sheets: WrittenSheet[] }> {
  const spreadsheet = await identifySpreadsheet(source.data, source.fileName);
  const zip = spreadsheet.kind === 'xlsx'
    // A package of its own: the caller's bytes stay as they are.
    ? await JSZip.loadAsync(source.data)
    : csvWorkbookPackage(csvGrid(spreadsheet.text, spreadsheet.delimiter, source.fileName));
  try {
    const editor = await PackageEditor.open(zip);
    const sheets = await addGeneratedSheets(editor, descriptions);
    return { data: await editor.bytes(), sheets };
  } catch (error) {
    throw new WorkbookReadError(`${source.fileName} could not be copied with the filled forms (${causeText(error)})`, { cause: error });
  }
}
