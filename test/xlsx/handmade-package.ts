import JSZip from 'jszip';

/**
 * A workbook package written part by part, as Excel writes one, holding what
 * ExcelJS cannot model or round-trip: strings with a carriage return, CRLF,
 * a tab, control characters stored as `_x0000_` escapes, a lone surrogate, a
 * literal `_x0041_` (stored `_x005F_x0041_`), spaces kept by xml:space,
 * rich text; a formula with its cached value, a date, a boolean, an error;
 * a chart, a pivot table with its cache, custom document properties, a data
 * validation, conditional formatting, defined names, a hidden and a very
 * hidden sheet, a table, merged cells, column widths and row heights, frozen
 * panes, a user's notes, a link to a place in the workbook.
 */

const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const MC = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac xr" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision"';

function relationships(...entries: [id: string, type: string, target: string][]): string {
  return `${DECLARATION}<Relationships xmlns="${RELS}">${entries.map(([id, type, target]) => `<Relationship Id="${id}" Type="${type.includes('/') ? type : `${R}/${type}`}" Target="${target}"/>`).join('')}</Relationships>`;
}

/** The shared strings as the file stores them (escaped), and the text each stands for. */
export const SHARED_STRINGS: { xml: string; text: string }[] = [
  { xml: '<t>รหัสโครงการ</t>', text: 'รหัสโครงการ' },
  { xml: '<t>ชื่อโครงการ</t>', text: 'ชื่อโครงการ' },
  { xml: '<t>เริ่มต้นโครงการ</t>', text: 'เริ่มต้นโครงการ' },
  { xml: '<t>งบประมาณที่ได้รับ</t>', text: 'งบประมาณที่ได้รับ' },
  { xml: '<t>งบประมาณที่ใช้ไป</t>', text: 'งบประมาณที่ใช้ไป' },
  { xml: '<t>03000000-2457</t>', text: '03000000-2457' },
  { xml: '<t>ถนน_x000D_ซอยวัดใหม่</t>', text: 'ถนน\rซอยวัดใหม่' },
  { xml: '<t>หมายเหตุรวม</t>', text: 'หมายเหตุรวม' },
  { xml: '<t xml:space="preserve">  มีช่องว่างหน้าหลัง  </t>', text: '  มีช่องว่างหน้าหลัง  ' },
  {
    xml: '<r><rPr><b/><sz val="11"/><color theme="1"/><rFont val="Calibri"/><family val="2"/><scheme val="minor"/></rPr><t>ตัวหนา</t></r>'
      + '<r><rPr><sz val="11"/><color theme="1"/><rFont val="Calibri"/><family val="2"/><scheme val="minor"/></rPr><t xml:space="preserve"> ปกติ</t></r>',
    text: 'ตัวหนา ปกติ',
  },
  { xml: '<t xml:space="preserve">บรรทัด1_x000D_\nบรรทัด2</t>', text: 'บรรทัด1\r\nบรรทัด2' },
  { xml: '<t xml:space="preserve">ก\tข</t>', text: 'ก\tข' },
  { xml: '<t>x_x0000_y_x0001_z_x001F_</t>', text: 'x\u0000y\u0001z\u001f' },
  { xml: '<t>ก_xD83D_ข</t>', text: 'ก\ud83dข' },
  { xml: '<t>_x005F_x0041_</t>', text: '_x0041_' },
  { xml: '<t>ไปที่รายงาน</t>', text: 'ไปที่รายงาน' },
  { xml: '<t>ครั้งที่</t>', text: 'ครั้งที่' },
  { xml: '<t>ความก้าวหน้า</t>', text: 'ความก้าวหน้า' },
  { xml: '<t>Row Labels</t>', text: 'Row Labels' },
  { xml: '<t>Sum of ครั้งที่</t>', text: 'Sum of ครั้งที่' },
  { xml: '<t>Grand Total</t>', text: 'Grand Total' },
  { xml: '<t>ค่าลับ</t>', text: 'ค่าลับ' },
];

const s = (ref: string, index: number, style?: number) => `<c r="${ref}"${style === undefined ? '' : ` s="${style}"`} t="s"><v>${index}</v></c>`;
const n = (ref: string, value: number, style?: number) => `<c r="${ref}"${style === undefined ? '' : ` s="${style}"`}><v>${value}</v></c>`;

