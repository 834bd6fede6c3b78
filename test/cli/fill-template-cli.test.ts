import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { buildSampleWorkbook } from '../../src/xlsx/sample';
import { loadBack } from '../xlsx/fixtures';
import { drawTemplate, TEMPLATE_SHEET } from '../xlsx/template/template-fixtures';
import { cli, sha256, sheetNames } from '../helpers/cli';

/**
 * `report-checker fill --template SHEET|TEMPLATE.xlsx` end to end: the sample workbook with an
 * agency's template sheet added, and the same template as a workbook of its own. The input is never
 * changed; a template with a mistake is one line, exit 2, and no output file.
 */

let folder: string;
let agency: string;
let templateFile: string;

async function saveWorkbook(path: string, edit: (workbook: ExcelJS.Workbook) => void, from?: Uint8Array): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  if (from) await workbook.xlsx.load(from as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  edit(workbook);
  writeFileSync(path, new Uint8Array(await workbook.xlsx.writeBuffer()));
}

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'report-checker-fill-template-'));
  const sample = await buildSampleWorkbook();
  agency = join(folder, 'agency.xlsx');
  await saveWorkbook(agency, (workbook) => drawTemplate(workbook.addWorksheet(TEMPLATE_SHEET)), sample);
  templateFile = join(folder, 'แบบของสำนัก.xlsx');
  await saveWorkbook(templateFile, (workbook) => {
    workbook.addWorksheet('คำอธิบาย').getCell('A1').value = 'กรอกด้วย report-checker fill';
    drawTemplate(workbook.addWorksheet('แบบ'));
  });
}, 30_000);


describe('report-checker fill --template', () => {
  it('fills a sheet of the file for one project into a copy, the input unchanged byte for byte (exit 0)', async () => {
    const before = sha256(agency);
    const out = join(folder, 'one.xlsx');
    const result = await cli('fill', agency, '--project', '03000000-2457', '--template', TEMPLATE_SHEET, '--out', out, '--lang', 'en');
    expect(result).toEqual({ code: 0, stdout: [`1 form sheet written to ${out}: แม่แบบ 03000000-2457`], stderr: [] });
    expect(sha256(agency)).toBe(before);
    expect(await sheetNames(out)).toEqual(['โครงการ', 'รายงานความก้าวหน้า', TEMPLATE_SHEET, 'แม่แบบ 03000000-2457']);
    const sheet = (await loadBack(new Uint8Array(readFileSync(out)))).getWorksheet('แม่แบบ 03000000-2457')!;
    expect(sheet.getCell('B2').value).toBe('03000000-2457');
    expect(sheet.getCell('A10').value).toBe(1);
  });

  it('fills every project with --all and exits 1 when some have error-level findings', async () => {
    const out = join(folder, 'all.xlsx');
    const result = await cli('fill', agency, '--all', '--template', TEMPLATE_SHEET, '--out', out, '--lang', 'en');
    expect(result.code).toBe(1);
    expect(result.stdout).toEqual([`20 form sheets written to ${out}: แม่แบบ 03000000-2441 … แม่แบบ 03000000-2460`]);
    expect(result.stderr.every((line) => line.startsWith('warning: project '))).toBe(true);
    expect(await sheetNames(out)).toHaveLength(23);
  });

  it('fills the first sheet with placeholders of a template workbook (TEMPLATE.xlsx)', async () => {
    const before = sha256(templateFile);
    const out = join(folder, 'from-workbook.xlsx');
    const result = await cli('fill', agency, '--project', '03000000-2457,03000000-2441', '--template', templateFile, '--out', out, '--lang', 'en');
    expect(result.code).toBe(0);
    expect(result.stdout).toEqual([`2 form sheets written to ${out}: แบบ 03000000-2457, แบบ 03000000-2441`]);
    expect(sha256(templateFile)).toBe(before);
  });

  describe('a template with a mistake is one line, exit 2, and no output file', () => {
    it.each<[string, (sheet: ExcelJS.Worksheet) => void, RegExp]>([
      ['unknown placeholder', (sheet) => {
        drawTemplate(sheet);
        sheet.getCell('C5').value = 'งบ {{budjet}}';
      }, /^report-checker: --template แม่แบบ: unknown placeholder \{\{budjet\}\} in แม่แบบ!C5 \(did you mean \{\{budget\}\}\?\)$/],
      ['no placeholders', (sheet) => {
        sheet.getCell('A1').value = 'แบบรายงาน';
      }, /^report-checker: --template แม่แบบ: sheet แม่แบบ holds no \{\{placeholders\}\}, so it is not a template$/],
      ['report field outside the repeat row', (sheet) => {
        sheet.getCell('A1').value = '{{progress}}';
      }, /^report-checker: --template แม่แบบ: \{\{progress\}\} in แม่แบบ!A1 is a report field: it belongs in the row marked \{\{#reports\}\}$/],
    ])('%s', async (name, draw, message) => {
      const file = join(folder, `bad-${name.replace(/ /g, '-')}.xlsx`);
      await saveWorkbook(file, (workbook) => draw(workbook.addWorksheet(TEMPLATE_SHEET)), await buildSampleWorkbook());
      const before = sha256(file);
      const out = join(folder, `never-${name.replace(/ /g, '-')}.xlsx`);
      const result = await cli('fill', file, '--all', '--template', TEMPLATE_SHEET, '--out', out);
      expect(result.code).toBe(2);
      expect(result.stdout).toEqual([]);
      expect(result.stderr).toHaveLength(1);
      expect(result.stderr[0]).toMatch(message);
      expect(existsSync(out)).toBe(false);
      expect(sha256(file)).toBe(before);
    });

    it('--findings has no place in a custom template', async () => {
      const out = join(folder, 'findings.xlsx');
      const result = await cli('fill', agency, '--all', '--template', TEMPLATE_SHEET, '--findings', '--out', out);
      expect(result).toEqual({ code: 2, stdout: [], stderr: ['report-checker: --findings lists the findings beside the standard form; a custom template has no place for them'] });
      expect(existsSync(out)).toBe(false);
    });
  });
});
