import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
/// <reference types="office-js" />
import { createSimulatedExcel } from '../../src/devhost';
import { createExcelChecker } from '../../src/excel';
import { workbookModelFromXlsx, workbookModelToXlsx } from '../../src/xlsx/host-workbook';
import { GENERATED_SHEETS_NAMESPACE, parseGeneratedSheets } from '../../src/xlsx/package/generated-sheets-record';
import { loadBack, partText } from '../xlsx/fixtures';
import { cli, sha256, sheetNames } from '../helpers/cli';

/**
 * `report-checker fill` end to end on the sample workbook: a copy with one form sheet per
 * project, the input untouched, exit codes as validate's, one line for every mistake.
 */

const SAMPLE = join(__dirname, '../../samples/bma-projects-2563.xlsx');
/** The sample's projects whose data has error-level findings (README, "The sample workbook"). */
const WITH_ERRORS = ['03000000-2448', '03000000-2451', '03000000-2455', '03000000-2456'];

let folder: string;
beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'report-checker-fill-'));
});


describe('report-checker fill', () => {
  it('fills one project into a copy, leaves the input as it was, and says what it wrote (exit 0)', async () => {
    const before = sha256(SAMPLE);
    const out = join(folder, 'one.xlsx');
    const result = await cli('fill', SAMPLE, '--project', '03000000-2457', '--out', out, '--lang', 'en');
    expect(result).toEqual({ code: 0, stdout: [`1 form sheet written to ${out}: แบบฟอร์ม 03000000-2457`], stderr: [] });
    expect(sha256(SAMPLE)).toBe(before);
    expect(await sheetNames(out)).toEqual(['โครงการ', 'รายงานความก้าวหน้า', 'แบบฟอร์ม 03000000-2457']);
  });

  it('fills every project with --all, warns in one line per project with error findings, and exits 1', async () => {
    const out = join(folder, 'all.xlsx');
    const result = await cli('fill', SAMPLE, '--all', '--out', out, '--lang', 'en');
    expect(result.code).toBe(1);
    expect(result.stdout).toEqual([`20 form sheets written to ${out}: แบบฟอร์ม 03000000-2441 … แบบฟอร์ม 03000000-2460`]);
    expect(result.stderr).toHaveLength(WITH_ERRORS.length);
    result.stderr.forEach((line, i) => {
      expect(line).toMatch(new RegExp(`^warning: project ${WITH_ERRORS[i]} has 1 error-level finding \\([a-z-]+\\); its form shows the data as it is`));
      expect(line).not.toContain('\n');
    });
    const names = await sheetNames(out);
    expect(names).toHaveLength(22);
    expect(names.slice(2)).toEqual(Array.from({ length: 20 }, (_, i) => `แบบฟอร์ม 03000000-${2441 + i}`));
  });

  it('a filled copy validates as its source does: the forms are not read as tables', async () => {
    const out = join(folder, 'revalidate.xlsx');
    await cli('fill', SAMPLE, '--all', '--out', out, '--lang', 'en');
    const json = async (path: string) => {
      const result = await cli('validate', path, '--format', 'json');
      return JSON.parse(result.stdout.join('')) as { files: { tables: { sheet: string }[]; issues: unknown[] }[] };
    };
    const [source, filled] = [await json(SAMPLE), await json(out)];
    expect(filled.files[0].tables.map((table) => table.sheet)).toEqual(['โครงการ', 'รายงานความก้าวหน้า']);
    expect(filled.files[0].issues).toEqual(source.files[0].issues);
  }, 30_000);

  it('speaks Thai by default', async () => {
    const result = await cli('fill', SAMPLE, '--project', '03000000-2455', '--out', join(folder, 'th.xlsx'));
    expect(result.code).toBe(1);
    expect(result.stdout[0]).toMatch(/^เขียนแบบฟอร์ม 1 ชีตลงใน .*: แบบฟอร์ม 03000000-2455$/);
    expect(result.stderr[0]).toMatch(/^คำเตือน: โครงการ 03000000-2455 มีข้อผิดพลาด 1 รายการ \(spent-exceeds-budget\)/);
  });

  it('replaces its own forms when the copy is filled again, with --force for the existing file', async () => {
    const first = join(folder, 'again.xlsx');
    await cli('fill', SAMPLE, '--project', '03000000-2457,03000000-2441', '--out', first);
    const second = join(folder, 'again-2.xlsx');
    const result = await cli('fill', first, '--project', '03000000-2457', '--project', '03000000-2460', '--out', second, '--lang', 'en');
    expect(result.stdout).toEqual([`2 form sheets written to ${second} (1 replacing earlier ones): แบบฟอร์ม 03000000-2457, แบบฟอร์ม 03000000-2460`]);
    expect(await sheetNames(second)).toEqual(['โครงการ', 'รายงานความก้าวหน้า', 'แบบฟอร์ม 03000000-2457', 'แบบฟอร์ม 03000000-2441', 'แบบฟอร์ม 03000000-2460']);
  });

  it('lists the findings beside the form with --findings', async () => {
    const out = join(folder, 'findings.xlsx');
    await cli('fill', SAMPLE, '--project', '03000000-2455', '--out', out, '--findings', '--lang', 'en');
    const data = new Uint8Array(readFileSync(out));
    const sheet = await partText(data, 'xl/worksheets/sheet3.xml');
    expect(sheet).toContain('Findings for this project (outside the print area)');
    expect(sheet).toContain('spent-exceeds-budget');
  });

  it('fills from a CSV file', async () => {
    const csv = join(folder, 'flat.csv');
    writeFileSync(csv, 'รหัสโครงการ,ชื่อโครงการ,ปีงบประมาณ,เริ่มต้นโครงการ,สิ้นสุดโครงการ,งบประมาณที่ได้รับ,รายงานครั้งที่,วันที่รายงาน,ความก้าวหน้า (%),เบิกจ่ายสะสม\n'
      + '03000000-2441,"=HYPERLINK(""http://example.com"")",2563,1/10/2562,30/9/2563,100000,1,19/10/2562,10,0\n');
    const out = join(folder, 'from-csv.xlsx');
    const result = await cli('fill', csv, '--all', '--out', out, '--lang', 'en');
    expect(result.code).toBe(0);
    const data = new Uint8Array(readFileSync(out));
    const form = await partText(data, 'xl/worksheets/sheet2.xml');
    expect(form).toContain('<t xml:space="preserve">=HYPERLINK(&quot;http://example.com&quot;)</t>');
    expect(form).not.toMatch(/<f[\s>]/);
  });
});

