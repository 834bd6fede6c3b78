import JSZip from 'jszip';
import type { Grid } from '../../core/model';
import { visibleLength } from '../../core/output/text-measure';
import { cellAddress } from '../../core/table/address';
import { defaultStyles } from './cell-styles';
import { escapeAttribute, escapeExcelText, escapeXml } from './xml';

/**
 * Workbook packages made from nothing: the one holding a CSV file's one sheet, for the annotated copy
 * of a CSV — every filled cell an inline string exactly as the file has it
 * (text stays text; `=1+1` is not a formula), in Tahoma 10, each column as
 * wide as its longest text (8 to 60 characters).
 */

const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELATIONSHIPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_RELATIONSHIPS = 'http://schemas.openxmlformats.org/package/2006/relationships';
/** A fixed time for every part, so the same file gives the same bytes. */
const PART_DATE = new Date(Date.UTC(1980, 0, 1));

function worksheetXml(grid: Grid): string {
  const widths: number[] = [];
  const rows = grid.values.map((row, r) => {
    const cells = row.flatMap((value, c) => {
      if (value === null) return [];
      widths[c] = Math.max(widths[c] ?? 0, visibleLength(String(value)));
      const ref = cellAddress(grid.origin.row + r, grid.origin.col + c);
      return [`<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(escapeExcelText(String(value)))}</t></is></c>`];
    });
    return cells.length === 0 ? '' : `<row r="${grid.origin.row + r + 1}">${cells.join('')}</row>`;
  }).join('');
  const cols = widths.flatMap((width, c) => (width === undefined ? [] : [
    `<col min="${grid.origin.col + c + 1}" max="${grid.origin.col + c + 1}" width="${Math.min(60, Math.max(8, width + 2))}" customWidth="1"/>`,
  ])).join('');
  return `${DECLARATION}<worksheet xmlns="${MAIN}">`
    + '<sheetViews><sheetView tabSelected="1" workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/>'
    + (cols ? `<cols>${cols}</cols>` : '')
    + `<sheetData>${rows}</sheetData>`
    + '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>';
}

/**
 * A workbook package of the sheets given (none is allowed: sheets can then be added to it, as
 * addNewSheets does for a workbook of filled forms only), with `stylesXml` as its styles.
 */
export function workbookPackage(sheets: readonly { name: string; xml: string }[], stylesXml: string): JSZip {
  const zip = new JSZip();
  const sheetPart = (n: number) => `xl/worksheets/sheet${n + 1}.xml`;
  const parts: Record<string, string> = {
    '[Content_Types].xml': `${DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">`
      + '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
      + '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
      + sheets.map((_, n) => `<Override PartName="/${sheetPart(n)}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')
      + '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>',
    '_rels/.rels': `${DECLARATION}<Relationships xmlns="${PACKAGE_RELATIONSHIPS}">`
      + `<Relationship Id="rId1" Type="${RELATIONSHIPS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `${DECLARATION}<workbook xmlns="${MAIN}" xmlns:r="${RELATIONSHIPS}">`
      + '<bookViews><workbookView xWindow="0" yWindow="0" windowWidth="16384" windowHeight="8192"/></bookViews>'
      + `<sheets>${sheets.map((sheet, n) => `<sheet name="${escapeAttribute(sheet.name)}" sheetId="${n + 1}" r:id="rId${n + 2}"/>`).join('')}</sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `${DECLARATION}<Relationships xmlns="${PACKAGE_RELATIONSHIPS}">`
      + `<Relationship Id="rId1" Type="${RELATIONSHIPS}/styles" Target="styles.xml"/>`
      + sheets.map((_, n) => `<Relationship Id="rId${n + 2}" Type="${RELATIONSHIPS}/worksheet" Target="worksheets/sheet${n + 1}.xml"/>`).join('')
      + '</Relationships>',
    'xl/styles.xml': stylesXml,
  };
  sheets.forEach((sheet, n) => { parts[sheetPart(n)] = sheet.xml; });
  for (const [path, text] of Object.entries(parts)) zip.file(path, text, { date: PART_DATE, createFolders: false });
  return zip;
}

/** The package of a one-sheet workbook holding the CSV's grid. */
export function csvWorkbookPackage(grid: Grid): JSZip {
  return workbookPackage(
    [{ name: grid.sheet, xml: worksheetXml(grid) }],
    defaultStyles('<font><sz val="10"/><name val="Tahoma"/><family val="2"/></font>'),
  );
}
