import type { Issue } from '../core/model';
import type { Language } from '../core/output/annotation-text';
import { annotatePackage } from './package/annotate-package';
import { editedCopy } from './source-copy';

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
  const { bytes } = await editedCopy(
    source,
    (editor) => annotatePackage(editor, issues, lang),
    (cause) => `${source.fileName} could not be copied with marks (${cause}); the findings themselves are still valid`,
  );
  return bytes;
}