/** Sheet "โครงการ": frozen header, widths and heights, every kind of value, a merged area, rules, a validation, a link, a chart and notes. */
const PROJECTS_SHEET = `${DECLARATION}<worksheet xmlns="${MAIN}" xmlns:r="${R}" ${MC}>`
  + '<dimension ref="A1:H4"/>'
  + '<sheetViews><sheetView tabSelected="1" workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="B3" sqref="B3"/></sheetView></sheetViews>'
  + '<sheetFormatPr defaultRowHeight="15" x14ac:dyDescent="0.25"/>'
  + '<cols><col min="1" max="1" width="16.7109375" customWidth="1"/><col min="2" max="2" width="40.7109375" customWidth="1"/><col min="3" max="5" width="14.7109375" customWidth="1"/></cols>'
  + '<sheetData>'
  + `<row r="1" spans="1:8" ht="24" customHeight="1" x14ac:dyDescent="0.25">${[0, 1, 2, 3, 4].map((i) => s(`${'ABCDE'[i]}1`, i)).join('')}</row>`
  + `<row r="2" spans="1:8" x14ac:dyDescent="0.25">${s('A2', 5)}${s('B2', 6)}${n('C2', 43739, 1)}${n('D2', 1918000, 2)}${n('E2', 2000000, 2)}${s('F2', 7)}${s('H2', 15)}</row>`
  + `<row r="3" spans="1:8" x14ac:dyDescent="0.25"><c r="A3" t="inlineStr"><is><t>03000000-2458</t></is></c>${s('B3', 8)}${n('C3', 43770, 1)}${n('D3', 500000, 2)}<c r="E3" s="3"><f>D3/2</f><v>250000</v></c></row>`
  + `<row r="4" spans="1:8" ht="30" customHeight="1" x14ac:dyDescent="0.25">${s('A4', 9, 4)}${s('B4', 10, 4)}${s('C4', 11)}${s('D4', 12)}${s('E4', 13)}${s('F4', 14)}<c r="G4" t="b"><v>1</v></c><c r="H4" t="e"><v>#N/A</v></c></row>`
  + '</sheetData>'
  + '<mergeCells count="1"><mergeCell ref="F2:G3"/></mergeCells>'
  + '<conditionalFormatting sqref="D2:D3"><cfRule type="cellIs" dxfId="0" priority="1" operator="greaterThan"><formula>1000000</formula></cfRule></conditionalFormatting>'
  + '<dataValidations count="1"><dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" sqref="G2:G1048576" xr:uid="{6A4E3F0B-1C2D-4E5F-8A9B-0C1D2E3F4A5B}"><formula1>"เป็นไปตามแผน,ไม่เป็นไปตามแผน"</formula1></dataValidation></dataValidations>'
  + '<hyperlinks><hyperlink ref="H2" location="\'รายงาน\'!A1" display="ไปที่รายงาน" xr:uid="{00000000-0004-0000-0000-000000000000}"/></hyperlinks>'
  + '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>'
  + '<pageSetup paperSize="9" orientation="portrait"/>'
  + '<drawing r:id="rId1"/><legacyDrawing r:id="rId3"/>'
  + '</worksheet>';

const REPORTS_SHEET = `${DECLARATION}<worksheet xmlns="${MAIN}" xmlns:r="${R}" ${MC}>`
  + '<dimension ref="A1:C3"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15" x14ac:dyDescent="0.25"/>'
  + '<cols><col min="1" max="1" width="18" customWidth="1"/></cols>'
  + `<sheetData><row r="1" spans="1:3">${s('A1', 0)}${s('B1', 16)}${s('C1', 17)}</row>`
  + `<row r="2" spans="1:3">${s('A2', 5)}${n('B2', 1)}${n('C2', 0.3, 5)}</row>`
  + `<row r="3" spans="1:3" ht="21.75" customHeight="1">${s('A3', 5)}${n('B3', 2)}${n('C3', 0.6, 5)}</row></sheetData>`
  + '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><tableParts count="1"><tablePart r:id="rId1"/></tableParts></worksheet>';

const HIDDEN_SHEET = `${DECLARATION}<worksheet xmlns="${MAIN}" xmlns:r="${R}"><dimension ref="B2"/><sheetData><row r="2">${s('B2', 21)}</row></sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`;

