import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { cellAddress } from '../core/table/address';
import { formatRect, isUnbounded, parseRangeReference, type CellRect } from '../devhost/address';
import {
  DEFAULT_FONT, isBlankCell, nextSheetId,
  type CellFont, type CellHyperlink, type CellModel, type SheetModel, type SheetVisibility, type TableModel, type WorkbookModel,
} from '../devhost/model';
import { forEachCell } from '../devhost/sheet-cells';
import { cellValueOf } from './cell-value';
import { argbOf, colorHex } from './excel-color';
import { PackageEditor } from './package/package-editor';
import { customXmlPropertiesXml, readCustomXmlParts, writeCustomXmlRecord } from './package/workbook-records';
import { attribute } from './package/xml';
import {
  escapeExcelText, readDefaultFont, readHyperlinks, readNotes, readThemeColors, repairWrittenPackage, tablePart, unescapeExcelText, worksheetParts,
  type PackageColor, type SheetHyperlink, type SourceTable,
} from './excel-package';
import { identifySpreadsheet } from './file-format';
import { loadWorkbook } from './load-workbook';
import { WorkbookReadError } from './read-error';

/**
 * The simulated Excel host's workbook (src/devhost/model.ts) from and to
 * .xlsx bytes, so the demo and the tests open and save real files (DESIGN §7).
 *
 * Carried both ways: sheets in order with their names, visibility, protection
 * flag and frozen panes; each cell's value (dates as serials), formula with its
 * cached result, number format, solid fill, font (what differs from the
 * workbook's default font), note and hyperlink; Excel tables; the active sheet;
 * the default font; the custom XML parts with their ids. Not carried (the model has no place for them): merged
 * areas, borders, alignment, column widths and row heights, data validation,
 * conditional formats, pictures and charts, rich-text runs, Workbook.settings.
 */

