import { validateWorkbook } from '../../../src/core/validate';
import { csvGrid } from '../../../src/xlsx/read';
import { csvBrokenQuote as rule } from '../../../src/core/rules/csv-broken-quote';
import { makeGrid } from '../../helpers/grid';

const HEADER = 'รหัสโครงการ,ชื่อโครงการ,ปีงบประมาณ,เริ่มต้นโครงการ,สิ้นสุดโครงการ,งบประมาณที่ได้รับ';
const row = (n: number, name = `โครงการ ${n}`) => `03000000-${2440 + n},${name},2563,1/10/2562,30/9/2563,1000000`;

/** The csv-broken-quote findings of a CSV file's text, read as the CLI reads it. */
function findingsOf(text: string, delimiter: ',' | ';' | '\t' = ',') {
  const { issues } = validateWorkbook([csvGrid(text, delimiter, 'agency.csv')]);
  return issues.filter((issue) => issue.rule === 'csv-broken-quote');
}

describe('csv-broken-quote', () => {
  it('warns where a quote never closed swallowed the rest of the file, quoting the first row it took', () => {
    const text = [HEADER, row(1).replace('โครงการ 1', '"โครงการ 1'), row(2), row(3), ''].join('\n');
    const found = findingsOf(text);
    expect(found.map((issue) => [issue.cell, issue.severity])).toEqual([['B2', 'warning']]);
    expect(found[0].message.en).toBe(`This cell holds 2 more lines that read like rows of the file ("${row(2)}"): a quote (") opened here is probably never closed, so the rows after it were read into this cell and were not checked`);
    expect(found[0].message.th).toMatch(/^เซลล์นี้มีข้อความอีก 2 บรรทัดที่มีลักษณะเป็นแถวข้อมูล/);
    expect(found[0].fix?.en).toBe('Close the quote in the CSV file (or remove the stray one) and check again');
  });

  it('warns where a stray quote is closed rows later, and the rows after it are read again', () => {
    const text = [HEADER, row(1, '"ถนน 1'), row(2), `03000000-2443,โครงการ 3",2563,1/10/2562,30/9/2563,1000000`, row(4)].join('\n');
    const found = findingsOf(text);
    expect(found.map((issue) => issue.cell)).toEqual(['B2']);
    // The row the stray quote closes in is cut at the quote: only the full row between counts.
    expect(found[0].message.en).toMatch(/^This cell holds 1 more line that reads like rows of the file \("03000000-2442,/);
  });

  it('cuts a long swallowed row to 60 characters in the message', () => {
    const long = row(2, 'โครงการปรับปรุงถนนและทางเท้าพร้อมระบบระบายน้ำ ซอยวัดใหม่');
    const text = [HEADER, row(1).replace('โครงการ 1', '"โครงการ 1'), long].join('\n');
    expect(findingsOf(text)[0].message.en).toContain(`("${long.slice(0, 60)}…")`);
  });

  it('reads semicolon and tab files by their own delimiter', () => {
    for (const delimiter of [';', '\t'] as const) {
      const swap = (line: string) => line.split(',').join(delimiter);
      const text = [swap(HEADER), swap(row(1)).replace('โครงการ 1', '"โครงการ 1'), swap(row(2))].join('\n');
      expect(findingsOf(text, delimiter).map((issue) => issue.cell)).toEqual(['B2']);
    }
  });

  it('stays silent on a quoted cell with line breaks of its own: an address, a list, a sentence with a comma', () => {
    const text = [
      HEADER,
      row(1, '"โครงการก่อสร้างอาคาร\nเลขที่ 1 ถนนพระราม 4, แขวงลุมพินี\nเขตปทุมวัน"'),
      row(2, '"1) สำรวจ\n2) ออกแบบ, ประมาณราคา\n3) จัดจ้าง"'),
      row(3),
    ].join('\n');
    expect(findingsOf(text)).toEqual([]);
  });

  it('leaves typed workbooks alone: a cell of an .xlsx sheet is what the user typed, not a parse', () => {
    const grid = makeGrid('Projects', [HEADER.split(','), ['03000000-2441', `ก\n${row(2)}\n${row(3)}`, 2563, '1/10/2562', '30/9/2563', 1]]);
    const { issues } = validateWorkbook([grid]);
    expect(issues.filter((issue) => issue.rule === rule.id)).toEqual([]);
  });
});