describe('report-checker fill over forms the task pane filled (its record: the very hidden sheet ReportChecker.Forms)', () => {
  /** The sample opened in the simulated host, `codes` filled from the pane, `edit` made by the user, saved as .xlsx. */
  async function paneFilled(file: string, codes: string[], edit?: (context: Excel.RequestContext) => void): Promise<string> {
    const host = createSimulatedExcel(await workbookModelFromXlsx(new Uint8Array(readFileSync(SAMPLE)), 'bma-projects-2563.xlsx'));
    const forms = createExcelChecker(host).forms!;
    await forms.fill({ codes });
    if (edit) {
      await host.Excel.run(async (context) => {
        edit(context);
        await context.sync();
      });
    }
    const path = join(folder, file);
    writeFileSync(path, await workbookModelToXlsx(host.model));
    return path;
  }

  /** The sheets the command line's record (its custom XML part) lists. */
  async function commandLineRecord(path: string): Promise<string[]> {
    const data = new Uint8Array(readFileSync(path));
    const xml = await partText(data, 'customXml/item1.xml');
    expect(xml).toContain(GENERATED_SHEETS_NAMESPACE);
    return (parseGeneratedSheets(xml) ?? []).map((sheet) => sheet.name);
  }

  it('replaces a form the pane filled where it stands, under its name, and records the pane\'s forms as its own', async () => {
    const filled = await paneFilled('pane-filled.xlsx', ['03000000-2457', '03000000-2441']);
    expect(await sheetNames(filled)).toEqual(['โครงการ', 'รายงานความก้าวหน้า', 'แบบฟอร์ม 03000000-2457', 'แบบฟอร์ม 03000000-2441', 'ReportChecker.Forms']);
    const out = join(folder, 'pane-filled-again.xlsx');
    const result = await cli('fill', filled, '--project', '03000000-2457', '--project', '03000000-2460', '--out', out, '--lang', 'en');
    expect(result.stdout).toEqual([`2 form sheets written to ${out} (1 replacing earlier ones): แบบฟอร์ม 03000000-2457, แบบฟอร์ม 03000000-2460`]);
    expect(await sheetNames(out)).toEqual(['โครงการ', 'รายงานความก้าวหน้า', 'แบบฟอร์ม 03000000-2457', 'แบบฟอร์ม 03000000-2441', 'ReportChecker.Forms', 'แบบฟอร์ม 03000000-2460']);
    // Its own record keeps the pane's other form beside the ones it wrote; the pane's record is left as it was.
    expect(await commandLineRecord(out)).toEqual(['แบบฟอร์ม 03000000-2441', 'แบบฟอร์ม 03000000-2457', 'แบบฟอร์ม 03000000-2460']);
    const third = join(folder, 'pane-filled-third.xlsx');
    const again = await cli('fill', out, '--project', '03000000-2441', '--out', third, '--lang', 'en');
    expect(again.stdout).toEqual([`1 form sheet written to ${third} (1 replacing earlier ones): แบบฟอร์ม 03000000-2441`]);
    expect(await sheetNames(third)).toEqual(await sheetNames(out));
  }, 30_000);

  it("leaves a pane's form whose A1 the user retyped, or that the user renamed: the new forms take their own names", async () => {
    const filled = await paneFilled('pane-filled-edited.xlsx', ['03000000-2457', '03000000-2441'], (context) => {
      context.workbook.worksheets.getItem('แบบฟอร์ม 03000000-2457').getRange('A1').values = [['แบบฟอร์มที่แก้เอง']];
      context.workbook.worksheets.getItem('แบบฟอร์ม 03000000-2441').name = 'ส่งแล้ว 2441';
    });
    const out = join(folder, 'pane-filled-edited-again.xlsx');
    const result = await cli('fill', filled, '--project', '03000000-2457,03000000-2441', '--out', out, '--lang', 'en');
    expect(result.stdout).toEqual([`2 form sheets written to ${out}: แบบฟอร์ม 03000000-2457 (2), แบบฟอร์ม 03000000-2441`]);
    expect(await sheetNames(out)).toEqual([
      'โครงการ', 'รายงานความก้าวหน้า', 'แบบฟอร์ม 03000000-2457', 'ส่งแล้ว 2441', 'ReportChecker.Forms', 'แบบฟอร์ม 03000000-2457 (2)', 'แบบฟอร์ม 03000000-2441',
    ]);
  }, 30_000);
});

