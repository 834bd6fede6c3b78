import type ExcelJS from 'exceljs';
import type { Issue } from '../core/model';
import { parseAddress } from '../core/table/address';
import { ISSUE_COLUMNS, NO_FINDINGS, SEVERITY_FILL, SEVERITY_LABEL, type Language } from '../core/output/annotation-text';
import { sheetReference, uniqueSheetName } from '../core/output/sheet-name';
import { wrappedLineCount } from '../core/output/text-measure';

const FONT = { name: 'Tahoma', size: 10 } as const;
/** Points per line of Tahoma 10 with room for Thai marks above and below. */
const LINE_HEIGHT_PT = 15;
const LINK_FONT = { ...FONT, color: { argb: 'FF0563C1' }, underline: true } as const;
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } };

function solidFill(argb: string): ExcelJS.Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb } };
}

/** `#'รายงาน ต.ค.'!B3`: a link to a cell of this workbook (the leading # keeps it inside the file). */
export function cellLink(sheet: string, cell: string): string {
  return `#${sheetReference(sheet)}!${cell}`;
}

/**
 * Adds the Issues sheet (or `Issues (2)`… when the name is taken): one row per
 * finding with a link to its cell; header bold and frozen, an autofilter.
 * Every text from the data is written as a string value — ExcelJS never
 * turns a string into a formula — in Text-formatted columns, so editing it
 * in Excel later does not turn `=…` into a formula either. Returns the sheet's name.
 */
export function addIssuesSheet(workbook: ExcelJS.Workbook, issues: readonly Issue[], language: Language): string {
  const name = uniqueSheetName('Issues', workbook.worksheets.map((sheet) => sheet.name));
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' },
  });
  sheet.columns = ISSUE_COLUMNS.map((column) => ({ key: column.key, width: column.width }));

  const header = sheet.getRow(1);
  ISSUE_COLUMNS.forEach((column, index) => {
    const cell = header.getCell(index + 1);
    cell.value = column[language];
    cell.font = { ...FONT, bold: true };
    cell.fill = HEADER_FILL;
    cell.alignment = { vertical: 'middle' };
  });

  issues.forEach((issue, index) => {
    const row = sheet.getRow(index + 2);
    const linkable = parseAddress(issue.cell) !== undefined;
    const values: Record<(typeof ISSUE_COLUMNS)[number]['key'], ExcelJS.CellValue> = {
      severity: SEVERITY_LABEL[issue.severity][language],
      sheet: issue.sheet,
      cell: linkable ? { text: issue.cell, hyperlink: cellLink(issue.sheet, issue.cell) } : issue.cell,
      rule: issue.rule,
      project: issue.project ?? null,
      report: issue.report ?? null,
      message: issue.message[language],
      fix: issue.fix?.[language] ?? null,
    };
    let lines = 1;
    ISSUE_COLUMNS.forEach((column, col) => {
      const cell = row.getCell(col + 1);
      cell.value = values[column.key];
      const isText = column.key !== 'cell' && column.key !== 'report';
      const wraps = column.key === 'message' || column.key === 'fix';
      cell.style = {
        font: column.key === 'cell' && linkable ? LINK_FONT : FONT,
        alignment: { vertical: 'top', wrapText: wraps, ...(column.key === 'report' ? { horizontal: 'center' } : {}) },
        ...(isText ? { numFmt: '@' } : {}),
        ...(column.key === 'severity' ? { fill: solidFill(SEVERITY_FILL[issue.severity]) } : {}),
      };
      if (wraps) lines = Math.max(lines, wrappedLineCount(String(values[column.key] ?? ''), (column.width - 2) * 1.15));
    });
    // Excel does not grow a row to fit wrapped text it did not lay out itself.
    row.height = lines * LINE_HEIGHT_PT;
  });
  if (issues.length === 0) {
    const cell = sheet.getRow(2).getCell(ISSUE_COLUMNS.findIndex((c) => c.key === 'message') + 1);
    cell.value = NO_FINDINGS[language];
    cell.font = FONT;
  }

  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, issues.length) + 1, column: ISSUE_COLUMNS.length } };
  return name;
}
