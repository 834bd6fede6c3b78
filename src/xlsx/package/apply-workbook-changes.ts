import { SEVERITY_FILL } from '../../core/output/annotation-text';
import { sheetReference } from '../../core/output/sheet-name';
import { parseAddress } from '../../core/table/address';
import type { Severity } from '../../core/model';
import type { CellScalar, WorkbookModel } from '../../devhost/model';
import { UnexpressibleChangeError, type ChangedSheet, type UnexpressibleChange, type WorkbookChanges } from '../model-changes';
import { CellStyles, defaultStyles } from './cell-styles';
import { setSheetNotes, type NotesContext } from './cell-notes';
import { withCellValues } from './cell-values';
import { modelSheetPart, solidFill } from './model-sheet';
import { idBlocks } from './notes';
import { NumberFormats } from './number-formats';
import { relationshipsPart, type PackageEditor } from './package-editor';
import { readCellFormats, restyleCells, type CellPlace, type StyleChange } from './sheet-cells';
import { WorkbookPart, type WorkbookSheet } from './workbook-part';
import { attribute, decodeXml, findElement, findElements, removeAttribute, rootElement, rootNamespace, setAttribute } from './xml';

/**
 * A workbook model's changes since it was opened (model-changes.ts) applied
 * to the opened package (DESIGN §8): changed cells get their new constant
 * (cell-values.ts) and a new cell format based on their own, with the new
 * fill or number format (cell-styles.ts); notes are set to the model's text
 * (cell-notes.ts); new sheets become new worksheet parts (model-sheet.ts);
 * sheets gone are taken out with their notes. The parts changed are those
 * sheets, the workbook part, styles, relationships, content types and notes;
 * every other part keeps its bytes. What cannot be written so throws an
 * UnexpressibleChangeError, and the caller writes the workbook another way.
 */

const WORKBOOK = 'xl/workbook.xml';
const SPREADSHEETML = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const WORKSHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
const STYLES_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml';
/** What a sheet taken out may relate to: parts that are its own alone. */
const OWN_PARTS = new Set(['comments', 'vmlDrawing', 'printerSettings', 'hyperlink']);

function unexpressible(change: UnexpressibleChange): UnexpressibleChangeError {
  return new UnexpressibleChangeError(change);
}

/** The severity a fill is the mark of, if it is one. */
function markSeverity(fill: string): Severity | undefined {
  const argb = `FF${fill.slice(1).toUpperCase()}`;
  return (Object.keys(SEVERITY_FILL) as Severity[]).find((severity) => SEVERITY_FILL[severity] === argb);
}

/** Cell format `base` with its start tag edited, added to the styles (an identical one is reused). */
function editedFormat(styles: CellStyles, base: number, edit: (tag: string) => string): number {
  const entry = styles.formatAt(base);
  const tag = /^<[^>]*>/.exec(entry)![0];
  return styles.format(edit(tag) + entry.slice(tag.length));
}

/** Format `base` showing `fill` (null: none); a mark's fill exactly as the annotated copy gives it. */
function withFill(styles: CellStyles, base: number, fill: string | null): number {
  if (fill === null) return editedFormat(styles, base, (tag) => removeAttribute(setAttribute(tag, 'fillId', '0'), 'applyFill'));
  const severity = markSeverity(fill);
  if (severity) return styles.markedFormat(base, severity);
  const fillId = styles.fill(solidFill(fill));
  return editedFormat(styles, base, (tag) => setAttribute(setAttribute(tag, 'fillId', String(fillId)), 'applyFill', '1'));
}

function withNumberFormat(styles: CellStyles, base: number, numFmtId: number): number {
  return editedFormat(styles, base, (tag) => setAttribute(setAttribute(tag, 'numFmtId', String(numFmtId)), 'applyNumberFormat', '1'));
}

