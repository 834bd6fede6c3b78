import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ReadLimits, RuleConfig, type Grid } from '../../src/core/model';
import { validateWorkbook } from '../../src/core/validate';
import { ReadLimitError, WorkbookReadError, readWorkbook } from '../../src/xlsx/read';
import { readSpreadsheetFile } from '../../src/xlsx/read-file';
import { loadWorkbook } from '../../src/xlsx/load-workbook';
import JSZip from 'jszip';
import { zipArchive, type ZipEntry } from './zip-writer';

/**
 * The hostile-input catalogue of the reading path (issue 9): every input is built here, most
 * as a few kilobytes that unpack to far more; each case states what comes back — the grids,
 * or the error's class and its one-line message — and has a timeout of its own, so a hang
 * fails instead of stalling the suite.
 */

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const OFFICE_RELS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

interface SheetSpec {
  name: string;
  /** The worksheet part; absent to leave the part out of the package. */
  part?: Omit<ZipEntry, 'path'>;
  /** Table parts of the sheet, as XML. */
  tables?: string[];
}

/** Worksheet XML around `sheetData` content (and what follows it, e.g. merged cells). */
function worksheet(sheetData: string, after = ''): string {
  return `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}" xmlns:r="${OFFICE_RELS}"><sheetData>${sheetData}</sheetData>${after}</worksheet>`;
}

const sheetPart = (xml: string): Omit<ZipEntry, 'path'> => ({ data: xml });

/**
 * An .xlsx package as Excel lays one out, with the parts given: a bomb or a huge sheet is a
 * ZipEntry whose content repeats (zip-writer.ts), so the test file stays small.
 */
