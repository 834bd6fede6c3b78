import type { PackageEditor } from './package-editor';
import { escapeXml, findElement, insertChild, rootElement } from './xml';

/**
 * A native clustered bar chart added to a worksheet part: a drawing anchored over a range of
 * cells holding a chart whose series read the sheet's own cells — Excel and LibreOffice draw it
 * from the cached values and redraw it when the cells change. Used by the consolidation's
 * Summary (budget against disbursed per agency).
 */

const CHART_TYPE = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';
const DRAWING_TYPE = 'application/vnd.openxmlformats-officedocument.drawing+xml';

/** Worksheet children after `<drawing>` (CT_Worksheet order). */
const AFTER_DRAWING = ['legacyDrawing', 'legacyDrawingHF', 'drawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst'];

export interface ChartSeries {
  /** The series' name as shown in the legend, and the cell it is read from (`'Summary'!$C$2`). */
  name: string;
  nameRef: string;
  /** The values' range (`'Summary'!$C$3:$C$9`) and the values. */
  valuesRef: string;
  values: readonly number[];
  /** RGB hex. */
  color: string;
}

export interface BarChart {
  title: string;
  /** The categories' range and texts (the agencies). */
  categoriesRef: string;
  categories: readonly string[];
  series: readonly ChartSeries[];
  /** Where the chart sits: 0-based cells, the last exclusive. */
  from: { row: number; col: number };
  to: { row: number; col: number };
  numberFormat: string;
}

function text(value: string): string {
  return `<c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr><a:r><a:rPr lang="th-TH" sz="1200" b="1"/><a:t>${escapeXml(value)}</a:t></a:r></a:p></c:rich></c:tx>`;
}

function seriesXml(series: ChartSeries, index: number, chart: BarChart): string {
  const categories = chart.categories.map((c, i) => `<c:pt idx="${i}"><c:v>${escapeXml(c)}</c:v></c:pt>`).join('');
  const values = series.values.map((v, i) => `<c:pt idx="${i}"><c:v>${Number.isFinite(v) ? v : 0}</c:v></c:pt>`).join('');
  return `<c:ser><c:idx val="${index}"/><c:order val="${index}"/>`
    + `<c:tx><c:strRef><c:f>${escapeXml(series.nameRef)}</c:f><c:strCache><c:ptCount val="1"/><c:pt idx="0"><c:v>${escapeXml(series.name)}</c:v></c:pt></c:strCache></c:strRef></c:tx>`
    + `<c:spPr><a:solidFill><a:srgbClr val="${series.color}"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>`
    + `<c:cat><c:strRef><c:f>${escapeXml(chart.categoriesRef)}</c:f><c:strCache><c:ptCount val="${chart.categories.length}"/>${categories}</c:strCache></c:strRef></c:cat>`
    + `<c:val><c:numRef><c:f>${escapeXml(series.valuesRef)}</c:f><c:numCache><c:formatCode>${escapeXml(chart.numberFormat)}</c:formatCode><c:ptCount val="${series.values.length}"/>${values}</c:numCache></c:numRef></c:val>`
    + '</c:ser>';
}

export function chartXml(chart: BarChart): string {
  return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
    + '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    + '<c:roundedCorners val="0"/><c:chart>'
    + `<c:title>${text(chart.title)}<c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>`
    + '<c:plotArea><c:layout/><c:barChart><c:barDir val="bar"/><c:grouping val="clustered"/><c:varyColors val="0"/>'
    + chart.series.map((s, i) => seriesXml(s, i, chart)).join('')
    + '<c:gapWidth val="60"/><c:axId val="50010001"/><c:axId val="50010002"/></c:barChart>'
    + '<c:catAx><c:axId val="50010001"/><c:scaling><c:orientation val="maxMin"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="50010002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>'
    + `<c:valAx><c:axId val="50010002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:majorGridlines/><c:numFmt formatCode="${escapeXml(chart.numberFormat)}" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="50010001"/><c:crosses val="max"/><c:crossBetween val="between"/></c:valAx>`
    + '</c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>';
}

function drawingXml(chart: BarChart, relationId: string): string {
  const marker = (tag: string, at: { row: number; col: number }) => `<xdr:${tag}><xdr:col>${at.col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${at.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
    + '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
    + `<xdr:twoCellAnchor editAs="oneCell">${marker('from', chart.from)}${marker('to', chart.to)}`
    + `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="${escapeXml(chart.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>`
    + '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>'
    + '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">'
    + `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="${relationId}"/>`
    + '</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>';
}

/** Adds `chart` to the worksheet part `sheetPart` (which has no drawing yet). */
export async function addBarChart(editor: PackageEditor, sheetPart: string, chart: BarChart): Promise<void> {
  const chartPart = editor.freePart((n) => `xl/charts/chart${n}.xml`);
  const drawingPart = editor.freePart((n) => `xl/drawings/drawing${n}.xml`);
  editor.write(chartPart, chartXml(chart));
  await editor.addContentType(chartPart, CHART_TYPE);
  const chartId = await editor.addRelationship(drawingPart, 'chart', chartPart);
  editor.write(drawingPart, drawingXml(chart, chartId));
  await editor.addContentType(drawingPart, DRAWING_TYPE);
  const drawingId = await editor.addRelationship(sheetPart, 'drawing', drawingPart);
  const xml = (await editor.text(sheetPart))!;
  const { prefix } = rootElement(xml);
  const root = findElement(xml, `${prefix}worksheet`)!;
  const relPrefix = /xmlns:r="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships"/.test(root.tag) ? '' : ' xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
  editor.write(sheetPart, insertChild(xml, root, `${prefix}worksheet`, `<${prefix}drawing r:id="${drawingId}"${relPrefix}/>`, AFTER_DRAWING.map((name) => prefix + name)));
}