/** Removes a part and its content type override. */
async function removePart(editor: PackageEditor, part: string): Promise<void> {
  editor.remove(part);
  const xml = await editor.text('[Content_Types].xml');
  if (!xml) return;
  const { prefix } = rootElement(xml);
  const override = findElements(xml, `${prefix}Override`).find(({ tag }) => decodeXml(attribute(tag, 'PartName') ?? '').toLowerCase() === `/${part}`.toLowerCase());
  if (override) editor.write('[Content_Types].xml', xml.slice(0, override.start) + xml.slice(override.end));
}

async function removeRelationship(editor: PackageEditor, source: string, id: string): Promise<void> {
  const path = relationshipsPart(source);
  const xml = await editor.text(path);
  if (!xml) return;
  const { prefix } = rootElement(xml);
  const element = findElements(xml, `${prefix}Relationship`).find(({ tag }) => decodeXml(attribute(tag, 'Id') ?? '') === id);
  if (element) editor.write(path, xml.slice(0, element.start) + xml.slice(element.end));
}

/** Every number format code the changes write. */
function formatCodes(changes: WorkbookChanges): Set<string> {
  const codes = new Set<string>();
  for (const sheet of changes.changed) for (const change of sheet.cells.values()) if (change.numberFormat !== undefined) codes.add(change.numberFormat);
  for (const sheet of changes.added) for (const cell of Object.values(sheet.cells)) if (cell.numberFormat && cell.numberFormat !== 'General') codes.add(cell.numberFormat);
  return codes;
}

class ChangesWriter {
  private workbook!: WorkbookPart;
  private sheets: WorkbookSheet[] = [];
  private styles!: CellStyles;
  private formats!: NumberFormats;
  private notes!: NotesContext;

  constructor(private readonly editor: PackageEditor, private readonly opened: WorkbookModel) {}

  private async refreshSheets(): Promise<void> {
    this.sheets = this.workbook.sheets(await this.editor.relationships(WORKBOOK));
  }

  /** The worksheet of the file by name, with its place in the tab order. */
  private worksheet(name: string): { index: number; sheet: WorkbookSheet & { part: string } } {
    const index = this.sheets.findIndex((sheet) => sheet.name === name);
    const sheet = this.sheets[index];
    if (!sheet?.part || sheet.type !== 'worksheet' || !this.editor.has(sheet.part)) {
      throw unexpressible({ kind: 'package', detail: `no worksheet part for sheet ${name}` });
    }
    return { index, sheet: sheet as WorkbookSheet & { part: string } };
  }

  /**
   * The id of every format the changes use: one the styles define or Excel
   * knows by a fixed id, else the id a cell of the opened file shows it under
   * (a built-in format), else a new custom format.
   */
  private async resolveFormats(codes: Set<string>, stylesXml: string): Promise<void> {
    const reading = new CellStyles(stylesXml);
    for (const code of codes) {
      if (this.formats.known(code) !== undefined) continue;
      const example = await this.exampleFormatId(code, reading);
      if (example !== undefined) this.formats.remember(code, example);
      else this.formats.id(code);
    }
  }

  private async exampleFormatId(code: string, reading: CellStyles): Promise<number | undefined> {
    for (const sheet of this.opened.sheets) {
      const ref = Object.keys(sheet.cells).find((key) => sheet.cells[key].numberFormat === code);
      const place = ref === undefined ? undefined : parseAddress(ref);
      const part = this.sheets.find((entry) => entry.name === sheet.name)?.part;
      const xml = part === undefined ? undefined : await this.editor.text(part);
      if (!place || xml === undefined) continue;
      const style = readCellFormats(xml, [place]).get(ref!)?.style ?? 0;
      const id = Number(attribute(/^<[^>]*>/.exec(reading.formatAt(style))![0], 'numFmtId') ?? 0);
      if (Number.isInteger(id)) return id;
    }
    return undefined;
  }

  private numberFormatId = (code: string): number => {
    const id = this.formats.known(code);
    if (id === undefined) throw new Error(`Number format ${code} was not resolved before the styles were read`);
    return id;
  };

