import JSZip from 'jszip';
import type { WorkbookModel } from '../devhost/model';
import { workbookModelToXlsx } from './host-workbook';
import { UnexpressibleChangeError, workbookChanges, type UnexpressibleChange } from './model-changes';
import { applyWorkbookChanges } from './package/apply-workbook-changes';
import { PackageEditor } from './package/package-editor';
import { causeText } from './read-error';

/**
 * A workbook opened from a file and changed in the simulated host, saved
 * (DESIGN §8: nothing lost): the opened file's package with only what changed
 * in the model applied to it (apply-workbook-changes.ts), so column widths,
 * borders, alignment, filters, page setup, charts, pivot tables, document
 * properties and every value the model was not asked to change keep their
 * bytes. When the changes hold something that cannot be applied to the
 * package, the whole model is written out instead (workbookModelToXlsx, which
 * carries only what the model holds), and the result says why.
 */

export interface ChangedWorkbook {
  bytes: Uint8Array;
  /** Set when the workbook was written from the model alone: what could not be applied to the opened file. */
  fallback?: UnexpressibleChange;
}

/**
 * `opened` is the model exactly as `workbookModelFromXlsx(source)` read it;
 * `current` is the model now. The source bytes are not changed.
 * `await changedWorkbook({ data, opened }, host.model)` → `{ bytes }` (the package, marked and fixed).
 */
export async function changedWorkbook(source: { data: Uint8Array; opened: WorkbookModel }, current: WorkbookModel): Promise<ChangedWorkbook> {
  const result = workbookChanges(source.opened, current);
  let fallback: UnexpressibleChange;
  if ('changes' in result) {
    try {
      // A package of its own: the caller's bytes stay as they are.
      const editor = await PackageEditor.open(await JSZip.loadAsync(source.data));
      await applyWorkbookChanges(editor, result.changes, source.opened);
      return { bytes: await editor.bytes() };
    } catch (error) {
      fallback = error instanceof UnexpressibleChangeError ? error.change : { kind: 'package', detail: causeText(error) };
    }
  } else {
    fallback = result.unexpressible;
  }
  return { bytes: await workbookModelToXlsx(current), fallback };
}