const PIVOT_SHEET = `${DECLARATION}<worksheet xmlns="${MAIN}" xmlns:r="${R}"><dimension ref="A3:B5"/><sheetData>`
  + `<row r="3">${s('A3', 18)}${s('B3', 19)}</row><row r="4">${s('A4', 5)}${n('B4', 3)}</row><row r="5">${s('A5', 20)}${n('B5', 3)}</row>`
  + '</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>';

const STYLES = `${DECLARATION}<styleSheet xmlns="${MAIN}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac">`
  + '<numFmts count="2"><numFmt numFmtId="164" formatCode="[$-th-TH,107]d/m/yyyy;@"/><numFmt numFmtId="165" formatCode="#,##0.00"/></numFmts>'
  + '<fonts count="2" x14ac:knownFonts="1"><font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>'
  + '<font><b/><sz val="16"/><color theme="1"/><name val="TH Sarabun New"/><family val="2"/></font></fonts>'
  + '<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>'
  + '<fill><patternFill patternType="solid"><fgColor rgb="FFE2EFDA"/><bgColor indexed="64"/></patternFill></fill></fills>'
  + '<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border><left/><right/><top/><bottom style="double"><color indexed="64"/></bottom><diagonal/></border></borders>'
  + '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
  + '<cellXfs count="6"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
  + '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
  + '<xf numFmtId="165" fontId="1" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyFont="1" applyBorder="1"/>'
  + '<xf numFmtId="165" fontId="1" fillId="2" borderId="1" xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1" applyBorder="1"/>'
  + '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>'
  + '<xf numFmtId="9" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'
  + '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
  + '<dxfs count="1"><dxf><font><color rgb="FF9C0006"/></font><fill><patternFill><bgColor rgb="FFFFC7CE"/></patternFill></fill></dxf></dxfs>'
  + '<tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/></styleSheet>';

const COMMENTS = `${DECLARATION}<comments xmlns="${MAIN}"><authors><author>สมศรี</author></authors><commentList>`
  + '<comment ref="E2" authorId="0" shapeId="0"><text><r><rPr><b/><sz val="9"/><color indexed="81"/><rFont val="Tahoma"/><family val="2"/></rPr><t>สมศรี:</t></r>'
  + '<r><rPr><sz val="9"/><color indexed="81"/><rFont val="Tahoma"/><family val="2"/></rPr><t xml:space="preserve">\nยอดนี้รวมเงินเหลือจ่ายปีก่อน</t></r></text></comment>'
  + '<comment ref="A3" authorId="0" shapeId="0"><text><t>รหัสใหม่ ปี 2563</t></text></comment>'
  + '</commentList></comments>';

function vmlShape(id: number, row: number, col: number): string {
  return `\r\n <v:shape id="_x0000_s${id}" type="#_x0000_t202" style='position:absolute;\r\n  margin-left:59.25pt;margin-top:1.5pt;width:108pt;height:59.25pt;z-index:${id - 1024};\r\n  visibility:hidden' fillcolor="infoBackground [80]" o:insetmode="auto">\r\n`
    + '  <v:fill color2="infoBackground [80]"/>\r\n  <v:shadow color="none [81]" obscured="t"/>\r\n  <v:path o:connecttype="none"/>\r\n'
    + '  <v:textbox style=\'mso-direction-alt:auto\'>\r\n   <div style=\'text-align:left\'></div>\r\n  </v:textbox>\r\n'
    + `  <x:ClientData ObjectType="Note">\r\n   <x:MoveWithCells/>\r\n   <x:SizeWithCells/>\r\n   <x:Anchor>\r\n    ${col + 1}, 15, ${Math.max(row - 1, 0)}, 2, ${col + 3}, 15, ${row + 3}, 16</x:Anchor>\r\n`
    + `   <x:AutoFill>False</x:AutoFill>\r\n   <x:Row>${row}</x:Row>\r\n   <x:Column>${col}</x:Column>\r\n  </x:ClientData>\r\n </v:shape>`;
}

