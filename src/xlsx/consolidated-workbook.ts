import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { OUTPUT_SHEETS, type Consolidation } from '../core/consolidate/consolidate';
import type { Language, OutputSheet } from '../core/consolidate/output-grids';
import { changesSheet, conflictsSheet, summarySheet, type ReportSheet } from '../core/consolidate/report-sheets';
import type { RunRecord } from '../core/consolidate/changes';
import { columnLetter } from '../core/table/address';
import { addBarChart } from './package/bar-chart';
import { CellStyles } from './package/cell-styles';
import { constantContent } from './package/cell-values';
import { CONSOLIDATION_NAMESPACE, consolidationPropertiesXml, consolidationRecordXml, parseConsolidationRecord } from './package/consolidation-record';
import { NumberFormats } from './package/number-formats';
import { PackageEditor } from './package/package-editor';
import { readCustomXmlRecord, writeCustomXmlRecord } from './package/workbook-records';
import { findElement, setAttribute } from './package/xml';

/**
 * The consolidated workbook the CLI writes (DESIGN §9): Projects and Reports as Excel tables
 * with the source of every row, Conflicts, Summary with a native bar chart of budget against
 * disbursed per agency, Changes when there was an earlier run, and the run's record for the
 * next. A new workbook: the sources are only read. Text from the sources is written as text
 * (an inline or shared string), never as a formula, whatever it starts with. ExcelJS lays out
 * the workbook; the data rows of Projects and Reports — a hundred thousand rows and more — are
 * written into their parts directly, as ExcelJS's cell model takes seconds and gigabytes for them.
 */

const FONT: Partial<ExcelJS.Font> = { name: 'Tahoma', size: 10 };
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } };
const TABLE_NAMES = { projects: 'ConsolidatedProjects', reports: 'ConsolidatedReports' };
const STYLES_PART = 'xl/styles.xml';

function width(texts: readonly unknown[]): number {
  let longest = 8;
  for (const text of texts.slice(0, 200)) if (text !== null && text !== undefined) longest = Math.max(longest, String(text).length);
  return Math.min(60, longest + 2);
}

