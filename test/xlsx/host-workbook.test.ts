/**
 * The simulated host's workbook through a real .xlsx file and back: every
 * fact snapshotCells compares survives, strings never become formulas, and
 * what Excel itself writes (theme colours, tables without headerRowCount,
 * notes on empty cells) reads as Excel shows it.
 */
import type ExcelJS from 'exceljs';
import fc from 'fast-check';
import { cellAddress } from '../../src/core/table/address';
import { snapshotCells, workbookFromRows, type CellModel, type SheetModel, type WorkbookModel } from '../../src/devhost/model';
import type { PackageColor } from '../../src/xlsx/excel-package';
import { workbookModelFromXlsx, workbookModelToXlsx } from '../../src/xlsx/host-workbook';
import { readWorkbook } from '../../src/xlsx/read';
import { buildSampleWorkbook } from '../../src/xlsx/sample';
import { editPart, partPaths, partText, workbookBytes } from './fixtures';

/** A colour as files have it: ExcelJS's typings know only `argb` and `theme`, not tints and palette indexes. */
function fileColor(color: PackageColor): Partial<ExcelJS.Color> {
  return color as Partial<ExcelJS.Color>;
}

async function roundTrip(model: WorkbookModel): Promise<WorkbookModel> {
  return workbookModelFromXlsx(await workbookModelToXlsx(model), 'round-trip.xlsx');
}

/** A workbook of named sheets holding the given cells. */
function workbookWith(sheets: Record<string, Record<string, CellModel>>): WorkbookModel {
  const model = workbookFromRows(Object.keys(sheets).map((name) => ({ name })));
  model.sheets.forEach((sheet) => { sheet.cells = sheets[sheet.name]; });
  return model;
}

function sheetNamed(model: WorkbookModel, name: string): SheetModel {
  const sheet = model.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
function decodeXml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => XML_ENTITIES[name]);
}

/** The text of every worksheet part of a package. */
async function worksheetXml(bytes: Uint8Array): Promise<string> {
  const parts = (await partPaths(bytes)).filter((path) => /^xl\/worksheets\/sheet\d+\.xml$/.test(path));
  return (await Promise.all(parts.map((path) => partText(bytes, path)))).join('\n');
}

