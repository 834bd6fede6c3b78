/// <reference types="office-js" />
/**
 * The demo's "Download marked workbook" (DESIGN §8: nothing lost): the file
 * opened, with only what the add-in changed in the simulated workbook applied
 * to its package — marks, notes, the Issues and state sheets, applied fixes —
 * and every other part byte for byte as it was. A change that cannot be
 * applied to the file is written the old way, and the page says so.
 */
import JSZip from 'jszip';
import type { Issue } from '../../src/core/model';
import { NOTE_HEADING } from '../../src/core/output/annotation-text';
import { DemoSession, type OpenWorkbook } from '../../src/demo/demo-session';
import { DEMO_TEXT } from '../../src/demo/demo-text';
import { snapshotCells, type WorkbookModel } from '../../src/devhost';
import { STATE_SHEET } from '../../src/excel/state-layout';
import type { ValidationSummary } from '../../src/excel/types';
import { workbookModelFromXlsx } from '../../src/xlsx/host-workbook';
import { readWorkbook } from '../../src/xlsx/read';
import { buildSampleWorkbook } from '../../src/xlsx/sample';
import { fillOf, loadBack, noteText, partsOf, text } from '../xlsx/fixtures';
import { handmadeParts, handmadeWorkbook } from '../xlsx/handmade-package';

const PROJECTS = 'โครงการ';
const RED = 'FFFFC7CE';

/**
 * The hand-made workbook (test/xlsx/handmade-package.ts: column widths, a
 * border, alignment, row heights, page setup, a custom document property, a
 * chart, a pivot table, strings with CR, control characters and a literal
 * `_x0041_`…) with an autofilter on its projects sheet, as Excel writes one.
 */
async function fixtureWorkbook(): Promise<Uint8Array> {
  const parts = handmadeParts();
  parts['xl/worksheets/sheet1.xml'] = parts['xl/worksheets/sheet1.xml'].replace('<mergeCells', '<autoFilter ref="A1:E4"/><mergeCells');
  parts['xl/workbook.xml'] = parts['xl/workbook.xml'].replace(
    '<definedNames>',
    '<definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">โครงการ!$A$1:$E$4</definedName>',
  );
  return handmadeWorkbook(parts);
}

interface Demo {
  session: DemoSession;
  workbook: OpenWorkbook;
  /** The files the page handed to the user, newest last. */
  saved: { bytes: Uint8Array; fileName: string }[];
}

async function openInDemo(bytes: Uint8Array, fileName: string): Promise<Demo> {
  const saved: Demo['saved'] = [];
  const session = new DemoSession('en', (data, name) => saved.push({ bytes: data, fileName: name }));
  await session.openFile(new File([bytes as BlobPart], fileName));
  const workbook = session.getState().workbook;
  if (!workbook) throw new Error(`the demo did not open ${fileName}: ${JSON.stringify(session.getState().problem)}`);
  return { session, workbook, saved };
}

async function download(demo: Demo): Promise<Uint8Array> {
  await demo.session.download();
  return demo.saved[demo.saved.length - 1].bytes;
}


