/// <reference types="office-js" />
/**
 * Filling a custom template from the task pane (DESIGN §9, README "Custom templates"): a sheet of
 * the workbook holding `{{placeholders}}`, checked first — a mistake is refused by name and cell
 * before anything is written — then, per project, copied to the end (Worksheet.copy, ExcelApi
 * 1.7) under a unique valid name after the template and the code, its repeat row made one row per
 * report by Excel itself (rows inserted below it, the row pasted into them with Range.copyFrom,
 * ExcelApi 1.9; no report: the row deleted) so that merged areas, row heights, the print area and
 * page breaks move as Excel moves them, then the values written (src/core/template/template-cell-writes.ts):
 * number formats first, text that Excel would read as something else under `@`, dates as serials
 * of their own day. The formulas outside the repeat row are written as the command line writes
 * them, so a total below covers every report's row. Many sheets to a sync; re-filling replaces
 * the add-in's own copy of the same template for the same project, under its name.
 */
import { jsonByteLength } from '../../core/byte-length';
import { toIso } from '../../core/parse/calendar';
import type { IsoDate } from '../../core/model';
import { uniqueSheetName } from '../../core/output/sheet-name';
import { recordKey } from '../../core/template/filled-sheets';
import { templateValues } from '../../core/template/placeholder-values';
import { templateCellWrites, templateFormulaWrites, type TemplateFormulaCell } from '../../core/template/template-cell-writes';
import { templateSheetName } from '../../core/template/template-sheet-name';
import { templateOrigin, templateProblemTexts, type WorkbookTemplate } from '../../core/template/workbook-templates';
import { OPERATION_OVERHEAD_BYTES, WriteQueue } from '../sync-budget';
import { CheckerError, type FilledForm, type FillRequest, type FillResult, type FillStep } from '../types';
import type { FilledSheet } from './form-record';
import { recordFilledSheets, sheetPacer, unsupportedFeatures, type FillData } from './fill-forms';
import type { FormCapabilities } from './form-writes';