describe('report-checker fill --forms-only', () => {
  it('writes the standard forms as a workbook of their own: the same cells, merges and page setup as in the filled copy', async () => {
    const copy = join(folder, 'copy-for-export.xlsx');
    const alone = join(folder, 'forms-alone.xlsx');
    await cli('fill', SAMPLE, '--project', '03000000-2441,03000000-2457', '--out', copy, '--lang', 'en');
    const result = await cli('fill', SAMPLE, '--project', '03000000-2441,03000000-2457', '--forms-only', '--out', alone, '--lang', 'en');
    expect(result).toEqual({ code: 0, stdout: [`2 form sheets written to ${alone}: แบบฟอร์ม 03000000-2441, แบบฟอร์ม 03000000-2457`], stderr: [] });
    expect(await sheetNames(alone)).toEqual(['แบบฟอร์ม 03000000-2441', 'แบบฟอร์ม 03000000-2457']);

    const [fromCopy, fromAlone] = await Promise.all([copy, alone].map((path) => loadBack(new Uint8Array(readFileSync(path)))));
    for (const name of ['แบบฟอร์ม 03000000-2441', 'แบบฟอร์ม 03000000-2457']) {
      const expected = fromCopy.getWorksheet(name)!;
      const actual = fromAlone.getWorksheet(name)!;
      const cells = (sheet: typeof actual) => {
        const seen: string[] = [];
        sheet.eachRow({ includeEmpty: false }, (row) => row.eachCell({ includeEmpty: false }, (cell) => {
          seen.push(`${cell.address}=${JSON.stringify(cell.value)}|${cell.numFmt ?? ''}|${cell.font?.name ?? ''}|${cell.font?.size ?? ''}|${cell.font?.bold ?? false}`);
        }));
        return seen;
      };
      expect(cells(actual).length).toBeGreaterThan(20);
      expect(cells(actual)).toEqual(cells(expected));
      expect(actual.model.merges.sort()).toEqual(expected.model.merges.sort());
      expect(actual.pageSetup).toMatchObject({
        paperSize: expected.pageSetup.paperSize,
        orientation: 'portrait',
        fitToWidth: 1,
        printArea: expected.pageSetup.printArea,
        printTitlesRow: expected.pageSetup.printTitlesRow,
      });
      expect(actual.pageSetup.printArea).toBeTruthy();
    }
  });

  it('validate does not read the exported forms as a table, and says so in one line rather than reporting nothing', async () => {
    const alone = join(folder, 'forms-revalidate.xlsx');
    await cli('fill', SAMPLE, '--project', '03000000-2441', '--forms-only', '--out', alone, '--lang', 'en');
    const result = await cli('validate', alone, '--lang', 'en');
    expect(result).toEqual({ code: 2, stdout: [], stderr: [expect.stringMatching(/^report-checker: .*forms-revalidate\.xlsx: no table with recognisable headers/)] });
  });
});

