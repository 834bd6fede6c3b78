import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { OUTPUT_SHEETS } from '../../src/core/consolidate/consolidate';
import { FIELD_HEADER, SOURCE_HEADERS } from '../../src/core/consolidate/output-grids';
import type { CellValue, Field, Grid } from '../../src/core/model';
import { parseAddress } from '../../src/core/table/address';
import { readWorkbook } from '../../src/xlsx/read';
import { partPaths, partText } from '../xlsx/fixtures';
import { FILES, writeAgencyFolder } from './agency-files';
import { cli, sha256 } from '../helpers/cli';

/**
 * `report-checker consolidate` end to end over a folder of agency files in their own layouts:
 * every output row traced back to the very cell it came from, conflicts listed with both
 * sources, the summary by agency with its chart, the sources untouched, and the next month's
 * run saying what changed.
 */

let root: string;
let folder: string;
beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'report-checker-consolidate-'));
  folder = await writeAgencyFolder(root);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const allFiles = (dir: string): string[] => readdirSync(dir).flatMap((name) => {
  const path = join(dir, name);
  return statSync(path).isDirectory() ? allFiles(path) : [path];
});

function valueAt(grid: Grid, address: string): CellValue {
  const place = parseAddress(address)!;
  return grid.values[place.row - grid.origin.row]?.[place.col - grid.origin.col] ?? null;
}

interface JsonSheet { sheet: string; kind: string; tables: { columns: Partial<Record<Field, string>> }[] }
interface JsonResult {
  sources: { file: string; error?: string; sha256?: string; sheets: JsonSheet[] }[];
  conflicts: { kind: string; code: string; field?: string; values: { value: CellValue; sources: { file: string; sheet?: string; row: number }[] }[] }[];
  issues: { rule: string; sheet: string; cell: string; source?: { file: string; sheet?: string; row: number; cell?: string } }[];
  agencies: { agency: string; projects: number; budget: number }[];
  changes?: { files: { added: string[]; changed: string[]; missing: string[]; unchanged: number }; agencies: { agency: string; added: number; changed: number; removed: number }[] };
}