function xlsx(sheets: SheetSpec[], extra: { sharedStrings?: Omit<ZipEntry, 'path'>; styles?: Omit<ZipEntry, 'path'> } = {}): Uint8Array {
  const entries: ZipEntry[] = [
    { path: '[Content_Types].xml', data: '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>' },
    { path: '_rels/.rels', data: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${RELS}"><Relationship Id="rId1" Type="${OFFICE_RELS}/officeDocument" Target="xl/workbook.xml"/></Relationships>` },
    {
      path: 'xl/workbook.xml',
      data: `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${OFFICE_RELS}"><sheets>${sheets
        .map((sheet, i) => `<sheet name="${sheet.name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`,
    },
  ];
  const rels = sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${OFFICE_RELS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`);
  if (extra.sharedStrings) {
    rels.push(`<Relationship Id="rIdS" Type="${OFFICE_RELS}/sharedStrings" Target="sharedStrings.xml"/>`);
    entries.push({ path: 'xl/sharedStrings.xml', ...extra.sharedStrings });
  }
  if (extra.styles) {
    rels.push(`<Relationship Id="rIdT" Type="${OFFICE_RELS}/styles" Target="styles.xml"/>`);
    entries.push({ path: 'xl/styles.xml', ...extra.styles });
  }
  entries.push({ path: 'xl/_rels/workbook.xml.rels', data: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${RELS}">${rels.join('')}</Relationships>` });
  let table = 0;
  sheets.forEach((sheet, i) => {
    if (sheet.part) entries.push({ path: `xl/worksheets/sheet${i + 1}.xml`, ...sheet.part });
    if (sheet.tables?.length) {
      const ids = sheet.tables.map((xml) => {
        table++;
        entries.push({ path: `xl/tables/table${table}.xml`, data: xml });
        return `<Relationship Id="rIdTable${table}" Type="${OFFICE_RELS}/table" Target="../tables/table${table}.xml"/>`;
      });
      entries.push({ path: `xl/worksheets/_rels/sheet${i + 1}.xml.rels`, data: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${RELS}">${ids.join('')}</Relationships>` });
    }
  });
  return zipArchive(entries);
}

/** A row of inline-string and number cells, Excel's way (each cell with its address). */
function row(r: number, values: (string | number)[], firstCol = 0): string {
  const cells = values.map((value, i) => {
    const ref = `${columnName(firstCol + i)}${r}`;
    return typeof value === 'number' ? `<c r="${ref}"><v>${value}</v></c>` : `<c r="${ref}" t="inlineStr"><is><t>${value}</t></is></c>`;
  });
  return `<row r="${r}">${cells.join('')}</row>`;
}

function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

const limits = (overrides: Partial<ReadLimits>) => ReadLimits.parse(overrides);

async function failure(read: Promise<unknown> | (() => unknown)): Promise<WorkbookReadError> {
  try {
    await (typeof read === 'function' ? read() : read);
  } catch (error) {
    expect(error).toBeInstanceOf(WorkbookReadError);
    expect((error as Error).message).not.toContain('\n');
    return error as WorkbookReadError;
  }
  throw new Error('read without an error');
}

/** A refusal for passing `limit`: a ReadLimitError whose one line names the limit's config key and how to raise it. */
async function refusal(read: Promise<unknown> | (() => unknown), limit: keyof ReadLimits): Promise<string> {
  const error = await failure(read);
  expect(error).toBeInstanceOf(ReadLimitError);
  expect((error as ReadLimitError).limit).toBe(limit);
  expect(error.message).toContain(`limits.${limit}`);
  expect(error.message).toMatch(new RegExp(`raise it in the config file \\(--config\\), e\\.g\\. \\{ "limits": \\{ "${limit}": \\d+ \\} \\}$`));
  return error.message;
}

const MIB = 1024 * 1024;
const HEADER = ['รหัสโครงการ', 'ชื่อโครงการ', 'งบประมาณ'];

/** A distinct short text for each index, scrambled so the package does not compress it away. */
const stringAt = (index: number) => `${(index * 2_654_435_761 % 4_294_967_296).toString(36)}-${(index * 40_503 % 65_521).toString(36)}`;

describe('hostile workbooks: crashes (native stack, heap exhausted)', () => {
  it('reads a 10 MB workbook whose 1,000,000 shared strings are all used', async () => {
    const strings: string[] = [];
    const rows: string[] = [];
    for (let r = 0; r < 100_000; r++) {
      const cells: string[] = [];
      for (let c = 0; c < 10; c++) {
        const index = r * 10 + c;
        strings.push(`<si><t>${stringAt(index)}</t></si>`);
        cells.push(`<c r="${columnName(c)}${r + 1}" t="s"><v>${index}</v></c>`);
      }
      rows.push(`<row r="${r + 1}">${cells.join('')}</row>`);
    }
    const bytes = xlsx([{ name: 'Strings', part: sheetPart(worksheet(rows.join(''))) }], {
      sharedStrings: { data: `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${MAIN}" count="1000000" uniqueCount="1000000">${strings.join('')}</sst>` },
    });
    expect(bytes.length).toBeGreaterThan(8 * MIB);
    const [grid] = await readWorkbook(bytes, 'strings.xlsx');
    expect(grid.values).toHaveLength(100_000);
    expect(grid.values[99_999][9]).toBe(stringAt(999_999));
    expect(new Set(grid.values.flat()).size).toBe(1_000_000);
  }, 120_000);

  it('refuses a sheet of 16.7 million cells by the cell limit, before holding them, in one line', async () => {
    const cells16 = '<c><v>1</v></c>'.repeat(16);
    const bytes = xlsx([{ name: 'Huge', part: { data: `<worksheet xmlns="${MAIN}"><sheetData>`, repeat: { block: `<row>${cells16}</row>`.repeat(1024), times: 1024 } } }]);
    expect(bytes.length).toBeLessThan(2 * MIB);
    const message = await refusal(readWorkbook(bytes, 'huge.xlsx'), 'maxCells');
    expect(message).toMatch(/^huge\.xlsx is refused: sheet "Huge" takes the workbook past the cells a workbook may hold: 10,000,000, the limit limits\.maxCells; /);
  }, 60_000);

  it('reads a sheet as large as Excel allows (A1 to XFD1048576) holding two cells, its rows ending at their last cell', async () => {
    const bytes = xlsx([{ name: 'Corners', part: sheetPart(worksheet(row(1, HEADER) + row(1_048_576, [7], 16_383))) }]);
    const [grid] = await readWorkbook(bytes, 'corners.xlsx');
    expect(grid.origin).toEqual({ row: 0, col: 0 });
    expect(grid.values).toHaveLength(1_048_576);
    expect(grid.values[0]).toEqual(HEADER);
    expect(grid.values[1]).toEqual([]);
    expect(grid.values[1_048_575]).toHaveLength(16_384);
    expect(grid.values[1_048_575][16_383]).toBe(7);
    const { tables } = validateWorkbook([grid]);
    expect(tables[0].rows.length).toBe(0);
  }, 60_000);

  it('reads and validates an Excel table spanning the whole sheet (A1:XFD1048576) with a few cells', async () => {
    const table = `<table xmlns="${MAIN}" id="1" name="All" displayName="All" ref="A1:XFD1048576"><tableColumns count="3"/></table>`;
    const sheet = worksheet(row(1, HEADER) + row(2, ['03000000-2457', 'ถนน', 1000]), '<tableParts count="1"><tablePart r:id="rIdTable1"/></tableParts>');
    const bytes = xlsx([{ name: 'All', part: sheetPart(sheet), tables: [table] }]);
    const grids = await readWorkbook(bytes, 'table.xlsx');
    expect(grids[0].tables).toEqual([{ name: 'All', headerRow: 0, lastRow: 1_048_575, firstCol: 0, lastCol: 16_383 }]);
    const { tables, issues } = validateWorkbook(grids, EVERY_FINDING);
    expect(tables[0].headers).toHaveLength(16_384);
    expect(tables[0].columns).toMatchObject({ code: 'A', name: 'B', budget: 'C' });
    expect(issues.filter((issue) => issue.rule === 'blank-row')).toHaveLength(0);
  }, 60_000);
});

describe('hostile workbooks: decompression bombs and huge parts', () => {
  const spaces = ' '.repeat(MIB);

  it('refuses a part that states it unpacks past the per-part limit, at once', async () => {
    const bytes = xlsx([{ name: 'Bomb', part: { data: `<worksheet xmlns="${MAIN}"><sheetData/>`, repeat: { block: spaces, times: 1100 } } }]);
    expect(bytes.length).toBeLessThan(2 * MIB);
    const started = performance.now();
    const message = await refusal(readWorkbook(bytes, 'bomb.xlsx'), 'maxPartBytes');
    expect(message).toMatch(/^bomb\.xlsx is refused: its part xl\/worksheets\/sheet1\.xml unpacks to more than 500 MB, the limit limits\.maxPartBytes; /);
    expect(performance.now() - started).toBeLessThan(2_000);
  }, 30_000);

  it('stops unpacking a bomb that hides its size at the per-part limit, with the same message', async () => {
    const bytes = xlsx([{ name: 'Bomb', part: { data: `<worksheet xmlns="${MAIN}"><sheetData/>`, repeat: { block: spaces, times: 3000 }, statedSize: 1000 } }]);
    const message = await refusal(readWorkbook(bytes, 'hidden.xlsx'), 'maxPartBytes');
    expect(message).toMatch(/^hidden\.xlsx is refused: its part xl\/worksheets\/sheet1\.xml unpacks to more than 500 MB/);
  }, 60_000);

  it('refuses parts that together unpack past the total limit', async () => {
    const part = { data: `<worksheet xmlns="${MAIN}"><sheetData>${row(1, HEADER)}</sheetData>`, repeat: { block: ' '.repeat(100_000), times: 9 } };
    const bytes = xlsx([{ name: 'A', part }, { name: 'B', part }, { name: 'C', part }]);
    const message = await refusal(readWorkbook(bytes, 'parts.xlsx', limits({ maxPartBytes: MIB, maxUnpackedBytes: 2 * MIB })), 'maxUnpackedBytes');
    expect(message).toMatch(/^parts\.xlsx is refused: its parts unpack to more than 2 MB, the limit limits\.maxUnpackedBytes; .*"maxUnpackedBytes": 4194304/);
  }, 30_000);

  it('refuses a bomb before ExcelJS holds it, when the workbook is loaded to be copied', async () => {
    const bytes = xlsx([
      { name: 'S', part: sheetPart(worksheet(row(1, HEADER))) },
      { name: 'Bomb', part: { data: `<worksheet xmlns="${MAIN}"><sheetData/>`, repeat: { block: spaces, times: 3000 }, statedSize: 1000 } },
    ]);
    const zip = await JSZip.loadAsync(bytes);
    await refusal(loadWorkbook(zip, bytes, 'copy.xlsx'), 'maxPartBytes');
  }, 60_000);

  it('refuses a 1 GB styles part by the per-part limit instead of failing inside', async () => {
    const styles = { data: `<styleSheet xmlns="${MAIN}"><cellXfs count="1">`, repeat: { block: '<xf numFmtId="0"/>'.repeat(64 * 1024), times: 1000 } };
    const bytes = xlsx([{ name: 'S', part: sheetPart(worksheet(row(1, HEADER))) }], { styles });
    await refusal(readWorkbook(bytes, 'styles.xlsx'), 'maxPartBytes');
  }, 30_000);

  it('refuses a styles part that hides its size once it holds more cell formats than any workbook', async () => {
    const styles = { data: `<styleSheet xmlns="${MAIN}"><cellXfs count="1">`, repeat: { block: '<xf numFmtId="0"/>'.repeat(64 * 1024), times: 1000 }, statedSize: 100 };
    const bytes = xlsx([{ name: 'S', part: sheetPart(worksheet(row(1, HEADER))) }], { styles });
    const error = await failure(readWorkbook(bytes, 'styles.xlsx'));
    expect(error.message).toBe('styles.xlsx is damaged: its styles have more than 1,000,000 cell formats (Excel allows 64,000)');
  }, 30_000);
});

describe('hostile workbooks: damaged parts say what is wrong', () => {
  it('calls an invalid character reference in a table name damaged, naming the part', async () => {
    const table = `<table xmlns="${MAIN}" id="1" name="Projects&#xFFFFFFFF;" displayName="Projects" ref="A1:C2"><tableColumns count="3"/></table>`;
    const sheet = worksheet(row(1, HEADER) + row(2, ['03000000-2457', 'ถนน', 1000]), '<tableParts count="1"><tablePart r:id="rIdTable1"/></tableParts>');
    const error = await failure(readWorkbook(xlsx([{ name: 'P', part: sheetPart(sheet), tables: [table] }]), 'ref.xlsx'));
    expect(error.message).toBe('ref.xlsx is damaged: its part xl/tables/table1.xml has an invalid character reference &#xFFFFFFFF;');
  }, 30_000);

  it('refuses a part with a DOCTYPE (entity definitions: XXE, entity expansion) without expanding anything', async () => {
    const xml = `<?xml version="1.0"?><!DOCTYPE lol [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><worksheet xmlns="${MAIN}"><sheetData>${row(1, ['&b;'])}</sheetData></worksheet>`;
    const error = await failure(readWorkbook(xlsx([{ name: 'X', part: sheetPart(xml) }]), 'xxe.xlsx'));
    expect(error.message).toBe('xxe.xlsx is damaged: its part xl/worksheets/sheet1.xml has a DOCTYPE declaration (entity definitions), which a workbook never has');
  }, 30_000);

  it('refuses a workbook whose sheet part is missing, naming the sheet, instead of leaving the sheet out', async () => {
    const bytes = xlsx([{ name: 'โครงการ', part: sheetPart(worksheet(row(1, HEADER))) }, { name: 'รายงาน' }]);
    const error = await failure(readWorkbook(bytes, 'missing.xlsx'));
    expect(error.message).toBe('missing.xlsx is damaged: sheet "รายงาน" is listed in the workbook but its part xl/worksheets/sheet2.xml is missing, so the sheet cannot be read');
  }, 30_000);

  it('refuses a part cut off in the middle of a tag', async () => {
    const error = await failure(readWorkbook(xlsx([{ name: 'Cut', part: sheetPart(`<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"`) }]), 'cut.xlsx'));
    expect(error.message).toBe('cut.xlsx is damaged: its part xl/worksheets/sheet1.xml ends in the middle of a tag (the part is cut short)');
  }, 30_000);
});

describe('hostile input: text longer than a cell holds', () => {
  const long = 'ก'.repeat(40_000);

  it('reads a cell of 32,767 characters, Excel\'s maximum', async () => {
    const text = 'ข'.repeat(32_767);
    const [grid] = await readWorkbook(xlsx([{ name: 'T', part: sheetPart(worksheet(row(1, [text]))) }]), 'max.xlsx');
    expect(grid.values[0][0]).toBe(text);
  }, 30_000);

  it('refuses an inline string longer than the limit, naming the cell', async () => {
    const message = await refusal(readWorkbook(xlsx([{ name: 'T', part: sheetPart(worksheet(row(3, ['x', long]))) }]), 'long.xlsx'), 'maxCellChars');
    expect(message).toMatch(/^long\.xlsx is refused: cell B3 of sheet "T" holds text longer than 32,767, the limit limits\.maxCellChars; /);
  }, 30_000);

  it('refuses a shared string longer than the limit', async () => {
    const sharedStrings = { data: `<sst xmlns="${MAIN}"><si><t>ok</t></si><si><r><t>${long.slice(0, 20_000)}</t></r><r><t>${long.slice(20_000)}</t></r></si></sst>` };
    const bytes = xlsx([{ name: 'T', part: sheetPart(worksheet('<row r="1"><c r="A1" t="s"><v>1</v></c></row>')) }], { sharedStrings });
    expect(await refusal(readWorkbook(bytes, 'sst.xlsx'), 'maxCellChars')).toMatch(/^sst\.xlsx is refused: shared string 2 is longer than 32,767/);
  }, 30_000);

  it('refuses a CSV field longer than the limit, pointing at the quote that may have swallowed the file', async () => {
    const csv = new TextEncoder().encode(`รหัสโครงการ,ชื่อโครงการ\n03000000-2457,"${long}\n03000000-2458,ถนน\n`);
    const message = await refusal(readWorkbook(csv, 'open-quote.csv'), 'maxCellChars');
    expect(message).toMatch(/^open-quote\.csv is refused: the field at row 2, column B \(an unclosed quote\?\) is longer than 32,767/);
  }, 30_000);

  it('raises a limit from a config file\'s "limits"', async () => {
    const [grid] = await readWorkbook(xlsx([{ name: 'T', part: sheetPart(worksheet(row(1, [long]))) }]), 'raised.xlsx', limits({ maxCellChars: 50_000 }));
    expect(grid.values[0][0]).toBe(long);
  }, 30_000);
});

describe('hostile input: files larger than the input limit', () => {
  let folder: string;
  beforeAll(() => { folder = mkdtempSync(join(tmpdir(), 'hostile-read-')); });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('refuses /dev/zero at once instead of reading it', async () => {
    const error = await failure(() => readSpreadsheetFile('/dev/zero'));
    expect(error.message).toBe('/dev/zero is a device, not a spreadsheet file');
  }, 10_000);

  it('refuses a regular file over the limit by its size, before reading it', async () => {
    const path = join(folder, 'big.csv');
    writeFileSync(path, Buffer.alloc(2 * MIB, 'a,b\n'));
    const message = await refusal(() => readSpreadsheetFile(path, limits({ maxInputBytes: MIB })), 'maxInputBytes');
    expect(message).toBe(`${path} is refused: it is larger than 1 MB, the limit limits.maxInputBytes; if the file is genuine, raise it in the config file (--config), e.g. { "limits": { "maxInputBytes": 2097152 } }`);
    expect(readSpreadsheetFile(path, limits({ maxInputBytes: 3 * MIB }))).toHaveLength(2 * MIB);
  }, 10_000);

  it('stops reading an endless pipe at the limit', async () => {
    const fifo = join(folder, 'endless');
    execFileSync('mkfifo', [fifo]);
    const writer = spawn('sh', ['-c', `exec cat /dev/zero > "${fifo}"`], { stdio: 'ignore' });
    try {
      await refusal(() => readSpreadsheetFile(fifo, limits({ maxInputBytes: 4 * MIB })), 'maxInputBytes');
    } finally {
      writer.kill();
    }
  }, 10_000);

  it('refuses bytes over the limit handed to readWorkbook', async () => {
    await refusal(readWorkbook(new Uint8Array(2 * MIB).fill(0x61), 'big.csv', limits({ maxInputBytes: MIB })), 'maxInputBytes');
  }, 10_000);
});

/** Every finding listed, past the default 10,000 a rule and sheet: these sheets have one a column. */
const EVERY_FINDING = RuleConfig.parse({ limits: { maxFindingsPerRule: 20_000 } });

describe('hostile workbooks: wide sheets in bounded time', () => {
  it('validates a sheet 16,384 columns wide under a title (header text compared once per column, not per pair; the heading above read once)', async () => {
    const header = [...HEADER, ...Array.from({ length: 16_384 - HEADER.length }, (_, i) => `หัวข้อ ${i}`)];
    const rows = [row(1, ['รายงานผลการดำเนินงาน ปีงบประมาณ 2563']), row(2, header)];
    for (let r = 3; r <= 22; r++) rows.push(row(r, header.map((_, c) => (c === 0 ? `0300000${r}-2457` : c === 1 ? 'ถนน' : r * c))));
    const grids: Grid[] = await readWorkbook(xlsx([{ name: 'Wide', part: sheetPart(worksheet(rows.join(''))) }]), 'wide.xlsx');
    const { tables, issues } = validateWorkbook(grids, EVERY_FINDING);
    expect(tables[0].headers).toHaveLength(16_384);
    expect(issues.filter((issue) => issue.rule === 'unknown-column')).toHaveLength(16_384 - HEADER.length);
  }, 120_000);

  it('validates a sheet whose 16,384 headers are the same text, each later one a duplicate of the first', async () => {
    const header = [...HEADER, ...Array.from({ length: 16_384 - HEADER.length }, () => 'หมายเหตุ')];
    const grids = await readWorkbook(xlsx([{ name: 'Same', part: sheetPart(worksheet(row(1, header) + row(2, ['03000000-2457', 'ถนน', 1]))) }]), 'same.xlsx');
    const duplicates = validateWorkbook(grids, EVERY_FINDING).issues.filter((issue) => issue.rule === 'duplicate-header');
    expect(duplicates).toHaveLength(16_384 - HEADER.length - 1);
    expect(duplicates[duplicates.length - 1].cells).toEqual(['XFD1', 'D1']);
  }, 120_000);
});
