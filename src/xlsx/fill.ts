import JSZip from 'jszip';
import type { IsoDate, Project } from '../core/model';
import { templateValues, type TemplateRecord, type TemplateReport } from '../core/template/placeholder-values';
import type { SheetDescription } from '../core/template/sheet-description';
import { checkTemplate, type TemplateCheck } from '../core/template/template-check';
import { templateSheetName } from '../core/template/template-sheet-name';
import { solePlaceholder, withoutRepeatMarker } from '../core/template/placeholders';
import { identifySpreadsheet } from './file-format';
import { addGeneratedSheets, addNewSheets, type WrittenSheet } from './package/add-generated-sheets';
import { PackageEditor } from './package/package-editor';
import { attribute, findElement, insertChild, rootElement, setAttribute } from './package/xml';
import { defaultStyles } from './package/cell-styles';
import { workbookPackage } from './package/csv-package';
import { editedCopy } from './source-copy';
import { cellText } from './template/sheet-rows';
import { filledFirstCell, filledPrintNames, filledSheetXml, type FilledSheetOptions } from './template/filled-template-sheet';
import { firstTemplateSheet, namedTemplateSheet, worksheets, type TemplateSheet } from './template/template-source';
import { TemplateStyles } from './template/template-styles';

/**
 * A copy of a workbook with described sheets (filled forms) added: the source
 * package with new worksheet parts, their formats and print settings, and
 * nothing else of the user's changed (see addGeneratedSheets). Forms filled
 * into the copy before are replaced, not repeated. A CSV source becomes a
 * workbook holding its one sheet and the forms. The source bytes are not changed.
 */
export async function writeFilledWorkbook(
  source: { data: Uint8Array; fileName: string },
  descriptions: readonly SheetDescription[],
): Promise<{ data: Uint8Array; sheets: WrittenSheet[] }> {
  const { bytes, result } = await editedCopy(
    source,
    (editor) => addGeneratedSheets(editor, descriptions),
    (cause) => `${source.fileName} could not be copied with the filled forms (${cause})`,
  );
  return { data: bytes, sheets: result };
}

/**
 * A workbook of the filled forms alone, for handing in: the same sheets, formats and print
 * settings as writeFilledWorkbook adds to a copy, in a new package holding nothing of the source.
 */
export async function writeFormsWorkbook(descriptions: readonly SheetDescription[]): Promise<{ data: Uint8Array; sheets: WrittenSheet[] }> {
  const editor = await PackageEditor.open(workbookPackage([], defaultStyles()));
  const sheets = await addGeneratedSheets(editor, descriptions);
  return { data: await editor.bytes(), sheets };
}

/** A custom template found and checked: the sheet, where it came from, and its placeholders and repeat row. */
export interface CustomTemplate {
  sheet: TemplateSheet;
  /** The template is a sheet of a workbook other than the one filled. */
  foreign: boolean;
  /** What the record of generated sheets calls it: `sheet:แม่แบบ`, `workbook:แบบของสำนัก.xlsx!แม่แบบ`. */
  origin: string;
  check: TemplateCheck;
}

/** Sheet `name` of the workbook `source` as a template, or undefined when the workbook has no such sheet (a CSV has none). */
export async function sheetTemplate(source: { data: Uint8Array; fileName: string }, name: string): Promise<CustomTemplate | undefined> {
  const spreadsheet = await identifySpreadsheet(source.data, source.fileName);
  if (spreadsheet.kind !== 'xlsx') return undefined;
  const sheet = await namedTemplateSheet(await PackageEditor.open(await JSZip.loadAsync(source.data)), name);
  return sheet && { sheet, foreign: false, origin: `sheet:${sheet.name}`, check: checkTemplate(sheet.name, sheet.textCells) };
}

/**
 * The first sheet holding placeholders of a template workbook, or, when none does, its first
 * sheet (whose check then says it holds none); undefined for a workbook without worksheets.
 */
export async function workbookTemplate(template: { data: Uint8Array; fileName: string }): Promise<CustomTemplate | undefined> {
  await identifySpreadsheet(template.data, template.fileName);
  const editor = await PackageEditor.open(await JSZip.loadAsync(template.data));
  const [first] = await worksheets(editor);
  const sheet = (await firstTemplateSheet(editor)) ?? (first && (await namedTemplateSheet(editor, first.name)));
  if (!sheet) return undefined;
  return { sheet, foreign: true, origin: `workbook:${template.fileName}!${sheet.name}`, check: checkTemplate(sheet.name, sheet.textCells) };
}

/** One project to fill a template for: its record and its reports in report-number order. */
export interface TemplateProject {
  project: TemplateRecord<Project>;
  reports: readonly TemplateReport[];
}