/** A table sheet as ExcelJS lays it out: the header, the column widths, one empty row (the data rows are writeTableRows'). */
function addTableSheet(workbook: ExcelJS.Workbook, output: OutputSheet, tableName: string): void {
  const sheet = workbook.addWorksheet(output.grid.sheet, {
    views: [{ state: 'frozen', ySplit: 1 }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' },
  });
  const [header] = output.grid.values;
  sheet.addTable({
    name: tableName, ref: 'A1', headerRow: true,
    style: { theme: 'TableStyleLight9', showRowStripes: true },
    columns: header.map((name) => ({ name: String(name), filterButton: true })),
    // A table needs a row, even an empty one.
    rows: [header.map(() => null)],
  });
  sheet.columns.forEach((column, c) => { column.width = width(output.grid.values.map((row) => row[c])); });
  sheet.getRow(1).font = { ...FONT, bold: true };
}

/**
 * The data rows of a table sheet ExcelJS wrote with one empty row, written into its worksheet
 * part under the header row, and the table's range made theirs. `cellFormats` gives the cell
 * format of each number format the rows use. Text is an inline string: never a formula.
 */
async function writeTableRows(editor: PackageEditor, sheetPart: string, output: OutputSheet, cellFormats: ReadonlyMap<string, number>): Promise<void> {
  const [header, ...rows] = output.grid.values;
  const xml = await editor.text(sheetPart);
  const sheetData = xml === undefined ? undefined : findElement(xml, 'sheetData');
  const headerRow = xml === undefined || !sheetData ? undefined : findElement(xml, 'row', sheetData.contentStart, sheetData.contentEnd);
  if (xml === undefined || !sheetData || !headerRow) throw new Error(`${sheetPart}: the table sheet ExcelJS wrote has no header row`);
  if (rows.length === 0) return;
  const letters = header.map((_, c) => columnLetter(c));
  const range = `A1:${letters[letters.length - 1]}${rows.length + 1}`;

  const dimension = findElement(xml, 'dimension');
  const before = xml.slice(0, sheetData.contentStart);
  const parts = [dimension ? before.slice(0, dimension.start) + setAttribute(dimension.tag, 'ref', range) + before.slice(dimension.end) : before];
  parts.push(xml.slice(headerRow.start, headerRow.end));
  rows.forEach((values, r) => {
    const row = r + 2;
    const formats = output.grid.numberFormats[r + 1];
    let cells = '';
    for (let c = 0; c < letters.length; c++) {
      const value = values[c] ?? null;
      if (value === null || value === '') continue;
      const style = cellFormats.get(formats?.[c] ?? 'General');
      const { type, content } = constantContent(value);
      cells += `<c r="${letters[c]}${row}"${style ? ` s="${style}"` : ''}${type ? ` t="${type}"` : ''}>${content}</c>`;
    }
    parts.push(`<row r="${row}">${cells}</row>`);
  });
  parts.push(xml.slice(sheetData.contentEnd));
  editor.write(sheetPart, parts.join(''));

  const table = (await editor.relationships(sheetPart)).find((relation) => relation.type === 'table' && !relation.external);
  const tableXml = table && await editor.text(table.target);
  const root = tableXml === undefined ? undefined : findElement(tableXml, 'table');
  if (!table || tableXml === undefined || !root) throw new Error(`${sheetPart}: the table sheet ExcelJS wrote has no table part`);
  let tablePart = tableXml.slice(0, root.start) + setAttribute(root.tag, 'ref', range) + tableXml.slice(root.start + root.tag.length);
  const filter = findElement(tablePart, 'autoFilter');
  if (filter) tablePart = tablePart.slice(0, filter.start) + setAttribute(filter.tag, 'ref', range) + tablePart.slice(filter.start + filter.tag.length);
  editor.write(table.target, tablePart);
}

/** The cell format of each number format the data rows use (General has none), added to the styles part. */
async function dataCellFormats(editor: PackageEditor, outputs: readonly OutputSheet[]): Promise<Map<string, number>> {
  const codes = new Set<string>();
  for (const output of outputs) {
    for (const formats of output.grid.numberFormats.slice(1)) for (const code of formats) if (code !== 'General' && code !== '') codes.add(code);
  }
  const stylesXml = await editor.text(STYLES_PART);
  if (stylesXml === undefined) throw new Error(`the workbook ExcelJS wrote has no ${STYLES_PART}`);
  const numberFormats = new NumberFormats(stylesXml);
  const ids = new Map([...codes].map((code) => [code, numberFormats.id(code)]));
  // The number formats are all known now: the cell formats are read from the part with them added.
  const styles = new CellStyles(numberFormats.toXml());
  const cellFormats = new Map([...ids].map(([code, id]) => [code, styles.format(`<xf numFmtId="${id}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`)]));
  editor.write(STYLES_PART, styles.toXml());
  return cellFormats;
}

function addReportSheet(workbook: ExcelJS.Workbook, name: string, report: ReportSheet): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: 2 }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '2:2' },
  });
  sheet.columns = report.widths.map((w) => ({ width: w }));
  const title = sheet.getCell(1, 1);
  title.value = report.title;
  title.font = { ...FONT, size: 12, bold: true };
  sheet.getRow(2).height = 30;
  report.header.forEach((text, c) => {
    const cell = sheet.getCell(2, c + 1);
    cell.value = text;
    cell.style = { font: { ...FONT, bold: true }, fill: HEADER_FILL, alignment: { vertical: 'middle', wrapText: true } };
  });
  const bold = new Set(report.boldRows ?? []);
  report.rows.forEach((values, r) => {
    values.forEach((value, c) => {
      const cell = sheet.getCell(r + 3, c + 1);
      cell.value = value;
      cell.style = { font: { ...FONT, bold: bold.has(r) }, ...(report.formats[c] !== 'General' ? { numFmt: report.formats[c] } : {}) };
    });
  });
  if (report.rows.length > 0) sheet.autoFilter = { from: { row: 2, column: 1 }, to: { row: 2 + report.rows.length, column: report.header.length } };
  return sheet;
}