/** The day on the calendar of the person filling: what `{{today}}` means. */
function localToday(): IsoDate {
  const now = new Date();
  return toIso(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/** The template asked for, checked: a sheet of the workbook holding placeholders and no mistake; else nothing is written. */
export function checkedTemplate(data: Pick<FillData, 'templates'>, sheet: string): WorkbookTemplate {
  const wanted = sheet.toLocaleUpperCase();
  const template = data.templates.find((candidate) => candidate.sheet.toLocaleUpperCase() === wanted);
  if (!template) {
    throw new CheckerError('invalid-template', {
      th: `ไม่มีแผ่นงาน “${sheet}” ที่มีตัวแทนข้อมูล {{…}} ในสมุดงานนี้ ไม่มีการเปลี่ยนแปลงใดในเวิร์กบุ๊ก`,
      en: `No sheet “${sheet}” holding {{placeholders}} is in this workbook. Nothing in the workbook was changed.`,
    });
  }
  const problems = templateProblemTexts(template);
  if (problems.length > 0) {
    throw new CheckerError('invalid-template', {
      th: `แม่แบบ ${template.sheet}: ${problems.map((line) => line.th).join('; ')} ไม่มีการเปลี่ยนแปลงใดในเวิร์กบุ๊ก`,
      en: `Template ${template.sheet}: ${problems.map((line) => line.en).join('; ')}. Nothing in the workbook was changed.`,
    });
  }
  return template;
}

/** The template's formulas and the value its A1 holds, read in one sync. */
async function readTemplateSheet(context: Excel.RequestContext, sheet: string): Promise<{ formulas: TemplateFormulaCell[]; firstCell: unknown }> {
  const used = context.workbook.worksheets.getItem(sheet).getUsedRangeOrNullObject().load('formulas, values, rowIndex, columnIndex');
  await context.sync();
  if (used.isNullObject) return { formulas: [], firstCell: '' };
  const formulas: TemplateFormulaCell[] = [];
  used.formulas.forEach((row, r) => row.forEach((formula, c) => {
    if (typeof formula === 'string' && formula.startsWith('=')) formulas.push({ row: used.rowIndex + r, column: used.columnIndex + c, formula });
  }));
  const firstCell = used.rowIndex === 0 && used.columnIndex === 0 ? used.values[0]?.[0] : '';
  return { formulas, firstCell };
}

/** A1 (1-based rows) of a whole-row range: `rowsAddress(9, 3)` → `10:12`. */
const rowsAddress = (first: number, count: number) => `${first + 1}:${first + count}`;

/**
 * Fills `request.template` once for each project of `request.codes` (known to the workbook, in
 * order), after checking it; `data` is the workbook as read for filling (fill-forms.ts).
 */
export async function fillTemplateSheets(
  context: Excel.RequestContext,
  data: FillData,
  request: FillRequest & { template: string; onProgress?: (step: FillStep) => void },
  options: { capabilities: FormCapabilities; onFirstWrite?: () => void },
): Promise<FillResult> {
  const template = checkedTemplate(data, request.template);
  const origin = templateOrigin(template.sheet);
  const { formulas, firstCell: templateFirstCell } = await readTemplateSheet(context, template.sheet);
  const repeatRow = template.check.repeatRow;
  const today = localToday();
  const codes = request.codes;
  const total = codes.length;
  const taken = data.scan.sheets.map((sheet) => sheet.name);
  const position = new Map(data.scan.sheets.map((sheet, index) => [sheet.name, index]));
  const worksheets = context.workbook.worksheets;
  const source = worksheets.getItem(template.sheet);
  const writes = new WriteQueue(context, options.onFirstWrite);
  const pace = sheetPacer(writes, request.onProgress, total);
  const forms: FilledForm[] = [];
  const written: FilledSheet[] = [];

  request.onProgress?.({ done: 0, total });
  for (const [index, code] of codes.entries()) {
    const values = templateValues(data.projectByCode.get(code)!, data.reportsByCode.get(code) ?? [], today);
    const cells = templateCellWrites(template.cells, repeatRow, values);
    const earlier = data.ownSheets.get(recordKey({ template: origin, project: code }));
    const name = earlier?.name ?? uniqueSheetName(templateSheetName(template.sheet, code), taken);
    const formulaWrites = templateFormulaWrites(formulas, repeatRow, values.reportCount, { own: template.sheet, renamed: name });
    const operations = 6 + formulaWrites.length + cells.length * 2;
    await pace(index, jsonByteLength(cells) + jsonByteLength(formulaWrites) + operations * OPERATION_OVERHEAD_BYTES);

    if (earlier) worksheets.getItem(earlier.name).delete();
    else taken.push(name);
    const sheet = source.copy('End' as Excel.WorksheetPositionType);
    sheet.name = name;
    if (earlier) sheet.position = position.get(name) ?? data.scan.sheets.length;

    // Excel makes the repeat row one row per report, moving what is below it.
    if (repeatRow !== undefined && values.reportCount === 0) {
      sheet.getRange(rowsAddress(repeatRow, 1)).delete('Up' as Excel.DeleteShiftDirection);
    } else if (repeatRow !== undefined && values.reportCount > 1) {
      sheet.getRange(rowsAddress(repeatRow + 1, values.reportCount - 1)).insert('Down' as Excel.InsertShiftDirection);
      sheet.getRange(rowsAddress(repeatRow + 1, values.reportCount - 1)).copyFrom(sheet.getRange(rowsAddress(repeatRow, 1)), 'All' as Excel.RangeCopyType);
    }
    for (const write of formulaWrites) sheet.getCell(write.row, write.column).formulas = [[write.formula]];
    let firstCell = typeof templateFirstCell === 'string' ? templateFirstCell : '';
    for (const write of cells) {
      const cell = sheet.getCell(write.row, write.column);
      // The format first: a value is read as typed into the cell's format.
      if (write.numberFormat !== undefined) cell.numberFormat = [[write.numberFormat]];
      cell.values = [[write.value]];
      if (write.row === 0 && write.column === 0) firstCell = typeof write.value === 'string' ? write.value : '';
    }
    if (index === 0) sheet.activate();
    forms.push({ sheet: name, project: code, replaced: earlier !== undefined });
    written.push({ name, template: origin, project: code, firstCell });
  }

  await recordFilledSheets(context, writes, data, origin, written, taken);
  await writes.flush();
  request.onProgress?.({ done: total, total });
  return { forms, unsupported: unsupportedFeatures(options.capabilities) };
}