const VISIBILITY: Record<string, SheetVisibility> = { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' };
const WORKSHEET_STATE: Record<SheetVisibility, ExcelJS.WorksheetState> = { Visible: 'visible', Hidden: 'hidden', VeryHidden: 'veryHidden' };

/** Excel's error values: a formula's cached result that is one of them is written as an error, not as text. */
const ERROR_VALUES = new Set(['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#GETTING_DATA', '#SPILL!', '#CALC!', '#FIELD!', '#BLOCKED!', '#CONNECT!', '#BUSY!', '#UNKNOWN!']);

/** The sheet Excel shows first: the wanted one when it is visible, else the first visible sheet (Excel never activates a hidden one). */
function shownSheetIndex(sheets: readonly SheetModel[], wanted: number): number {
  if (sheets[wanted]?.visibility === 'Visible') return wanted;
  return Math.max(0, sheets.findIndex((sheet) => sheet.visibility === 'Visible'));
}

/** What reading a cell's style needs from the rest of the package. */
interface StyleContext {
  defaultFont: WorkbookModel['defaultFont'];
  themeColors: readonly string[];
}

// ------------------------------------------------------------------ reading

/** A solid fill's colour; a patterned fill shows its background colour between the dots. No fill (or a gradient) is undefined. */
function fillOf(fill: ExcelJS.Fill | undefined, themeColors: readonly string[]): string | undefined {
  if (fill?.type !== 'pattern' || fill.pattern === 'none') return undefined;
  return colorHex((fill.pattern === 'solid' ? fill.fgColor : fill.bgColor) as PackageColor | undefined, themeColors);
}

/** A cell's font with every attribute resolved, the default font's where the cell's says nothing. */
function resolvedFont(font: Partial<ExcelJS.Font> | undefined, context: StyleContext): Required<CellFont> {
  const { defaultFont, themeColors } = context;
  return {
    bold: font?.bold === true,
    italic: font?.italic === true,
    color: colorHex(font?.color as PackageColor | undefined, themeColors) ?? defaultFont.color,
    name: font?.name || defaultFont.name,
    size: typeof font?.size === 'number' ? font.size : defaultFont.size,
  };
}

/** What of a cell's font differs from the workbook's default font; undefined when nothing does. */
function fontOf(font: Partial<ExcelJS.Font> | undefined, context: StyleContext): CellFont | undefined {
  const resolved = resolvedFont(font, context);
  const defaults: Required<CellFont> = { bold: false, italic: false, ...context.defaultFont };
  const differences = Object.fromEntries(Object.entries(resolved).filter(([key, value]) => value !== defaults[key as keyof CellFont]));
  return Object.keys(differences).length > 0 ? differences : undefined;
}

function cellModelOf(cell: ExcelJS.Cell, context: StyleContext, inlineString: boolean): CellModel {
  const model: CellModel = {};
  // ExcelJS repeats a merged area's value in its other cells; Excel holds nothing there.
  if (cell.type !== ExcelJS.ValueType.Merge) {
    const formula = cell.type === ExcelJS.ValueType.Formula ? cell.formula : undefined;
    const value = cellValueOf(cell);
    // ExcelJS decodes `_xHHHH_` in shared strings but not in inline strings or a formula's text result.
    if (value !== null) model.value = (formula || inlineString) && typeof value === 'string' ? unescapeExcelText(value) : value;
    if (formula) model.formula = `=${formula}`;
  }
  if (cell.numFmt && cell.numFmt !== 'General') model.numberFormat = cell.numFmt;
  const fill = fillOf(cell.fill, context.themeColors);
  if (fill !== undefined) model.fill = fill;
  const font = fontOf(cell.font, context);
  if (font !== undefined) model.font = font;
  // A cell formatted in ways the model has no field for (a border, a font set to the default's values) is
  // still a used cell for Excel: its font, spelled out, keeps it one.
  if (isBlankCell(model) && Object.keys(cell.style ?? {}).length > 0) model.font = resolvedFont(cell.font, context);
  return model;
}

function hyperlinkOf(link: SheetHyperlink): CellHyperlink {
  const hyperlink: CellHyperlink = {};
  if (link.target !== undefined) hyperlink.address = link.target;
  if (link.location !== undefined) hyperlink.documentReference = link.location;
  if (link.display !== undefined) hyperlink.textToDisplay = link.display;
  if (link.tooltip !== undefined) hyperlink.screenTip = link.tooltip;
  return hyperlink;
}

/** One worksheet's cells: those ExcelJS loaded (also the formatted empty ones), then the package's notes and links. */
function cellsOf(
  worksheet: ExcelJS.Worksheet, context: StyleContext, notes: Map<string, string> | undefined, links: readonly SheetHyperlink[], inlineStrings: ReadonlySet<string>,
): Record<string, CellModel> {
  const cells: Record<string, CellModel> = {};
  // Rows with formatted empty cells only count as empty for ExcelJS; row.model lists every cell the file has.
  worksheet.eachRow({ includeEmpty: true }, (row) => {
    for (const { address } of row.model?.cells ?? []) {
      // Typed as an object, but ExcelJS keeps a cell's address as its A1 text.
      const key = String(address);
      cells[key] = cellModelOf(worksheet.getCell(key), context, inlineStrings.has(key));
    }
  });
  for (const [ref, note] of notes ?? []) cells[ref] = { ...cells[ref], note };
  for (const link of links) {
    const rect = parseRangeReference(link.ref)?.rect;
    if (!rect || isUnbounded(rect)) continue;
    forEachCell(rect, (row, col) => {
      const key = cellAddress(row, col);
      cells[key] = { ...cells[key], hyperlink: hyperlinkOf(link) };
    });
  }
  for (const key of Object.keys(cells)) if (isBlankCell(cells[key])) delete cells[key];
  return cells;
}

function sheetModelOf(worksheet: ExcelJS.Worksheet, id: string, cells: Record<string, CellModel>): SheetModel {
  const view = worksheet.views?.[0];
  const frozen = view?.state === 'frozen' ? view : undefined;
  return {
    id,
    name: worksheet.name,
    visibility: VISIBILITY[worksheet.state] ?? 'Visible',
    protected: (worksheet as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet === true,
    frozenRows: frozen?.ySplit ?? 0,
    frozenColumns: frozen?.xSplit ?? 0,
    cells,
  };
}

/** A table as ExcelJS keeps one it loaded. */
interface LoadedTable {
  name?: string;
  tableRef?: string;
  ref?: string;
  headerRow?: boolean;
}

function tableModelsOf(worksheet: ExcelJS.Worksheet, sheetId: string, sources: Map<string, SourceTable>, workbook: WorkbookModel): TableModel[] {
  return worksheet.getTables().flatMap((entry): TableModel[] => {
    const loaded = (entry as unknown as { table?: LoadedTable }).table ?? (entry as unknown as LoadedTable);
    const rect = parseRangeReference(loaded.tableRef ?? loaded.ref ?? '')?.rect;
    if (!loaded.name || !rect) return [];
    // ExcelJS reads a table whose file leaves out headerRowCount as headerless; the file's own flag decides.
    const showHeaders = sources.get(loaded.name)?.hasHeaderRow ?? loaded.headerRow !== false;
    return [{ id: String(workbook.nextId++), name: loaded.name, sheetId, address: formatRect(rect), showHeaders }];
  });
}

/** The cells each sheet holds as inline strings (`t="inlineStr"`), by sheet name: ExcelJS leaves their text's escapes undecoded. */
async function inlineStringCells(zip: JSZip): Promise<Map<string, Set<string>>> {
  const cells = new Map<string, Set<string>>();
  for (const [sheet, part] of await worksheetParts(zip)) {
    const xml = (await zip.file(part)?.async('string')) ?? '';
    if (!xml.includes('inlineStr')) continue;
    const refs = new Set<string>();
    for (const [tag] of xml.matchAll(/<(?:[\w.-]+:)?c\s[^>]*>/g)) {
      const ref = attribute(tag, 't') === 'inlineStr' ? attribute(tag, 'r') : undefined;
      if (ref !== undefined) refs.add(ref);
    }
    cells.set(sheet, refs);
  }
  return cells;
}

/**
 * The workbook an .xlsx file holds, as the simulated host keeps it. Throws
 * WorkbookReadError, naming the file, when the bytes are not an .xlsx workbook.
 * `await workbookModelFromXlsx(bytes, 'แผน.xlsx')` → `{ sheets: [{ name: 'โครงการ', cells: { A1: { value: 'รหัสโครงการ' } } }], … }`.
 */
export async function workbookModelFromXlsx(bytes: Uint8Array, fileName = 'workbook.xlsx'): Promise<WorkbookModel> {
  const source = await identifySpreadsheet(bytes, fileName);
  if (source.kind !== 'xlsx') throw new WorkbookReadError(`${fileName} is CSV text, not an .xlsx workbook: open it in Excel and save it as .xlsx`);
  const { zip } = source;
  const notes = await readNotes(zip);
  const links = await readHyperlinks(zip);
  const themeColors = await readThemeColors(zip);
  const font = await readDefaultFont(zip);
  const inlineStrings = await inlineStringCells(zip);
  const customXmlParts = await readCustomXmlParts(await PackageEditor.open(zip));
  const { workbook, tables } = await loadWorkbook(zip, bytes, fileName, ['hyperlinks']);
  if (workbook.worksheets.length === 0) throw new WorkbookReadError(`${fileName} has no worksheets`);

  const defaultFont = {
    name: font.name ?? DEFAULT_FONT.name,
    size: font.size ?? DEFAULT_FONT.size,
    color: colorHex(font.color, themeColors) ?? DEFAULT_FONT.color,
  };
  const model: WorkbookModel = {
    sheets: [], tables: [], settings: {}, activeSheetId: '', selection: { sheetId: '', address: 'A1' }, defaultFont, nextId: 1,
  };
  const context: StyleContext = { defaultFont, themeColors };
  for (const worksheet of workbook.worksheets) {
    const cells = cellsOf(worksheet, context, notes.get(worksheet.name), links.get(worksheet.name) ?? [], inlineStrings.get(worksheet.name) ?? new Set());
    model.sheets.push(sheetModelOf(worksheet, nextSheetId(model), cells));
  }
  workbook.worksheets.forEach((worksheet, index) => model.tables.push(...tableModelsOf(worksheet, model.sheets[index].id, tables, model)));
  const active = model.sheets[shownSheetIndex(model.sheets, workbook.views?.[0]?.activeTab ?? 0)];
  model.activeSheetId = active.id;
  model.selection = { sheetId: active.id, address: 'A1' };
  // A part without a properties part has no id in the file: Excel makes one up, so does this.
  if (customXmlParts.length > 0) model.customXmlParts = customXmlParts.map(({ id, xml }, index) => ({ id: id ?? unnamedPartId(index), xml }));
  return model;
}

/** An id for the custom XML part at `index` that has none in the file, `{…}`-shaped like Excel's. */
function unnamedPartId(index: number): string {
  return `{00000000-0002-0000-${String(index + 1).padStart(4, '0')}-000000000000}`;
}

// ------------------------------------------------------------------ writing

/** Every attribute spelled out: ExcelJS writes a font naming only what differs, which Excel reads as size 11 in no font at all. */
function fullFont(font: CellFont, defaults: WorkbookModel['defaultFont']): Partial<ExcelJS.Font> {
  return {
    name: font.name ?? defaults.name,
    size: font.size ?? defaults.size,
    bold: font.bold === true,
    italic: font.italic === true,
    color: { argb: argbOf(font.color ?? defaults.color) },
  };
}

/** The value ExcelJS should write: a formula only from the `formula` field; a string is always text, `=…` included. */
function valueOf(cell: CellModel): ExcelJS.CellValue {
  const value = cell.value ?? null;
  const formula = cell.formula?.replace(/^=/, '');
  if (formula) {
    const result = typeof value !== 'string' ? value ?? undefined
      : ERROR_VALUES.has(value) ? { error: value as ExcelJS.CellErrorValue['error'] } : escapeExcelText(value);
    return { formula, result } as ExcelJS.CellFormulaValue;
  }
  return typeof value === 'string' ? escapeExcelText(value) : value;
}

function writeCell(target: ExcelJS.Cell, cell: CellModel, defaultFont: WorkbookModel['defaultFont']): void {
  target.value = valueOf(cell);
  // A style object of the cell's own: ExcelJS shares one object between cells of the same style.
  const style: Partial<ExcelJS.Style> = {};
  if (cell.numberFormat && cell.numberFormat !== 'General') style.numFmt = cell.numberFormat;
  if (cell.fill !== undefined) style.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argbOf(cell.fill) } };
  if (cell.font && Object.keys(cell.font).length > 0) style.font = fullFont(cell.font, defaultFont);
  target.style = style;
  if (cell.note !== undefined) target.note = escapeExcelText(cell.note);
}

