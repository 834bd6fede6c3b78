/// <reference types="office-js" />
/**
 * Inserting the starter template (src/core/template/starter-template.ts) as a new sheet: its name
 * made unique among every sheet (never over one that exists), number formats written before the
 * values so nothing is read as something else, the formula as a formula, labels bold, columns
 * widened; one sync to learn the names, one to write.
 */
import { cellAddress, columnLetter } from '../../core/table/address';
import { uniqueSheetName } from '../../core/output/sheet-name';
import { starterTemplate, type StarterLanguage } from '../../core/template/starter-template';

/** Adds the starter template with labels in `language`, activates it and returns its sheet's name. */
export async function insertStarterTemplate(context: Excel.RequestContext, language: StarterLanguage): Promise<string> {
  const worksheets = context.workbook.worksheets.load('items/name');
  await context.sync();
  const starter = starterTemplate(language);
  const name = uniqueSheetName(starter.name, worksheets.items.map((sheet) => sheet.name));
  const sheet = worksheets.add(name);
  const rows = Math.max(...starter.cells.map((cell) => cell.row)) + 1;
  const columns = Math.max(...starter.cells.map((cell) => cell.column)) + 1;
  const formats = Array.from({ length: rows }, () => Array.from({ length: columns }, () => 'General'));
  const formulas = Array.from({ length: rows }, () => Array.from({ length: columns }, () => ''));
  for (const cell of starter.cells) {
    if (cell.numberFormat) formats[cell.row][cell.column] = cell.numberFormat;
    formulas[cell.row][cell.column] = cell.content;
  }
  const block = sheet.getRange(`A1:${cellAddress(rows - 1, columns - 1)}`);
  // Formats first: a value written into a General cell is read as typed.
  block.numberFormat = formats;
  block.formulas = formulas;
  for (const cell of starter.cells) if (cell.bold) sheet.getRange(cellAddress(cell.row, cell.column)).format.font.bold = true;
  starter.columnWidths.forEach((width, column) => {
    const letter = columnLetter(column);
    sheet.getRange(`${letter}:${letter}`).format.columnWidth = width;
  });
  sheet.activate();
  await context.sync();
  return name;
}
