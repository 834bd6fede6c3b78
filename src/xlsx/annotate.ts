import ExcelJS from 'exceljs';
import type { Grid, Issue } from '../core/model';
import { parseAddress } from '../core/table/address';
import { NOTE_HEADING, SEVERITY_FILL, mostSevere, noteRuns, type Language } from '../core/output/annotation-text';
import { readDataValidations, readInternalLinks, repairWrittenPackage, type NoteBox, type PackageRepairs } from './excel-package';
import { identifySpreadsheet } from './file-format';
import { addIssuesSheet } from './issues-sheet';
import { loadWorkbook } from './load-workbook';
import { csvGrid } from './read';
import { WorkbookReadError, causeText } from './read-error';
import { visibleLength, wrappedLineCount } from '../core/output/text-measure';

/** A workbook holding a CSV's grid: every value written as it was read (text stays text). */
function workbookFromCsvGrid(grid: Grid): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(grid.sheet);
  const widths: number[] = [];
  grid.values.forEach((row, r) => row.forEach((value, c) => {
    if (value === null) return;
    const cell = sheet.getCell(grid.origin.row + r + 1, grid.origin.col + c + 1);
    cell.value = value;
    cell.font = { name: 'Tahoma', size: 10 };
    widths[c] = Math.max(widths[c] ?? 0, visibleLength(String(value)));
  }));
  widths.forEach((width, c) => { sheet.getColumn(grid.origin.col + c + 1).width = Math.min(60, Math.max(8, width + 2)); });
  return workbook;
}

/** What a note already on a cell says, without the block an earlier run of this tool added. */
function ownNoteText(note: ExcelJS.Comment | string | undefined): string {
  if (note === undefined) return '';
  const text = typeof note === 'string' ? note : (note.texts ?? []).map((run) => run.text).join('');
  const earlier = text.indexOf(NOTE_HEADING);
  return (earlier < 0 ? text : text.slice(0, earlier)).trimEnd();
}

const NOTE_WIDTH_PX = 340;
const NOTE_CHARACTERS_PER_LINE = 52;
const NOTE_LINE_PX = 15;

function columnWidthPx(sheet: ExcelJS.Worksheet, column: number): number {
  const defined = sheet.columns?.[column - 1];
  if (defined?.hidden) return 0;
  const width = defined?.width ?? sheet.properties.defaultColWidth ?? 8.43;
  return Math.trunc(width * 7 + 5);
}

function rowHeightPx(sheet: ExcelJS.Worksheet, row: number): number {
  const found = sheet.findRow(row);
  if (found?.hidden) return 0;
  return ((found?.height ?? sheet.properties.defaultRowHeight ?? 15) * 4) / 3;
}

/**
 * The box a note is drawn in, big enough for its text: about 340 px wide
 * and as tall as its wrapped lines, spanning whatever columns and rows that
 * takes from where Excel anchors a note (the column right of the cell, a row above it).
 */
function noteBox(sheet: ExcelJS.Worksheet, row: number, col: number, text: string): NoteBox {
  const heightPx = wrappedLineCount(text, NOTE_CHARACTERS_PER_LINE) * NOTE_LINE_PX + 14;
  let columns = 0;
  for (let width = 0, c = col + 1; width < NOTE_WIDTH_PX && columns < 60; c++, columns++) width += columnWidthPx(sheet, c);
  let rows = 0;
  for (let height = 0, r = Math.max(row - 2, 0) + 1; height < heightPx && rows < 200; r++, rows++) height += rowHeightPx(sheet, r);
  return { columns: Math.max(1, columns), rows: Math.max(1, rows), widthPt: NOTE_WIDTH_PX * 0.75, heightPt: heightPx * 0.75 };
}

/**
 * Marks each flagged cell: the fill of its most severe finding and a note
 * listing all its findings. Only the fill changes in the cell's style (a new
 * style object: ExcelJS shares one between cells of the same style); values
 * are never touched. Returns the note boxes by sheet and cell.
 */
function markCells(workbook: ExcelJS.Workbook, issues: readonly Issue[], language: Language): Map<string, Map<string, NoteBox>> {
  // Findings by the cell that shows them: a merged area shows its top-left cell's fill and note.
  const byCell = new Map<ExcelJS.Cell, { sheet: ExcelJS.Worksheet; issues: Issue[] }>();
  for (const issue of issues) {
    const sheet = workbook.getWorksheet(issue.sheet);
    const at = parseAddress(issue.cell);
    if (!sheet || !at) continue;
    const cell = sheet.getCell(at.row + 1, at.col + 1).master;
    const entry = byCell.get(cell) ?? { sheet, issues: [] };
    entry.issues.push(issue);
    byCell.set(cell, entry);
  }
  const boxes = new Map<string, Map<string, NoteBox>>();
  for (const [cell, { sheet, issues: cellIssues }] of byCell) {
    cell.style = { ...cell.style, fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: SEVERITY_FILL[mostSevere(cellIssues)] } } };
    const earlier = ownNoteText(cell.note);
    const texts: ExcelJS.RichText[] = [
      ...(earlier ? [{ text: `${earlier}\n\n`, font: { name: 'Tahoma', size: 9 } }] : []),
      ...noteRuns(cellIssues, language).map((run) => ({ text: run.text, font: { name: 'Tahoma', size: 9, bold: run.bold === true } })),
    ];
    cell.note = { texts };
    const sheetBoxes = boxes.get(sheet.name) ?? new Map<string, NoteBox>();
    boxes.set(sheet.name, sheetBoxes);
    sheetBoxes.set(cell.address, noteBox(sheet, Number(cell.row), Number(cell.col), texts.map((t) => t.text).join('')));
  }
  return boxes;
}

/**
 * A marked copy of a workbook (DESIGN §8): each finding's cell filled by
 * severity (error light red, warning light yellow, info light blue; the most
 * severe wins) with a note listing its findings, and an Issues sheet linking
 * to every cell. The source bytes are not changed; a CSV source becomes a
 * workbook holding its one sheet. Values of the user's cells never change.
 */
export async function writeAnnotatedWorkbook(
  source: { data: Uint8Array; fileName: string },
  issues: Issue[],
  lang: Language,
): Promise<Uint8Array> {
  const spreadsheet = await identifySpreadsheet(source.data, source.fileName);
  let workbook: ExcelJS.Workbook;
  let repairs: PackageRepairs = {};
  if (spreadsheet.kind === 'xlsx') {
    const loaded = await loadWorkbook(spreadsheet.zip, source.data, source.fileName);
    workbook = loaded.workbook;
    repairs = {
      tables: loaded.tables,
      dataValidations: await readDataValidations(spreadsheet.zip),
      internalLinks: await readInternalLinks(spreadsheet.zip),
    };
  } else {
    workbook = workbookFromCsvGrid(csvGrid(spreadsheet.text, spreadsheet.delimiter, source.fileName));
  }
  const noteBoxes = markCells(workbook, issues, lang);
  addIssuesSheet(workbook, issues, lang);
  let written: Uint8Array;
  try {
    written = new Uint8Array(await workbook.xlsx.writeBuffer());
  } catch (error) {
    // ExcelJS cannot write some workbooks it reads (e.g. exceljs#370, shared formulas); say so plainly.
    throw new WorkbookReadError(`${source.fileName} could not be copied with marks (${causeText(error)}); the findings themselves are still valid`, { cause: error });
  }
  return repairWrittenPackage(written, { ...repairs, noteBoxes });
}
