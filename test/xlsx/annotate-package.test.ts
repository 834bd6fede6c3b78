import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Issue } from '../../src/core/model';
import { writeAnnotatedWorkbook } from '../../src/xlsx/annotate';
import { readWorkbook } from '../../src/xlsx/read';
import { anIssue as fixtureIssue, fillOf, loadBack, noteText, partsOf, text } from './fixtures';
import { SHARED_STRINGS, handmadeParts, handmadeWorkbook } from './handmade-package';

/**
 * The annotated copy is the input package with only the parts the marks
 * need changed: every value keeps its bytes, every other part too, and
 * marking the copy again replaces the marks instead of stacking them.
 */

/** A finding with a short message and no fix (the notes' texts are compared whole). */
function anIssue(overrides: Partial<Issue> & Pick<Issue, 'cell'>): Issue {
  return fixtureIssue({ message: { th: 'งบประมาณที่ใช้ไปมากกว่างบประมาณที่ได้รับ', en: 'Budget spent exceeds the budget received' }, fix: undefined, ...overrides });
}

/** Findings on the hand-made workbook: on shared and filled styles, a date, a formula, a merged area, missing cells and rows, a table, hidden sheets. */
const ISSUES: Issue[] = [
  anIssue({ cell: 'E2' }),
  anIssue({ cell: 'C2', severity: 'warning', rule: 'outside-fiscal-year', message: { th: 'วันที่อยู่นอกปีงบประมาณ', en: 'Date outside the fiscal year' } }),
  anIssue({ cell: 'E3', severity: 'warning', rule: 'spent-mismatch', message: { th: 'ไม่ตรงกับยอดเบิกจ่าย', en: 'Differs from the disbursement' } }),
  anIssue({ cell: 'B2', severity: 'info', rule: 'stray-whitespace', message: { th: 'มีอักขระขึ้นบรรทัด', en: 'Holds a line break' } }),
  anIssue({ cell: 'G3', severity: 'info', rule: 'stray-whitespace', message: { th: 'เซลล์ผสาน', en: 'Merged cell' } }),
  anIssue({ cell: 'H3', rule: 'required-value', message: { th: 'ไม่ได้กรอก', en: 'Empty' } }),
  anIssue({ cell: 'I6', rule: 'required-value', message: { th: 'ไม่ได้กรอก', en: 'Empty' } }),
  anIssue({ sheet: 'รายงาน', cell: 'C3', severity: 'warning', rule: 'progress-decrease', message: { th: 'ความก้าวหน้าลดลง', en: 'Progress went down' }, report: 2 }),
  anIssue({ sheet: 'ซ่อน', cell: 'B2', severity: 'info', rule: 'stray-whitespace', message: { th: '=ไม่ใช่สูตร', en: '=NOT(A FORMULA)' } }),
  anIssue({ sheet: 'ลับมาก', cell: 'A1', severity: 'info', rule: 'out-of-range', message: { th: 'ค่าเกินช่วง', en: 'Out of range' } }),
];

async function annotate(data: Uint8Array, issues: Issue[] = ISSUES, lang: 'th' | 'en' = 'en'): Promise<Uint8Array> {
  return writeAnnotatedWorkbook({ data, fileName: 'handmade.xlsx' }, issues, lang);
}


/** Each cell of a sheet part: its type attribute, style and content (value, formula, inline text) exactly as written. */
function cellsOf(sheetXml: string): Map<string, { t?: string; s?: string; content: string }> {
  const cells = new Map<string, { t?: string; s?: string; content: string }>();
  for (const match of sheetXml.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    const attrs = match[1];
    const ref = /\sr="([^"]+)"/.exec(attrs)![1];
    cells.set(ref, { t: /\st="([^"]+)"/.exec(attrs)?.[1], s: /\ss="([^"]+)"/.exec(attrs)?.[1], content: match[2] ?? '' });
  }
  return cells;
}

