/**
 * readCsvFile reads a CSV file a chunk at a time; readWorkbook reads the same bytes whole. For any
 * text, encoding, limits and chunk size, both must give the same grid or the same error — and the
 * streamed reader may decline only what readWorkbook refuses as not being a spreadsheet.
 */
import fc from 'fast-check';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_READ_LIMITS, type Grid, type ReadLimits } from '../../src/core/model';
import { readWorkbook } from '../../src/xlsx/read';
import { readCsvFile } from '../../src/xlsx/read-csv-file';

const folder = mkdtempSync(join(tmpdir(), 'report-checker-csv-file-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-874' | 'utf-8-broken';

/** Windows-874 bytes of text made of ASCII and the Thai letters used here. */
function windows874(text: string): number[] {
  return Array.from(text).map((ch) => {
    const code = ch.charCodeAt(0);
    return code < 0x80 ? code : code - 0x0e01 + 0xa1;
  });
}

function utf16(text: string, littleEndian: boolean): number[] {
  return Array.from(text).flatMap((ch) => {
    const code = ch.charCodeAt(0);
    return littleEndian ? [code & 0xff, code >> 8] : [code >> 8, code & 0xff];
  });
}

function encode(text: string, encoding: Encoding, brokenAt: number): Uint8Array {
  const utf8 = Array.from(new TextEncoder().encode(text));
  switch (encoding) {
    case 'utf-8': return new Uint8Array(utf8);
    case 'utf-8-bom': return new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]);
    case 'utf-16le': return new Uint8Array([0xff, 0xfe, ...utf16(text, true)]);
    case 'utf-16be': return new Uint8Array([0xfe, 0xff, ...utf16(text, false)]);
    case 'windows-874': return new Uint8Array(windows874(text));
    // A Windows-874 byte (ร) somewhere in UTF-8: the file is not UTF-8 after all.
    case 'utf-8-broken': {
      const at = Math.min(brokenAt, utf8.length);
      return new Uint8Array([...utf8.slice(0, at), 0xc3, ...utf8.slice(at)]);
    }
  }
}

async function whole(bytes: Uint8Array, fileName: string, limits: ReadLimits): Promise<{ grids?: Grid[]; error?: string }> {
  try {
    return { grids: await readWorkbook(bytes, fileName, limits) };
  } catch (error) {
    return { error: String(error) };
  }
}

function streamed(path: string, fileName: string, limits: ReadLimits, chunkBytes: number): { grids?: Grid[]; error?: string } | undefined {
  try {
    const grids = readCsvFile(path, fileName, limits, chunkBytes);
    return grids && { grids };
  } catch (error) {
    return { error: String(error) };
  }
}

const SMALL: ReadLimits = { ...DEFAULT_READ_LIMITS, maxCells: 25, maxCellChars: 6 };

let files = 0;
async function expectSameReading(bytes: Uint8Array, fileName: string, limits: ReadLimits, chunkBytes: number): Promise<void> {
  const path = join(folder, `${files++}-${fileName}`);
  writeFileSync(path, bytes);
  const expected = await whole(bytes, fileName, limits);
  const actual = streamed(path, fileName, limits, chunkBytes);
  if (actual === undefined) {
    // Declined: only a file readWorkbook does not read as CSV text.
    expect(bytes.length === 0 || /not a spreadsheet|is empty/.test(expected.error ?? '')).toBe(true);
    return;
  }
  expect(actual).toEqual(expected);
}

describe('readCsvFile', () => {
  it('reads any text file as readWorkbook reads its bytes: the same grid or the same error', async () => {
    const part = fc.constantFrom('a', 'bb', '', ',', ';', '\t', '\n', '\r\n', '\r', '"', '""', 'ก', 'ร่', '1,000', '  ', 'longfield', 'x"y');
    await fc.assert(fc.asyncProperty(
      fc.array(part, { maxLength: 60 }),
      fc.constantFrom<Encoding>('utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'windows-874', 'utf-8-broken'),
      fc.nat(300),
      fc.boolean(),
      fc.constantFrom('f.csv', 'f.xlsx', 'f.dat'),
      fc.integer({ min: 1, max: 40 }),
      fc.constantFrom('', 'sep=;\n', 'sep=,\r\n'),
      async (parts, encoding, brokenAt, small, fileName, chunkBytes, hint) => {
        const bytes = encode(hint + parts.join(''), encoding, brokenAt);
        await expectSameReading(bytes, fileName, small ? SMALL : DEFAULT_READ_LIMITS, chunkBytes);
      },
    ), { numRuns: 1500 });
  });

  it('reads a file of many rows, cut into chunks anywhere, as it reads it whole', async () => {
    const lines = ['รหัสโครงการ,ชื่อโครงการ,งบประมาณ,"หมายเหตุ ""ย่อ"""'];
    for (let i = 0; i < 3000; i++) lines.push(`0300-${i},"โครงการที่ ${i}, แห่งที่ ${i % 7}",${i * 1000},"บรรทัดหนึ่ง\r\nบรรทัดสอง"`);
    const bytes = new TextEncoder().encode(lines.join('\r\n'));
    for (const chunkBytes of [7, 1000, 65_536]) await expectSameReading(bytes, 'many.csv', DEFAULT_READ_LIMITS, chunkBytes);
  });

  it('refuses an unclosed quote once the field passes the limit, naming where it starts', async () => {
    const bytes = new TextEncoder().encode(`a,b\n1,"never closed${' x'.repeat(5000)}`);
    await expectSameReading(bytes, 'open.csv', { ...DEFAULT_READ_LIMITS, maxCellChars: 100 }, 64);
    expect(streamed(join(folder, `${files - 1}-open.csv`), 'open.csv', { ...DEFAULT_READ_LIMITS, maxCellChars: 100 }, 64)?.error)
      .toContain('the field at row 2, column B (an unclosed quote?) is longer than');
  });

  it('reads the file again as Windows-874 when bytes that are not UTF-8 come after a problem found as UTF-8', async () => {
    // As UTF-8 the first too-long field is on the last row; as Windows-874 (three characters a Thai letter) on row 2.
    const text = `a,b\nx,กกก\n${'y,z\n'.repeat(3000)}q,abcdefgh\n${'y,z\n'.repeat(1000)}`;
    const bytes = new Uint8Array([...new TextEncoder().encode(text), 0xc3, 0x41]);
    const limits = { ...DEFAULT_READ_LIMITS, maxCellChars: 5 };
    await expectSameReading(bytes, 'late.csv', limits, 1000);
    expect(streamed(join(folder, `${files - 1}-late.csv`), 'late.csv', limits, 1000)?.error).toContain('the field at row 2, column B');
  });

  it('declines, having read no more than its start, what is not a regular text file', () => {
    expect(readCsvFile(folder, 'folder.csv')).toBeUndefined();
    expect(readCsvFile(join(folder, 'missing.csv'), 'missing.csv')).toBeUndefined();
    const zip = join(folder, 'book.csv');
    writeFileSync(zip, new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]));
    expect(readCsvFile(zip, 'book.csv')).toBeUndefined();
    const binary = join(folder, 'binary.csv');
    writeFileSync(binary, new Uint8Array([0x41, 0x00, 0x42]));
    expect(readCsvFile(binary, 'binary.csv')).toBeUndefined();
    const large = join(folder, 'large.csv');
    writeFileSync(large, 'a,b\n1,2\n');
    expect(readCsvFile(large, 'large.csv', { ...DEFAULT_READ_LIMITS, maxInputBytes: 4 })).toBeUndefined();
  });
});