describe('report-checker consolidate', () => {
  let result: Awaited<ReturnType<typeof cli>>;
  let json: JsonResult;
  let out: string;
  let before: Map<string, string>;

  beforeAll(async () => {
    before = new Map(allFiles(folder).map((file) => [file, sha256(file)]));
    out = join(root, 'master.xlsx');
    result = await cli('consolidate', folder, '--out', out, '--format', 'json', '--lang', 'en');
    json = JSON.parse(result.stdout.join('\n')) as JsonResult;
  });

  it('reads every spreadsheet of the folder, nested ones too, and skips the rest with one line each', () => {
    expect(result.stderr).toEqual([`skipped ${join(folder, FILES.notes)}: not a spreadsheet (.xlsx, .csv) or a printed form (.txt)`]);
    expect(json.sources.map((s) => relative(folder, s.file)).sort()).toEqual(
      [FILES.culture, FILES.parksNoBom, FILES.parks, join('nested', FILES.drainage), FILES.works, FILES.printed, FILES.form].sort(),
    );
    expect(json.sources.every((s) => s.error === undefined && /^[0-9a-f]{64}$/.test(s.sha256 ?? ''))).toBe(true);
  });

  it('never changes a source', () => {
    for (const [file, digest] of before) expect(sha256(file)).toBe(digest);
  });

  it('traces every value of every output row to the source cell it came from', async () => {
    const output = await readWorkbook(new Uint8Array(readFileSync(out)), 'master.xlsx');
    const sources = new Map<string, Grid[]>();
    for (const s of json.sources) sources.set(s.file, await readWorkbook(new Uint8Array(readFileSync(s.file)), s.file));
    let traced = 0;
    for (const name of [OUTPUT_SHEETS.en.projects, OUTPUT_SHEETS.en.reports]) {
      const grid = output.find((g) => g.sheet === name)!;
      const [header, ...rows] = grid.values;
      const at = (text: string) => header.indexOf(text);
      const headers = SOURCE_HEADERS.en;
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) {
        const file = String(row[at(headers.file)]);
        const sheet = String(row[at(headers.sheet)]);
        const sourceRow = Number(row[at(headers.row)]);
        const sourceSheet = json.sources.find((s) => s.file === file)!.sheets.find((s) => s.sheet === (sheet === 'null' ? '' : sheet))!;
        // Forms have no columns: their rows are traced by the form tests, by cell.
        if (sourceSheet.kind !== 'table') continue;
        const columns = sourceSheet.tables[0].columns;
        const sourceGrid = sources.get(file)!.find((g) => g.sheet === sheet)!;
        expect(row[at(headers.sha256)]).toBe(sha256(file));
        for (const [field, letter] of Object.entries(columns) as [Field, string][]) {
          const column = header.findIndex((text, c) => c < at(headers.file) && text !== null && String(text) === FIELD_HEADER[field]);
          if (column < 0) continue;
          // Dates keep their serial, amounts their text (`1,200,000.-`): the value as the agency wrote
          // it; only a CSV's plain number (`2563`) is a number, as Excel reads it.
          const source = valueAt(sourceGrid, `${letter}${sourceRow}`);
          const expected = sourceGrid.untyped && field !== 'code' && typeof source === 'string' && /^-?\d+(\.\d+)?$/.test(source) ? Number(source) : source;
          expect([name, row[0], field, row[column] ?? null]).toEqual([name, row[0], field, expected]);
          traced++;
        }
      }
    }
    expect(traced).toBeGreaterThan(60);
  });

  it('lists a project whose fields differ between files, each value with its source, and a report given twice', () => {
    const budget = json.conflicts.find((c) => c.kind === 'project-field' && c.code === '03000000-2441' && c.field === 'budget')!;
    expect(budget.values.map((v) => [v.value, relative(folder, v.sources[0].file)])).toEqual([
      // Files are read in name order: parks.csv comes first, so its row is the one kept.
      ['1,980,000', FILES.parks], [1918000, FILES.works],
    ]);
    const twice = json.conflicts.find((c) => c.kind === 'duplicate-report' && c.code === '03000000-2441')!;
    expect(twice.values[0].sources.map((s) => relative(folder, s.file))).toEqual([FILES.works, FILES.parksNoBom]);
  });

  it('validates the consolidated tables and names the source file and cell of each finding', () => {
    const zero = json.issues.find((i) => i.rule === 'completed-without-disbursement')!;
    expect(zero.source).toEqual({ file: join(folder, FILES.works), sheet: 'รายงาน', row: 4, cell: 'E4' });
    expect(result.code).toBe(1);
  });

  it('summarises per agency: the first part of the agency path, budgets as read', () => {
    expect(json.agencies.map((a) => [a.agency, a.projects, a.budget])).toEqual([
      ['สำนักการโยธา', 4, 1980000 + 2400000 + 1918000 + 3500000],
      ['สำนักการระบายน้ำ', 2, 8000000],
      ['สำนักวัฒนธรรม', 1, 800000],
      ['สำนักสิ่งแวดล้อม', 1, 1200000],
    ]);
  });

  it('reads a printed form and a typed form as one project each, and the checker still sees their quirks', () => {
    const printed = join(folder, FILES.printed);
    const form = json.sources.find((s) => s.file === join(folder, FILES.form))!;
    expect(form.sheets.map((s) => [s.sheet, s.kind])).toEqual([['แบบฟอร์ม', 'form']]);
    expect(json.sources.find((s) => s.file === printed)!.sheets.map((s) => s.kind)).toEqual(['printed-form']);
    // Report 2's text names report 1: label-mismatch, traced to the printout's line 13.
    const mismatch = json.issues.find((i) => i.rule === 'label-mismatch' && i.source?.file === printed)!;
    expect(mismatch.source).toEqual({ file: printed, row: 13 });
    // `2020-3-18` among BE dates.
    expect(json.issues.some((i) => i.rule === 'mixed-date-format' && i.sheet === OUTPUT_SHEETS.en.reports)).toBe(true);
    // Its per-period amounts sum to its cumulative disbursement: no missing-disbursement finding.
    expect(json.issues.filter((i) => i.source?.file === printed).map((i) => i.rule)).not.toContain('missing-disbursement');
  });

  it('keeps text that looks like a formula as text', async () => {
    const sheets = await partPaths(new Uint8Array(readFileSync(out)));
    const projectsXml = await partText(new Uint8Array(readFileSync(out)), 'xl/worksheets/sheet1.xml');
    expect(sheets).toContain('xl/charts/chart1.xml');
    expect(projectsXml).not.toMatch(/<f>/);
    const output = await readWorkbook(new Uint8Array(readFileSync(out)), 'master.xlsx');
    const names = output.find((g) => g.sheet === OUTPUT_SHEETS.en.projects)!.values.map((row) => row[1]);
    expect(names).toContain('=HYPERLINK("x") ประเพณีลอยกระทง');
  });

  it('writes a chart of budget against disbursed per agency, reading the Summary cells', async () => {
    const chart = await partText(new Uint8Array(readFileSync(out)), 'xl/charts/chart1.xml');
    expect(chart).toContain(`<c:f>'Summary'!$A$3:$A$6</c:f>`);
    expect(chart).toContain(`<c:f>'Summary'!$C$3:$C$6</c:f>`);
    expect(chart).toContain('<c:v>สำนักการโยธา</c:v>');
    expect([...chart.matchAll(/<c:ser>/g)]).toHaveLength(2);
    const summarySheet = await partText(new Uint8Array(readFileSync(out)), 'xl/worksheets/sheet3.xml');
    expect(summarySheet).toMatch(/<drawing r:id="rId\d+"\/>/);
  });

  it('the next month: says which files are new, changed and missing, and which rows changed per agency', async () => {
    const copy = await writeAgencyFolder(join(root, 'next-month'));
    const master = join(root, 'next-month', 'master.xlsx');
    expect((await cli('consolidate', copy, '--out', master)).code).toBe(1);

    // A month on: the parks' reports revised (report 1 changed, report 2 added), culture's file gone, a new agency.
    writeFileSync(join(copy, FILES.parksNoBom), [
      'ความก้าวหน้า (%),รายงานครั้งที่,รหัสโครงการ,วันที่รายงาน,เบิกจ่ายสะสม (บาท)',
      '20,1,03000000-2601,31/10/2562,100000',
      '40,2,03000000-2441,30/11/2562,500000',
      '35,2,03000000-2601,30/11/2562,300000',
    ].join('\n'));
    rmSync(join(copy, FILES.culture));
    const added = join(copy, 'health.csv');
    writeFileSync(added, 'รหัสโครงการ,ชื่อโครงการ,ปีงบประมาณ,หน่วยงานที่รับผิดชอบ,เริ่มต้นโครงการ,สิ้นสุดโครงการ,งบประมาณที่ได้รับ (บาท)\n03000000-2801,ตรวจสุขภาพผู้สูงอายุ,2563,สำนักอนามัย,1/10/2562,30/9/2563,500000\n');

    const again = await cli('consolidate', copy, '--out', master, '--force', '--format', 'json', '--lang', 'en');
    const changes = (JSON.parse(again.stdout.join('\n')) as JsonResult).changes!;
    expect(changes.files).toEqual({ added: [added], changed: [join(copy, FILES.parksNoBom)], missing: [join(copy, FILES.culture)], unchanged: 5 });
    expect(changes.agencies.map(({ agency, added: a, changed, removed }) => [agency, a, changed, removed])).toEqual([
      ['สำนักวัฒนธรรม', 0, 0, 1],
      ['สำนักสิ่งแวดล้อม', 1, 1, 0],
      ['สำนักอนามัย', 1, 0, 0],
    ]);
  });

  it('exits 2 with one line when nothing usable is found, and writes nothing', async () => {
    const empty = join(root, 'empty.csv');
    writeFileSync(empty, 'a,b\n1,2\n');
    const target = join(root, 'nothing.xlsx');
    const none = await cli('consolidate', empty, '--out', target);
    expect(none.code).toBe(2);
    expect(none.stderr).toEqual(['report-checker: nothing to consolidate: none of the 1 file holds a project or report table, a standard form or a printed form']);
    expect(existsSync(target)).toBe(false);
  });

  it('does not read its own output back when it sits in the folder, and refuses to replace a file it did not write', async () => {
    const inside = join(folder, 'master-inside.xlsx');
    await cli('consolidate', folder, '--out', inside, '--lang', 'en');
    const again = await cli('consolidate', folder, '--out', inside, '--force', '--format', 'json', '--lang', 'en');
    const sources = (JSON.parse(again.stdout.join('\n')) as JsonResult).sources.map((s) => s.file);
    expect(sources).not.toContain(inside);
    rmSync(inside);
    const foreign = join(root, 'foreign.xlsx');
    writeFileSync(foreign, readFileSync(join(folder, FILES.works)));
    const refused = await cli('consolidate', folder, '--out', foreign, '--force');
    expect(refused.code).toBe(2);
    expect(refused.stderr.at(-1)).toMatch(/exists and is not a consolidated workbook/);
  });
});

