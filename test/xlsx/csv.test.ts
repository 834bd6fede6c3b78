import fc from 'fast-check';
import { CsvRows, decodeText, detectDelimiter, parseCsv, type CsvDelimiter } from '../../src/xlsx/csv';

/** CSV as Excel writes it: fields quoted when they hold the delimiter, a quote or a line break. */
function writeCsv(rows: string[][], delimiter: CsvDelimiter): string {
  const quote = (field: string) => (/[",;\t\r\n]/.test(field) || field === '' ? `"${field.replace(/"/g, '""')}"` : field);
  return rows.map((row) => row.map(quote).join(delimiter)).join('\r\n');
}

const field = fc.string({ unit: fc.constantFrom('a', 'ก', '่', '1', ',', ';', '\t', '"', '\n', '\r\n', ' ', '.', '-'), maxLength: 8 });

describe('CSV reading', () => {
  it('reads back any rows written as CSV, with any of the three delimiters', () => {
    fc.assert(fc.property(
      fc.array(fc.array(field, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 }),
      fc.constantFrom<CsvDelimiter>(',', ';', '\t'),
      (rows, delimiter) => {
        expect(parseCsv(writeCsv(rows, delimiter), delimiter)).toEqual(rows);
      },
    ));
  });

  it('reads text given in pieces as it reads the whole, wherever the pieces are cut', () => {
    const piece = fc.constantFrom('a', 'ก', ',', ';', '"', '""', '\n', '\r', '\r\n', ' ', 'x"y', '",');
    fc.assert(fc.property(
      fc.array(piece, { maxLength: 40 }),
      fc.array(fc.nat(40), { maxLength: 8 }),
      fc.constantFrom<CsvDelimiter>(',', ';'),
      fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
      (parts, cuts, delimiter, maxRows) => {
        const text = parts.join('');
        const whole = parseCsv(text, delimiter, maxRows);
        const rows: string[][] = [];
        const reader = new CsvRows(delimiter, (fields) => { rows.push(fields); }, maxRows);
        let from = 0;
        for (const cut of [...new Set(cuts.map((c) => Math.min(c, text.length)))].sort((a, b) => a - b)) {
          reader.push(text.slice(from, cut));
          from = cut;
        }
        reader.push(text.slice(from));
        expect(reader.end()).toBe(whole.length);
        expect(rows).toEqual(whole);
      },
    ), { numRuns: 5000 });
  });

  it('hands on the row being read, its open field last, when asked to stop there', () => {
    const rows: string[][] = [];
    const reader = new CsvRows(',', (fields) => { rows.push(fields); });
    reader.push('a,b\nc,"never closed, ');
    reader.push('still open');
    expect(reader.openFieldLength).toBe('never closed, still open'.length);
    reader.stopWithOpenRow();
    reader.push('\nd,e\n');
    expect(reader.end()).toBe(2);
    expect(rows).toEqual([['a', 'b'], ['c', 'never closed, still open']]);
  });

  it('detects the delimiter that splits the rows consistently, thousands separators notwithstanding', () => {
    expect(detectDelimiter('รหัส;งบประมาณ;เบิกจ่าย\n03000000-2457;1,918,000;1,200,000.50\n03000000-2458;500,000;0')).toBe(';');
    expect(detectDelimiter('code,name\n1,"a;b"\n2,c')).toBe(',');
    expect(detectDelimiter('code\tbudget\n1\t1,918,000')).toBe('\t');
    expect(detectDelimiter('one field only\nanother')).toBeUndefined();
  });

  it('decodes UTF-8 with or without BOM, UTF-16 with BOM, and Windows-874; refuses binary bytes', () => {
    const thai = 'รหัสโครงการ';
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(thai)]))).toBe(thai);
    expect(decodeText(new TextEncoder().encode(thai))).toBe(thai);
    const utf16 = new Uint8Array([0xff, 0xfe, ...Array.from(thai).flatMap((ch) => [ch.charCodeAt(0) & 0xff, ch.charCodeAt(0) >> 8])]);
    expect(decodeText(utf16)).toBe(thai);
    expect(decodeText(new Uint8Array([0xc3, 0xcb, 0xd1, 0xca]))).toBe('รหัส');
    expect(decodeText(new Uint8Array([0x50, 0x00, 0x01, 0x02]))).toBeUndefined();
  });
});
