import { isoToSerial } from '../../src/core/parse/calendar';
import { readTables } from '../../src/core/table/read-tables';
import { WorkbookReadError, readWorkbook } from '../../src/xlsx/read';
import { editPart, ole2Bytes, utcDate, workbookBytes, zipBytes } from './fixtures';

const encode = (text: string) => new TextEncoder().encode(text);

async function readFailure(data: Uint8Array, fileName: string): Promise<WorkbookReadError> {
  try {
    await readWorkbook(data, fileName);
  } catch (error) {
    expect(error).toBeInstanceOf(WorkbookReadError);
    return error as WorkbookReadError;
  }
  throw new Error(`${fileName} was read without an error`);
}

describe('readWorkbook — .xlsx values', () => {
  it('gives dates as 1900-system serials with their number formats, Thai-calendar formats included', async () => {
    const bytes = await workbookBytes((wb) => {
      const ws = wb.addWorksheet('วันที่');
      ws.getCell('A1').value = utcDate(2019, 10, 1);
      ws.getCell('A1').numFmt = 'd/m/yyyy';
      ws.getCell('A2').value = utcDate(2019, 10, 19);
      ws.getCell('A2').numFmt = '[$-th-TH,107]d mmmm yyyy;@';
      ws.getCell('A3').value = utcDate(2020, 3, 18, 12);
      ws.getCell('A3').numFmt = 'd/m/yyyy h:mm';
    });
    const [grid] = await readWorkbook(bytes, 'dates.xlsx');
    expect(grid.values).toEqual([[43739], [isoToSerial('2019-10-19')], [isoToSerial('2020-03-18') + 0.5]]);
    expect(grid.numberFormats).toEqual([['d/m/yyyy'], ['[$-th-TH,107]d mmmm yyyy;@'], ['d/m/yyyy h:mm']]);
  });

  it('converts dates of a 1904-system workbook to 1900-system serials', async () => {
    const bytes = await workbookBytes((wb) => {
      wb.properties.date1904 = true;
      const ws = wb.addWorksheet('Sheet1');
      ws.getCell('A1').value = utcDate(2019, 10, 1);
      ws.getCell('A1').numFmt = 'd/m/yyyy';
    });
    expect((await readWorkbook(bytes, 'mac.xlsx'))[0].values).toEqual([[43739]]);
  });

  it('keeps the date and its format when Thai Excel cites a built-in Thai date format by id (71) alone', async () => {
    const written = await workbookBytes((wb) => {
      const ws = wb.addWorksheet('Sheet1');
      ws.getCell('A1').value = utcDate(2019, 10, 1);
      ws.getCell('A1').numFmt = 'd/m/yyyy';
    });
    // Thai Excel writes numFmtId="71" (ว/ด/ปปปป) without a <numFmt> definition.
    const thaiExcel = await editPart(written, 'xl/styles.xml', (xml) =>
      xml.replace(/<numFmts\b[\s\S]*?<\/numFmts>/, '').replace(/numFmtId="164"/g, 'numFmtId="71"'));
    const [grid] = await readWorkbook(thaiExcel, 'thai.xlsx');
    expect(grid.values).toEqual([[43739]]);
    expect(grid.numberFormats).toEqual([['d/m/bbbb']]);
  });

  it('gives formulas their cached results and formula errors their text', async () => {
    const bytes = await workbookBytes((wb) => {
      const ws = wb.addWorksheet('Sheet1');
      ws.getCell('A1').value = 42;
      ws.getCell('B1').value = { formula: 'A1*2', result: 84 };
      ws.getCell('C1').value = { formula: 'A1/0', result: { error: '#DIV/0!' } };
      ws.getCell('D1').value = { formula: '"ok"&""', result: 'ok' };
      ws.getCell('E1').value = { formula: 'A1>0', result: true };
      ws.getCell('F1').value = { formula: 'DATE(2019,10,1)', result: utcDate(2019, 10, 1) };
      ws.getCell('F1').numFmt = 'd/m/yyyy';
      ws.getCell('G1').value = { error: '#REF!' };
      ws.getCell('A2').value = { formula: 'A1+1' };
      // Falsy cached results are values too (ExcelJS leaves them out of cell.value).
      ws.getCell('A3').value = { formula: 'A1-42', result: 0 };
      ws.getCell('B3').value = { formula: 'A1<0', result: false };
    });
    const [grid] = await readWorkbook(bytes, 'formulas.xlsx');
    // A formula never calculated (no cached result) has no value to show: A2 is empty.
    expect(grid.values).toEqual([
      [42, 84, '#DIV/0!', 'ok', true, 43739, '#REF!'],
      [null, null, null, null, null, null, null],
      [0, false, null, null, null, null, null],
    ]);
    expect(grid.numberFormats[0][5]).toBe('d/m/yyyy');
  });

  it('gives rich text and hyperlinks as plain text, and values merged cells at their top-left only', async () => {
    const bytes = await workbookBytes((wb) => {
      const ws = wb.addWorksheet('Sheet1');
      ws.getCell('A1').value = { richText: [{ text: 'โครงการ', font: { bold: true } }, { text: 'ปรับปรุงถนน' }] };
      ws.getCell('B1').value = { text: 'ดูรายละเอียด', hyperlink: 'https://example.org/report' };
      ws.getCell('A2').value = 'หัวเรื่องรวมเซลล์';
      ws.mergeCells('A2:C2');
      ws.getCell('C1').value = false;
    });
    const [grid] = await readWorkbook(bytes, 'text.xlsx');
    expect(grid.values).toEqual([['โครงการปรับปรุงถนน', 'ดูรายละเอียด', false], ['หัวเรื่องรวมเซลล์', null, null]]);
  });

  it('places a used range that does not start at A1 by its origin', async () => {
    const bytes = await workbookBytes((wb) => {
      const ws = wb.addWorksheet('Sheet1');
      ws.getCell('C3').value = 'รหัสโครงการ';
      ws.getCell('D3').value = 'ชื่อโครงการ';
      ws.getCell('C4').value = '03000000-2457';
      ws.getCell('E5').value = 1;
      ws.getCell('H20').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFF0000' } };
    });
    const [grid] = await readWorkbook(bytes, 'offset.xlsx');
    expect(grid.origin).toEqual({ row: 2, col: 2 });
    expect(grid.values).toEqual([['รหัสโครงการ', 'ชื่อโครงการ', null], ['03000000-2457', null, null], [null, null, 1]]);
    expect(grid.numberFormats).toEqual([['General', 'General', 'General'], ['General', 'General', 'General'], ['General', 'General', 'General']]);
  });

  it('returns one grid per worksheet in workbook order, an empty sheet as an empty grid', async () => {
    const bytes = await workbookBytes((wb) => {
      wb.addWorksheet('โครงการ').getCell('A1').value = 'x';
      wb.addWorksheet('ว่าง');
      wb.addWorksheet('รายงาน').getCell('B2').value = 'y';
    });
    const grids = await readWorkbook(bytes, 'three.xlsx');
    expect(grids.map((g) => g.sheet)).toEqual(['โครงการ', 'ว่าง', 'รายงาน']);
    expect(grids[1]).toEqual({ sheet: 'ว่าง', origin: { row: 0, col: 0 }, values: [], numberFormats: [] });
  });
});