describe('report-checker fill — mistakes are one line and exit 2, and nothing is written', () => {
  it.each([
    [['--project', '03000000-9999'], /^report-checker: project 03000000-9999 is not in .*bma-projects-2563\.xlsx \(its projects: 03000000-2441, 03000000-2442, 03000000-2443, … 20 in all\)$/],
    [[], /^report-checker: fill needs --project CODE \(repeatable\) or --all$/],
    [['--all', '--project', '03000000-2441'], /^report-checker: give either --project CODE or --all, not both$/],
    [['--all', '--template', 'แบบของสำนัก'], /^report-checker: --template แบบของสำนัก: .*bma-projects-2563\.xlsx has no sheet of that name \(its sheets: โครงการ, รายงานความก้าวหน้า\), and it is not an \.xlsx file$/],
    [['--all', '--template', 'template.xlsx'], /^report-checker: --template template\.xlsx: no such file, and .* has no sheet of that name$/],
    [['--all', '--lang', 'fr'], /^report-checker: --lang must be th or en, not fr$/],
    [['--all', '--forms-only', '--template', 'template.xlsx'], /^report-checker: --forms-only writes the standard forms alone; a custom template is filled into a copy/],
  ])('%j', async (args, message) => {
    const out = join(folder, `mistake-${Math.random().toString(36).slice(2)}.xlsx`);
    const result = await cli('fill', SAMPLE, ...args, '--out', out);
    expect(result.code).toBe(2);
    expect(result.stdout).toEqual([]);
    expect(result.stderr).toHaveLength(1);
    expect(result.stderr[0]).toMatch(message);
    expect(existsSync(out)).toBe(false);
  });

  it('needs --out, and refuses the input itself or an existing file without --force', async () => {
    expect((await cli('fill', SAMPLE, '--all')).stderr).toEqual(['report-checker: fill needs --out OUT.xlsx (the input is never changed)']);
    const itself = await cli('fill', SAMPLE, '--all', '--out', SAMPLE);
    expect(itself.code).toBe(2);
    expect(itself.stderr[0]).toMatch(/is the input file/);
    const existing = join(folder, 'existing.xlsx');
    writeFileSync(existing, 'keep me');
    const refused = await cli('fill', SAMPLE, '--all', '--out', existing);
    expect(refused.code).toBe(2);
    expect(refused.stderr[0]).toMatch(/already exists: add --force/);
    expect(readFileSync(existing, 'utf8')).toBe('keep me');
  });

  it('says plainly when the file cannot be read', async () => {
    const broken = join(folder, 'broken.xlsx');
    writeFileSync(broken, 'not a workbook');
    const result = await cli('fill', broken, '--all', '--out', join(folder, 'never.xlsx'));
    expect(result.code).toBe(2);
    expect(result.stderr).toHaveLength(1);
    expect(result.stderr[0]).toMatch(/^report-checker: /);
  });
});
