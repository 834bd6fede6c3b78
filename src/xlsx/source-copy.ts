import JSZip from 'jszip';
import { identifySpreadsheet } from './file-format';
import { csvWorkbookPackage } from './package/csv-package';
import { PackageEditor } from './package/package-editor';
import { csvGrid } from './read';
import { WorkbookReadError, causeText } from './read-error';

/**
 * A copy of the source with `edit` applied to its package: an .xlsx source's own package (opened
 * afresh, so the caller's bytes stay as they are), a CSV source as a workbook holding its one
 * sheet. A part that is not what the format says (not UTF-8, an element missing) ends in one
 * WorkbookReadError worded by `failure` from the cause.
 */
export async function editedCopy<T>(
  source: { data: Uint8Array; fileName: string },
  edit: (editor: PackageEditor) => Promise<T>,
  failure: (cause: string) => string,
): Promise<{ bytes: Uint8Array; result: T }> {
  const spreadsheet = await identifySpreadsheet(source.data, source.fileName);
  const zip = spreadsheet.kind === 'xlsx'
    ? await JSZip.loadAsync(source.data)
    : csvWorkbookPackage(csvGrid(spreadsheet.text, spreadsheet.delimiter, source.fileName));
  try {
    const editor = await PackageEditor.open(zip);
    const result = await edit(editor);
    return { bytes: await editor.bytes(), result };
  } catch (error) {
    throw new WorkbookReadError(failure(causeText(error)), { cause: error });
  }
}