/** A cell's link as the package writes it; none without a target (Excel keeps no such link). */
function sheetHyperlinkOf(ref: string, hyperlink: CellHyperlink): SheetHyperlink | undefined {
  if (!hyperlink.address && !hyperlink.documentReference) return undefined;
  return {
    ref,
    target: hyperlink.address || undefined,
    location: hyperlink.documentReference || undefined,
    display: hyperlink.textToDisplay,
    tooltip: hyperlink.screenTip,
  };
}

/** The table's column names: its header texts, made non-empty and unique as Excel requires. */
function columnNames(sheet: SheetModel, rect: CellRect, showHeaders: boolean): string[] {
  const taken = new Set<string>();
  return Array.from({ length: rect.colCount }, (_, c) => {
    const header = showHeaders ? sheet.cells[cellAddress(rect.row, rect.col + c)]?.value : undefined;
    let name = header === undefined || header === null || header === '' ? `Column${c + 1}` : String(header);
    while (taken.has(name.toLocaleUpperCase())) name = `${name}_${c + 1}`;
    taken.add(name.toLocaleUpperCase());
    return name;
  });
}

/** The sheet's window: frozen panes, and the selected tab (which ExcelJS writes though its typings leave it out). */
function sheetView(sheet: SheetModel, selected: boolean): Partial<ExcelJS.WorksheetView> {
  const panes: Partial<ExcelJS.WorksheetView> = sheet.frozenRows > 0 || sheet.frozenColumns > 0
    ? { state: 'frozen', xSplit: sheet.frozenColumns, ySplit: sheet.frozenRows }
    : { state: 'normal' };
  return Object.assign(panes, { tabSelected: selected });
}