describe('readWorkbook — cells read at once or tag by tag', () => {
  // `<c …><v>…</v></c>` exactly is read in one step; any other spelling of the same cells tag by tag: the grid is the same.
  async function plainWorkbook(): Promise<Uint8Array> {
    return workbookBytes((wb) => {
      const ws = wb.addWorksheet('โครงการ');
      ws.addRow(['รหัสโครงการ', 'วันที่', 'ร้อยละ', 'เสร็จ', 'ผล']);
      ws.addRow(['03000000-2441', utcDate(2019, 10, 1), 12.5, true, { error: '#N/A' }]);
      ws.addRow(['03000000-2442', utcDate(2020, 2, 29), -0.25, false, 7]);
      ws.getColumn(2).numFmt = 'd/m/yyyy';
    });
  }

  it('reads the same grid whether the cells are spelled plainly, spaced by line ends, prefixed or with references', async () => {
    const plain = await plainWorkbook();
    const xml = (await readWorkbook(plain, 'plain.xlsx'))[0];
    expect(xml.values[1].slice(0, 4)).toEqual(['03000000-2441', 43739, 12.5, true]);
    const variants: Record<string, (sheet: string) => string> = {
      spaced: (sheet) => sheet.replace(/<v>/g, '\r\n  <v>').replace(/<\/v><\/c>/g, '</v>\r\n</c>'),
      prefixed: (sheet) => sheet
        .replace('<worksheet ', '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ')
        .replace('</worksheet>', '</x:worksheet>')
        .replace(/<(\/?)(sheetData|row|c|v)\b/g, '<$1x:$2'),
      referenced: (sheet) => sheet.replace(/<v>(\d)/g, (_, digit: string) => `<v>&#${digit.charCodeAt(0)};`),
    };
    for (const [name, edit] of Object.entries(variants)) {
      const edited = await editPart(plain, 'xl/worksheets/sheet1.xml', edit);
      const [grid] = await readWorkbook(edited, `${name}.xlsx`);
      expect({ name, values: grid.values, formats: grid.numberFormats }).toEqual({ name, values: xml.values, formats: xml.numberFormats });
    }
  });

  it('reads a cell cut where a chunk of the part ends as it reads the others', async () => {
    // A sheet of many plain cells: the part arrives in chunks, some of them ending inside a cell.
    const bytes = await workbookBytes((wb) => {
      const ws = wb.addWorksheet('ยาว');
      for (let r = 1; r <= 5_000; r++) ws.addRow([`R-${r}`, r, r / 8]);
    });
    const [grid] = await readWorkbook(bytes, 'long.xlsx');
    expect(grid.values).toHaveLength(5_000);
    grid.values.forEach((row, r) => expect(row).toEqual([`R-${r + 1}`, r + 1, (r + 1) / 8]));
  });
});

