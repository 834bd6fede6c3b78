import type ExcelJS from 'exceljs';
import type { Issue, Severity } from '../../src/core/model';
import { readTables } from '../../src/core/table/read-tables';
import { writeAnnotatedWorkbook } from '../../src/xlsx/annotate';
import { readWorkbook } from '../../src/xlsx/read';
import { anIssue, editPart, fillOf, loadBack, noteText, partPaths, partText, utcDate, workbookBytes } from './fixtures';

/** A small projects sheet with styled cells, a date, a formula and Thai text. */
function projectsSheet(wb: ExcelJS.Workbook, name = 'โครงการ'): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name);
  ws.getRow(1).values = ['รหัสโครงการ', 'ชื่อโครงการ', 'เริ่มต้นโครงการ', 'งบประมาณที่ได้รับ', 'งบประมาณที่ใช้ไป'];
  ws.getRow(2).values = ['03000000-2457', 'โครงการปรับปรุงถนนซอยวัดใหม่', utcDate(2019, 10, 1), 1_918_000, 2_000_000];
  ws.getRow(3).values = ['03000000-2458', '=ไม่ใช่สูตร', utcDate(2019, 11, 1), 500_000, { formula: 'D3/2', result: 250_000 } as ExcelJS.CellValue];
  for (const row of [2, 3]) {
    ws.getCell(`C${row}`).numFmt = '[$-th-TH,107]d/m/yyyy';
    for (const col of ['D', 'E']) {
      const cell = ws.getCell(`${col}${row}`);
      // One cell format for all four amounts: marking one of them must not fill the others.
      cell.numFmt = '#,##0.00';
      cell.font = { name: 'TH Sarabun New', size: 16, bold: true };
      cell.border = { bottom: { style: 'double' } };
    }
  }
  return ws;
}

const projectsWorkbook = () => workbookBytes((wb) => { projectsSheet(wb); });

async function annotate(data: Uint8Array, issues: Issue[], lang: 'th' | 'en' = 'th', fileName = 'projects.xlsx'): Promise<Uint8Array> {
  return writeAnnotatedWorkbook({ data, fileName }, issues, lang);
}

