/**
 * Excel.Workbook: the entry to worksheets, tables, notes, settings, custom
 * XML parts and the selection.
 */
import { parseRangeReference } from './address';
import type { BatchExecution } from './batch';
import { SimulatedClientObject, guarded, type OperationQueue } from './client-object';
import { SimulatedCustomXmlPartCollection } from './custom-xml-parts';
import { SimulatedOfficeError } from './errors';
import { SimulatedNoteCollection } from './notes';
import { SimulatedRange } from './range';
import { SimulatedSettingCollection } from './settings';
import { SimulatedTableCollection } from './table';
import { SimulatedWorksheetCollection } from './worksheet-collection';

export class SimulatedWorkbook extends SimulatedClientObject {
  readonly typeName = 'Workbook';
  readonly worksheets: SimulatedWorksheetCollection;
  readonly tables: SimulatedTableCollection;
  readonly settings: SimulatedSettingCollection;
  readonly notes: SimulatedNoteCollection;
  readonly customXmlParts: SimulatedCustomXmlPartCollection;

  constructor(context: OperationQueue) {
    super(context, 'workbook');
    this.worksheets = guarded(new SimulatedWorksheetCollection(context, 'workbook.worksheets'));
    this.tables = guarded(new SimulatedTableCollection(context, 'workbook.tables'));
    this.settings = guarded(new SimulatedSettingCollection(context, 'workbook.settings'));
    this.notes = guarded(new SimulatedNoteCollection(context, 'workbook.notes'));
    this.customXmlParts = guarded(new SimulatedCustomXmlPartCollection(context, 'workbook.customXmlParts'));
  }

  defaultLoadNames(): readonly string[] {
    return [];
  }

  override navigation(name: string): SimulatedClientObject | undefined {
    if (name === 'worksheets') return this.worksheets;
    if (name === 'tables') return this.tables;
    if (name === 'settings') return this.settings;
    if (name === 'notes') return this.notes;
    if (name === 'customXmlParts') return this.customXmlParts;
    return undefined;
  }

  readScalar(_batch: BatchExecution, name: string): unknown {
    return this.notSimulated(name);
  }

  private selectionRange(member: string, cellOnly: boolean): SimulatedRange {
    return guarded(
      new SimulatedRange(this.context, `workbook.${member}()`, (batch) => {
        const { sheetId, address } = batch.workbook.selection;
        const reference = parseRangeReference(address);
        if (!reference || !batch.sheetById(sheetId)) throw new SimulatedOfficeError('GeneralException', undefined, `Workbook.${member}`);
        const rect = cellOnly ? { ...reference.rect, rowCount: 1, colCount: 1 } : reference.rect;
        return { sheetId, rect };
      }),
    );
  }

  /** The selected range (one area) on the active sheet. */
  getSelectedRange(): SimulatedRange {
    return this.selectionRange('getSelectedRange', false);
  }

  /** The active cell: the selection's top-left cell. */
  getActiveCell(): SimulatedRange {
    return this.selectionRange('getActiveCell', true);
  }
}
