/**
 * The simulated host's workbook: plain JSON, no classes, no Node or DOM APIs,
 * so it runs in the browser demo, round-trips through JSON.stringify and can
 * later be filled from / saved to .xlsx (src/xlsx).
 *
 * A sync never edits a cell, table or sheet object in place: it replaces a
 * changed cell with a new object and a changed sheet or table with a copy, so
 * an object held earlier keeps what it had. A sheet's `cells` map is the one
 * exception: a sync changes it in place (copying it per batch cost more than the
 * batch), so a lasting snapshot is `snapshotCells` or `cloneWorkbook`. The host
 * remembers each map's used extent once it has looked (sheet-cells.ts), so once a
 * host has read a workbook its cells change only through the host's syncs.
 */
import { cellAddress } from '../core/table/address';
import { sheetNameProblem } from './sheet-names';

export type CellScalar = string | number | boolean | null;

export type SheetVisibility = 'Visible' | 'Hidden' | 'VeryHidden';

export interface CellFont {
  bold?: boolean;
  italic?: boolean;
  /** `#RRGGBB`, upper case. */
  color?: string;
  name?: string;
  size?: number;
}

/** Excel.RangeHyperlink's shape. */
export interface CellHyperlink {
  address?: string;
  documentReference?: string;
  textToDisplay?: string;
  screenTip?: string;
}

/** One cell; an absent field means Excel's default (empty, General, no fill, workbook font). */
export interface CellModel {
  /** The constant, or a formula's cached result (the simulator does not calculate). */
  value?: CellScalar;
  /** `=…` when the cell holds a formula. */
  formula?: string;
  /** Absent means `General`. */
  numberFormat?: string;
  /** Solid fill colour `#RRGGBB`; absent means no fill (which Excel reports as `#FFFFFF`). */
  fill?: string;
  /** Only what differs from the workbook's default font. */
  font?: CellFont;
  /** ExcelApi 1.18 note text. */
  note?: string;
  hyperlink?: CellHyperlink;
}

export interface SheetModel {
  /** Stable across renames, like Excel's Worksheet.id. */
  id: string;
  name: string;
  visibility: SheetVisibility;
  protected: boolean;
  frozenRows: number;
  frozenColumns: number;
  /** Sparse, keyed by A1 address without `$` (`B3`). */
  cells: Record<string, CellModel>;
}

/** An Excel table (ListObject): its whole range including the header row. */
export interface TableModel {
  id: string;
  name: string;
  sheetId: string;
  /** A1 range on its sheet, header row first (`A1:D20`). */
  address: string;
  showHeaders: boolean;
}

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** A custom XML part of the workbook (Workbook.customXmlParts, ExcelApi 1.5): its id and its XML as stored. */
export interface CustomXmlPartModel {
  /** `{3B9D6A1E-…}`: the id the file gives it (its itemProps part's itemID). */
  id: string;
  xml: string;
}

export interface WorkbookModel {
  /** In tab order. */
  sheets: SheetModel[];
  tables: TableModel[];
  /** Workbook.settings (add-in settings stored in the file). */
  settings: Record<string, JsonValue>;
  /** Workbook.customXmlParts, in the file's order; absent: none. */
  customXmlParts?: CustomXmlPartModel[];
  activeSheetId: string;
  /** The selected range (one area) on the active sheet. */
  selection: { sheetId: string; address: string };
  defaultFont: { name: string; size: number; color: string };
  /** Counter for sheet and table ids. */
  nextId: number;
}

/** Excel's default font for new workbooks before Aptos (the simulator's default; overridable). */
export const DEFAULT_FONT = { name: 'Calibri', size: 11, color: '#000000' } as const;

export interface SheetSpec {
  name: string;
  /** Row-major cell values from A1; `null` or `undefined` leaves a cell empty. */
  rows?: ReadonlyArray<ReadonlyArray<CellScalar | undefined>>;
  /** Number formats in the same shape as rows (e.g. `@`, `d/m/yyyy`); `undefined`/`General` is the default. */
  numberFormats?: ReadonlyArray<ReadonlyArray<string | undefined>>;
  visibility?: SheetVisibility;
  protected?: boolean;
}

/**
 * A workbook built from rows, for tests and the demo.
 * `workbookFromRows([{ name: 'แผน 2563', rows: [['code', 'name'], ['03000000-2457', 'ถนน']] }])`.
 * Throws on a name Excel would refuse (a programming error in the fixture).
 */
