/**
 * Changes to the workbook's list of sheets, with Excel's rules: valid unique
 * names; at least one visible sheet; a very hidden sheet cannot be deleted
 * (GeneralException, by design: github.com/OfficeDev/office-js/issues/365);
 * hiding or deleting the active sheet activates the next visible one.
 */
import type { BatchExecution } from './batch';
import { rewriteReferences } from '../core/template/formula-references';
import { NotSimulatedError, SimulatedOfficeError } from './errors';
import { nextSheetId, type SheetModel, type SheetVisibility } from './model';
import { isDuplicateSheetName, MAX_SHEET_NAME_LENGTH, sheetNameProblem } from './sheet-names';

const VISIBILITIES: readonly SheetVisibility[] = ['Visible', 'Hidden', 'VeryHidden'];

function otherNames(batch: BatchExecution, exceptId?: string): string[] {
  return batch.workbook.sheets.filter((sheet) => sheet.id !== exceptId).map((sheet) => sheet.name);
}

/** InvalidArgument for a malformed name, ItemAlreadyExists for a taken one. */
function checkName(batch: BatchExecution, name: unknown, location: string, exceptId?: string): string {
  const existing = otherNames(batch, exceptId);
  if (typeof name !== 'string') throw new SimulatedOfficeError('InvalidArgument', undefined, location);
  const problem = sheetNameProblem(name, existing);
  if (!problem) return name;
  if (isDuplicateSheetName(name, existing)) throw new SimulatedOfficeError('ItemAlreadyExists', undefined, location);
  throw new SimulatedOfficeError('InvalidArgument', `${problem}.`, location);
}

function defaultSheetName(batch: BatchExecution): string {
  const taken = new Set(otherNames(batch).map((name) => name.toLocaleUpperCase()));
  for (let n = batch.workbook.sheets.length + 1; ; n++) if (!taken.has(`SHEET${n}`)) return `Sheet${n}`;
}

/** WorksheetCollection.add: appended after the last sheet, visible, not activated. */
export function addSheet(batch: BatchExecution, name: string | undefined, location: string): SheetModel {
  const sheetName = name === undefined || name === null ? defaultSheetName(batch) : checkName(batch, name, location);
  const sheet: SheetModel = {
    id: nextSheetId(batch.workbook),
    name: sheetName,
    visibility: 'Visible',
    protected: false,
    frozenRows: 0,
    frozenColumns: 0,
    cells: {},
  };
  batch.workbook.sheets.push(sheet);
  return sheet;
}

export function renameSheet(batch: BatchExecution, sheetId: string, name: unknown, location: string): void {
  const checked = checkName(batch, name, location, sheetId);
  batch.writableSheet(sheetId).name = checked;
}

function nextVisibleSheet(batch: BatchExecution, fromIndex: number, excludeId: string): SheetModel | undefined {
  const sheets = batch.workbook.sheets;
  const after = sheets.slice(fromIndex + 1).find((sheet) => sheet.visibility === 'Visible' && sheet.id !== excludeId);
  return after ?? [...sheets.slice(0, fromIndex)].reverse().find((sheet) => sheet.visibility === 'Visible' && sheet.id !== excludeId);
}

/** Moves the active sheet (and the selection) off a sheet that is being hidden or deleted. */
function leaveSheet(batch: BatchExecution, sheet: SheetModel, location: string): void {
  const index = batch.workbook.sheets.findIndex((candidate) => candidate.id === sheet.id);
  const next = nextVisibleSheet(batch, index, sheet.id);
  if (!next) throw new SimulatedOfficeError('InvalidOperation', 'A workbook must contain at least one visible worksheet.', location);
  if (batch.workbook.activeSheetId === sheet.id) {
    batch.workbook.activeSheetId = next.id;
    batch.workbook.selection = { sheetId: next.id, address: 'A1' };
  }
}

export function setSheetVisibility(batch: BatchExecution, sheetId: string, visibility: unknown, location: string): void {
  if (!VISIBILITIES.includes(visibility as SheetVisibility)) throw new SimulatedOfficeError('InvalidArgument', undefined, location);
  const sheet = batch.writableSheet(sheetId);
  if (visibility !== 'Visible' && sheet.visibility === 'Visible') leaveSheet(batch, sheet, location);
  sheet.visibility = visibility as SheetVisibility;
}