describe('readWorkbook — Excel tables', () => {
  const withTable = () => workbookBytes((wb) => {
    const ws = wb.addWorksheet('Projects');
    ws.getCell('A1').value = 'บัญชีโครงการ ปีงบประมาณ 2563';
    ws.addTable({
      name: 'Projects', ref: 'B3', headerRow: true, totalsRow: true,
      columns: [{ name: 'รหัสโครงการ', totalsRowLabel: 'รวม' }, { name: 'งบประมาณ', totalsRowFunction: 'sum' }],
      rows: [['03000000-2457', 1_918_000], ['03000000-2458', 500_000]],
    });
  });

  it('gives each table its header row, data rows (totals row left out) and columns within the grid', async () => {
    const [grid] = await readWorkbook(await withTable(), 'table.xlsx');
    expect(grid.origin).toEqual({ row: 0, col: 0 });
    expect(grid.tables).toEqual([{ name: 'Projects', headerRow: 2, lastRow: 4, firstCol: 1, lastCol: 2 }]);
    expect(grid.values[2].slice(1)).toEqual(['รหัสโครงการ', 'งบประมาณ']);
    expect(readTables(grid)[0]).toMatchObject({ tableName: 'Projects', headerRow: 3, columns: { code: 'B', budget: 'C' } });
  });

  it('still finds the header row of a table as Excel writes it (no headerRowCount attribute)', async () => {
    const excelStyle = await editPart(await withTable(), 'xl/tables/table1.xml', (xml) => xml.replace(/\sheaderRowCount="1"/, ''));
    const [grid] = await readWorkbook(excelStyle, 'excel-table.xlsx');
    expect(grid.tables).toEqual([{ name: 'Projects', headerRow: 2, lastRow: 4, firstCol: 1, lastCol: 2 }]);
  });

  it('leaves out a table without a header row (headerRowCount="0"): its sheet is read as a plain range', async () => {
    const headerless = await editPart(await withTable(), 'xl/tables/table1.xml', (xml) => xml.replace(/\sheaderRowCount="1"/, ' headerRowCount="0"'));
    const [grid] = await readWorkbook(headerless, 'headerless.xlsx');
    expect(grid.tables).toBeUndefined();
  });

  it('reads a sheet with a whole-column drop-down list quickly (ExcelJS would expand it to a million cells)', async () => {
    const bytes = await editPart(await withTable(), 'xl/worksheets/sheet1.xml', (xml) => xml.replace('<pageMargins',
      '<dataValidations count="1"><dataValidation type="list" allowBlank="1" sqref="D4:D1048576 E4:E1048576">'
      + '<formula1>"เป็นไปตามแผน,ไม่เป็นไปตามแผน"</formula1></dataValidation></dataValidations><pageMargins'));
    const started = performance.now();
    const [grid] = await readWorkbook(bytes, 'validations.xlsx');
    expect(performance.now() - started).toBeLessThan(3000);
    expect(grid.values[3][1]).toBe('03000000-2457');
  });
});