/**
 * Adds the table to the worksheet (for its part and relationships) and
 * returns the part to write in place of ExcelJS's, which spans only the rows
 * ExcelJS was given and puts a filter on a table without headers.
 */
function addTable(worksheet: ExcelJS.Worksheet, sheet: SheetModel, table: TableModel, id: number): SourceTable {
  const rect = parseRangeReference(table.address)?.rect;
  if (!rect) throw new Error(`Table ${table.name} has a malformed address ${table.address}`);
  const names = columnNames(sheet, rect, table.showHeaders);
  worksheet.addTable({
    name: table.name, ref: cellAddress(rect.row, rect.col), headerRow: table.showHeaders,
    columns: names.map((name) => ({ name, filterButton: true })), rows: [],
  });
  // ExcelJS wrote the names into the header row; the sheet's own cells, written next, say what is there.
  if (table.showHeaders) names.forEach((_, c) => { worksheet.getCell(rect.row + 1, rect.col + c + 1).value = null; });
  return tablePart({ id, name: table.name, ref: formatRect(rect), hasHeaderRow: table.showHeaders, columns: names });
}

/**
 * The .xlsx file of a simulated host's workbook. A cell's `formula` is
 * written as a formula with its value as the cached result; a `value` is
 * always a constant (`=…` text stays text). A workbook opened from a file is
 * saved with changedWorkbook (changed-workbook.ts) instead: the file with only
 * the changes applied, keeping everything the model does not carry.
 */