describe('writeAnnotatedWorkbook — marks on the cells', () => {
  it('fills each flagged cell by its most severe finding: error red, warning yellow, info blue', async () => {
    const issues: Issue[] = [
      anIssue({ cell: 'E2', severity: 'warning', rule: 'spent-mismatch' }),
      anIssue({ cell: 'E2', severity: 'error' }),
      anIssue({ cell: 'D3', severity: 'warning', rule: 'spent-mismatch' }),
      anIssue({ cell: 'B2', severity: 'info', rule: 'stray-whitespace' }),
    ];
    const sheet = (await loadBack(await annotate(await projectsWorkbook(), issues))).getWorksheet('โครงการ')!;
    expect([fillOf(sheet.getCell('E2')), fillOf(sheet.getCell('D3')), fillOf(sheet.getCell('B2'))]).toEqual(['FFFFC7CE', 'FFFFEB9C', 'FFDDEBF7']);
    expect(fillOf(sheet.getCell('A2'))).toBeUndefined();
  });

  it('changes only the fill: the rest of the style stays, and cells sharing that style stay unfilled', async () => {
    const sheet = (await loadBack(await annotate(await projectsWorkbook(), [anIssue({ cell: 'E2' })]))).getWorksheet('โครงการ')!;
    const marked = sheet.getCell('E2');
    expect(marked.numFmt).toBe('#,##0.00');
    expect(marked.font).toMatchObject({ name: 'TH Sarabun New', size: 16, bold: true });
    expect(marked.border?.bottom?.style).toBe('double');
    for (const address of ['D2', 'D3', 'E3']) expect(fillOf(sheet.getCell(address))).toBeUndefined();
  });

  it('writes a note listing every finding of the cell, most severe first, with rule id and fix, in the chosen language', async () => {
    const issues: Issue[] = [
      anIssue({ cell: 'E2', severity: 'warning', rule: 'spent-mismatch', message: { th: 'งบประมาณที่ใช้ไปไม่ตรงกับยอดเบิกจ่ายสะสม', en: 'Budget spent differs from the cumulative disbursement' }, fix: undefined }),
      anIssue({ cell: 'E2' }),
    ];
    const thai = noteText((await loadBack(await annotate(await projectsWorkbook(), issues, 'th'))).getWorksheet('โครงการ')!.getCell('E2'));
    expect(thai).toBe([
      'Project Report Checker',
      'ข้อผิดพลาด · spent-exceeds-budget',
      'งบประมาณที่ใช้ไป 2,480,000 บาท มากกว่างบประมาณที่ได้รับ 2,400,000 บาท',
      'วิธีแก้ไข: ตรวจสอบงบประมาณที่ใช้ไป',
      'คำเตือน · spent-mismatch',
      'งบประมาณที่ใช้ไปไม่ตรงกับยอดเบิกจ่ายสะสม',
    ].join('\n'));
    const english = noteText((await loadBack(await annotate(await projectsWorkbook(), issues, 'en'))).getWorksheet('โครงการ')!.getCell('E2'));
    expect(english).toContain('Error · spent-exceeds-budget\nBudget spent (2,480,000 baht) exceeds the budget received (2,400,000 baht)\nFix: Check the budget spent');
  });

  it('keeps a note the user wrote, and replaces (never stacks) the note of an earlier run', async () => {
    const withNote = await workbookBytes((wb) => { projectsSheet(wb).getCell('E2').note = 'ยอดนี้รวมเงินเหลือจ่ายปีก่อน'; });
    const once = await annotate(withNote, [anIssue({ cell: 'E2' })]);
    const twice = await annotate(once, [anIssue({ cell: 'E2' })], 'th', 'projects-marked.xlsx');
    const note = noteText((await loadBack(twice)).getWorksheet('โครงการ')!.getCell('E2'));
    expect(note.startsWith('ยอดนี้รวมเงินเหลือจ่ายปีก่อน\n\nProject Report Checker\n')).toBe(true);
    expect(note.match(/Project Report Checker/g)).toHaveLength(1);
  });

  it('draws each note box big enough for its text, and gives each sheet\'s notes their own shape ids', async () => {
    const bytes = await workbookBytes((wb) => { projectsSheet(wb); projectsSheet(wb, 'รายงาน'); });
    const out = await annotate(bytes, [anIssue({ cell: 'E2' }), anIssue({ cell: 'B3' }), anIssue({ sheet: 'รายงาน', cell: 'D2' })]);
    const first = await partText(out, 'xl/drawings/vmlDrawing1.vml');
    const second = await partText(out, 'xl/drawings/vmlDrawing2.vml');
    expect(first).toContain('<o:idmap v:ext="edit" data="1"/>');
    expect(second).toContain('<o:idmap v:ext="edit" data="2"/>');
    expect(first.match(/id="_x0000_s\d+"/g)).toEqual(['id="_x0000_s1025"', 'id="_x0000_s1026"']);
    expect(second.match(/id="_x0000_s\d+"/g)).toEqual(['id="_x0000_s2049"']);
    expect(first).toMatch(/width:255pt;height:\d+(\.\d+)?pt/);
  });
});