export function moveSheet(batch: BatchExecution, sheetId: string, position: unknown, location: string): void {
  const sheets = batch.workbook.sheets;
  if (typeof position !== 'number' || !Number.isInteger(position) || position < 0 || position >= sheets.length) {
    throw new SimulatedOfficeError('InvalidArgument', undefined, location);
  }
  const index = sheets.findIndex((sheet) => sheet.id === sheetId);
  const [sheet] = sheets.splice(index, 1);
  sheets.splice(position, 0, sheet);
}

export function deleteSheet(batch: BatchExecution, sheetId: string, location: string): void {
  const sheet = batch.sheetById(sheetId);
  if (!sheet) throw new SimulatedOfficeError('ItemNotFound', undefined, location);
  if (sheet.visibility === 'VeryHidden') {
    throw new SimulatedOfficeError('GeneralException', 'There was an internal error while processing the request.', location);
  }
  if (sheet.visibility === 'Visible') leaveSheet(batch, sheet, location);
  batch.workbook.sheets = batch.workbook.sheets.filter((candidate) => candidate.id !== sheetId);
  batch.workbook.tables = batch.workbook.tables.filter((table) => table.sheetId !== sheetId);
}

export function activateSheet(batch: BatchExecution, sheetId: string, location: string): void {
  const sheet = batch.sheetById(sheetId);
  if (!sheet) throw new SimulatedOfficeError('ItemNotFound', undefined, location);
  if (sheet.visibility !== 'Visible') throw new SimulatedOfficeError('InvalidOperation', undefined, location);
  if (batch.workbook.activeSheetId === sheetId) return;
  batch.workbook.activeSheetId = sheetId;
  batch.workbook.selection = { sheetId, address: 'A1' };
}

export type PositionType = 'None' | 'Before' | 'After' | 'Beginning' | 'End';

/**
 * Worksheet.copy (ExcelApi 1.7): "Name (2)", placed as asked ("None" = at the beginning), with
 * everything the sheet holds — cells, formats, notes, links, layout, merged areas, widths and
 * heights, gridlines, page layout with print area, titles and breaks, freeze panes, protection.
 */
export function copySheet(
  batch: BatchExecution,
  sheetId: string,
  positionType: PositionType,
  relativeToId: string | undefined,
  location: string,
): SheetModel {
  const source = batch.sheetById(sheetId);
  if (!source) throw new SimulatedOfficeError('ItemNotFound', undefined, location);
  if (batch.workbook.tables.some((table) => table.sheetId === sheetId)) {
    throw new NotSimulatedError('Worksheet.copy of a sheet that holds tables');
  }
  const taken = new Set(otherNames(batch).map((name) => name.toLocaleUpperCase()));
  let copyName = '';
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    copyName = source.name.slice(0, MAX_SHEET_NAME_LENGTH - suffix.length) + suffix;
    if (!taken.has(copyName.toLocaleUpperCase())) break;
  }
  if ((source.charts ?? []).length > 0) throw new NotSimulatedError('Worksheet.copy of a sheet that holds charts');
  // Excel points the copy's references to its own sheet at the copy.
  const cells = Object.fromEntries(Object.entries(source.cells).map(([key, cell]) => [key, cell.formula === undefined ? cell : {
    ...cell, formula: `=${rewriteReferences(cell.formula.slice(1), { own: source.name, renamed: copyName }, () => undefined)}`,
  }]));
  const copy: SheetModel = { ...source, id: nextSheetId(batch.workbook), name: copyName, cells };
  const sheets = batch.workbook.sheets;
  const relativeIndex = relativeToId === undefined ? -1 : sheets.findIndex((sheet) => sheet.id === relativeToId);
  if ((positionType === 'Before' || positionType === 'After') && relativeIndex < 0) {
    throw new SimulatedOfficeError('InvalidArgument', undefined, location);
  }
  const index =
    positionType === 'End' ? sheets.length
    : positionType === 'Before' ? relativeIndex
    : positionType === 'After' ? relativeIndex + 1
    : 0;
  sheets.splice(index, 0, copy);
  return copy;
}