const SHEET_PARTS = [1, 2, 3, 4, 5].map((n) => `xl/worksheets/sheet${n}.xml`);
const RED = 'FFFFC7CE';
const YELLOW = 'FFFFEB9C';
const BLUE = 'FFDDEBF7';

describe('writeAnnotatedWorkbook — the copy is the input package, changed only where the marks are', () => {
  let input: Uint8Array;
  let copy: Uint8Array;
  let before: Map<string, Uint8Array>;
  let after: Map<string, Uint8Array>;
  beforeAll(async () => {
    input = await handmadeWorkbook();
    copy = await annotate(input);
    before = await partsOf(input);
    after = await partsOf(copy);
  });

  it('(a) keeps every value of every sheet byte for byte: type, shared string index, inline text, formula and cached value', () => {
    for (const part of SHEET_PARTS) {
      const source = cellsOf(text(before.get(part)));
      const marked = cellsOf(text(after.get(part)));
      for (const [ref, cell] of source) {
        expect({ ref, t: marked.get(ref)?.t, content: marked.get(ref)?.content }).toEqual({ ref, t: cell.t, content: cell.content });
      }
      // A cell the copy has and the input had not is an empty one, inserted to carry a mark.
      for (const [ref, cell] of marked) if (!source.has(ref)) expect({ ref, t: cell.t, content: cell.content }).toEqual({ ref, t: undefined, content: '' });
    }
    expect(after.get('xl/sharedStrings.xml')).toEqual(before.get('xl/sharedStrings.xml'));
    // The strings ExcelJS would have changed are there as Excel wrote them.
    const strings = text(after.get('xl/sharedStrings.xml'));
    for (const escaped of ['ถนน_x000D_ซอยวัดใหม่', 'บรรทัด1_x000D_\nบรรทัด2', 'ก\tข', 'x_x0000_y_x0001_z_x001F_', 'ก_xD83D_ข', '<t>_x005F_x0041_</t>', '<t xml:space="preserve">  มีช่องว่างหน้าหลัง  </t>']) {
      expect(strings).toContain(escaped);
    }
    expect(SHARED_STRINGS.map((entry) => entry.text)).toContain('_x0041_');
  });

  it('(a) reads back, sheet by sheet, to the same values as the input', async () => {
    const source = await readWorkbook(input, 'handmade.xlsx');
    const marked = await readWorkbook(copy, 'marked.xlsx');
    expect(marked.map((grid) => grid.sheet)).toEqual([...source.map((grid) => grid.sheet), 'Issues']);
    expect(marked.slice(0, source.length)).toEqual(source);
  });

  it('(b) leaves every other part byte-identical: chart, pivot table and cache, custom properties, table, shared strings…', () => {
    const changed = [
      '[Content_Types].xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml',
      'xl/worksheets/sheet1.xml', 'xl/comments1.xml', 'xl/drawings/vmlDrawing1.vml',
      'xl/worksheets/sheet2.xml', 'xl/worksheets/_rels/sheet2.xml.rels',
      'xl/worksheets/sheet3.xml', 'xl/worksheets/sheet5.xml',
    ];
    const added = [
      'xl/worksheets/sheet6.xml',
      'xl/comments2.xml', 'xl/drawings/vmlDrawing2.vml', 'xl/comments3.xml', 'xl/drawings/vmlDrawing3.vml', 'xl/comments4.xml', 'xl/drawings/vmlDrawing4.vml',
      'xl/worksheets/_rels/sheet3.xml.rels', 'xl/worksheets/_rels/sheet5.xml.rels',
      'customXml/item1.xml', 'customXml/itemProps1.xml', 'customXml/_rels/item1.xml.rels',
    ];
    expect([...after.keys()].sort()).toEqual([...before.keys(), ...added].sort());
    const unchanged = [...before.keys()].filter((part) => !changed.includes(part));
    expect(unchanged).toEqual(expect.arrayContaining([
      'xl/charts/chart1.xml', 'xl/drawings/drawing1.xml', 'xl/pivotTables/pivotTable1.xml', 'xl/pivotCache/pivotCacheDefinition1.xml',
      'xl/pivotCache/pivotCacheRecords1.xml', 'docProps/custom.xml', 'xl/tables/table1.xml', 'xl/sharedStrings.xml', 'xl/calcChain.xml',
      'xl/worksheets/sheet4.xml', 'xl/worksheets/_rels/sheet1.xml.rels',
    ]));
    for (const part of unchanged) expect({ part, bytes: after.get(part) }).toEqual({ part, bytes: before.get(part) });
  });

  it('(b) changes a marked sheet only in its cells\' s attributes, the cells it inserts and the notes\' drawing link', () => {
    const withoutMarks = (xml: string) => xml
      .replace(/<sheetData>[\s\S]*<\/sheetData>/, '')
      .replace(/<dimension ref="[^"]*"\/>/, '')
      .replace(/<legacyDrawing (?:xmlns:r="[^"]*" )?r:id="[^"]*"\/>/, '');
    for (const part of SHEET_PARTS) expect(withoutMarks(text(after.get(part)))).toEqual(withoutMarks(text(before.get(part))));
    // Elements outside the cells stay as Excel wrote them, revision ids and all.
    const projects = text(after.get('xl/worksheets/sheet1.xml'));
    expect(projects).toContain('sqref="G2:G1048576" xr:uid="{6A4E3F0B-1C2D-4E5F-8A9B-0C1D2E3F4A5B}"');
    expect(projects).toContain('<hyperlink ref="H2" location="\'รายงาน\'!A1" display="ไปที่รายงาน" xr:uid=');
    // Inserted cells go in column order inside their row, a missing row in row order.
    expect(projects).toMatch(/<c r="F3" [^>]*>|<c r="E3" s="\d+"><f>D3\/2<\/f><v>250000<\/v><\/c><c r="H3" s="\d+"\/><\/row>/);
    expect(projects).toMatch(/<\/row><row r="6"><c r="I6" s="\d+"\/><\/row><\/sheetData>/);
    expect(projects).toContain('<dimension ref="A1:I6"/>');
    // The notes' drawing comes where the schema puts it: after <drawing>, before <tableParts>.
    const reports = text(after.get('xl/worksheets/sheet2.xml'));
    expect(reports.indexOf('<legacyDrawing')).toBeGreaterThan(reports.indexOf('<pageMargins'));
    expect(reports.indexOf('<legacyDrawing')).toBeLessThan(reports.indexOf('<tableParts'));
  });

  it('(c) fills each marked cell by severity and keeps its number format, font and border; cells sharing its style stay unfilled', async () => {
    const workbook = await loadBack(copy);
    const projects = workbook.getWorksheet('โครงการ')!;
    const look = (cell: ExcelJS.Cell) => ({ fill: fillOf(cell), numFmt: cell.numFmt });
    expect(look(projects.getCell('E2'))).toEqual({ fill: RED, numFmt: '#,##0.00' });
    expect(projects.getCell('E2').font).toMatchObject({ name: 'TH Sarabun New', size: 16, bold: true });
    expect(projects.getCell('E2').border?.bottom?.style).toBe('double');
    expect(look(projects.getCell('C2'))).toEqual({ fill: YELLOW, numFmt: '[$-th-TH,107]d/m/yyyy;@' });
    expect(look(projects.getCell('E3'))).toEqual({ fill: YELLOW, numFmt: '#,##0.00' });
    expect(fillOf(projects.getCell('B2'))).toBe(BLUE);
    expect(fillOf(projects.getCell('F2'))).toBe(BLUE);
    expect(fillOf(projects.getCell('H3'))).toBe(RED);
    expect(fillOf(projects.getCell('I6'))).toBe(RED);
    for (const address of ['D2', 'D3', 'C3', 'A2', 'G3']) expect(fillOf(projects.getCell(address))).toBeUndefined();
    expect(look(workbook.getWorksheet('รายงาน')!.getCell('C3'))).toEqual({ fill: YELLOW, numFmt: '0%' });
    expect(look(workbook.getWorksheet('รายงาน')!.getCell('C2'))).toEqual({ fill: undefined, numFmt: '0%' });
  });

  it('(c) adds cell formats by appending: existing indexes, fonts, fills and differential formats stay where they were', () => {
    const source = text(before.get('xl/styles.xml'));
    const marked = text(after.get('xl/styles.xml'));
    const list = (xml: string, name: string) => /<(\w+) count="\d+"[^>]*>([\s\S]*?)<\/\1>/.exec(xml.slice(xml.indexOf(`<${name} `)))![2];
    for (const name of ['fonts', 'fills', 'cellXfs']) expect(list(marked, name).startsWith(list(source, name))).toBe(true);
    expect(marked.slice(marked.indexOf('<cellStyles'))).toBe(source.slice(source.indexOf('<cellStyles')));
    expect(marked).toContain('<numFmts count="2"><numFmt numFmtId="164" formatCode="[$-th-TH,107]d/m/yyyy;@"/>');
  });

  it('writes notes: ours after the user\'s own on E2, theirs elsewhere as it was, a new note on C2', async () => {
    const projects = (await loadBack(copy)).getWorksheet('โครงการ')!;
    expect(noteText(projects.getCell('E2'))).toMatch(/^สมศรี:\nยอดนี้รวมเงินเหลือจ่ายปีก่อน\n\nProject Report Checker\nError · spent-exceeds-budget\nBudget spent exceeds the budget received$/);
    expect(noteText(projects.getCell('C2'))).toBe('Project Report Checker\nWarning · outside-fiscal-year\nDate outside the fiscal year');
    const comments = text(after.get('xl/comments1.xml'));
    expect(comments).toContain('<comment ref="A3" authorId="0" shapeId="0"><text><t>รหัสใหม่ ปี 2563</t></text></comment>');
    expect(comments).toContain('<authors><author>สมศรี</author><author>Project Report Checker</author></authors>');
    // Notes in row-then-column order; the user's note on A3 keeps its place.
    expect([...comments.matchAll(/<comment ref="([^"]+)"/g)].map((m) => m[1])).toEqual(['B2', 'C2', 'E2', 'F2', 'A3', 'E3', 'H3', 'I6']);
    const vml = text(after.get('xl/drawings/vmlDrawing1.vml'));
    expect(vml.match(/id="_x0000_s\d+"/g)).toEqual(['id="_x0000_s1025"', 'id="_x0000_s1026"', ...[1027, 1028, 1029, 1030, 1031, 1032].map((id) => `id="_x0000_s${id}"`)]);
    // Each new drawing has an id block of its own.
    const blocks = ['xl/drawings/vmlDrawing2.vml', 'xl/drawings/vmlDrawing3.vml', 'xl/drawings/vmlDrawing4.vml'].map((part) => /data="(\d+)"/.exec(text(after.get(part)))![1]);
    expect(new Set(['1', ...blocks]).size).toBe(4);
  });

  it('writes the Issues sheet last, linked to every cell but those of a very hidden sheet; text from the data is text', async () => {
    const workbook = text(after.get('xl/workbook.xml'));
    expect(workbook).toContain('<sheet name="Issues" sheetId="6" r:id="rId10"/></sheets>');
    expect(workbook).toContain('<definedName name="_xlnm._FilterDatabase" localSheetId="5" hidden="1">Issues!$A$1:$H$11</definedName>');
    expect(workbook).toContain('<definedName name="_xlnm.Print_Titles" localSheetId="5">Issues!$1:$1</definedName></definedNames>');
    const issuesXml = text(after.get('xl/worksheets/sheet6.xml'));
    expect(issuesXml).not.toContain('<f>');
    expect(issuesXml).toContain('<hyperlink ref="C10" location="\'ซ่อน\'!B2"/>');
    expect(issuesXml).not.toContain('ลับมาก\'!A1');
    const sheet = (await loadBack(copy)).getWorksheet('Issues')!;
    expect(sheet.getCell('G10').value).toBe('=NOT(A FORMULA)');
    expect(sheet.getCell('F9').value).toBe(2);
    expect(fillOf(sheet.getCell('A2'))).toBe(RED);
  });

  it('(e) opens in ExcelJS with every sheet, table and defined name', async () => {
    const workbook = await loadBack(copy);
    expect(workbook.worksheets.map((sheet) => [sheet.name, sheet.state])).toEqual([
      ['โครงการ', 'visible'], ['รายงาน', 'visible'], ['ซ่อน', 'hidden'], ['สรุป', 'visible'], ['ลับมาก', 'veryHidden'], ['Issues', 'visible'],
    ]);
    expect(workbook.getWorksheet('รายงาน')!.getTables()).toHaveLength(1);
    expect(workbook.definedNames.getRanges('งบประมาณ').ranges).toEqual(["'โครงการ'!$D$2:$D$3"]);
  });
});

describe('writeAnnotatedWorkbook — marking the copy again replaces the marks', () => {
  it('(d) gives the same bytes when the copy is marked again with the same findings', async () => {
    const once = await annotate(await handmadeWorkbook());
    const twice = await annotate(once);
    const [first, second] = await Promise.all([partsOf(once), partsOf(twice)]);
    expect([...second.keys()].sort()).toEqual([...first.keys()].sort());
    for (const [part, bytes] of first) expect({ part, text: text(second.get(part)) }).toEqual({ part, text: text(bytes) });
  });

  it('(d) takes off the marks of findings gone: fills, inserted cells and notes back as the input had them; one Issues sheet', async () => {
    const input = await handmadeWorkbook();
    const later: Issue[] = [
      anIssue({ cell: 'E2', severity: 'warning', rule: 'spent-mismatch', message: { th: 'ไม่ตรง', en: 'Differs' } }),
      anIssue({ cell: 'B4', severity: 'info', rule: 'stray-whitespace', message: { th: 'ขึ้นบรรทัด', en: 'Line break' } }),
    ];
    const again = await annotate(await annotate(input), later);
    const fresh = await annotate(input, later);
    const [source, remarked, direct] = await Promise.all([partsOf(input), partsOf(again), partsOf(fresh)]);

    // Cells marked only the first time are back to the input's own cell, style included; inserted ones are gone.
    for (const part of SHEET_PARTS) {
      const original = cellsOf(text(source.get(part)));
      const cells = cellsOf(text(remarked.get(part)));
      for (const [ref, cell] of original) {
        if (part.endsWith('sheet1.xml') && ['E2', 'B4'].includes(ref)) continue;
        expect({ part, ref, cell: cells.get(ref) }).toEqual({ part, ref, cell });
      }
      expect([...cells.keys()].filter((ref) => !original.has(ref))).toEqual([]);
    }
    const workbook = await loadBack(again);
    const projects = workbook.getWorksheet('โครงการ')!;
    expect(fillOf(projects.getCell('E3'))).toBe('FFE2EFDA');
    expect(fillOf(projects.getCell('E2'))).toBe(YELLOW);
    expect(fillOf(projects.getCell('B4'))).toBe(BLUE);
    expect(projects.getCell('B4').alignment).toMatchObject({ wrapText: true, vertical: 'top' });
    expect(noteText(projects.getCell('E2'))).toBe('สมศรี:\nยอดนี้รวมเงินเหลือจ่ายปีก่อน\n\nProject Report Checker\nWarning · spent-mismatch\nDiffers');
    expect(noteText(projects.getCell('C2'))).toBe('');
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['โครงการ', 'รายงาน', 'ซ่อน', 'สรุป', 'ลับมาก', 'Issues']);
    expect(workbook.getWorksheet('Issues')!.getCell('B4').value).toBeNull();

    // What a reader sees is what marking the input directly gives.
    const seen = async (data: Uint8Array) => {
      const book = await loadBack(data);
      return book.worksheets.map((sheet) => {
        const cells: string[] = [];
        sheet.eachRow({ includeEmpty: true }, (row) => row.eachCell({ includeEmpty: true }, (cell) => {
          cells.push(`${sheet.name}!${cell.address} ${fillOf(cell) ?? '-'} ${cell.numFmt ?? ''} ${noteText(cell)}`);
        }));
        return cells;
      });
    };
    expect(await seen(again)).toEqual(await seen(fresh));
    expect(text(remarked.get('xl/comments1.xml'))).toBe(text(direct.get('xl/comments1.xml')));
    // The Issues sheet too, but for its format indexes (the first marking's formats come first in the copy's styles).
    const withoutFormats = (xml: string) => xml.replace(/ s="\d+"/g, '');
    expect(withoutFormats(text(remarked.get('xl/worksheets/sheet6.xml')))).toBe(withoutFormats(text(direct.get('xl/worksheets/sheet6.xml'))));
  });

  it('(d) leaves a mark the user recoloured since: the cell is theirs now', async () => {
    const once = await annotate(await handmadeWorkbook(), [anIssue({ cell: 'D3' })]);
    // The user paints D3 green (the format index 3 the input already had) in the copy.
    const zip = await JSZip.loadAsync(once);
    const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    zip.file('xl/worksheets/sheet1.xml', sheet.replace(/<c r="D3" s="\d+">/, '<c r="D3" s="3">'));
    const recoloured = await zip.generateAsync({ type: 'uint8array' });
    const again = await annotate(recoloured, []);
    expect(cellsOf(await (await JSZip.loadAsync(again)).file('xl/worksheets/sheet1.xml')!.async('string')).get('D3')?.s).toBe('3');
  });
});

describe('writeAnnotatedWorkbook — text written by the copy', () => {
  it('stores what XML cannot hold in the Excel way (_xHHHH_) in notes and the Issues sheet', async () => {
    const awkward = 'a\rb\u0001c_x0041_d\ud83d=e';
    const out = await annotate(await handmadeWorkbook(), [anIssue({ cell: 'A2', message: { th: awkward, en: awkward }, fix: { th: '+1', en: '@home' } })]);
    const parts = await partsOf(out);
    const escaped = 'a_x000D_b_x0001_c_x005F_x0041_d_xD83D_=e';
    expect(text(parts.get('xl/worksheets/sheet6.xml'))).toContain(`<t xml:space="preserve">${escaped}</t>`);
    expect(text(parts.get('xl/comments1.xml'))).toContain(`<t xml:space="preserve">\n${escaped}</t>`);
    expect(text(parts.get('xl/worksheets/sheet6.xml'))).toContain('<t xml:space="preserve">@home</t>');
  });
});

/** LibreOffice, where installed (`apt-get install libreoffice-calc`): it opens the copy and reads what it reads in the input. */
const soffice = ['/usr/bin/soffice', '/usr/local/bin/soffice'].find((path) => existsSync(path));
(soffice ? describe : describe.skip)('writeAnnotatedWorkbook — the copy in LibreOffice', () => {
  jest.setTimeout(180_000);

  /** Each sheet as LibreOffice exports it to CSV (UTF-8, every sheet), by file name. */
  function sheetsAsCsv(data: Uint8Array, name: string): Map<string, string> {
    const dir = mkdtempSync(join(tmpdir(), 'report-checker-lo-'));
    try {
      writeFileSync(join(dir, `${name}.xlsx`), data);
      execFileSync(soffice!, [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1', '--outdir', dir, join(dir, `${name}.xlsx`)], { stdio: 'pipe' });
      // Cells the copy inserted to carry a mark are empty: they only widen the range LibreOffice exports.
      const trimmed = (csv: string) => csv.split('\n').map((line) => line.replace(/,+$/, '')).join('\n').replace(/\n+$/, '');
      return new Map(readdirSync(dir).filter((file) => file.endsWith('.csv')).map((file) => [file.replace(`${name}-`, ''), trimmed(readFileSync(join(dir, file), 'utf8'))]));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  it('(e) reads every original sheet of the copy as it reads the input, and the Issues sheet besides', async () => {
    const input = await handmadeWorkbook();
    const source = sheetsAsCsv(input, 'input');
    const copy = sheetsAsCsv(await annotate(input), 'input');
    expect(source.size).toBe(5);
    for (const [sheet, csv] of source) expect({ sheet, csv: copy.get(sheet) }).toEqual({ sheet, csv });
    expect(copy.get('Issues.csv')).toContain('Error,โครงการ,E2,spent-exceeds-budget');
  });
});

describe('writeAnnotatedWorkbook — packages written another way', () => {
  it('leaves a threaded comment\'s cell without a note of ours (its legacy note is Excel\'s stand-in) but fills it', async () => {
    const parts = handmadeParts();
    parts['xl/threadedComments/threadedComment1.xml'] = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
      + '<ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments"><threadedComment ref="E2" dT="2020-06-01T08:00:00.00" personId="{00000000-0000-0000-0000-000000000001}" id="{00000000-0000-0000-0000-000000000002}"><text>ตรวจแล้ว</text></threadedComment></ThreadedComments>';
    parts['xl/worksheets/_rels/sheet1.xml.rels'] = parts['xl/worksheets/_rels/sheet1.xml.rels'].replace('</Relationships>',
      '<Relationship Id="rId4" Type="http://schemas.microsoft.com/office/2017/10/relationships/threadedComment" Target="../threadedComments/threadedComment1.xml"/></Relationships>');
    const out = await annotate(await handmadeWorkbook(parts), [anIssue({ cell: 'E2' }), anIssue({ cell: 'D2' })]);
    const comments = text((await partsOf(out)).get('xl/comments1.xml'));
    expect(comments).toContain(handmadeParts()['xl/comments1.xml'].match(/<comment ref="E2"[\s\S]*?<\/comment>/)![0]);
    expect(comments).toMatch(/<comment ref="D2"[^>]*><text><r><rPr><b\/>[^]*?Project Report Checker/);
    expect(fillOf((await loadBack(out)).getWorksheet('โครงการ')!.getCell('E2'))).toBe(RED);
  });

  it('marks a package whose SpreadsheetML elements carry a prefix (x:worksheet), in that prefix', async () => {
    const parts = handmadeParts();
    const prefixed = (xml: string) => xml
      .replace(/<(\/?)(?!\?|x:|xdr:|c:|a:|r:)([A-Za-z]+)([\s/>])/g, '<$1x:$2$3')
      .replace(/xmlns="http:\/\/schemas.openxmlformats.org\/spreadsheetml\/2006\/main"/, 'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"');
    for (const part of ['xl/workbook.xml', 'xl/styles.xml', 'xl/worksheets/sheet2.xml']) parts[part] = prefixed(parts[part]);
    const out = await partsOf(await annotate(await handmadeWorkbook(parts), [anIssue({ sheet: 'รายงาน', cell: 'B2' })]));
    const sheet = text(out.get('xl/worksheets/sheet2.xml'));
    expect(sheet).toMatch(/<x:c r="B2" s="\d+"><x:v>1<\/x:v><\/x:c>/);
    expect(sheet).toMatch(/<x:legacyDrawing r:id="rId\d+"\/><x:tableParts/);
    expect(text(out.get('xl/workbook.xml'))).toContain('<x:sheet name="Issues" sheetId="6" r:id="rId10"/></x:sheets>');
    expect(text(out.get('xl/styles.xml'))).toMatch(/<x:xf numFmtId="0" fontId="0" fillId="\d+" borderId="0" xfId="0" applyFill="1"\/>/);
  });
});
