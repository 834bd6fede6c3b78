import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { sheetTemplate, workbookTemplate, writeTemplateFilledWorkbook, type TemplateProject } from '../../../src/xlsx/fill';
import { loadBack, partText, workbookBytes } from '../fixtures';
import { drawTemplate, PROJECT, projectRecord, reportsOf, TEMPLATE_SHEET, templateWorkbook } from './template-fixtures';

/**
 * A custom template filled into a copy of the workbook: the repeat row once per report, and
 * everything below it — totals, merged cells, row heights, print area, page breaks — moved with
 * the rows, for none, one and forty reports. Values from the data are never formulas, dates are
 * the days they say in any time zone, and the user's sheets are never overwritten.
 */

// Dates must not depend on the machine's zone: at UTC+7 a local midnight is the previous day in UTC.
process.env.TZ = 'Asia/Bangkok';

const TODAY = '2020-06-30';
const source = (data: Uint8Array) => ({ data, fileName: 'agency.xlsx' });

async function fill(data: Uint8Array, projects: TemplateProject[]) {
  const template = await sheetTemplate(source(data), TEMPLATE_SHEET);
  return writeTemplateFilledWorkbook(source(data), template!, projects, TODAY);
}

/** The text of the worksheet part a sheet of a package is written to. */
async function sheetXml(data: Uint8Array, name: string): Promise<string> {
  const workbook = await partText(data, 'xl/workbook.xml');
  const id = new RegExp(`<sheet\\b[^>]*name="${name}"[^>]*r:id="([^"]+)"`).exec(workbook)![1];
  const rels = await partText(data, 'xl/_rels/workbook.xml.rels');
  const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)![1];
  return partText(data, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
}

const formulaOf = (xml: string, ref: string) => new RegExp(`<c r="${ref}"[^>]*><f>([^<]*)</f>`).exec(xml)?.[1];
const merges = (xml: string) => [...xml.matchAll(/<mergeCell ref="([^"]+)"/g)].map((m) => m[1]);
const rowHeight = (xml: string, row: number) => new RegExp(`<row r="${row}"[^>]*\\sht="([\\d.]+)"`).exec(xml)?.[1];
const breaks = (xml: string) => [...xml.matchAll(/<brk id="(\d+)"/g)].map((m) => Number(m[1]));
const sheetNames = async (data: Uint8Array) => [...(await partText(data, 'xl/workbook.xml')).matchAll(/<sheet\b[^>]*\sname="([^"]*)"/g)].map((m) => m[1]);

