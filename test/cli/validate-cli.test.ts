import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../src/cli/main';
import { workbookBytes } from '../xlsx/fixtures';

/**
 * The CLI end to end on files: --map and the config's "headers" map a column the header alone
 * does not name, and a workbook whose disbursement is not found says which rules did not run.
 */

const HEADER = ['รหัสโครงการ', 'ชื่อโครงการ', 'ปีงบประมาณ', 'เริ่มต้นโครงการ', 'สิ้นสุดโครงการ', 'งบประมาณที่ได้รับ',
  'รายงานครั้งที่', 'วันที่รายงาน', 'ความก้าวหน้า (%)', 'ยอดที่จ่ายไปแล้วตามใบสำคัญ'];
const PROJECT = ['03000000-2441', 'โครงการปรับปรุงถนน', 2563, '1/10/2562', '30/9/2563', 1_000_000];

let folder: string;
let workbook: string;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'report-checker-cli-'));
  workbook = join(folder, 'agency.xlsx');
  writeFileSync(workbook, await workbookBytes((book) => {
    const sheet = book.addWorksheet('ผลการดำเนินงาน');
    sheet.addRow(HEADER);
    sheet.addRow([...PROJECT, 1, '30/11/2562', 40, 0]);
    sheet.addRow([...PROJECT, 2, '31/12/2562', 100, 0]);
  }));
});

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await run(args, { stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; } });
  return { code, stdout, stderr };
}

interface JsonResult {
  files: { tables: { columns: Record<string, string>; headers: { column: string; recognition: string }[]; rules: { run: string[]; notRun: { rule: string; missing?: string[][] }[] } }[]; issues: { rule: string; severity: string; message: { en: string } }[] }[];
}

async function json(...args: string[]): Promise<JsonResult> {
  const result = await cli('validate', workbook, '--format', 'json', ...args);
  expect(result.stderr).toBe('');
  return JSON.parse(result.stdout) as JsonResult;
}

const rulesOf = (result: JsonResult) => result.files[0].issues.map((issue) => issue.rule);

describe('report-checker validate with column mappings', () => {
  it('says which rules did not run when no column holds the disbursement', async () => {
    const result = await json();
    expect(rulesOf(result)).not.toContain('completed-without-disbursement');
    const notRun = result.files[0].issues.find((issue) => issue.rule === 'rules-not-run');
    expect(notRun?.severity).toBe('warning');
    expect(notRun?.message.en).toMatch(/^Disbursement was not found on sheet "ผลการดำเนินงาน": \d+ rules needing it were not run \(.*completed-without-disbursement.*\)/);
    const table = result.files[0].tables[0];
    expect(table.rules.notRun).toContainEqual({ rule: 'completed-without-disbursement', reason: 'missing-column', missing: [['disbursedToDate', 'disbursedInPeriod']] });
    expect(table.rules.run).toContain('progress-decrease');
  });

  it('--map "SHEET!COLUMN=field" maps the column, and the money rules speak', async () => {
    const result = await json('--map', 'ผลการดำเนินงาน!J=disbursedToDate');
    expect(rulesOf(result)).toContain('completed-without-disbursement');
    expect(rulesOf(result)).toContain('progress-without-disbursement');
    expect(rulesOf(result)).not.toContain('rules-not-run');
    expect(result.files[0].tables[0].columns.disbursedToDate).toBe('J');
    expect(result.files[0].tables[0].headers.find((h) => h.column === 'J')?.recognition).toBe('user');
  });

  it('the config file\'s "headers" is an agency\'s vocabulary, applied before recognition', async () => {
    const config = join(folder, 'agency-vocabulary.json');
    writeFileSync(config, JSON.stringify({ headers: { ' ยอดที่จ่ายไปแล้ว ตามใบสำคัญ ': 'disbursedToDate' } }));
    const result = await json('--config', config);
    expect(rulesOf(result)).toContain('completed-without-disbursement');
    expect(result.files[0].tables[0].headers.find((h) => h.column === 'J')?.recognition).toBe('vocabulary');
  });

  it('refuses a malformed --map, an unknown field and an unknown sheet in one line (exit 2)', async () => {
    for (const [map, message] of [
      ['J=disbursedToDate', /should be SHEET!COLUMN=field/],
      ['ผลการดำเนินงาน!J=disbursed', /unknown field "disbursed"/],
      ['ผลการดำเนินงาน!XFE=budget', /not a column letter/],
      ['Reports!J=disbursedToDate', /--map names sheet "Reports", which .* has \(sheets: ผลการดำเนินงาน\)/],
    ] as const) {
      const result = await cli('validate', workbook, '--map', map);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(message);
      expect(result.stderr.split('\n')).toHaveLength(1);
    }
  });

  it('a config "headers" entry naming no field is a one-line error', async () => {
    const config = join(folder, 'bad-vocabulary.json');
    writeFileSync(config, JSON.stringify({ headers: { 'ยอดที่จ่าย': 'paid' } }));
    const result = await cli('validate', workbook, '--config', config);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^report-checker: invalid config file .*headers\.ยอดที่จ่าย/);
  });

  it('the text report lists what was not checked above the summary', async () => {
    const result = await cli('validate', workbook, '--lang', 'en');
    const lines = result.stdout.split('\n');
    const heading = lines.indexOf('Not checked:');
    expect(heading).toBeGreaterThan(0);
    expect(lines[heading + 1]).toMatch(/^ {2}Disbursement was not found/);
    expect(lines[lines.length - 1]).toMatch(/^\d+ errors?, \d+ warnings?, \d+ info$/);
  });
});