  async write(changes: WorkbookChanges): Promise<void> {
    const { editor } = this;
    const workbookXml = await editor.text(WORKBOOK);
    if (workbookXml === undefined) throw unexpressible({ kind: 'package', detail: `no ${WORKBOOK}` });
    const namespace = rootNamespace(workbookXml) ?? SPREADSHEETML;
    const relationshipNamespace = editor.relationshipTypeBase.slice(0, -1);
    this.workbook = new WorkbookPart(workbookXml, relationshipNamespace);
    await this.refreshSheets();

    const relations = await editor.relationships(WORKBOOK);
    const stylesRelation = relations.find((r) => r.type === 'styles' && !r.external);
    const stylesPart = stylesRelation?.target ?? 'xl/styles.xml';
    const stylesXml = (await editor.text(stylesPart)) ?? defaultStyles();
    this.formats = new NumberFormats(stylesXml);
    await this.resolveFormats(formatCodes(changes), stylesXml);
    // The formats are all known now: the cell formats are read from the part with them added.
    this.styles = new CellStyles(this.formats.toXml());

    let blocks: Set<number> | undefined;
    this.notes = {
      editor, namespace, relationshipNamespace,
      takenBlocks: async () => {
        if (!blocks) {
          blocks = new Set<number>();
          for (const path of editor.partNames().filter((p) => p.toLowerCase().endsWith('.vml'))) {
            for (const block of idBlocks((await editor.byteText(path)) ?? '')) blocks.add(block);
          }
        }
        return blocks;
      },
    };

    for (const name of changes.deleted) await this.deleteSheet(name);
    for (const sheet of changes.changed) await this.changeSheet(sheet);
    for (const sheet of changes.added) {
      const part = editor.freePart((n) => `xl/worksheets/sheet${n}.xml`);
      const xml = modelSheetPart({
        sheet, styles: this.styles, numberFormatId: this.numberFormatId, defaultFont: this.opened.defaultFont, namespace, selected: sheet.name === changes.activeSheet,
      });
      const id = await editor.addRelationship(WORKBOOK, 'worksheet', part);
      await editor.addContentType(part, WORKSHEET_TYPE);
      this.workbook.addSheet(sheet.name, sheet.visibility, id);
      const notes = new Map(Object.entries(sheet.cells).flatMap(([ref, cell]) => (cell.note === undefined ? [] : [[ref, cell.note] as const])));
      const noted = await setSheetNotes(this.notes, part, xml, notes);
      if (noted.threaded.length > 0) throw unexpressible({ kind: 'cell-note', sheet: sheet.name, cell: noted.threaded[0] });
      editor.write(part, noted.xml);
    }
    await this.refreshSheets();
    await this.showFirst(changes.activeSheet, new Set(changes.added.map((sheet) => sheet.name)));
    editor.write(WORKBOOK, this.workbook.xml);

    const newStyles = this.styles.toXml();
    if (newStyles !== stylesXml) {
      editor.write(stylesPart, newStyles);
      if (!stylesRelation) {
        await editor.addRelationship(WORKBOOK, 'styles', stylesPart);
        await editor.addContentType(stylesPart, STYLES_TYPE);
      }
    }
  }

  /** Takes a sheet out, with the parts that are its alone; refuses when anything else refers to it. */
  private async deleteSheet(name: string): Promise<void> {
    const { editor } = this;
    const { index, sheet } = this.worksheet(name);
    if (this.workbook.namesReferTo(index, `${sheetReference(name)}!`)) throw unexpressible({ kind: 'deleted-sheet', sheet: name });
    const relations = await editor.relationships(sheet.part);
    if (relations.some((relation) => !OWN_PARTS.has(relation.type))) throw unexpressible({ kind: 'deleted-sheet', sheet: name });
    for (const relation of relations) if (!relation.external) await removePart(editor, relation.target);
    await removePart(editor, sheet.part);
    editor.remove(relationshipsPart(sheet.part));
    await removeRelationship(editor, WORKBOOK, sheet.relationshipId!);
    this.workbook.removeSheet(index);
    await this.refreshSheets();
  }