describe('writeAnnotatedWorkbook — nothing of the user\'s is lost', () => {
  it('never changes the input bytes', async () => {
    const bytes = await projectsWorkbook();
    const before = bytes.slice();
    await annotate(bytes, [anIssue({ cell: 'E2' })]);
    expect(bytes).toEqual(before);
    const csv = new TextEncoder().encode('\ufeffรหัสโครงการ,งบประมาณ\n03000000-2457,"1,918,000"\n');
    const csvBefore = csv.slice();
    await annotate(csv, [], 'th', 'projects.csv');
    expect(csv).toEqual(csvBefore);
  });

  it('leaves the values and number formats of every original sheet as they were', async () => {
    const source = await workbookBytes((wb) => {
      projectsSheet(wb);
      const reports = wb.addWorksheet('รายงาน ต.ค.');
      reports.getCell('B2').value = 'หัวเรื่อง';
      reports.mergeCells('B2:D2');
      reports.addTable({
        name: 'Reports', ref: 'B4', headerRow: true,
        columns: [{ name: 'รหัสโครงการ' }, { name: 'ครั้งที่' }, { name: 'ความก้าวหน้า' }],
        rows: [['03000000-2457', 1, 0.3], ['03000000-2457', 2, { formula: 'D5*2', result: 0.6 }]],
      });
      reports.getCell('D5').numFmt = '0%';
      reports.getCell('E2').value = { richText: [{ text: 'ตัวหนา', font: { bold: true } }, { text: 'ปกติ' }] };
      reports.getCell('F2').value = { error: '#N/A' };
    });
    const issues = [anIssue({ cell: 'E2' }), anIssue({ sheet: 'รายงาน ต.ค.', cell: 'D5', severity: 'warning' }), anIssue({ sheet: 'รายงาน ต.ค.', cell: 'C9' })];
    const before = await readWorkbook(source, 'source.xlsx');
    const after = await readWorkbook(await annotate(source, issues), 'marked.xlsx');
    expect(after.map((g) => g.sheet)).toEqual(['โครงการ', 'รายงาน ต.ค.', 'Issues']);
    expect(after.slice(0, 2)).toEqual(before);
  });

  it('keeps the tables as the source has them: header row flag and filter buttons', async () => {
    const written = await workbookBytes((wb) => {
      wb.addWorksheet('Reports').addTable({
        name: 'Reports', ref: 'A1', headerRow: true,
        columns: [{ name: 'รหัสโครงการ' }, { name: 'ครั้งที่' }],
        rows: [['03000000-2457', 1], ['03000000-2457', 2]],
      });
    });
    // As Excel writes a table: default header row count omitted, filter buttons shown (no filterColumn).
    const excelStyle = await editPart(written, 'xl/tables/table1.xml', (xml) => xml
      .replace(/\sheaderRowCount="1"/, '')
      .replace(/<autoFilter ref="([^"]*)">[\s\S]*?<\/autoFilter>/, '<autoFilter ref="$1"/>'));
    const out = await annotate(excelStyle, [{ ...anIssue({ cell: 'B3' }), sheet: 'Reports' }]);
    const table = await partText(out, 'xl/tables/table1.xml');
    expect(table).not.toContain('headerRowCount');
    expect(table).not.toContain('hiddenButton');
    const sheet = await partText(out, 'xl/worksheets/sheet1.xml');
    // The note's drawing must come before the table parts, or Excel discards the sheet.
    expect(sheet.indexOf('<legacyDrawing')).toBeGreaterThan(0);
    expect(sheet.indexOf('<legacyDrawing')).toBeLessThan(sheet.indexOf('<tableParts'));
    const [grid] = await readWorkbook(out, 'marked.xlsx');
    expect(grid.tables).toEqual([{ name: 'Reports', headerRow: 0, lastRow: 2, firstCol: 0, lastCol: 1 }]);
  });

  it('keeps whole-column drop-down lists (data validations) as written, Excel\'s revision ids and all', async () => {
    const validation = (uid: string) => `<dataValidations count="1"><dataValidation type="list" allowBlank="1" sqref="G3:G1048576"${uid}>`
      + '<formula1>"เป็นไปตามแผน,ไม่เป็นไปตามแผน"</formula1></dataValidation></dataValidations>';
    // Excel 2016+ tags each validation with xr:uid; the copy keeps the sheet's own text, uid and all.
    const source = await editPart(await projectsWorkbook(), 'xl/worksheets/sheet1.xml', (xml) => xml
      .replace('<worksheet ', '<worksheet xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" ')
      .replace('<pageMargins', `${validation(' xr:uid="{6A4E3F0B-1C2D-4E5F-8A9B-0C1D2E3F4A5B}"')}<pageMargins`));
    const sheet = await partText(await annotate(source, [anIssue({ cell: 'E2' })]), 'xl/worksheets/sheet1.xml');
    expect(sheet).toContain(validation(' xr:uid="{6A4E3F0B-1C2D-4E5F-8A9B-0C1D2E3F4A5B}"'));
    expect(sheet.indexOf('<dataValidations')).toBeLessThan(sheet.indexOf('<pageMargins'));
  });

  it('keeps the user\'s links to places in the workbook as written', async () => {
    const source = await editPart(await workbookBytes((wb) => {
      wb.addWorksheet('สารบัญ').getCell('A2').value = 'ไปที่ตารางโครงการ';
      projectsSheet(wb);
    }), 'xl/worksheets/sheet1.xml', (xml) => xml.replace('<pageMargins',
      '<hyperlinks><hyperlink ref="A2" location="\'โครงการ\'!A1" display="ไปที่ตารางโครงการ" xr:uid="{00000000-0004-0000-0000-000000000000}"/></hyperlinks><pageMargins'));
    const sheet = await partText(await annotate(source, [anIssue({ cell: 'E2' })]), 'xl/worksheets/sheet1.xml');
    expect(sheet).toContain('<hyperlinks><hyperlink ref="A2" location="\'โครงการ\'!A1" display="ไปที่ตารางโครงการ" xr:uid="{00000000-0004-0000-0000-000000000000}"/></hyperlinks>');
    expect(sheet.indexOf('<hyperlinks>')).toBeLessThan(sheet.indexOf('<pageMargins'));
  });

  it('marks the top-left cell of a merged area, once, whichever of its cells a finding names', async () => {
    const source = await workbookBytes((wb) => {
      const ws = projectsSheet(wb);
      ws.getCell('F2').value = 'หมายเหตุรวม';
      ws.mergeCells('F2:G3');
    });
    const out = await annotate(source, [anIssue({ cell: 'G3', severity: 'warning', rule: 'stray-whitespace' }), anIssue({ cell: 'F3' })]);
    const sheet = (await loadBack(out)).getWorksheet('โครงการ')!;
    expect(fillOf(sheet.getCell('F2'))).toBe('FFFFC7CE');
    expect(noteText(sheet.getCell('F2'))).toContain('stray-whitespace');
    expect(noteText(sheet.getCell('F2'))).toContain('spent-exceeds-budget');
    expect(sheet.getCell('F2').value).toBe('หมายเหตุรวม');
  });
});