describe('readWorkbook — .csv', () => {
  it('reads UTF-8 with a BOM, semicolons and Thai, keeping every value as its text', async () => {
    const csv = '\ufeffรหัสโครงการ;ชื่อโครงการ;งบประมาณ;ความก้าวหน้า\r\n03000000-2457;"โครงการปรับปรุงถนน; ซอยวัดใหม่";1,918,000;60.00 %\r\n';
    const grids = await readWorkbook(encode(csv), 'รายงาน ต.ค. 2562.csv');
    expect(grids).toEqual([{
      sheet: 'รายงาน ต.ค. 2562',
      origin: { row: 0, col: 0 },
      values: [['รหัสโครงการ', 'ชื่อโครงการ', 'งบประมาณ', 'ความก้าวหน้า'], ['03000000-2457', 'โครงการปรับปรุงถนน; ซอยวัดใหม่', '1,918,000', '60.00 %']],
      numberFormats: [['General', 'General', 'General', 'General'], ['General', 'General', 'General', 'General']],
      untyped: true,
    }]);
  });

  it('reads comma-separated text with quoted commas, quotes and line breaks', async () => {
    const csv = 'code,name,budget\n03000000-2457,"ถนน ""ซอยวัดใหม่""\nช่วงที่ 2","1,918,000"\n';
    const [grid] = await readWorkbook(encode(csv), 'projects.csv');
    expect(grid.values).toEqual([['code', 'name', 'budget'], ['03000000-2457', 'ถนน "ซอยวัดใหม่"\nช่วงที่ 2', '1,918,000']]);
  });

  it('reads tab-separated text without a BOM, keeping empty cells empty and leading spaces as typed', async () => {
    const [grid] = await readWorkbook(encode('รหัส\tงบ\n 03000000-2457\t\n'), 'export.txt');
    expect(grid.values).toEqual([['รหัส', 'งบ'], [' 03000000-2457', null]]);
  });

  it('reads a CSV saved by Thai Windows Excel in Windows-874 (TIS-620)', async () => {
    // "รหัส,งบ\n1,2" in Windows-874: ร=0xC3 ห=0xCB ั=0xD1 ส=0xCA, ง=0xA7 บ=0xBA.
    const bytes = new Uint8Array([0xc3, 0xcb, 0xd1, 0xca, 0x2c, 0xa7, 0xba, 0x0a, 0x31, 0x2c, 0x32, 0x0a]);
    expect((await readWorkbook(bytes, 'old.csv'))[0].values).toEqual([['รหัส', 'งบ'], ['1', '2']]);
  });

  it('follows Excel\'s "sep=" hint line', async () => {
    expect((await readWorkbook(encode('sep=;\na;b,c\n1;2,5\n'), 'hint.csv'))[0].values).toEqual([['a', 'b,c'], ['1', '2,5']]);
  });

  it('names the sheet after the file, made a valid sheet name', async () => {
    const [grid] = await readWorkbook(encode('a,b\n1,2\n'), 'C:\\data\\สรุป: ไตรมาส [1] งบประมาณรายจ่ายประจำปี.csv');
    expect(grid.sheet).toBe('สรุป_ ไตรมาส _1_ งบประมาณรายจ่า');
    expect(grid.sheet.length).toBeLessThanOrEqual(31);
  });
});

describe('readWorkbook — unreadable input', () => {
  const cases: [string, () => Promise<Uint8Array> | Uint8Array, string, RegExp][] = [
    ['an empty file', () => new Uint8Array(0), 'report.xlsx', /^report\.xlsx is empty \(0 bytes\)$/],
    ['a PDF', () => encode('%PDF-1.7\n%âãÏÓ\n1 0 obj'), 'report.pdf', /^report\.pdf is a PDF document, not a spreadsheet/],
    ['random bytes', () => new Uint8Array(Array.from({ length: 512 }, (_, i) => (i * 131 + 7) % 256)), 'data.bin', /^data\.bin is not a spreadsheet: expected an \.xlsx workbook or a \.csv file$/],
    ['an .xls', () => ole2Bytes('Workbook'), 'old.xls', /^old\.xls is an old-format Excel workbook \(\.xls.*save it as \.xlsx/],
    ['a password-protected .xlsx', () => ole2Bytes('EncryptedPackage'), 'secret.xlsx', /^secret\.xlsx is password-protected: .*remove the password/],
    ['a damaged .xlsx', async () => (await workbookBytes((wb) => { wb.addWorksheet('a').getCell('A1').value = 1; })).slice(0, 300), 'cut.xlsx', /^cut\.xlsx is damaged/],
    ['a ZIP that is not a workbook', () => zipBytes({ 'word/document.xml': '<w:document/>' }), 'letter.xlsx', /^letter\.xlsx is a Word document, not a spreadsheet$/],
    ['an .ods', () => zipBytes({ mimetype: 'application/vnd.oasis.opendocument.spreadsheet', 'content.xml': '<x/>' }), 'calc.ods', /^calc\.ods is an OpenDocument spreadsheet \(\.ods\): save it as \.xlsx/],
    ['a web page saved as .xls', () => encode('<html><body><table><tr><td>รหัส</td></tr></table></body></html>'), 'export.xls', /^export\.xls is a web page \(HTML\).*save it as \.xlsx/],
    ['text that is not CSV named .xlsx', () => encode('just one line of notes'), 'notes.xlsx', /^notes\.xlsx is a text file, not an Excel workbook/],
    ['a workbook with no filled cell', () => workbookBytes((wb) => { wb.addWorksheet('Sheet1'); wb.addWorksheet('Sheet2').getCell('B2').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } }; }), 'blank.xlsx', /^blank\.xlsx has no data: none of its sheets has a filled cell$/],
    ['an empty CSV', () => encode('\ufeff\r\n,,\r\n'), 'empty.csv', /^empty\.csv has no data/],
  ];

  it.each(cases)('rejects %s with a one-line message naming the file', async (_, make, fileName, message) => {
    const error = await readFailure(await make(), fileName);
    expect(error.message).toMatch(message);
    expect(error.message).not.toContain('\n');
  });
});
