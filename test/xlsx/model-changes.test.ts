/**
 * The pieces of the demo's download (the opened package with the model's
 * changes applied): what counts as a change, what cannot be written into the
 * file, and the text edits of the workbook part, notes and cells.
 */
import { cloneWorkbook, workbookFromRows, type WorkbookModel } from '../../src/devhost/model';
import { workbookChanges } from '../../src/xlsx/model-changes';
import { withExactNotes } from '../../src/xlsx/package/cell-notes';
import { withCellValues } from '../../src/xlsx/package/cell-values';
import { NumberFormats } from '../../src/xlsx/package/number-formats';
import { WorkbookPart } from '../../src/xlsx/package/workbook-part';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

function twoSheets(): WorkbookModel {
  return workbookFromRows([
    { name: 'แผน 2563', rows: [['รหัสโครงการ', 'งบประมาณ'], ['03000000-2457', 1918000]] },
    { name: 'รายงาน', rows: [['=A1']] },
  ]);
}

describe('workbookChanges', () => {
  it('lists changed cells by what changed, sheets added after the file\'s own and the sheet shown', () => {
    const opened = twoSheets();
    const current = cloneWorkbook(opened);
    const plan = current.sheets[0];
    plan.cells.B2 = { ...plan.cells.B2, fill: '#FFC7CE', note: 'Project Report Checker\nError' };
    plan.cells.A2 = { value: '03000000-2458' };
    plan.cells.C5 = { fill: '#FFEB9C' };
    current.sheets.push({ id: 'new', name: 'Issues', visibility: 'Visible', protected: false, frozenRows: 1, frozenColumns: 0, cells: { A1: { value: 'ระดับ' } } });
    current.activeSheetId = current.sheets[1].id;
    const result = workbookChanges(opened, current);
    if (!('changes' in result)) throw new Error(JSON.stringify(result));
    expect(result.changes.changed).toEqual([{
      name: 'แผน 2563',
      cells: new Map([['B2', { fill: '#FFC7CE', note: 'Project Report Checker\nError' }], ['A2', { value: '03000000-2458' }], ['C5', { fill: '#FFEB9C' }]]),
    }]);
    expect(result.changes.added.map((sheet) => sheet.name)).toEqual(['Issues']);
    expect(result.changes.deleted).toEqual([]);
    expect(result.changes.activeSheet).toBe('รายงาน');
  });

  it('names what the file cannot be given: a formula, a font, a rename, sheets out of order, a table', () => {
    const cases: [string, (model: WorkbookModel) => void, unknown][] = [
      ['formula', (m) => { m.sheets[1].cells.A1 = { formula: '=A2' }; }, { kind: 'cell-formula', sheet: 'รายงาน', cell: 'A1' }],
      ['font', (m) => { m.sheets[0].cells.A1 = { ...m.sheets[0].cells.A1, font: { bold: true } }; }, { kind: 'cell-font', sheet: 'แผน 2563', cell: 'A1' }],
      ['rename', (m) => { m.sheets[1].name = 'ผล'; }, { kind: 'sheet-renamed', sheet: 'รายงาน' }],
      ['order', (m) => { m.sheets.reverse(); }, { kind: 'sheet-order' }],
      ['table', (m) => { m.tables.push({ id: 't', name: 'Table1', sheetId: m.sheets[0].id, address: 'A1:B2', showHeaders: true }); }, { kind: 'tables' }],
      // The sheet a formula refers to cannot go.
      ['deleted', (m) => { m.sheets[1].cells.A1 = { formula: "='แผน 2563'!A1" }; m.sheets.splice(0, 1); }, { kind: 'deleted-sheet', sheet: 'แผน 2563' }],
    ];
    for (const [name, change, expected] of cases) {
      const opened = twoSheets();
      const current = cloneWorkbook(opened);
      change(current);
      expect({ name, result: workbookChanges(opened, current) }).toEqual({ name, result: { unexpressible: expected } });
    }
  });

  it('finds nothing to change in a workbook only looked at', () => {
    const opened = twoSheets();
    const result = workbookChanges(opened, cloneWorkbook(opened));
    expect(result).toEqual({ changes: { changed: [], deleted: [], added: [], activeSheet: 'แผน 2563' } });
  });
});