describe('writeAnnotatedWorkbook — the Issues sheet', () => {
  const issues: Issue[] = [
    anIssue({ cell: 'E2', project: '03000000-2457' }),
    anIssue({ sheet: "รายงาน ต.ค.", cell: 'D5', severity: 'warning', rule: 'progress-decrease', project: '03000000-2457', report: 2 }),
    anIssue({ sheet: "Bob's sheet", cell: 'A1', severity: 'info', rule: 'stray-whitespace' }),
  ];
  const source = () => workbookBytes((wb) => {
    projectsSheet(wb);
    wb.addWorksheet('รายงาน ต.ค.').getCell('D5').value = 0.6;
    wb.addWorksheet("Bob's sheet").getCell('A1').value = ' x';
  });

  it('lists every finding with severity, sheet, cell, rule, project, report, message and fix; header bold, frozen, filtered', async () => {
    const sheet = (await loadBack(await annotate(await source(), issues, 'en'))).getWorksheet('Issues')!;
    expect(sheet.getRow(1).values).toEqual([undefined, 'Severity', 'Sheet', 'Cell', 'Rule', 'Project', 'Report ref.', 'Message', 'Fix']);
    expect(sheet.getCell('A1').font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBe('A1:H4');
    const row = (n: number) => (sheet.getRow(n).values as ExcelJS.CellValue[]).slice(1).map((v) => (v && typeof v === 'object' && 'text' in v ? v.text : v));
    expect(row(2)).toEqual(['Error', 'โครงการ', 'E2', 'spent-exceeds-budget', '03000000-2457', undefined, issues[0].message.en, 'Check the budget spent']);
    expect(row(3)).toEqual(['Warning', 'รายงาน ต.ค.', 'D5', 'progress-decrease', '03000000-2457', 2, issues[1].message.en, 'Check the budget spent']);
    expect(fillOf(sheet.getCell('A3'))).toBe('FFFFEB9C');
    expect(sheet.getColumn(7).width).toBeGreaterThan(50);
  });

  it('links each cell to its place in the workbook, quoting Thai and spaced names and doubling apostrophes', async () => {
    const out = await annotate(await source(), issues);
    const issuesSheet = await partText(out, 'xl/worksheets/sheet4.xml');
    expect(issuesSheet).toContain('<hyperlink ref="C2" location="\'โครงการ\'!E2"/>');
    expect(issuesSheet).toContain('<hyperlink ref="C3" location="\'รายงาน ต.ค.\'!D5"/>');
    expect(issuesSheet).toContain('<hyperlink ref="C4" location="\'Bob\'\'s sheet\'!A1"/>');
    // No relationship to an outside file is left behind for these links.
    expect(await partPaths(out)).not.toContain('xl/worksheets/_rels/sheet4.xml.rels');
  });

  it('takes a free name when "Issues" exists: "Issues (2)"', async () => {
    const bytes = await workbookBytes((wb) => { projectsSheet(wb); wb.addWorksheet('issues').getCell('A1').value = 'ของผู้ใช้'; });
    const grids = await readWorkbook(await annotate(bytes, [anIssue({ cell: 'E2' })]), 'marked.xlsx');
    expect(grids.map((g) => g.sheet)).toEqual(['โครงการ', 'issues', 'Issues (2)']);
    expect(grids[1].values).toEqual([['ของผู้ใช้']]);
  });

  it('writes text that looks like a formula (= + - @) as text, never as a formula', async () => {
    const formulaLike = [
      anIssue({ cell: 'B3', rule: 'stray-whitespace', severity: 'info', message: { th: '=SUM(A1:A9)', en: '=SUM(A1:A9)' }, fix: { th: '-1', en: '+66 2 123 4567' }, project: '@03000000-2458' }),
      anIssue({ cell: 'B2', rule: 'stray-whitespace', severity: 'info', message: { th: '-500 บาท', en: '-500 baht' } }),
    ];
    const out = await annotate(await projectsWorkbook(), formulaLike, 'en');
    const issuesXml = await partText(out, 'xl/worksheets/sheet2.xml');
    expect(issuesXml).not.toContain('<f>');
    const sheet = (await loadBack(out)).getWorksheet('Issues')!;
    expect([sheet.getCell('E2').value, sheet.getCell('G2').value, sheet.getCell('H2').value]).toEqual(['@03000000-2458', '=SUM(A1:A9)', '+66 2 123 4567']);
    expect(sheet.getCell('G3').value).toBe('-500 baht');
    expect(sheet.getCell('G2').numFmt).toBe('@');
    // The user's own "=ไม่ใช่สูตร" is still a string after the copy.
    expect((await loadBack(out)).getWorksheet('โครงการ')!.getCell('B3').value).toBe('=ไม่ใช่สูตร');
  });

  it('says so when there is nothing to report', async () => {
    const sheet = (await loadBack(await annotate(await projectsWorkbook(), [], 'th'))).getWorksheet('Issues')!;
    expect(sheet.getCell('G2').value).toBe('ไม่พบประเด็นที่ต้องตรวจสอบ');
  });

  it.each(['th', 'en'] as const)('is never taken for a data table when the marked copy is checked again (%s)', async (lang) => {
    const grids = await readWorkbook(await annotate(await source(), issues, lang), 'marked.xlsx');
    expect(readTables(grids.find((g) => g.sheet === 'Issues')!)).toEqual([]);
  });
});

describe('writeAnnotatedWorkbook — a CSV source', () => {
  it('builds a workbook holding the CSV sheet with its values as text, marked, plus the Issues sheet', async () => {
    const csv = new TextEncoder().encode('\ufeffรหัสโครงการ;งบประมาณที่ได้รับ;หมายเหตุ\n03000000-2457;๑,๙๑๘,๐๐๐;=1+1\n');
    const severity: Severity = 'info';
    const out = await annotate(csv, [anIssue({ sheet: 'งบ 2563', cell: 'B2', severity, rule: 'thai-digits' })], 'th', 'งบ 2563.csv');
    const grids = await readWorkbook(out, 'marked.xlsx');
    expect(grids.map((g) => g.sheet)).toEqual(['งบ 2563', 'Issues']);
    expect(grids[0].values).toEqual((await readWorkbook(csv, 'งบ 2563.csv'))[0].values);
    const sheet = (await loadBack(out)).getWorksheet('งบ 2563')!;
    expect(fillOf(sheet.getCell('B2'))).toBe('FFDDEBF7');
    expect(sheet.getCell('C2').value).toBe('=1+1');
    expect(await partText(out, 'xl/worksheets/sheet1.xml')).not.toContain('<f>');
  });
});