export function workbookFromRows(specs: readonly SheetSpec[]): WorkbookModel {
  if (specs.length === 0) throw new Error('A workbook needs at least one sheet');
  const workbook: WorkbookModel = {
    sheets: [],
    tables: [],
    settings: {},
    activeSheetId: '',
    selection: { sheetId: '', address: 'A1' },
    defaultFont: { ...DEFAULT_FONT },
    nextId: 1,
  };
  for (const spec of specs) {
    const problem = sheetNameProblem(spec.name, workbook.sheets.map((s) => s.name));
    if (problem) throw new Error(`Sheet name ${JSON.stringify(spec.name)}: ${problem}`);
    workbook.sheets.push({
      id: nextSheetId(workbook),
      name: spec.name,
      visibility: spec.visibility ?? 'Visible',
      protected: spec.protected ?? false,
      frozenRows: 0,
      frozenColumns: 0,
      cells: cellsFromRows(spec.rows ?? [], spec.numberFormats ?? []),
    });
  }
  const firstVisible = workbook.sheets.find((s) => s.visibility === 'Visible');
  if (!firstVisible) throw new Error('A workbook needs at least one visible sheet');
  workbook.activeSheetId = firstVisible.id;
  workbook.selection = { sheetId: firstVisible.id, address: 'A1' };
  return workbook;
}

/** A new sheet id, `{00000000-0001-...}`-shaped like Excel's, unique within the workbook. */
export function nextSheetId(workbook: WorkbookModel): string {
  return `{00000000-0001-0000-${String(workbook.nextId++).padStart(4, '0')}-000000000000}`;
}

function cellsFromRows(
  rows: ReadonlyArray<ReadonlyArray<CellScalar | undefined>>,
  numberFormats: ReadonlyArray<ReadonlyArray<string | undefined>>,
): Record<string, CellModel> {
  const cells: Record<string, CellModel> = {};
  const height = Math.max(rows.length, numberFormats.length);
  for (let r = 0; r < height; r++) {
    const width = Math.max(rows[r]?.length ?? 0, numberFormats[r]?.length ?? 0);
    for (let c = 0; c < width; c++) {
      const value = rows[r]?.[c];
      const format = numberFormats[r]?.[c];
      const cell: CellModel = {};
      if (value !== null && value !== undefined && value !== '') {
        if (typeof value === 'string' && value.startsWith('=')) cell.formula = value;
        else cell.value = value;
      }
      if (format && format !== 'General') cell.numberFormat = format;
      if (Object.keys(cell).length > 0) cells[cellAddress(r, c)] = cell;
    }
  }
  return cells;
}

/** A deep copy through JSON: proves the model is plain data and gives tests an untouchable copy. */
export function cloneWorkbook(workbook: WorkbookModel): WorkbookModel {
  return JSON.parse(JSON.stringify(workbook)) as WorkbookModel;
}

/** Every stored fact about one cell, with Excel's defaults spelled out so equal cells compare equal. */
export interface CellSnapshot {
  value: CellScalar;
  formula: string | null;
  numberFormat: string;
  fill: string | null;
  font: { bold: boolean; italic: boolean; color: string; name: string; size: number };
  note: string | null;
  hyperlink: CellHyperlink | null;
}

/**
 * `{ sheetName: { A1: CellSnapshot } }` for every cell that holds anything, so a
 * test can assert "Clear marks restored everything exactly" with one toEqual.
 */
export function snapshotCells(workbook: WorkbookModel): Record<string, Record<string, CellSnapshot>> {
  const snapshot: Record<string, Record<string, CellSnapshot>> = {};
  for (const sheet of workbook.sheets) {
    const cells: Record<string, CellSnapshot> = {};
    for (const key of Object.keys(sheet.cells).sort()) {
      const cell = sheet.cells[key];
      if (isBlankCell(cell)) continue;
      cells[key] = snapshotCell(cell, workbook.defaultFont);
    }
    snapshot[sheet.name] = cells;
  }
  return snapshot;
}

export function snapshotCell(cell: CellModel | undefined, defaultFont: WorkbookModel['defaultFont']): CellSnapshot {
  return {
    value: cell?.value ?? null,
    formula: cell?.formula ?? null,
    numberFormat: cell?.numberFormat ?? 'General',
    fill: cell?.fill ?? null,
    font: {
      bold: cell?.font?.bold ?? false,
      italic: cell?.font?.italic ?? false,
      color: cell?.font?.color ?? defaultFont.color,
      name: cell?.font?.name ?? defaultFont.name,
      size: cell?.font?.size ?? defaultFont.size,
    },
    note: cell?.note ?? null,
    hyperlink: cell?.hyperlink ? { ...cell.hyperlink } : null,
  };
}

/** True when the cell stores nothing Excel would keep (no value, formula, format, note or link). */
export function isBlankCell(cell: CellModel | undefined): boolean {
  if (!cell) return true;
  return (
    (cell.value === undefined || cell.value === null) &&
    cell.formula === undefined &&
    (cell.numberFormat === undefined || cell.numberFormat === 'General') &&
    cell.fill === undefined &&
    (cell.font === undefined || Object.keys(cell.font).length === 0) &&
    cell.note === undefined &&
    cell.hyperlink === undefined
  );
}

/** The sheet with this name, compared as Excel does (case-insensitively). */
export function findSheetByName(workbook: WorkbookModel, name: string): SheetModel | undefined {
  const wanted = name.toLocaleUpperCase();
  return workbook.sheets.find((sheet) => sheet.name.toLocaleUpperCase() === wanted);
}