/** The sheet's name as a formula reference: `'สรุปตามหน่วยงาน'!$A$3:$A$9`. */
const ref = (sheet: string, range: string) => `'${sheet.replace(/'/g, "''")}'!${range}`;

export async function writeConsolidatedWorkbook(result: Consolidation, language: Language): Promise<Uint8Array> {
  const names = OUTPUT_SHEETS[language];
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Project Report Checker';
  addTableSheet(workbook, result.projects, TABLE_NAMES.projects);
  addTableSheet(workbook, result.reports, TABLE_NAMES.reports);
  const summary = summarySheet(result.summary, language);
  addReportSheet(workbook, names.summary, summary);
  addReportSheet(workbook, names.conflicts, conflictsSheet(result.conflicts, language));
  if (result.changes) addReportSheet(workbook, names.changes, changesSheet(result.changes, language));

  const editor = await PackageEditor.open(await JSZip.loadAsync(await workbook.xlsx.writeBuffer()));
  // ExcelJS writes sheets in order as sheet1.xml, sheet2.xml…: Projects, Reports, then the Summary.
  const cellFormats = await dataCellFormats(editor, [result.projects, result.reports]);
  await writeTableRows(editor, 'xl/worksheets/sheet1.xml', result.projects, cellFormats);
  await writeTableRows(editor, 'xl/worksheets/sheet2.xml', result.reports, cellFormats);
  const agencies = result.summary.agencies;
  if (agencies.length > 0) {
    const last = 2 + agencies.length;
    await addBarChart(editor, 'xl/worksheets/sheet3.xml', {
      title: language === 'th' ? 'งบประมาณและการเบิกจ่ายตามหน่วยงาน (บาท)' : 'Budget and disbursed by agency (THB)',
      categoriesRef: ref(names.summary, `$A$3:$A$${last}`),
      categories: agencies.map((a) => a.agency),
      series: [
        { name: summary.header[2], nameRef: ref(names.summary, '$C$2'), valuesRef: ref(names.summary, `$C$3:$C$${last}`), values: agencies.map((a) => a.budget), color: '4472C4' },
        { name: summary.header[3], nameRef: ref(names.summary, '$D$2'), valuesRef: ref(names.summary, `$D$3:$D$${last}`), values: agencies.map((a) => a.disbursed), color: 'ED7D31' },
      ],
      from: { row: last + 2, col: 0 },
      to: { row: last + 2 + Math.max(16, agencies.length * 2 + 6), col: 6 },
      numberFormat: '#,##0',
    });
  }
  await writeCustomXmlRecord(editor, undefined, consolidationRecordXml(result.record), consolidationPropertiesXml);
  return editor.bytes();
}

/** The record of the consolidation that wrote `data`, or undefined when it is no such workbook. */
export async function readConsolidationRecord(data: Uint8Array): Promise<RunRecord | undefined> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(data);
  } catch {
    return undefined;
  }
  return consolidationRecordOf(zip);
}

/** The record of the consolidation that wrote the package `zip` (already unpacked), or undefined when it is no such workbook. */
export async function consolidationRecordOf(zip: JSZip): Promise<RunRecord | undefined> {
  try {
    const editor = await PackageEditor.open(zip);
    const relations = await editor.relationships('xl/workbook.xml');
    return (await readCustomXmlRecord(editor, relations, CONSOLIDATION_NAMESPACE, parseConsolidationRecord)).record;
  } catch {
    return undefined;
  }
}
