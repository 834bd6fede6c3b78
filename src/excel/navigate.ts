/// <reference types="office-js" />
/**
 * Walking the findings: activates the cell's sheet and selects the cell.
 * `cell` is bare (`B7`, on `sheet`) or sheet-qualified (`'แผน 2563'!B7`, as in Issue.cells).
 */
import { splitQualifiedAddress } from './addresses';
import { missingSheetError } from './errors';
import { CheckerError } from './types';

export async function selectCell(context: Excel.RequestContext, sheet: string, cell: string): Promise<void> {
  const target = splitQualifiedAddress(cell);
  const sheetName = target.sheet ?? sheet;
  const worksheet = context.workbook.worksheets.getItemOrNullObject(sheetName);
  worksheet.load('visibility');
  await context.sync();
  if (worksheet.isNullObject) throw missingSheetError(sheetName);
  if (worksheet.visibility !== 'Visible') {
    throw new CheckerError('host', {
      th: `ชีต “${sheetName}” ถูกซ่อนอยู่ โปรดเลิกซ่อนชีตก่อน (คลิกขวาที่แท็บชีต > ยกเลิกการซ่อน)`,
      en: `The sheet '${sheetName}' is hidden. Unhide it first (right-click a sheet tab > Unhide).`,
    });
  }
  worksheet.activate();
  worksheet.getRange(target.address).select();
  await context.sync();
}