describe('workbookModelToXlsx → workbookModelFromXlsx keeps every cell fact', () => {
  it('keeps sheets in order with Thai names, spaces and apostrophes, their visibility, protection and frozen panes', async () => {
    const model = workbookFromRows([
      { name: 'แผน 2563', rows: [['รหัสโครงการ']] },
      { name: "O'Brien", rows: [['x']], visibility: 'Hidden' },
      { name: "ผล 'ปี' 63", rows: [[1]], protected: true },
      { name: 'ReportChecker.State', rows: [['{"v":1}']], visibility: 'VeryHidden' },
      { name: 'รายงาน ต.ค.' },
    ]);
    model.sheets[0].frozenRows = 2;
    model.sheets[0].frozenColumns = 1;
    model.sheets[4].frozenRows = 1;
    model.activeSheetId = model.sheets[2].id;

    const back = await roundTrip(model);
    expect(back.sheets.map((s) => [s.name, s.visibility, s.protected, s.frozenRows, s.frozenColumns])).toEqual([
      ['แผน 2563', 'Visible', false, 2, 1],
      ["O'Brien", 'Hidden', false, 0, 0],
      ["ผล 'ปี' 63", 'Visible', true, 0, 0],
      ['ReportChecker.State', 'VeryHidden', false, 0, 0],
      ['รายงาน ต.ค.', 'Visible', false, 1, 0],
    ]);
    expect(back.activeSheetId).toBe(back.sheets[2].id);
    expect(new Set(back.sheets.map((s) => s.id)).size).toBe(5);
    expect(snapshotCells(back)).toEqual(snapshotCells(model));
  });

  it('tells no fill from a white fill', async () => {
    const model = workbookWith({ Sheet1: { A1: { value: 'no fill' }, A2: { value: 'white', fill: '#FFFFFF' }, A3: { fill: '#FFFFFF' }, A4: { fill: '#FFC7CE' } } });
    const back = await roundTrip(model);
    const cells = snapshotCells(back).Sheet1;
    expect([cells.A1.fill, cells.A2.fill, cells.A3.fill, cells.A4.fill]).toEqual([null, '#FFFFFF', '#FFFFFF', '#FFC7CE']);
    expect(snapshotCells(back)).toEqual(snapshotCells(model));
  });

  it('keeps fonts, against the default font of the workbook too', async () => {
    const cells: Record<string, CellModel> = {
      A1: { value: 'bold', font: { bold: true } },
      A2: { value: 'italic red', font: { italic: true, color: '#FF0000' } },
      A3: { value: 'Tahoma 9', font: { name: 'Tahoma', size: 9 } },
      A4: { value: 'plain' },
      A5: { font: { color: '#00B050' } },
      // Set to the default's values: still a formatted, used cell.
      A7: { font: { bold: false, color: '#000000' } },
    };
    const calibri = workbookWith({ Sheet1: cells });
    expect(snapshotCells(await roundTrip(calibri))).toEqual(snapshotCells(calibri));

    const thaiDefault = workbookWith({ Sheet1: { ...cells, A6: { value: 'Calibri 11', font: { name: 'Calibri', size: 11 } } } });
    thaiDefault.defaultFont = { name: 'TH SarabunPSK', size: 16, color: '#1F1F1F' };
    const back = await roundTrip(thaiDefault);
    expect(back.defaultFont).toEqual(thaiDefault.defaultFont);
    expect(snapshotCells(back)).toEqual(snapshotCells(thaiDefault));
  });

  it('keeps notes on several sheets, on empty cells and on a sheet with a table', async () => {
    const model = workbookWith({
      'แผน 2563': { A1: { value: 'รหัส' }, B1: { value: 'งบ' }, A2: { value: 'x', note: 'โน้ตของผู้ใช้' }, C5: { note: 'on an empty cell' } },
      Projects: { A1: { note: '=not a formula\nsecond line' } },
      "O'Brien": { D4: { value: 3, note: 'checked by Somchai', fill: '#FFEB9C' } },
    });
    model.tables.push({ id: '90', name: 'Plan', sheetId: model.sheets[0].id, address: 'A1:B3', showHeaders: true });
    const bytes = await workbookModelToXlsx(model);
    const back = await workbookModelFromXlsx(bytes);
    expect(snapshotCells(back)).toEqual(snapshotCells(model));
    // Two sheets' notes in one file: each drawing has its own shape ids (ExcelJS gives both the same).
    const vml = await Promise.all((await partPaths(bytes)).filter((p) => p.endsWith('.vml')).map((p) => partText(bytes, p)));
    expect(vml.map((part) => /data="(\d+)"/.exec(part)?.[1]).sort()).toEqual(['1', '2', '3']);
  });

  it('keeps links to places in the workbook and to the web, with display text and tips, on text, numbers and formulas', async () => {
    const model = workbookWith({
      Issues: {
        A2: { value: 'B7', hyperlink: { documentReference: "'แผน 2563'!B7", textToDisplay: 'B7' } },
        A3: { value: 'G2', hyperlink: { documentReference: "'O''Brien'!G2", textToDisplay: 'G2', screenTip: 'ไปที่เซลล์\nG2' } },
        A4: { value: 'https://example.com/?a=1&b=2', hyperlink: { address: 'https://example.com/?a=1&b=2' } },
        A5: { value: 2563, hyperlink: { address: 'mailto:somchai@example.go.th', screenTip: 'อีเมล' } },
        A6: { formula: '=1+1', value: 2, hyperlink: { documentReference: 'Issues!A1' } },
      },
      'แผน 2563': { B7: { value: 1 } },
      "O'Brien": { G2: { value: 2 } },
    });
    const bytes = await workbookModelToXlsx(model);
    expect(snapshotCells(await workbookModelFromXlsx(bytes))).toEqual(snapshotCells(model));
    // In-workbook links are `location`s, not external relationships Excel would open as files.
    const rels = (await partPaths(bytes)).filter((p) => p.endsWith('.xml.rels') && p.includes('worksheets'));
    const targets = (await Promise.all(rels.map((p) => partText(bytes, p)))).join('');
    expect(targets).not.toContain('B7');
    expect(await worksheetXml(bytes)).toContain(`location="'แผน 2563'!B7"`);
  });

  it('keeps formulas with their cached results, and never writes a string as a formula', async () => {
    const model = workbookWith({
      Sheet1: {
        A1: { formula: '=SUM(B1:B2)', value: 3 },
        A2: { formula: '=B1&"x"', value: '1x' },
        A3: { formula: '=B1>0', value: true },
        A4: { formula: '=1/0', value: '#DIV/0!' },
        A5: { formula: "='แผน 2563'!A1" },
        A6: { formula: '=B1-B1', value: 0 },
        A7: { formula: '=B1<0', value: false },
        B1: { value: 1 },
        B2: { value: 2 },
        C1: { value: '=SUM(B1:B2)' },
        C2: { value: '=1+1', numberFormat: '@' },
        C3: { value: '+5' },
        C4: { value: '-' },
        C5: { value: '@ผู้รับผิดชอบ' },
      },
      'แผน 2563': { A1: { value: 'x' } },
    });
    const bytes = await workbookModelToXlsx(model);
    const formulas = [...(await worksheetXml(bytes)).matchAll(/<f>([^<]*)<\/f>/g)].map((m) => decodeXml(m[1]));
    expect(formulas).toEqual(['SUM(B1:B2)', 'B1&"x"', 'B1>0', '1/0', "'แผน 2563'!A1", 'B1-B1', 'B1<0']);
    const back = await workbookModelFromXlsx(bytes);
    expect(snapshotCells(back)).toEqual(snapshotCells(model));
    expect(sheetNamed(back, 'Sheet1').cells.C1).toEqual({ value: '=SUM(B1:B2)' });
  });

  it('keeps dates as serials with their Thai-calendar formats', async () => {
    const model = workbookWith({
      Sheet1: {
        A1: { value: 43739, numberFormat: '[$-th-TH,107]d mmmm yyyy' },
        A2: { value: 43757, numberFormat: '[$-107041E]d/m/yy;@' },
        A3: { value: 43908.5, numberFormat: 'd/m/bbbb h:mm' },
        A4: { value: 43739, numberFormat: 'd/m/yyyy' },
        A5: { value: 1_918_000, numberFormat: '#,##0.00' },
        A6: { value: '19/10/2562', numberFormat: '@' },
      },
    });
    expect(snapshotCells(await roundTrip(model))).toEqual(snapshotCells(model));
  });

  it('keeps the longest text a cell holds, and text that needs escaping in the file', async () => {
    const long = 'ก่อสร้างถนน '.repeat(3000).slice(0, 32_767);
    const model = workbookWith({
      Sheet1: {
        A1: { value: long, numberFormat: '@' },
        A2: { value: 'line\r\nbreak\ttab' },
        A3: { value: 'literal _x0041_ and _x005F_', note: 'control \u0001 and _x000D_' },
        A4: { value: '  spaces around  ' },
      },
    });
    const back = await roundTrip(model);
    expect(sheetNamed(back, 'Sheet1').cells.A1.value).toHaveLength(32_767);
    expect(snapshotCells(back)).toEqual(snapshotCells(model));
  });

  it('keeps Excel tables: name, range and header row', async () => {
    const model = workbookWith({
      Projects: { A2: { value: 'รหัส' }, B2: { value: 'งบประมาณ\n(บาท)' }, A3: { value: '03-1' }, B3: { value: 10 }, D1: { value: 1 } },
    });
    model.tables.push(
      { id: '7', name: 'ProjectTable', sheetId: model.sheets[0].id, address: 'A2:B4', showHeaders: true },
      { id: '8', name: 'Bare', sheetId: model.sheets[0].id, address: 'D1:D3', showHeaders: false },
    );
    const back = await roundTrip(model);
    expect(back.tables.map(({ name, address, showHeaders, sheetId }) => [name, address, showHeaders, sheetId])).toEqual([
      ['ProjectTable', 'A2:B4', true, back.sheets[0].id],
      ['Bare', 'D1:D3', false, back.sheets[0].id],
    ]);
    expect(snapshotCells(back)).toEqual(snapshotCells(model));
  });
});