  private async changeSheet(change: ChangedSheet): Promise<void> {
    const { index, sheet } = this.worksheet(change.name);
    if (change.visibility) this.workbook.setVisibility(index, change.visibility);
    if (change.cells.size === 0) return;
    let xml = (await this.editor.text(sheet.part))!;

    const places = [...change.cells.keys()].map((ref) => parseAddress(ref)).filter((place): place is CellPlace => place !== undefined);
    const formats = readCellFormats(xml, places);
    const styleChanges = new Map<string, StyleChange>();
    const values = new Map<string, CellScalar>();
    const notes = new Map<string, string | null>();
    for (const [ref, cell] of change.cells) {
      const base = formats.get(ref)?.style;
      if (base === undefined) throw unexpressible({ kind: 'package', detail: `cell ${ref} of ${change.name} is not an A1 address` });
      let style = base;
      if (cell.fill !== undefined) style = withFill(this.styles, style, cell.fill);
      if (cell.numberFormat !== undefined) style = withNumberFormat(this.styles, style, this.numberFormatId(cell.numberFormat));
      // A cell getting a value is listed (restyleCells inserts one the sheet lacks) under the format it shows.
      if (style !== base || cell.value !== undefined) styleChanges.set(ref, { style });
      if (cell.value !== undefined) values.set(ref, cell.value);
      if (cell.note !== undefined) notes.set(ref, cell.note);
    }
    xml = restyleCells(xml, styleChanges);
    const valued = withCellValues(xml, values);
    if (valued.missing.length > 0) throw unexpressible({ kind: 'package', detail: `cell ${valued.missing[0]} of ${change.name} is written without its address` });
    const noted = await setSheetNotes(this.notes, sheet.part, valued.xml, notes);
    if (noted.threaded.length > 0) throw unexpressible({ kind: 'cell-note', sheet: change.name, cell: noted.threaded[0] });
    this.editor.write(sheet.part, noted.xml);
  }

  /**
   * Makes `name` the tab shown when the file opens, when it is not already:
   * the workbook's active tab, and the selected-tab flag of the sheets' windows
   * (Excel groups every sheet whose window says selected). New sheets were written with theirs.
   */
  private async showFirst(name: string, added: ReadonlySet<string>): Promise<void> {
    const index = this.sheets.findIndex((sheet) => sheet.name === name);
    if (index < 0 || index === this.workbook.activeTab()) return;
    this.workbook.setActiveTab(index);
    for (const sheet of this.sheets) {
      if (added.has(sheet.name) || !sheet.part || sheet.type !== 'worksheet') continue;
      const xml = await this.editor.text(sheet.part);
      if (xml === undefined) continue;
      const { prefix } = rootElement(xml);
      const views = findElement(xml, `${prefix}sheetViews`);
      const view = views && findElement(xml, `${prefix}sheetView`, views.contentStart, views.contentEnd);
      if (!view) continue;
      const selected = ['1', 'true'].includes(attribute(view.tag, 'tabSelected') ?? '');
      const wanted = sheet.name === name;
      if (selected === wanted) continue;
      const tag = wanted ? setAttribute(view.tag, 'tabSelected', '1') : removeAttribute(view.tag, 'tabSelected');
      this.editor.write(sheet.part, xml.slice(0, view.start) + tag + xml.slice(view.start + view.tag.length));
    }
  }
}

/** Applies `changes` (from `opened`, the model as read from the package) to the package. See the module comment. */
export async function applyWorkbookChanges(editor: PackageEditor, changes: WorkbookChanges, opened: WorkbookModel): Promise<void> {
  await new ChangesWriter(editor, opened).write(changes);
}