export async function workbookModelToXlsx(model: WorkbookModel): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const activeTab = shownSheetIndex(model.sheets, model.sheets.findIndex((sheet) => sheet.id === model.activeSheetId));
  const hyperlinks = new Map<string, SheetHyperlink[]>();
  const tables = new Map<string, SourceTable>();
  for (const [index, sheet] of model.sheets.entries()) {
    const worksheet = workbook.addWorksheet(sheet.name, { state: WORKSHEET_STATE[sheet.visibility], views: [sheetView(sheet, index === activeTab)] });
    if (sheet.protected) await worksheet.protect('', {});
    for (const table of model.tables.filter((t) => t.sheetId === sheet.id)) {
      tables.set(table.name, addTable(worksheet, sheet, table, tables.size + 1));
    }
    const links: SheetHyperlink[] = [];
    for (const [key, cell] of Object.entries(sheet.cells)) {
      if (isBlankCell(cell)) continue;
      writeCell(worksheet.getCell(key), cell, model.defaultFont);
      const link = cell.hyperlink && sheetHyperlinkOf(key, cell.hyperlink);
      if (link) links.push(link);
    }
    if (links.length > 0) hyperlinks.set(sheet.name, links);
  }
  workbook.views = [{ x: 0, y: 0, width: 12000, height: 24000, firstSheet: 0, activeTab, visibility: 'visible' }];
  const written = new Uint8Array(await workbook.xlsx.writeBuffer());
  const { name, size, color } = model.defaultFont;
  const repaired = await repairWrittenPackage(written, { hyperlinks, tables, defaultFont: { name, size, argb: argbOf(color) } });
  return withCustomXmlParts(repaired, model.customXmlParts ?? []);
}

/** The package with the model's custom XML parts added, each with its properties part naming its id (ExcelJS writes none). */
async function withCustomXmlParts(data: Uint8Array, parts: NonNullable<WorkbookModel['customXmlParts']>): Promise<Uint8Array> {
  if (parts.length === 0) return data;
  const editor = await PackageEditor.open(await JSZip.loadAsync(data));
  for (const part of parts) await writeCustomXmlRecord(editor, undefined, part.xml, () => customXmlPropertiesXml(part.id, part.xml));
  return editor.bytes();
}
