import type { Issue, Severity } from '../core/model';
import { ISSUE_COLUMNS, NO_FINDINGS, SEVERITY_LABEL, type Language } from '../core/output/annotation-text';
import { sheetReference } from '../core/output/sheet-name';
import { wrappedLineCount } from '../core/output/text-measure';
import { cellAddress, columnLetter, parseAddress } from '../core/table/address';
import { severityFill, type CellStyles } from './package/cell-styles';
import { escapeAttribute, escapeExcelText, escapeXml } from './package/xml';

/**
 * The Issues sheet of an annotated copy, written as a worksheet part: one row
 * per finding with a link to its cell; header bold, frozen and filtered;
 * printed landscape on A4, one page wide. Every text is an inline string
 * (`t="inlineStr"`), so text from the data that starts with = + - @ is text,
 * never a formula, and the workbook's shared strings are not touched; text
 * columns are formatted Text (@), so editing such a cell in Excel keeps it text.
 */

/** Points per line of Tahoma 10 with room for Thai marks above and below. */
const LINE_HEIGHT_PT = 15;
/** Excel's built-in number format 49: Text (@). */
const TEXT_FORMAT = 49;

const FONT = '<sz val="10"/><name val="Tahoma"/><family val="2"/>';
const PLAIN_FONT = `<font>${FONT}</font>`;
const BOLD_FONT = `<font><b/>${FONT}</font>`;
const LINK_FONT = '<font><u/><sz val="10"/><color rgb="FF0563C1"/><name val="Tahoma"/><family val="2"/></font>';
const HEADER_FILL = '<fill><patternFill patternType="solid"><fgColor rgb="FFD9D9D9"/><bgColor indexed="64"/></patternFill></fill>';

/** The cell formats the sheet uses, as indexes into the workbook's cellXfs. */
interface IssuesSheetFormats {
  header: number;
  text: number;
  wrapped: number;
  link: number;
  number: number;
  severity: Record<Severity, number>;
}

function cellFormat(styles: CellStyles, { numFmtId = 0, font, fill = 0, alignment }: { numFmtId?: number; font: string; fill?: number; alignment: string }): number {
  const applied = [numFmtId ? ' applyNumberFormat="1"' : '', ' applyFont="1"', fill ? ' applyFill="1"' : '', ' applyAlignment="1"'].join('');
  return styles.format(`<xf numFmtId="${numFmtId}" fontId="${styles.font(font)}" fillId="${fill}" borderId="0" xfId="0"${applied}><alignment ${alignment}/></xf>`);
}

/** Adds (or finds) the sheet's fonts, fills and cell formats in the workbook's styles. */
function issuesSheetFormats(styles: CellStyles): IssuesSheetFormats {
  const severityFormat = (severity: Severity) => cellFormat(styles, { numFmtId: TEXT_FORMAT, font: PLAIN_FONT, fill: styles.fill(severityFill(severity)), alignment: 'vertical="top"' });
  return {
    header: cellFormat(styles, { numFmtId: TEXT_FORMAT, font: BOLD_FONT, fill: styles.fill(HEADER_FILL), alignment: 'vertical="center"' }),
    text: cellFormat(styles, { numFmtId: TEXT_FORMAT, font: PLAIN_FONT, alignment: 'vertical="top"' }),
    wrapped: cellFormat(styles, { numFmtId: TEXT_FORMAT, font: PLAIN_FONT, alignment: 'vertical="top" wrapText="1"' }),
    link: cellFormat(styles, { font: LINK_FONT, alignment: 'vertical="top"' }),
    number: cellFormat(styles, { font: PLAIN_FONT, alignment: 'horizontal="center" vertical="top"' }),
    severity: { error: severityFormat('error'), warning: severityFormat('warning'), info: severityFormat('info') },
  };
}

/** `'รายงาน ต.ค.'!B3`: where a link to a cell of this workbook goes. */
export function cellLocation(sheet: string, cell: string): string {
  return `${sheetReference(sheet)}!${cell}`;
}

function textCell(ref: string, style: number, text: string): string {
  return `<c r="${ref}" s="${style}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(escapeExcelText(text))}</t></is></c>`;
}

function valueCell(ref: string, style: number, value: string | number | undefined): string {
  if (value === undefined || value === '') return `<c r="${ref}" s="${style}"/>`;
  return typeof value === 'number' && Number.isFinite(value) ? `<c r="${ref}" s="${style}"><v>${value}</v></c>` : textCell(ref, style, String(value));
}