describe('repetition over 0, 1 and 40 reports, with a total row, merged cells and a print area below', () => {
  let data: Uint8Array;
  let input: Uint8Array;
  beforeAll(async () => {
    input = await templateWorkbook();
    const filled = await fill(input, [
      { project: projectRecord({ code: 'P-0' }), reports: [] },
      { project: projectRecord({ code: 'P-1' }), reports: reportsOf(1) },
      { project: projectRecord({ code: 'P-40' }), reports: reportsOf(40) },
    ]);
    data = filled.data;
    expect(filled.sheets.map((sheet) => sheet.name)).toEqual(['แม่แบบ P-0', 'แม่แบบ P-1', 'แม่แบบ P-40']);
  });

  it.each([
    ['P-0', 0, 'SUM(G1048576:G1048576)', 'COUNT(A1048576:A1048576)'],
    ['P-1', 1, 'SUM(G10:G10)', 'COUNT(A10:A10)'],
    ['P-40', 40, 'SUM(G10:G49)', 'COUNT(A10:A49)'],
  ])('%s: totals cover every report row, references below move', async (name, count, sum, countFormula) => {
    const xml = await sheetXml(data, `แม่แบบ ${name}`);
    const total = 11 + count - 1;
    expect(formulaOf(xml, `G${total}`)).toBe(sum);
    expect(formulaOf(xml, `E${total}`)).toBe(sum.replace(/G/g, 'E').replace('SUM', 'MAX'));
    expect(formulaOf(xml, `C${total + 1}`)).toBe(countFormula);
    // A reference to its own sheet by name takes the filled sheet's; another sheet's stays.
    expect(formulaOf(xml, `E${total + 1}`)).toBe(`G${total}/'แม่แบบ ${name}'!B3+ข้อมูล!A1`);
    for (let copy = 0; copy < count; copy++) expect(formulaOf(xml, `J${10 + copy}`)).toBe(`F${10 + copy}/$B$3`);
    expect(xml).not.toMatch(new RegExp(`<c r="[A-J]${total + 4}"`));
  });

  it.each([['P-0', 0], ['P-1', 1], ['P-40', 40]])('%s: merged cells and row heights in and below the repeat row survive', async (name, count) => {
    const xml = await sheetXml(data, `แม่แบบ ${name}`);
    const total = 11 + count - 1;
    expect(merges(xml)).toEqual(['A1:I1', 'C9:D9', ...Array.from({ length: count }, (_, i) => `C${10 + i}:D${10 + i}`), `A${total}:D${total}`, `A${total + 2}:I${total + 2}`]);
    for (let copy = 0; copy < count; copy++) expect(rowHeight(xml, 10 + copy)).toBe('30');
    expect(rowHeight(xml, total + 2)).toBe('40');
  });

  it.each([['P-0', 0], ['P-1', 1], ['P-40', 40]])('%s: print area and the manual page break move with the rows', async (name, count) => {
    const workbook = await partText(data, 'xl/workbook.xml');
    const area = new RegExp(`<definedName name="_xlnm.Print_Area" localSheetId="\\d+">'แม่แบบ ${name}'!([^<]+)</definedName>`).exec(workbook)?.[1];
    expect(area).toBe(`$A1:$I${14 + count - 1}`);
    expect(breaks(await sheetXml(data, `แม่แบบ ${name}`))).toEqual([11 + count - 1]);
  });

  it('reads back in ExcelJS: typed values in the template cells\' formats, dates on their days in UTC+7', async () => {
    const workbook = await loadBack(data);
    const sheet = workbook.getWorksheet('แม่แบบ P-40')!;
    expect(sheet.getCell('A1').value).toBe(`แบบรายงานโครงการ ${PROJECT.name}`);
    expect(sheet.getCell('B2').value).toBe('P-40');
    expect(sheet.getCell('E2').value).toBe(2563);
    expect(sheet.getCell('B3').value).toBe(1_918_000);
    expect(sheet.getCell('B3').numFmt).toBe('#,##0.00');
    // A date in a General cell gets the Thai long date; one in a date cell keeps its format.
    expect(sheet.getCell('B4').value).toEqual(new Date(Date.UTC(2019, 9, 1)));
    expect(sheet.getCell('B4').numFmt).toBe('[$-107041E]d mmmm yyyy');
    expect(sheet.getCell('E4').value).toEqual(new Date(Date.UTC(2020, 7, 31)));
    expect(sheet.getCell('E4').numFmt).toBe('d/m/yyyy');
    expect(sheet.getCell('G6').value).toEqual(new Date(Date.UTC(2020, 5, 30)));
    expect(sheet.getCell('A10').value).toBe(1);
    expect(sheet.getCell('A49').value).toBe(40);
    expect(sheet.getCell('B10').value).toEqual(new Date(Date.UTC(2019, 9, 19)));
    expect(sheet.getCell('B10').numFmt).toBe('[$-107041E]d mmm yy');
    expect(sheet.getCell('F49').value).toBe(400_000);
    expect(sheet.getCell('H11').value).toBe('ไม่เป็นไปตามแผน');
    expect(sheet.getCell('A5').value).toBe('ใช้ไป 1,150,800 บาท คืน 0 บาท เริ่ม 1 ตุลาคม 2562 ความก้าวหน้าล่าสุด 100% เบิกจ่าย 20.86%');
    expect(sheet.getCell('C53').value).toBe(`ลงชื่อ ........................ (${PROJECT.owner})`);
  });

  it('the date serials are those of the days, whatever the zone', async () => {
    const xml = await sheetXml(data, 'แม่แบบ P-1');
    expect(/<c r="B4"[^>]*><v>(\d+)<\/v>/.exec(xml)?.[1]).toBe('43739');
    expect(/<c r="B10"[^>]*><v>(\d+)<\/v>/.exec(xml)?.[1]).toBe('43757');
  });

  it('leaves the template sheet and the user\'s sheet as they were, and the input bytes too', async () => {
    const before = await JSZip.loadAsync(input);
    const after = await JSZip.loadAsync(data);
    for (const part of ['xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml', 'xl/sharedStrings.xml']) {
      expect(await after.file(part)!.async('string')).toBe(await before.file(part)!.async('string'));
    }
    expect(await sheetNames(data)).toEqual(['ข้อมูล', 'แม่แบบ', 'แม่แบบ P-0', 'แม่แบบ P-1', 'แม่แบบ P-40']);
    expect(await partText(data, 'xl/workbook.xml')).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
  });
});

describe('a value from the data that looks like a formula stays text', () => {
  it.each(['=HYPERLINK("http://example.com/?"&A1)', '+1+1', '-1+1', '@SUM(A1)', '\t=1+1', '=WEBSERVICE("http://x")'])('%j', async (text) => {
    const data = await templateWorkbook();
    const filled = await fill(data, [{ project: projectRecord({ name: text, owner: text }), reports: reportsOf(1, () => ({ stage: text })) }]);
    const xml = await sheetXml(filled.data, `แม่แบบ ${PROJECT.code}`);
    for (const ref of ['C10', 'A1', 'C6']) {
      const cell = new RegExp(`<c r="${ref}"[^>]*>(.*?)</c>`).exec(xml)![0];
      expect(cell).toContain('t="inlineStr"');
      expect(cell).not.toMatch(/<f[\s>]/);
    }
    const sheet = (await loadBack(filled.data)).getWorksheet(`แม่แบบ ${PROJECT.code}`)!;
    expect(sheet.getCell('C10').value).toBe(text);
    expect(sheet.getCell('C6').value).toBe(text);
  });
});