const VML = '<xml xmlns:v="urn:schemas-microsoft-com:vml"\r\n xmlns:o="urn:schemas-microsoft-com:office:office"\r\n xmlns:x="urn:schemas-microsoft-com:office:excel">\r\n'
  + ' <o:shapelayout v:ext="edit">\r\n  <o:idmap v:ext="edit" data="1"/>\r\n </o:shapelayout><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202"\r\n  path="m,l,21600r21600,l21600,xe">\r\n'
  + '  <v:stroke joinstyle="miter"/>\r\n  <v:path gradientshapeok="t" o:connecttype="rect"/>\r\n </v:shapetype>'
  + vmlShape(1025, 1, 4) + vmlShape(1026, 2, 0) + '\r\n</xml>';

const DRAWING = `${DECLARATION}<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">`
  + '<xdr:twoCellAnchor editAs="oneCell"><xdr:from><xdr:col>1</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>5</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>'
  + '<xdr:to><xdr:col>5</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>18</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>'
  + '<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="แผนภูมิ 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>'
  + '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">'
  + `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${R}" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`;

const CHART = `${DECLARATION}<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${R}">`
  + '<c:roundedCorners val="0"/><c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>งบประมาณที่ได้รับ</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>'
  + '<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>'
  + '<c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:strRef><c:f>โครงการ!$D$1</c:f></c:strRef></c:tx>'
  + '<c:cat><c:strRef><c:f>โครงการ!$A$2:$A$3</c:f></c:strRef></c:cat>'
  + '<c:val><c:numRef><c:f>โครงการ!$D$2:$D$3</c:f><c:numCache><c:formatCode>#,##0.00</c:formatCode><c:ptCount val="2"/><c:pt idx="0"><c:v>1918000</c:v></c:pt><c:pt idx="1"><c:v>500000</c:v></c:pt></c:numCache></c:numRef></c:val></c:ser>'
  + '<c:gapWidth val="150"/><c:axId val="111"/><c:axId val="222"/></c:barChart>'
  + '<c:catAx><c:axId val="111"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="222"/></c:catAx>'
  + '<c:valAx><c:axId val="222"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="111"/></c:valAx>'
  + '</c:plotArea><c:plotVisOnly val="1"/></c:chart></c:chartSpace>';

const TABLE = `${DECLARATION}<table xmlns="${MAIN}" id="1" name="Reports" displayName="Reports" ref="A1:C3" totalsRowShown="0"><autoFilter ref="A1:C3"/>`
  + '<tableColumns count="3"><tableColumn id="1" name="รหัสโครงการ"/><tableColumn id="2" name="ครั้งที่"/><tableColumn id="3" name="ความก้าวหน้า"/></tableColumns>'
  + '<tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>';

const PIVOT_CACHE = `${DECLARATION}<pivotCacheDefinition xmlns="${MAIN}" xmlns:r="${R}" r:id="rId1" refreshOnLoad="1" createdVersion="6" refreshedVersion="6" minRefreshableVersion="3" recordCount="2">`
  + '<cacheSource type="worksheet"><worksheetSource ref="A1:C3" sheet="รายงาน"/></cacheSource><cacheFields count="3">'
  + '<cacheField name="รหัสโครงการ" numFmtId="0"><sharedItems count="1"><s v="03000000-2457"/></sharedItems></cacheField>'
  + '<cacheField name="ครั้งที่" numFmtId="0"><sharedItems containsSemiMixedTypes="0" containsString="0" containsNumber="1" containsInteger="1" minValue="1" maxValue="2"/></cacheField>'
  + '<cacheField name="ความก้าวหน้า" numFmtId="0"><sharedItems containsSemiMixedTypes="0" containsString="0" containsNumber="1" minValue="0.3" maxValue="0.6"/></cacheField>'
  + '</cacheFields></pivotCacheDefinition>';

const PIVOT_RECORDS = `${DECLARATION}<pivotCacheRecords xmlns="${MAIN}" xmlns:r="${R}" count="2"><r><x v="0"/><n v="1"/><n v="0.3"/></r><r><x v="0"/><n v="2"/><n v="0.6"/></r></pivotCacheRecords>`;

