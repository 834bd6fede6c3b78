import type { SheetDescription } from '../core/template/sheet-description';
import { addGeneratedSheets, type WrittenSheet } from './package/add-generated-sheets';
import { editedCopy } from './source-copy';

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
  const { bytes, result } = await editedCopy(
    source,
    (editor) => addGeneratedSheets(editor, descriptions),
    (cause) => `${source.fileName} could not be copied with the filled forms (${cause})`,
  );
  return { data: bytes, sheets: result };
}
