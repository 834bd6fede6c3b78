import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { OUTPUT_SHEETS, type Consolidation } from '../core/consolidate/consolidate';
import type { Language, OutputSheet } from '../core/consolidate/output-grids';
import { changesSheet, conflictsSheet, summarySheet, type ReportSheet } from '../core/consolidate/report-sheets';
import type { RunRecord } from '../core/consolidate/changes';
import { addBarChart } from './package/bar-chart';
import { CONSOLIDATION_NAMESPACE, consolidationPropertiesXml, consolidationRecordXml, parseConsolidationRecord } from './package/consolidation-record';
import { PackageEditor } from './package/package-editor';
import { readCustomXmlRecord, writeCustomXmlRecord } from './package/workbook-records';

/**
 * The consolidated workbook the CLI writes (DESIGN §9): Projects and Reports as Excel tables
 * with the source of every row, Conflicts, Summary with a native bar chart of budget against
 * disbursed per agency, Changes when there was an earlier run, and the run's record for the
 * next. A new workbook: the sources are only read. Text from the sources is written as text
 * (a shared string), never as a formula, whatever it starts with.
 */

const FONT: Partial<ExcelJS.Font> = { name: 'Tahoma', size: 10 };
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } };
const TABLE_NAMES = { projects: 'ConsolidatedProjects', reports: 'ConsolidatedReports' };

function width(texts: readonly unknown[]): number {
  let longest = 8;
  for (const text of texts.slice(0, 200)) if (text !== null && text !== undefined) longest = Math.max(longest, String(text).length);
  return Math.min(60, longest + 2);
}

function addTableSheet(workbook: ExcelJS.Workbook, output: OutputSheet, tableName: string): void {
  const sheet = workbook.addWorksheet(output.grid.sheet, {
    views: [{ state: 'frozen', ySplit: 1 }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' },
  });
  const [header, ...rows] = output.grid.values;
  sheet.addTable({
    name: tableName, ref: 'A1', headerRow: true,
    style: { theme: 'TableStyleLight9', showRowStripes: true },
    columns: header.map((name) => ({ name: String(name), filterButton: true })),
    // An empty table still needs a row.
    rows: rows.length > 0 ? rows.map((row) => header.map((_, c) => row[c] ?? null)) : [header.map(() => null)],
  });
  sheet.columns.forEach((column, c) => { column.width = width(output.grid.values.map((row) => row[c])); });
  sheet.getRow(1).font = { ...FONT, bold: true };
  output.grid.numberFormats.forEach((formats, r) => {
    if (r === 0) return;
    const row = sheet.getRow(r + 1);
    formats.forEach((format, c) => { if (format !== 'General' && format !== '') row.getCell(c + 1).numFmt = format; });
  });
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
  const agencies = result.summary.agencies;
  if (agencies.length > 0) {
    const last = 2 + agencies.length;
    // ExcelJS writes sheets in order as sheet1.xml, sheet2.xml…: the Summary is the third.
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
  try {
    const editor = await PackageEditor.open(await JSZip.loadAsync(data));
    const relations = await editor.relationships('xl/workbook.xml');
    return (await readCustomXmlRecord(editor, relations, CONSOLIDATION_NAMESPACE, parseConsolidationRecord)).record;
  } catch {
    return undefined;
  }
}