export interface IssuesSheetPart {
  xml: string;
  /** The sheet's filter range and print titles, as the workbook's defined names for it. */
  definedNames: { name: string; value: string; hidden?: boolean }[];
}

/**
 * The Issues sheet's part. `canLink(sheet)` says whether a finding's sheet
 * may be linked to (a very hidden sheet may not: Excel cannot go there).
 * `namespace` is the workbook's SpreadsheetML namespace.
 */
export function issuesSheetPart(options: {
  name: string;
  issues: readonly Issue[];
  language: Language;
  styles: CellStyles;
  namespace: string;
  canLink: (sheet: string) => boolean;
}): IssuesSheetPart {
  const { name, issues, language, styles, namespace, canLink } = options;
  const formats = issuesSheetFormats(styles);
  const lastColumn = columnLetter(ISSUE_COLUMNS.length - 1);
  const rows: string[] = [];
  const links: string[] = [];
  rows.push(`<row r="1">${ISSUE_COLUMNS.map((column, c) => textCell(cellAddress(0, c), formats.header, column[language])).join('')}</row>`);

  issues.forEach((issue, index) => {
    const row = index + 1;
    const linked = parseAddress(issue.cell) !== undefined && canLink(issue.sheet);
    const values: Record<(typeof ISSUE_COLUMNS)[number]['key'], string | number | undefined> = {
      severity: SEVERITY_LABEL[issue.severity][language],
      sheet: issue.sheet,
      cell: issue.cell,
      rule: issue.rule,
      project: issue.project,
      report: issue.report,
      message: issue.message[language],
      fix: issue.fix?.[language],
    };
    let lines = 1;
    const cells = ISSUE_COLUMNS.map((column, c) => {
      const ref = cellAddress(row, c);
      const value = values[column.key];
      switch (column.key) {
        case 'severity': return textCell(ref, formats.severity[issue.severity], String(value));
        case 'cell':
          if (linked) links.push(`<hyperlink ref="${ref}" location="${escapeAttribute(escapeExcelText(cellLocation(issue.sheet, issue.cell)))}"/>`);
          return valueCell(ref, linked ? formats.link : formats.text, value);
        case 'report': return valueCell(ref, formats.number, value);
        case 'message':
        case 'fix':
          lines = Math.max(lines, wrappedLineCount(String(value ?? ''), (column.width - 2) * 1.15));
          return valueCell(ref, formats.wrapped, value);
        default: return valueCell(ref, formats.text, value);
      }
    });
    // Excel does not grow a row to fit wrapped text it did not lay out itself.
    rows.push(`<row r="${row + 1}" ht="${lines * LINE_HEIGHT_PT}" customHeight="1">${cells.join('')}</row>`);
  });
  if (issues.length === 0) {
    const message = ISSUE_COLUMNS.findIndex((column) => column.key === 'message');
    rows.push(`<row r="2">${textCell(cellAddress(1, message), formats.text, NO_FINDINGS[language])}</row>`);
  }

  const lastRow = Math.max(1, issues.length) + 1;
  const range = `A1:${lastColumn}${lastRow}`;
  const columns = ISSUE_COLUMNS.map((column, c) => `<col min="${c + 1}" max="${c + 1}" width="${column.width}" customWidth="1"/>`).join('');
  const xml = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
    + `<worksheet xmlns="${escapeAttribute(namespace)}">`
    + '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>'
    + `<dimension ref="${range}"/>`
    + '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>'
    + '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>'
    + '<sheetFormatPr defaultRowHeight="15"/>'
    + `<cols>${columns}</cols>`
    + `<sheetData>${rows.join('')}</sheetData>`
    + `<autoFilter ref="${range}"/>`
    + (links.length > 0 ? `<hyperlinks>${links.join('')}</hyperlinks>` : '')
    + '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>'
    + '<pageSetup paperSize="9" orientation="landscape" fitToHeight="0"/>'
    + '</worksheet>';
  const reference = sheetReference(name);
  return {
    xml,
    definedNames: [
      { name: '_xlnm._FilterDatabase', value: `${reference}!$A$1:$${lastColumn}$${lastRow}`, hidden: true },
      { name: '_xlnm.Print_Titles', value: `${reference}!$1:$1` },
    ],
  };
}