const PIVOT_TABLE = `${DECLARATION}<pivotTableDefinition xmlns="${MAIN}" name="PivotTable1" cacheId="1" applyNumberFormats="0" applyBorderFormats="0" applyFontFormats="0" applyPatternFormats="0" applyAlignmentFormats="0" applyWidthHeightFormats="1" dataCaption="Values" updatedVersion="6" minRefreshableVersion="3" useAutoFormatting="1" itemPrintTitles="1" createdVersion="6" indent="0" outline="1" outlineData="1" multipleFieldFilters="0">`
  + '<location ref="A3:B5" firstHeaderRow="1" firstDataRow="1" firstDataCol="1"/><pivotFields count="3">'
  + '<pivotField axis="axisRow" showAll="0"><items count="2"><item x="0"/><item t="default"/></items></pivotField><pivotField dataField="1" showAll="0"/><pivotField showAll="0"/></pivotFields>'
  + '<rowFields count="1"><field x="0"/></rowFields><rowItems count="2"><i><x/></i><i t="grand"><x/></i></rowItems><colItems count="1"><i/></colItems>'
  + '<dataFields count="1"><dataField name="Sum of ครั้งที่" fld="1" baseField="0" baseItem="0"/></dataFields>'
  + '<pivotTableStyleInfo name="PivotStyleLight16" showRowHeaders="1" showColHeaders="1" showRowStripes="0" showColStripes="0" showLastColumn="1"/></pivotTableDefinition>';

const WORKBOOK = `${DECLARATION}<workbook xmlns="${MAIN}" xmlns:r="${R}">`
  + '<fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="27328"/><workbookPr defaultThemeVersion="166925"/>'
  + '<bookViews><workbookView xWindow="0" yWindow="0" windowWidth="28800" windowHeight="12300" activeTab="0"/></bookViews>'
  + '<sheets><sheet name="โครงการ" sheetId="1" r:id="rId1"/><sheet name="รายงาน" sheetId="2" r:id="rId2"/><sheet name="ซ่อน" sheetId="3" state="hidden" r:id="rId3"/>'
  + '<sheet name="สรุป" sheetId="4" r:id="rId4"/><sheet name="ลับมาก" sheetId="5" state="veryHidden" r:id="rId5"/></sheets>'
  + '<definedNames><definedName name="_xlnm.Print_Area" localSheetId="0">โครงการ!$A$1:$H$4</definedName><definedName name="งบประมาณ">โครงการ!$D$2:$D$3</definedName></definedNames>'
  + '<calcPr calcId="191029"/><pivotCaches><pivotCache cacheId="1" r:id="rId9"/></pivotCaches></workbook>';

const CONTENT_TYPES = `${DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">`
  + '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
  + '<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>'
  + [
    ['/xl/workbook.xml', 'spreadsheetml.sheet.main+xml'],
    ...[1, 2, 3, 4, 5].map((i) => [`/xl/worksheets/sheet${i}.xml`, 'spreadsheetml.worksheet+xml']),
    ['/xl/styles.xml', 'spreadsheetml.styles+xml'],
    ['/xl/sharedStrings.xml', 'spreadsheetml.sharedStrings+xml'],
    ['/xl/calcChain.xml', 'spreadsheetml.calcChain+xml'],
    ['/xl/comments1.xml', 'spreadsheetml.comments+xml'],
    ['/xl/drawings/drawing1.xml', 'drawing+xml'],
    ['/xl/charts/chart1.xml', 'drawingml.chart+xml'],
    ['/xl/tables/table1.xml', 'spreadsheetml.table+xml'],
    ['/xl/pivotTables/pivotTable1.xml', 'spreadsheetml.pivotTable+xml'],
    ['/xl/pivotCache/pivotCacheDefinition1.xml', 'spreadsheetml.pivotCacheDefinition+xml'],
    ['/xl/pivotCache/pivotCacheRecords1.xml', 'spreadsheetml.pivotCacheRecords+xml'],
    ['/docProps/core.xml', null],
    ['/docProps/app.xml', 'extended-properties+xml'],
    ['/docProps/custom.xml', 'custom-properties+xml'],
  ].map(([part, type]) => `<Override PartName="${part}" ContentType="${type === null ? 'application/vnd.openxmlformats-package.core-properties+xml' : `application/vnd.openxmlformats-officedocument.${type}`}"/>`).join('')
  + '</Types>';