describe('custom XML parts (Workbook.customXmlParts) travel with the workbook', () => {
  const RECORD_XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<record xmlns="urn:example:record:1"><entry name="แผน &amp; ผล"/></record>';

  it('reads each part with the id its properties part gives it, and writes them back the same', async () => {
    const model = workbookWith({ Data: { A1: { value: 'a' } } });
    model.customXmlParts = [
      { id: '{3B9D6A1E-4C27-4F85-A0D2-7E61C5B8F934}', xml: RECORD_XML },
      { id: '{00000000-0000-0000-0000-00000000000B}', xml: '<plain/>' },
    ];
    const bytes = await workbookModelToXlsx(model);
    expect(await partText(bytes, 'customXml/itemProps1.xml')).toContain('ds:itemID="{3B9D6A1E-4C27-4F85-A0D2-7E61C5B8F934}"');
    expect(await partText(bytes, 'customXml/itemProps1.xml')).toContain('<ds:schemaRef ds:uri="urn:example:record:1"/>');
    const back = await workbookModelFromXlsx(bytes);
    expect(back.customXmlParts).toEqual(model.customXmlParts);
    expect(snapshotCells(back)).toEqual(snapshotCells(model));
  });

  it('gives a part without a properties part an id of its own; a workbook without parts has none', async () => {
    const withPart = await workbookModelToXlsx({ ...workbookWith({ Data: {} }), customXmlParts: [{ id: '{A}', xml: RECORD_XML }] });
    const propertiesLess = await editPart(withPart, 'customXml/_rels/item1.xml.rels', () => '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>');
    expect((await workbookModelFromXlsx(propertiesLess)).customXmlParts).toEqual([{ id: expect.stringMatching(/^\{[0-9A-F-]+\}$/), xml: RECORD_XML }]);
    expect((await roundTrip(workbookWith({ Data: {} }))).customXmlParts).toBeUndefined();
  });
});