describe('sheet names and re-filling', () => {
  it('never overwrites a user\'s sheet of the name wanted, and a re-fill replaces only its own sheets', async () => {
    const data = await workbookBytes((workbook) => {
      workbook.addWorksheet('ข้อมูล').getCell('A1').value = 1;
      drawTemplate(workbook.addWorksheet(TEMPLATE_SHEET));
      workbook.addWorksheet(`แม่แบบ ${PROJECT.code}`).getCell('A1').value = 'ของผู้ใช้';
    });
    const first = await fill(data, [{ project: projectRecord(), reports: reportsOf(2) }]);
    expect(first.sheets.map((s) => [s.name, s.replaced])).toEqual([[`แม่แบบ ${PROJECT.code} (2)`, false]]);
    const second = await fill(first.data, [{ project: projectRecord(), reports: reportsOf(3) }, { project: projectRecord({ code: '03000000-2458' }), reports: [] }]);
    expect(second.sheets.map((s) => [s.name, s.replaced])).toEqual([[`แม่แบบ ${PROJECT.code} (2)`, true], ['แม่แบบ 03000000-2458', false]]);
    expect(await sheetNames(second.data)).toEqual(['ข้อมูล', 'แม่แบบ', `แม่แบบ ${PROJECT.code}`, `แม่แบบ ${PROJECT.code} (2)`, 'แม่แบบ 03000000-2458']);
    const workbook = await loadBack(second.data);
    expect(workbook.getWorksheet(`แม่แบบ ${PROJECT.code}`)!.getCell('A1').value).toBe('ของผู้ใช้');
    expect(workbook.getWorksheet(`แม่แบบ ${PROJECT.code} (2)`)!.getCell('A12').value).toBe(3);
  });

  it('keeps a long template name\'s copies within 31 characters, the code whole', async () => {
    const long = 'แบบรายงานผลการดำเนินงานโครงการของสำนัก';
    const data = await workbookBytes((workbook) => {
      workbook.addWorksheet(long.slice(0, 31)).getCell('A1').value = '{{code}}';
    });
    const template = await sheetTemplate(source(data), long.slice(0, 31));
    const filled = await writeTemplateFilledWorkbook(source(data), template!, [{ project: projectRecord(), reports: [] }], TODAY);
    expect(filled.sheets[0].name.length).toBeLessThanOrEqual(31);
    expect(filled.sheets[0].name.endsWith(` ${PROJECT.code}`)).toBe(true);
  });
});

describe('a template from a workbook of its own (TEMPLATE.xlsx)', () => {
  it('brings its cell formats across: number formats, fonts, fills and borders', async () => {
    const templateData = await workbookBytes((workbook) => {
      workbook.addWorksheet('ปก').getCell('A1').value = 'ไม่มีตัวแทนข้อมูล';
      const sheet = workbook.addWorksheet('แบบ');
      drawTemplate(sheet);
      sheet.getCell('B3').numFmt = '#,##0.00 "บาท"';
      sheet.getCell('B3').font = { name: 'TH Sarabun New', size: 16, bold: true, color: { argb: 'FF1F4E79' } };
      sheet.getCell('B3').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
      sheet.getCell('B3').border = { bottom: { style: 'double', color: { argb: 'FF000000' } } };
    });
    const target = await workbookBytes((workbook) => {
      workbook.addWorksheet('ข้อมูล').getCell('A1').value = 5;
    });
    const template = await workbookTemplate({ data: templateData, fileName: 'แบบของสำนัก.xlsx' });
    expect(template!.sheet.name).toBe('แบบ');
    expect(template!.check.problems).toEqual([]);
    const filled = await writeTemplateFilledWorkbook(source(target), template!, [{ project: projectRecord(), reports: reportsOf(2) }], TODAY);
    expect(filled.sheets[0]).toMatchObject({ name: `แบบ ${PROJECT.code}`, template: 'workbook:แบบของสำนัก.xlsx!แบบ' });
    const sheet = (await loadBack(filled.data)).getWorksheet(`แบบ ${PROJECT.code}`)!;
    const b3 = sheet.getCell('B3');
    expect(b3.value).toBe(1_918_000);
    expect(b3.numFmt).toBe('#,##0.00 "บาท"');
    expect(b3.font).toMatchObject({ name: 'TH Sarabun New', size: 16, bold: true, color: { argb: 'FF1F4E79' } });
    expect((b3.fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFF2CC');
    expect(b3.border.bottom?.style).toBe('double');
    // Strings of the other workbook's table are written inline; references to other sheets stay as written.
    expect(sheet.getCell('A12').value).toBe('รวม');
    expect(formulaOf(await sheetXml(filled.data, `แบบ ${PROJECT.code}`), 'E13')).toBe("G12/'แม่แบบ'!B3+ข้อมูล!A1");
    expect(sheet.getCell('B4').numFmt).toBe('[$-107041E]d mmmm yyyy');
  });
});