/** Every part of the package, by path. */
export function handmadeParts(): Record<string, string> {
  return {
    '[Content_Types].xml': CONTENT_TYPES,
    '_rels/.rels': relationships(
      ['rId1', 'officeDocument', 'xl/workbook.xml'],
      ['rId2', 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties', 'docProps/core.xml'],
      ['rId3', 'extended-properties', 'docProps/app.xml'],
      ['rId4', 'custom-properties', 'docProps/custom.xml'],
    ),
    'docProps/core.xml': `${DECLARATION}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">`
      + '<dc:creator>สำนักการโยธา</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2020-06-01T08:00:00Z</dcterms:created></cp:coreProperties>',
    'docProps/app.xml': `${DECLARATION}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Excel</Application></Properties>`,
    'docProps/custom.xml': `${DECLARATION}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">`
      + '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="หน่วยงาน"><vt:lpwstr>สำนักการโยธา</vt:lpwstr></property></Properties>',
    'xl/workbook.xml': WORKBOOK,
    'xl/_rels/workbook.xml.rels': relationships(
      ['rId1', 'worksheet', 'worksheets/sheet1.xml'], ['rId2', 'worksheet', 'worksheets/sheet2.xml'], ['rId3', 'worksheet', 'worksheets/sheet3.xml'],
      ['rId4', 'worksheet', 'worksheets/sheet4.xml'], ['rId5', 'worksheet', 'worksheets/sheet5.xml'],
      ['rId6', 'styles', 'styles.xml'], ['rId7', 'sharedStrings', 'sharedStrings.xml'], ['rId8', 'calcChain', 'calcChain.xml'],
      ['rId9', 'pivotCacheDefinition', 'pivotCache/pivotCacheDefinition1.xml'],
    ),
    'xl/styles.xml': STYLES,
    'xl/sharedStrings.xml': `${DECLARATION}<sst xmlns="${MAIN}" count="${SHARED_STRINGS.length}" uniqueCount="${SHARED_STRINGS.length}">${SHARED_STRINGS.map((entry) => `<si>${entry.xml}</si>`).join('')}</sst>`,
    'xl/calcChain.xml': `${DECLARATION}<calcChain xmlns="${MAIN}"><c r="E3" i="1"/></calcChain>`,
    'xl/worksheets/sheet1.xml': PROJECTS_SHEET,
    'xl/worksheets/_rels/sheet1.xml.rels': relationships(['rId1', 'drawing', '../drawings/drawing1.xml'], ['rId2', 'comments', '../comments1.xml'], ['rId3', 'vmlDrawing', '../drawings/vmlDrawing1.vml']),
    'xl/worksheets/sheet2.xml': REPORTS_SHEET,
    'xl/worksheets/_rels/sheet2.xml.rels': relationships(['rId1', 'table', '../tables/table1.xml']),
    'xl/worksheets/sheet3.xml': HIDDEN_SHEET,
    'xl/worksheets/sheet4.xml': PIVOT_SHEET,
    'xl/worksheets/_rels/sheet4.xml.rels': relationships(['rId1', 'pivotTable', '../pivotTables/pivotTable1.xml']),
    'xl/worksheets/sheet5.xml': `${DECLARATION}<worksheet xmlns="${MAIN}"><dimension ref="A1"/><sheetData><row r="1">${n('A1', 42)}</row></sheetData></worksheet>`,
    'xl/comments1.xml': COMMENTS,
    'xl/drawings/vmlDrawing1.vml': VML,
    'xl/drawings/drawing1.xml': DRAWING,
    'xl/drawings/_rels/drawing1.xml.rels': relationships(['rId1', 'chart', '../charts/chart1.xml']),
    'xl/charts/chart1.xml': CHART,
    'xl/tables/table1.xml': TABLE,
    'xl/pivotTables/pivotTable1.xml': PIVOT_TABLE,
    'xl/pivotTables/_rels/pivotTable1.xml.rels': relationships(['rId1', 'pivotCacheDefinition', '../pivotCache/pivotCacheDefinition1.xml']),
    'xl/pivotCache/pivotCacheDefinition1.xml': PIVOT_CACHE,
    'xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels': relationships(['rId1', 'pivotCacheRecords', 'pivotCacheRecords1.xml']),
    'xl/pivotCache/pivotCacheRecords1.xml': PIVOT_RECORDS,
  };
}

/** The package's bytes. */
export async function handmadeWorkbook(parts: Record<string, string> = handmadeParts()): Promise<Uint8Array> {
  const zip = new JSZip();
  const date = new Date(Date.UTC(2020, 5, 1, 8));
  for (const [path, text] of Object.entries(parts)) zip.file(path, text, { date, createFolders: false });
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
