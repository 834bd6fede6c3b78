import JSZip from 'jszip';
import type { Issue } from '../core/model';
import type { Language } from '../core/output/annotation-text';
import { identifySpreadsheet } from './file-format';
import { annotatePackage } from './package/annotate-package';
import { csvWorkbookPackage } from './package/csv-package';
import { PackageEditor } from './package/package-editor';
import { csvGrid } from './read';
import { WorkbookReadError, causeText } from './read-error';

/**
 * A marked copy of a workbook (DESIGN §8): each finding's cell filled by
 * severity (error light red, warning light yellow, info light blue; the most
 * severe wins) with a note listing its findings, and an Issues sheet linking
 * to every cell. The copy is the source package with only the parts the
 * marks need changed (see annotatePackage): values, and everything else of
 * the user's, keep their bytes. A CSV source becomes a workbook holding its
 * one sheet. The source bytes are not changed.
 */
export async function writeAnnotatedWorkbook(
  source: { data: Uint8Array; fileName: string },
  issues: Issue[],
  lang: Language,
): Promise<Uint8Array> {
  const spreadsheet = await identifySpreadsheet(source.data, source.fileName);
  const zip = spreadsheet.kind === 'xlsx'
    // A package of its own: the caller's JSZip and bytes stay as they are.
    ? await JSZip.loadAsync(source.data)
    : csvWorkbookPackage(csvGrid(spreadsheet.text, spreadsheet.delimiter, source.fileName));
  try {
    const editor = await PackageEditor.open(zip);
    await annotatePackage(editor, issues, lang);
    return await editor.bytes();
  } catch (error) {
    // A part that is not what the format says (not UTF-8, an element missing): say so plainly.
    throw new WorkbookReadError(`${source.fileName} could not be copied with marks (${causeText(error)}); the findings themselves are still valid`, { cause: error });
  }
}