describe('workbookModelFromXlsx reads files as Excel shows them', () => {
  it('gives theme and palette colours as RGB, and leaves out what equals the default font', async () => {
    const bytes = await workbookBytes((wb) => {
      const ws = wb.addWorksheet('Sheet1');
      ws.getCell('A1').value = 'header';
      ws.getCell('A1').fill = { type: 'pattern', pattern: 'solid', fgColor: fileColor({ theme: 0, tint: -0.1499984740745262 }) };
      ws.getCell('A1').font = { name: 'Calibri', size: 11, color: { theme: 1 }, bold: true };
      ws.getCell('A2').fill = { type: 'pattern', pattern: 'solid', fgColor: fileColor({ indexed: 13 }) };
      ws.getCell('A3').fill = { type: 'pattern', pattern: 'solid', fgColor: fileColor({ theme: 5, tint: 0.7999816888943144 }) };
    });
    const { cells } = (await workbookModelFromXlsx(bytes)).sheets[0];
    expect(cells.A1).toEqual({ value: 'header', fill: '#D9D9D9', font: { bold: true } });
    expect(cells.A2).toEqual({ fill: '#FFFF00' });
    // ExcelJS writes the Office 2007 theme: accent 2 is C0504D, "Lighter 80%" F2DCDB.
    expect(cells.A3).toEqual({ fill: '#F2DCDB' });
  });

  it('reads a table whose file leaves headerRowCount out (as Excel does) as having headers', async () => {
    const written = await workbookBytes((wb) => {
      const ws = wb.addWorksheet('Sheet1');
      ws.addTable({ name: 'Projects', ref: 'A1', headerRow: true, columns: [{ name: 'code' }], rows: [['03-1'], ['03-2']] });
    });
    const excelLike = await editPart(written, 'xl/tables/table1.xml', (xml) => xml.replace(' headerRowCount="1"', ''));
    const model = await workbookModelFromXlsx(excelLike);
    expect(model.tables).toEqual([{ id: expect.any(String), name: 'Projects', sheetId: model.sheets[0].id, address: 'A1:A3', showHeaders: true }]);
  });

  it('refuses what is not an .xlsx workbook, naming the file', async () => {
    await expect(workbookModelFromXlsx(new TextEncoder().encode('a,b\n1,2\n'), 'data.csv')).rejects.toThrow(/data\.csv is CSV text/);
    await expect(workbookModelFromXlsx(new Uint8Array(0), 'empty.xlsx')).rejects.toThrow(/empty\.xlsx is empty/);
  });

  it('reads the sample workbook with the values readWorkbook gives', async () => {
    const bytes = await buildSampleWorkbook();
    const model = await workbookModelFromXlsx(bytes, 'sample.xlsx');
    const grids = await readWorkbook(bytes, 'sample.xlsx');
    expect(model.sheets.map((s) => s.name)).toEqual(['โครงการ', 'รายงานความก้าวหน้า']);
    expect(grids.map((g) => g.sheet)).toEqual(['โครงการ', 'รายงานความก้าวหน้า']);
    for (const grid of grids) {
      const sheet = sheetNamed(model, grid.sheet);
      const values = grid.values.map((row, r) => row.map((_, c) => sheet.cells[cellAddress(grid.origin.row + r, grid.origin.col + c)]?.value ?? null));
      expect(values).toEqual(grid.values);
      const formats = grid.numberFormats.map((row, r) => row.map((_, c) => sheet.cells[cellAddress(grid.origin.row + r, grid.origin.col + c)]?.numberFormat ?? 'General'));
      expect(formats).toEqual(grid.numberFormats);
      const valued = Object.values(sheet.cells).filter((cell) => cell.value !== undefined).length;
      expect(valued).toBe(grid.values.flat().filter((value) => value !== null).length);
      expect(sheet.frozenRows).toBe(2);
      expect(sheet.frozenColumns).toBe(1);
    }
  });
});