describe('WorkbookPart', () => {
  const xml = `<workbook xmlns="${MAIN}" xmlns:r="${R}"><bookViews><workbookView activeTab="2" firstSheet="2"/></bookViews>`
    + '<sheets><sheet name="A" sheetId="1" r:id="rId1"/><sheet name="Issues" sheetId="4" r:id="rId2"/><sheet name="C" sheetId="3" state="hidden" r:id="rId3"/></sheets>'
    + '<definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="1" hidden="1">Issues!$A$1:$H$2</definedName>'
    + '<definedName name="_xlnm.Print_Area" localSheetId="2">C!$A$1:$B$2</definedName><definedName name="งบ">A!$B$2</definedName></definedNames></workbook>';

  it('takes a sheet out with its own names; the later sheets\' names follow them down', () => {
    const part = new WorkbookPart(xml, R);
    expect(part.namesReferTo(1, 'Issues!')).toBe(false);
    expect(part.namesReferTo(0, 'A!')).toBe(true);
    part.removeSheet(1);
    expect(part.xml).toContain('<sheets><sheet name="A" sheetId="1" r:id="rId1"/><sheet name="C" sheetId="3" state="hidden" r:id="rId3"/></sheets>');
    expect(part.xml).toContain('<definedNames><definedName name="_xlnm.Print_Area" localSheetId="1">C!$A$1:$B$2</definedName><definedName name="งบ">A!$B$2</definedName></definedNames>');
  });

  it('adds a sheet last with the next sheet id, sets visibility and the tab shown', () => {
    const part = new WorkbookPart(xml, R);
    part.addSheet('ReportChecker.State', 'VeryHidden', 'rId9');
    part.setVisibility(2, 'Visible');
    part.setActiveTab(0);
    expect(part.xml).toContain('<sheet name="C" sheetId="3" r:id="rId3"/><sheet name="ReportChecker.State" sheetId="5" state="veryHidden" r:id="rId9"/></sheets>');
    expect(part.xml).toContain('<workbookView firstSheet="0"/>');
    expect(part.activeTab()).toBe(0);
  });
});

describe('withExactNotes', () => {
  const comments = `<comments xmlns="${MAIN}"><authors><author>สมศรี</author></authors><commentList>`
    + '<comment ref="B2" authorId="0" shapeId="0"><text><t>ของผู้ใช้</t></text></comment>'
    + '<comment ref="D4" authorId="0" shapeId="0"><text><t>อีกอัน</t></text></comment></commentList></comments>';

  it('replaces, removes and adds notes to exactly the text given, leaving the others\' bytes', () => {
    const result = withExactNotes(comments, new Map([['B2', 'Project Report Checker\nError · x'], ['A1', 'ใหม่'], ['C9', null]]), MAIN);
    expect(result.xml).toBe(`<comments xmlns="${MAIN}"><authors><author>สมศรี</author><author>Project Report Checker</author></authors><commentList>`
      + '<comment ref="A1" authorId="1" shapeId="0"><text><r><rPr><sz val="9"/><color indexed="81"/><rFont val="Tahoma"/><family val="2"/></rPr><t xml:space="preserve">ใหม่</t></r></text></comment>'
      + '<comment ref="B2" authorId="0" shapeId="0"><text><r><rPr><b/><sz val="9"/><color indexed="81"/><rFont val="Tahoma"/><family val="2"/></rPr><t xml:space="preserve">Project Report Checker</t></r>'
      + '<r><rPr><sz val="9"/><color indexed="81"/><rFont val="Tahoma"/><family val="2"/></rPr><t xml:space="preserve">\nError · x</t></r></text></comment>'
      + '<comment ref="D4" authorId="0" shapeId="0"><text><t>อีกอัน</t></text></comment></commentList></comments>');
    expect([...result.noted.keys()]).toEqual(['B2', 'A1']);
    expect(withExactNotes(comments, new Map([['D4', null]]), MAIN)).toMatchObject({ removed: ['D4'] });
  });
});

describe('withCellValues and NumberFormats', () => {
  it('rewrites only the cells asked for, and names those it cannot find by address', () => {
    const sheet = `<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" s="3" t="s" vm="1"><v>0</v></c><c r="B1"><f>A1</f><v>1</v></c><c t="s"><v>2</v></c></row></sheetData></worksheet>`;
    const { xml, missing } = withCellValues(sheet, new Map<string, string | number>([['A1', 12.5], ['C1', 'x']]));
    expect(xml).toBe(`<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" s="3"><v>12.5</v></c><c r="B1"><f>A1</f><v>1</v></c><c t="s"><v>2</v></c></row></sheetData></worksheet>`);
    expect(missing).toEqual(['C1']);
  });

  it('knows General, Text and the file\'s own formats, and adds others after the highest custom id', () => {
    const formats = new NumberFormats(`<styleSheet xmlns="${MAIN}"><fonts count="1"><font/></fonts></styleSheet>`);
    expect([formats.known('General'), formats.known('@'), formats.known('d/m/yyyy')]).toEqual([0, 49, undefined]);
    expect(formats.id('d/m/yyyy')).toBe(164);
    expect(formats.id('d/m/yyyy')).toBe(164);
    expect(formats.toXml()).toBe(`<styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="d/m/yyyy"/></numFmts><fonts count="1"><font/></fonts></styleSheet>`);
  });
});