/** Each cell element of a sheet part as written, by address. */
function cellElements(sheetXml: string): Map<string, string> {
  return new Map([...sheetXml.matchAll(/<c\b[^>]*?\sr="([^"]+)"[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g)].map((match) => [match[1], match[0]]));
}

function findingAt(summary: ValidationSummary, rule: string, cell: string): Issue {
  const found = summary.issues.find((issue) => issue.rule === rule && issue.sheet === PROJECTS && issue.cell === cell);
  if (!found) throw new Error(`no ${rule} at ${cell}: ${summary.issues.map((issue) => `${issue.rule}@${issue.cell}`).join(', ')}`);
  return found;
}

/** Every sheet's cells as the model holds them, the add-in's state sheet left out (its text holds times). */
function userSnapshot(model: WorkbookModel) {
  const snapshot = snapshotCells(model);
  delete snapshot[STATE_SHEET];
  return snapshot;
}

describe('Download marked workbook: the opened file with only the add-in\'s changes', () => {
  let input: Uint8Array;
  let output: Uint8Array;
  let demo: Demo;
  let before: Map<string, Uint8Array>;
  let after: Map<string, Uint8Array>;
  let fixed: Issue;

  beforeAll(async () => {
    input = await fixtureWorkbook();
    demo = await openInDemo(input, 'handmade.xlsx');
    const first = await demo.workbook.checker.validate({ lang: 'en' });
    fixed = findingAt(first, 'stray-whitespace', 'B3');
    await demo.workbook.checker.applyFix(fixed);
    // The pane validates again after a fix.
    await demo.workbook.checker.validate({ lang: 'en' });
    output = await download(demo);
    before = await partsOf(input);
    after = await partsOf(output);
  });

  it('is offered under the file\'s name, with no problem to report', () => {
    expect(demo.saved.map((file) => file.fileName)).toEqual(['handmade-checked.xlsx']);
    expect(demo.session.getState().problem).toBeUndefined();
  });

  it('keeps every part the add-in had no business with byte for byte: chart, pivot table, properties, shared strings, other sheets…', () => {
    const changed = [
      '[Content_Types].xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml',
      'xl/worksheets/sheet1.xml', 'xl/comments1.xml', 'xl/drawings/vmlDrawing1.vml',
      'xl/worksheets/sheet2.xml', 'xl/worksheets/_rels/sheet2.xml.rels',
    ];
    // The Issues and state sheets, and the notes of the reports sheet.
    const added = ['xl/worksheets/sheet6.xml', 'xl/worksheets/sheet7.xml', 'xl/comments2.xml', 'xl/drawings/vmlDrawing2.vml'];
    expect([...after.keys()].sort()).toEqual([...before.keys(), ...added].sort());
    const unchanged = [...before.keys()].filter((part) => !changed.includes(part));
    expect(unchanged).toEqual(expect.arrayContaining([
      'xl/charts/chart1.xml', 'xl/drawings/drawing1.xml', 'xl/drawings/_rels/drawing1.xml.rels', 'xl/pivotTables/pivotTable1.xml',
      'xl/pivotCache/pivotCacheDefinition1.xml', 'xl/pivotCache/pivotCacheRecords1.xml', 'docProps/custom.xml', 'docProps/app.xml',
      'docProps/core.xml', 'xl/tables/table1.xml', 'xl/sharedStrings.xml', 'xl/calcChain.xml', 'xl/worksheets/sheet3.xml',
      'xl/worksheets/sheet4.xml', 'xl/worksheets/sheet5.xml', 'xl/worksheets/_rels/sheet1.xml.rels',
    ]));
    for (const part of unchanged) expect({ part, bytes: after.get(part) }).toEqual({ part, bytes: before.get(part) });
  });

  it('changes a marked sheet only in the changed cells: widths, heights, border styles, filter, merges, links and page setup stay', () => {
    const source = text(before.get('xl/worksheets/sheet1.xml'));
    const marked = text(after.get('xl/worksheets/sheet1.xml'));
    const outsideCells = (xml: string) => xml.replace(/<sheetData>[\s\S]*<\/sheetData>/, '');
    expect(outsideCells(marked)).toBe(outsideCells(source));
    expect(marked).toContain('<autoFilter ref="A1:E4"/>');
    expect(marked).toContain('<pageSetup paperSize="9" orientation="portrait"/>');
    // Rows keep their heights; cells the add-in did not change keep every byte.
    const rowTags = (xml: string) => xml.match(/<row\b[^>]*>/g);
    expect(rowTags(marked)).toEqual(rowTags(source));
    const sourceCells = cellElements(source);
    const markedCells = cellElements(marked);
    const touched = new Set(['A1', 'B3', 'A4', 'C4', 'D4', 'E4', 'E2']);
    for (const [ref, element] of sourceCells) {
      if (!touched.has(ref)) expect({ ref, element: markedCells.get(ref) }).toEqual({ ref, element });
    }
    // A marked cell keeps its value as written; only its format changed.
    const withoutStyle = (element: string | undefined) => element?.replace(/\ss="\d+"/, '');
    for (const ref of ['A1', 'A4', 'C4', 'D4', 'E4', 'E2']) expect(withoutStyle(markedCells.get(ref))).toBe(withoutStyle(sourceCells.get(ref)));
  });

  it('writes the fixed value into its cell as text, under the cell\'s own format', () => {
    const marked = cellElements(text(after.get('xl/worksheets/sheet1.xml')));
    expect(fixed.fix?.replacement).toBe('มีช่องว่างหน้าหลัง');
    expect(marked.get('B3')).toBe('<c r="B3" t="inlineStr"><is><t xml:space="preserve">มีช่องว่างหน้าหลัง</t></is></c>');
  });

  it('fills the marked cells by severity, keeping their number format, font, border and alignment', async () => {
    const projects = (await loadBack(output)).getWorksheet(PROJECTS)!;
    expect(fillOf(projects.getCell('E2'))).toBe(RED);
    expect(projects.getCell('E2').numFmt).toBe('#,##0.00');
    expect(projects.getCell('E2').font).toMatchObject({ name: 'TH Sarabun New', size: 16, bold: true });
    expect(projects.getCell('E2').border?.bottom?.style).toBe('double');
    expect(fillOf(projects.getCell('A4'))).toBe(RED);
    expect(projects.getCell('A4').alignment).toMatchObject({ vertical: 'top', wrapText: true });
    expect(fillOf(projects.getCell('C4'))).toBe(RED);
    expect(fillOf(projects.getCell('A1'))).toBe(RED);
    // The fixed cell is no longer flagged; cells without findings keep no fill.
    for (const address of ['B3', 'B2', 'D2', 'C3', 'H2']) expect(fillOf(projects.getCell(address))).toBeUndefined();
  });

  it('writes the add-in\'s notes, and leaves the user\'s other notes as they were', async () => {
    const projects = (await loadBack(output)).getWorksheet(PROJECTS)!;
    expect(noteText(projects.getCell('E2'))).toMatch(new RegExp(`^${NOTE_HEADING}\\nError · spent-exceeds-budget\\n`));
    expect(noteText(projects.getCell('A4'))).toMatch(new RegExp(`^${NOTE_HEADING}\\n`));
    const comments = text(after.get('xl/comments1.xml'));
    expect(comments).toContain('<comment ref="A3" authorId="0" shapeId="0"><text><t>รหัสใหม่ ปี 2563</t></text></comment>');
    expect(comments).toContain('<authors><author>สมศรี</author><author>Project Report Checker</author></authors>');
    expect([...comments.matchAll(/<comment ref="([^"]+)"/g)].map((m) => m[1])).toEqual(['A1', 'E2', 'A3', 'A4', 'C4', 'D4', 'E4']);
    expect(text(after.get('xl/drawings/vmlDrawing1.vml')).match(/<x:Row>\d+<\/x:Row>/g)).toHaveLength(7);
  });

  it('adds the Issues sheet and the very hidden state sheet', () => {
    const workbook = text(after.get('xl/workbook.xml'));
    expect(workbook).toContain('<sheet name="ReportChecker.State" sheetId="6" state="veryHidden" r:id="rId10"/><sheet name="Issues" sheetId="7" r:id="rId11"/></sheets>');
    // The file's defined names are untouched.
    expect(workbook).toContain('<definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">โครงการ!$A$1:$E$4</definedName>');
    const issues = text(after.get('xl/worksheets/sheet7.xml'));
    expect(issues).toContain('<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>');
    expect(issues).toMatch(/<hyperlink ref="C\d+" location="'โครงการ'!E2" display="E2"\/>/);
    expect(issues).not.toContain('<f>');
  });

  it('leaves the strings Excel stores escaped as they were: CR, control characters, a literal _x0041_', () => {
    expect(after.get('xl/sharedStrings.xml')).toEqual(before.get('xl/sharedStrings.xml'));
    const sourceCells = cellElements(text(before.get('xl/worksheets/sheet1.xml')));
    const markedCells = cellElements(text(after.get('xl/worksheets/sheet1.xml')));
    // B2 "ถนน\rซอยวัดใหม่", H2 "_x0041_", F4 "x\0y\1z\x1f" (shared strings 6, 15 and 13).
    for (const ref of ['B2', 'H2', 'F4']) expect(markedCells.get(ref)).toBe(sourceCells.get(ref));
  });

  it('reads back to the values and formats of the workbook in the page', async () => {
    const grids = await readWorkbook(output, 'handmade-checked.xlsx');
    const model = demo.workbook.host.model;
    expect(grids.map((grid) => grid.sheet)).toEqual(model.sheets.map((sheet) => sheet.name));
    for (const grid of grids) {
      const sheet = model.sheets.find((candidate) => candidate.name === grid.sheet)!;
      grid.values.forEach((row, r) => row.forEach((value, c) => {
        const ref = `${String.fromCharCode(65 + grid.origin.col + c)}${grid.origin.row + r + 1}`;
        expect({ sheet: grid.sheet, ref, value }).toEqual({ sheet: grid.sheet, ref, value: sheet.cells[ref]?.value ?? null });
      }));
    }
    // Opened in the demo again: every cell fact the model holds, as the page had it.
    const reopened = await workbookModelFromXlsx(output, 'handmade-checked.xlsx');
    expect(snapshotCells(reopened)).toEqual(snapshotCells(model));
    expect(reopened.sheets.map((sheet) => `${sheet.name}:${sheet.visibility}`)).toEqual(model.sheets.map((sheet) => `${sheet.name}:${sheet.visibility}`));
  });
});

describe('Download after the downloaded file is opened again', () => {
  let input: Uint8Array;
  let opened: WorkbookModel;
  let again: Demo;

  beforeAll(async () => {
    input = await fixtureWorkbook();
    opened = await workbookModelFromXlsx(input, 'handmade.xlsx');
    const demo = await openInDemo(input, 'handmade.xlsx');
    await demo.workbook.checker.validate({ lang: 'th' });
    again = await openInDemo(await download(demo), 'handmade-checked.xlsx');
  });

  it('clears the marks from the state sheet the file carried: every cell as it was opened, the Issues sheet gone', async () => {
    const { restoredCells } = await again.workbook.checker.clearMarks();
    expect(restoredCells).toBeGreaterThan(0);
    expect(userSnapshot(again.workbook.host.model)).toEqual(userSnapshot(opened));

    const cleared = await download(again);
    expect(again.session.getState().problem).toBeUndefined();
    const parts = await partsOf(cleared);
    const workbook = text(parts.get('xl/workbook.xml'));
    expect(workbook).not.toContain('name="Issues"');
    expect(workbook).toContain('name="ReportChecker.State"');
    // The Issues sheet's part went with it.
    expect([...parts.keys()].filter((part) => part.startsWith('xl/worksheets/sheet'))).toHaveLength(6);
    expect(userSnapshot(await workbookModelFromXlsx(cleared, 'cleared.xlsx'))).toEqual(userSnapshot(opened));
    // The user's note on E2 is back as its text; the marks' fills are gone.
    const projects = (await loadBack(cleared)).getWorksheet(PROJECTS)!;
    expect(noteText(projects.getCell('E2'))).toBe('สมศรี:\nยอดนี้รวมเงินเหลือจ่ายปีก่อน');
    expect(fillOf(projects.getCell('E2'))).toBeUndefined();
    expect(fillOf(projects.getCell('A4'))).toBeUndefined();
  });

  it('re-validates: the old Issues sheet is replaced, never doubled', async () => {
    await again.workbook.checker.validate({ lang: 'en' });
    const parts = await partsOf(await download(again));
    const workbook = text(parts.get('xl/workbook.xml'));
    expect(workbook.match(/<sheet name="Issues"/g)).toHaveLength(1);
    expect(workbook).not.toContain('Issues (2)');
    expect(userSnapshot(await workbookModelFromXlsx(await download(again), 'again.xlsx'))).toEqual(userSnapshot(again.workbook.host.model));
  });
});

describe('Download of the sample workbook', () => {
  it('keeps the sample\'s parts and reads back to the page\'s workbook, its fixes applied', async () => {
    const sample = await buildSampleWorkbook();
    const demo = await openInDemo(sample, 'bma-projects-2563.xlsx');
    const summary = await demo.workbook.checker.validate({ lang: 'th' });
    // One fix per cell: a BE text date that becomes a date serial under a date format, Thai digits that become a number.
    const fixes = summary.issues.filter((issue, index, all) => issue.fix?.replacement !== undefined && all.findIndex((other) => other.cell === issue.cell) === index);
    expect(fixes.map((issue) => issue.rule)).toEqual(expect.arrayContaining(['mixed-date-format']));
    for (const issue of fixes) await demo.workbook.checker.applyFix(issue);
    await demo.workbook.checker.validate({ lang: 'th' });
    const output = await download(demo);
    expect(demo.session.getState().problem).toBeUndefined();
    const before = await partsOf(sample);
    const after = await partsOf(output);
    for (const part of ['xl/theme/theme1.xml', 'xl/sharedStrings.xml', 'docProps/core.xml', 'docProps/app.xml']) {
      expect({ part, bytes: after.get(part) }).toEqual({ part, bytes: before.get(part) });
    }
    // Column widths and the header's look stay as the sample has them.
    const outside = (xml: string) => xml.replace(/<sheetData>[\s\S]*<\/sheetData>/, '').replace(/<legacyDrawing [^>]*\/>/, '');
    expect(outside(text(after.get('xl/worksheets/sheet1.xml')))).toBe(outside(text(before.get('xl/worksheets/sheet1.xml'))));
    expect(snapshotCells(await workbookModelFromXlsx(output, 'checked.xlsx'))).toEqual(snapshotCells(demo.workbook.host.model));
  });
});

describe('Download when a change cannot be applied to the opened file', () => {
  it('writes the workbook from the model and says why, in English and Thai', async () => {
    const demo = await openInDemo(await fixtureWorkbook(), 'handmade.xlsx');
    await demo.workbook.checker.validate({ lang: 'en' });
    // A change the add-in never makes: a user's cell turned bold.
    await demo.workbook.host.Excel.run(async (context) => {
      context.workbook.worksheets.getItem(PROJECTS).getRange('A2').format.font.bold = true;
      await context.sync();
    });
    const output = await download(demo);
    const problem = demo.session.getState().problem;
    expect(problem).toEqual({ kind: 'download-fallback', change: { kind: 'cell-font', sheet: PROJECTS, cell: 'A2' } });
    if (problem?.kind !== 'download-fallback') throw new Error('no fallback');
    expect(DEMO_TEXT.en.downloadFallback({ change: problem.change })).toContain(`The font of cell ${PROJECTS}!A2 changed`);
    expect(DEMO_TEXT.th.downloadFallback({ change: problem.change })).toContain(`แบบอักษรของเซลล์ ${PROJECTS}!A2`);
    // Nothing the model holds is lost: the file has it all, only the file's own layout is not kept.
    expect(snapshotCells(await workbookModelFromXlsx(output, 'checked.xlsx'))).toEqual(snapshotCells(demo.workbook.host.model));

    // The cell as it was again: the next download is the opened file with the marks, and the warning goes.
    await demo.workbook.host.Excel.run(async (context) => {
      context.workbook.worksheets.getItem(PROJECTS).getRange('A2').format.font.bold = false;
      await context.sync();
    });
    const again = await download(demo);
    expect(demo.session.getState().problem).toBeUndefined();
    expect(demo.saved.map((file) => file.fileName)).toEqual(['handmade-checked.xlsx', 'handmade-checked.xlsx']);
    expect(await (await JSZip.loadAsync(again)).file('xl/charts/chart1.xml')?.async('string')).toBe(handmadeParts()['xl/charts/chart1.xml']);
  });
});

describe('The shown sheet', () => {
  it('follows the sheet the user was on: the workbook\'s active tab and the sheets\' selected flags, nothing else', async () => {
    const input = await fixtureWorkbook();
    const demo = await openInDemo(input, 'handmade.xlsx');
    await demo.session.selectCell('รายงาน', 'B2');
    const output = await download(demo);
    const before = await partsOf(input);
    const after = await partsOf(output);
    const changed = [...after.keys()].filter((part) => text(after.get(part)) !== text(before.get(part))).sort();
    expect(changed).toEqual(['xl/workbook.xml', 'xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml']);
    expect(text(after.get('xl/workbook.xml'))).toBe(text(before.get('xl/workbook.xml')).replace('activeTab="0"', 'activeTab="1"'));
    expect(text(after.get('xl/worksheets/sheet1.xml'))).toBe(text(before.get('xl/worksheets/sheet1.xml')).replace('<sheetView tabSelected="1" ', '<sheetView '));
    expect(text(after.get('xl/worksheets/sheet2.xml'))).toBe(text(before.get('xl/worksheets/sheet2.xml')).replace('<sheetView workbookViewId="0"/>', '<sheetView workbookViewId="0" tabSelected="1"/>'));
    const reopened = await workbookModelFromXlsx(output, 'shown.xlsx');
    expect(reopened.sheets.find((sheet) => sheet.id === reopened.activeSheetId)?.name).toBe('รายงาน');
  });
});

describe('Values and number formats written into the opened file', () => {
  let output: Uint8Array;
  let demo: Demo;
  let sheetXml: string;
  let stylesXml: string;

  beforeAll(async () => {
    demo = await openInDemo(await fixtureWorkbook(), 'handmade.xlsx');
    await demo.workbook.host.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(PROJECTS);
      // As a quick fix writes text: under Text first, so it stays text, then the cell's format back.
      const formulaLike = sheet.getRange('A2');
      formulaLike.numberFormat = [['@']];
      formulaLike.values = [['=SUM(A1)']];
      formulaLike.numberFormat = [['General']];
      sheet.getRange('C3').values = [[43800]];
      sheet.getRange('B4').values = [[true]];
      sheet.getRange('G4').numberFormat = [['@']];
      sheet.getRange('G4').values = [['บรรทัด\rใหม่ _x0041_']];
      sheet.getRange('G4').numberFormat = [['General']];
      sheet.getRange('I9').values = [[7]];
      sheet.getRange('D3').numberFormat = [['0%']];
      sheet.getRange('D2').numberFormat = [['0.000']];
      await context.sync();
    });
    output = await download(demo);
    sheetXml = text((await partsOf(output)).get('xl/worksheets/sheet1.xml'));
    stylesXml = text((await partsOf(output)).get('xl/styles.xml'));
  });

  it('writes text as text, never a formula, with Excel\'s escapes for CR and a literal _x0041_', () => {
    expect(demo.session.getState().problem).toBeUndefined();
    const cells = cellElements(sheetXml);
    expect(cells.get('A2')).toBe('<c r="A2" t="inlineStr"><is><t xml:space="preserve">=SUM(A1)</t></is></c>');
    expect(cells.get('G4')).toBe('<c r="G4" t="inlineStr"><is><t xml:space="preserve">บรรทัด_x000D_ใหม่ _x005F_x0041_</t></is></c>');
    expect(sheetXml.match(/<f>/g)).toHaveLength(1); // E3's own formula
  });

  it('writes numbers and booleans as such, keeping the cell\'s format; a cell the sheet lacked is added in its row', () => {
    const cells = cellElements(sheetXml);
    expect(cells.get('C3')).toBe('<c r="C3" s="1"><v>43800</v></c>');
    expect(cells.get('B4')).toBe('<c r="B4" s="4" t="b"><v>1</v></c>');
    expect(sheetXml).toContain('<row r="9"><c r="I9" s="0"><v>7</v></c></row></sheetData>');
    expect(sheetXml).toContain('<dimension ref="A1:I9"/>');
  });

  it('gives a format the file knows by a built-in id that id, and a new format a custom id of its own', () => {
    const cells = cellElements(sheetXml);
    const formatOf = (ref: string) => {
      const index = Number(/\ss="(\d+)"/.exec(cells.get(ref)!)![1]);
      const list = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(stylesXml)![1];
      return list.match(/<xf\b[^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g)![index];
    };
    // "0%" is built-in 9 (the reports sheet shows it); "0.000" is new, after the file's 164 and 165.
    expect(formatOf('D3')).toBe('<xf numFmtId="9" fontId="1" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyFont="1" applyBorder="1"/>');
    expect(stylesXml).toContain('<numFmts count="3"><numFmt numFmtId="164" formatCode="[$-th-TH,107]d/m/yyyy;@"/><numFmt numFmtId="165" formatCode="#,##0.00"/><numFmt numFmtId="166" formatCode="0.000"/></numFmts>');
    expect(formatOf('D2')).toContain('numFmtId="166"');
    expect(formatOf('D2')).toContain('borderId="1"');
  });

  it('reads back to the page\'s workbook', async () => {
    expect(snapshotCells(await workbookModelFromXlsx(output, 'values.xlsx'))).toEqual(snapshotCells(demo.workbook.host.model));
  });
});