describe('round trips of generated workbooks', () => {
  const SHEET_NAMES = ['Projects', 'แผน 2563', "O'Brien", 'Sheet 1', 'รายงาน ต.ค.', 'ReportChecker.State'];
  const text = fc.string({
    unit: fc.constantFrom('a', 'Z', '0', ' ', '=', '+', '-', '@', 'ก', 'ถ', 'น', '่', 'ู', '๑', '\n', '\r', '\t', '_x0041_', '_x005F_', '&', '<', '"', "'", '\u0001', '😀'),
    maxLength: 12,
  });
  const DATE_FORMATS = ['d/m/yyyy', '[$-th-TH,107]d mmmm yyyy', '[$-107041E]d/m/yy;@', 'd/m/bbbb'];
  const valueAndFormat = fc.oneof(
    fc.record({ value: text }),
    fc.record({ value: text, numberFormat: fc.constant('@') }),
    fc.record({ value: fc.integer({ min: -1e9, max: 1e9 }) }),
    fc.record({ value: fc.double({ noNaN: true, noDefaultInfinity: true }).filter((n) => !Object.is(n, -0)), numberFormat: fc.constantFrom('General', '0.00', '#,##0') }),
    fc.record({ value: fc.boolean() }),
    // Dates are whole days: ExcelJS reads a date through a JavaScript Date (milliseconds).
    fc.record({ value: fc.integer({ min: 1, max: 2_958_465 }), numberFormat: fc.constantFrom(...DATE_FORMATS) }),
    // A formula's empty text result is left out: ExcelJS reads `<v></v>` as no result.
    fc.record({ formula: fc.constantFrom('=1+1', '=SUM(A1:B2)', "='แผน 2563'!A1"), value: fc.option(fc.oneof(fc.integer(), text.filter((t) => t !== ''), fc.constant('#N/A')), { nil: undefined }) }),
    fc.constant({}),
  );
  const color = fc.constantFrom('#FFFFFF', '#000000', '#FFC7CE', '#FFEB9C', '#DDEBF7', '#00B050');
  const cell = fc.record(
    {
      content: valueAndFormat,
      fill: fc.option(color, { nil: undefined }),
      font: fc.option(fc.record({ bold: fc.boolean(), italic: fc.boolean(), color, name: fc.constantFrom('Calibri', 'Tahoma', 'TH SarabunPSK'), size: fc.constantFrom(9, 10, 11, 16) }, { requiredKeys: [] }), { nil: undefined }),
      note: fc.option(text, { nil: undefined }),
      link: fc.option(fc.constantFrom<CellModel['hyperlink']>({ documentReference: "'แผน 2563'!A1", textToDisplay: 'A1' }, { address: 'https://example.com' }), { nil: undefined }),
    },
  ).map(({ content, fill, font, note, link }): CellModel => {
    const model: CellModel = { ...content } as CellModel;
    if (model.value === undefined) delete model.value;
    if (fill) model.fill = fill;
    if (font) model.font = font;
    if (note !== undefined) model.note = note;
    if (link) model.hyperlink = link;
    return model;
  });
  const sheetCells = fc.dictionary(
    fc.tuple(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 4 })).map(([row, col]) => cellAddress(row, col)),
    cell,
    { maxKeys: 10 },
  );
  const generated = fc
    .uniqueArray(fc.constantFrom(...SHEET_NAMES), { minLength: 1, maxLength: 3 })
    .chain((names) => fc.tuple(fc.constant(names), fc.array(sheetCells, { minLength: names.length, maxLength: names.length })));

  it('keeps snapshotCells exactly, and writes a formula only where the model has one', async () => {
    await fc.assert(
      fc.asyncProperty(generated, async ([names, cells]) => {
        const model = workbookWith(Object.fromEntries(names.map((name, i) => [name, cells[i]])));
        const bytes = await workbookModelToXlsx(model);
        const back = await workbookModelFromXlsx(bytes);
        expect(snapshotCells(back)).toEqual(snapshotCells(model));
        const formulaCount = cells.flatMap((sheet) => Object.values(sheet)).filter((c) => c.formula !== undefined).length;
        expect((await worksheetXml(bytes)).match(/<f>/g)?.length ?? 0).toBe(formulaCount);
      }),
      { numRuns: 60 },
    );
  });
});