/** The format indexes a template's cells, rows and columns use, and those of cells a date is written into. */
function usedFormats(sheet: TemplateSheet): { used: Set<number>; dated: Set<number> } {
  const used = new Set<number>([0]);
  const dated = new Set<number>();
  for (const row of sheet.rows) {
    const rowStyle = attribute(row.tag, 's');
    if (rowStyle !== undefined) used.add(Number(rowStyle));
    for (const cell of row.cells) {
      used.add(cell.style ?? 0);
      const text = cellText(cell, sheet.strings);
      const sole = text === undefined ? undefined : solePlaceholder(withoutRepeatMarker(text));
      if (sole === 'startDate' || sole === 'endDate' || sole === 'reportDate' || sole === 'today') dated.add(cell.style ?? 0);
    }
  }
  for (const match of sheet.xml.matchAll(/<(?:[\w.-]+:)?col\b[^>]*\sstyle\s*=\s*"(\d+)"/g)) used.add(Number(match[1]));
  return { used, dated };
}

const WORKBOOK = 'xl/workbook.xml';
/** Workbook children after `<calcPr>` (CT_Workbook order). */
const AFTER_CALCULATION = ['oleSize', 'customWorkbookViews', 'pivotCaches', 'smartTagPr', 'smartTagTypes', 'webPublishing', 'fileRecoveryPr', 'webPublishObjects', 'extLst'];

/**
 * The workbook part asking for a full calculation on opening: the filled sheets' formulas have no
 * cached values (theirs were the template's rows), and a program that trusts cached values would
 * otherwise show none.
 */
function recalculatedOnLoad(workbookXml: string): string {
  const { prefix } = rootElement(workbookXml);
  const calculation = findElement(workbookXml, `${prefix}calcPr`);
  if (calculation) {
    const tag = setAttribute(calculation.tag, 'fullCalcOnLoad', '1');
    return workbookXml.slice(0, calculation.start) + tag + workbookXml.slice(calculation.start + calculation.tag.length);
  }
  const root = findElement(workbookXml, `${prefix}workbook`)!;
  return insertChild(workbookXml, root, `${prefix}workbook`, `<${prefix}calcPr fullCalcOnLoad="1"/>`, AFTER_CALCULATION.map((name) => prefix + name));
}

/** Whether a workbook part counts its dates from 1904. */
function usesDate1904(workbookXml: string): boolean {
  const properties = findElement(workbookXml, `${rootElement(workbookXml).prefix}workbookPr`);
  const value = properties && attribute(properties.tag, 'date1904');
  return value === '1' || value === 'true';
}

/**
 * A copy of a workbook with `template` filled for each project as a sheet of its own (named after
 * the template and the code), added as the standard forms are: never over a user's sheet, a sheet
 * filled from the same template for the same project before replaced. The template must have
 * passed its check (no problems). `today` is the filling day, for `{{today}}`.
 */
export async function writeTemplateFilledWorkbook(
  source: { data: Uint8Array; fileName: string },
  template: CustomTemplate,
  projects: readonly TemplateProject[],
  today: IsoDate,
): Promise<{ data: Uint8Array; sheets: WrittenSheet[] }> {
  if (template.check.problems.length > 0) throw new RangeError('writeTemplateFilledWorkbook: the template has problems; check it first');
  const { bytes, result } = await editedCopy(
    source,
    async (editor) => {
      const written = await addNewSheets(editor, ({ stylesXml, workbookXml }) => {
      const { used, dated } = usedFormats(template.sheet);
      const styles = new TemplateStyles(stylesXml, template.foreign ? template.sheet.stylesXml : undefined, used, dated);
      const options: FilledSheetOptions = {
        template: template.sheet, repeatRow: template.check.repeatRow, styles, foreign: template.foreign, date1904: usesDate1904(workbookXml),
      };
      return {
        stylesXml: styles.toXml(),
        sheets: projects.map(({ project, reports }) => {
          const values = templateValues(project, reports, today);
          const code = project.value.code ?? String(project.row?.cells.code?.raw ?? '');
          return {
            name: templateSheetName(template.sheet.name, code),
            origin: { template: template.origin, project: code },
            firstCell: filledFirstCell(options, values),
            xml: (name: string) => filledSheetXml(options, values, name),
            printNames: (name: string) => filledPrintNames(options, values, name),
          };
        }),
      };
      });
      if (template.sheet.rows.some((row) => row.cells.some((cell) => cell.formula))) {
        editor.write(WORKBOOK, recalculatedOnLoad((await editor.text(WORKBOOK))!));
      }
      return written;
    },
    (cause) => `${source.fileName} could not be copied with the filled templates (${cause})`,
  );
  return { data: bytes, sheets: result };
}
