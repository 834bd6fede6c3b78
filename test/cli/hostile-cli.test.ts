import { linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../src/cli/main';
import { editPart, workbookBytes } from '../xlsx/fixtures';

/**
 * The hostile-input catalogue of the CLI (issue 9). Each case states the exit code, the one-line
 * message on stderr (none when the run succeeds) and a timeout of its own, so that a hang or a
 * runaway pattern fails instead of stalling the suite.
 */

const HEADER = ['รหัสโครงการ', 'ชื่อโครงการ', 'ปีงบประมาณ', 'เริ่มต้นโครงการ', 'สิ้นสุดโครงการ', 'งบประมาณที่ได้รับ',
  'รายงานครั้งที่', 'วันที่รายงาน', 'ความก้าวหน้า (%)', 'ผลการเบิกจ่ายสะสม (บาท)'];
const PROJECT = ['03000000-2441', 'โครงการปรับปรุงถนน', 2563, '1/10/2562', '30/9/2563', 1_000_000];

/**
 * A full disk, on demand: while `on`, every writeFileSync writes half of its data and fails with
 * ENOSPC, as a write does when the disk fills up mid-file.
 */
const mockFullDisk = { on: false };
jest.mock('node:fs', () => {
  const actual = jest.requireActual<typeof import('node:fs')>('node:fs');
  return {
    ...actual,
    writeFileSync(...args: Parameters<typeof actual.writeFileSync>) {
      if (!mockFullDisk.on) return actual.writeFileSync(...args);
      const [file, data] = args as [Parameters<typeof actual.writeFileSync>[0], Uint8Array];
      actual.writeFileSync(file, data.subarray(0, data.length >> 1));
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    },
  };
});

/** What a terminal would act on instead of showing (C0 but the line feed between lines, DEL, C1, bidi controls). */
// eslint-disable-next-line no-control-regex -- control characters are what this looks for in the output
const TERMINAL_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

let folder: string;
let workbook: string;
let workbookData: Uint8Array;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'report-checker-hostile-'));
  workbook = join(folder, 'agency.xlsx');
  workbookData = await workbookBytes((book) => {
    const sheet = book.addWorksheet('ผลการดำเนินงาน');
    sheet.addRow(HEADER);
    sheet.addRow([...PROJECT, 1, '30/11/2562', 40, 100_000]);
    sheet.addRow([...PROJECT, 2, '31/12/2562', 100, 0]);
  });
  writeFileSync(workbook, workbookData);
});

interface CliRun { code: number; stdout: string; stderr: string[]; ms: number }

async function cli(...args: string[]): Promise<CliRun> {
  let stdout = '';
  const stderr: string[] = [];
  const started = Date.now();
  const code = await run(args, { stdout: (t) => { stdout += t; }, stderr: (t) => { stderr.push(t); } });
  return { code, stdout, stderr, ms: Date.now() - started };
}

/** Exit 2 with exactly one stderr call of one line matching `message`, and nothing on stdout. */
function expectRefused(result: CliRun, message: RegExp): void {
  expect(result.code).toBe(2);
  expect(result.stderr).toHaveLength(1);
  expect(result.stderr[0].split('\n')).toHaveLength(1);
  expect(result.stderr[0]).toMatch(/^report-checker: /);
  expect(result.stderr[0]).toMatch(message);
  expect(result.stdout).toBe('');
}

/** A flat CSV of report rows, one per code, in a fresh file. */
function csvOf(name: string, rows: readonly (readonly (string | number)[])[]): string {
  const quote = (value: string | number) => (/[",\r\n]/.test(String(value)) ? `"${String(value).replace(/"/g, '""')}"` : String(value));
  const path = join(folder, name);
  writeFileSync(path, [HEADER, ...rows].map((row) => row.map(quote).join(',')).join('\n'));
  return path;
}

const reportRow = (code: string, reportNo = 1) => [code, 'โครงการปรับปรุงถนน', 2563, '1/10/2562', '30/9/2563', 1_000_000, reportNo, '30/11/2562', 40, 100_000];

function configFile(name: string, config: unknown): string {
  const path = join(folder, name);
  writeFileSync(path, JSON.stringify(config));
  return path;
}

describe('--out never harms a file it was not asked to write', () => {
  const outFolder = () => {
    const path = mkdtempSync(join(folder, 'out-'));
    const input = join(path, 'input.xlsx');
    writeFileSync(input, workbookData);
    return { path, input };
  };

  it('refuses a hard link to the input (same file, another name) and leaves the input as it was', async () => {
    const { path, input } = outFolder();
    const link = join(path, 'copy.xlsx');
    linkSync(input, link);
    const result = await cli('validate', input, '--out', link, '--force');
    expectRefused(result, /--out .*copy\.xlsx is the input file/);
    expect(new Uint8Array(readFileSync(input))).toEqual(workbookData);
    expect(readdirSync(path).sort()).toEqual(['copy.xlsx', 'input.xlsx']);
  }, 20_000);

  it('refuses a symbolic link to the input, with or without --force', async () => {
    const { path, input } = outFolder();
    const link = join(path, 'copy.xlsx');
    symlinkSync(input, link);
    for (const force of [[], ['--force']]) {
      expectRefused(await cli('validate', input, '--out', link, ...force), /is the input file/);
    }
    expect(new Uint8Array(readFileSync(input))).toEqual(workbookData);
  }, 20_000);

  it('refuses an existing file without --force and leaves it as it was', async () => {
    const { path, input } = outFolder();
    const existing = join(path, 'report.xlsx');
    writeFileSync(existing, 'the user\'s own file');
    expectRefused(await cli('validate', input, '--out', existing), /--out .*report\.xlsx already exists: add --force to replace it/);
    expect(readFileSync(existing, 'utf8')).toBe('the user\'s own file');
  }, 20_000);

  it('replaces an existing file with --force, leaving no temporary file behind', async () => {
    const { path, input } = outFolder();
    const existing = join(path, 'report.xlsx');
    writeFileSync(existing, 'an older copy');
    const result = await cli('validate', input, '--out', existing, '--force', '--lang', 'en');
    expect(result.stderr).toEqual([]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`annotated copy written to ${existing}`);
    expect(readFileSync(existing).subarray(0, 2).toString()).toBe('PK');
    expect(readdirSync(path).sort()).toEqual(['input.xlsx', 'report.xlsx']);
  }, 20_000);

  it('a write that fails half-way (a full disk) leaves the existing file whole and no partial file', async () => {
    const { path, input } = outFolder();
    const existing = join(path, 'report.xlsx');
    writeFileSync(existing, 'an older copy');
    mockFullDisk.on = true;
    try {
      expectRefused(await cli('validate', input, '--out', existing, '--force'), /cannot write .*report\.xlsx \(ENOSPC\); nothing was written/);
    } finally {
      mockFullDisk.on = false;
    }
    expect(readFileSync(existing, 'utf8')).toBe('an older copy');
    expect(readdirSync(path).sort()).toEqual(['input.xlsx', 'report.xlsx']);
  }, 20_000);

  it('refuses a folder as --out, and a folder that does not exist, in one line', async () => {
    const { path, input } = outFolder();
    mkdirSync(join(path, 'marked'));
    expectRefused(await cli('validate', input, '--out', join(path, 'marked'), '--force'), /--out .*marked is a folder/);
    expectRefused(await cli('validate', input, '--out', join(path, 'missing', 'copy.xlsx')), /cannot write .*copy\.xlsx \(ENOENT\)/);
    expect(readdirSync(path).sort()).toEqual(['input.xlsx', 'marked']);
  }, 20_000);
});

describe('a config file is read within bounds', () => {
  it.each([
    ['/dev/zero', /^report-checker: \/dev\/zero is a device, not a config file$/],
    ['a folder', /^report-checker: .* is a folder, not a config file$/],
  ])('%s is refused in one line without reading it', async (name, message) => {
    const path = name === 'a folder' ? folder : name;
    const result = await cli('validate', workbook, '--config', path);
    expectRefused(result, message);
    expect(result.ms).toBeLessThan(2_000);
  }, 5_000);

  it('a config file past 16 MB is refused in one line', async () => {
    const path = join(folder, 'huge.json');
    writeFileSync(path, `{"headers":{"x":"${'a'.repeat(17 * 1024 * 1024)}"}}`);
    expectRefused(await cli('validate', workbook, '--config', path), /^report-checker: config file .*huge\.json is larger than 16 MB/);
  }, 10_000);

  it('a config file saved with a byte-order mark (Notepad\'s UTF-8) is read', async () => {
    const path = join(folder, 'bom.json');
    writeFileSync(path, `\ufeff${JSON.stringify({ disabledRules: ['invalid-code'] })}`);
    const result = await cli('validate', workbook, '--config', path);
    expect(result.stderr).toEqual([]);
    expect(result.stdout).not.toContain('[invalid-code]');
  }, 10_000);
});

describe('a codePattern runs in bounded time', () => {
  // Codes that make each pattern backtrack for seconds to minutes in JavaScript's matcher.
  const slowCases: [string, string[], RegExp][] = [
    ['^(a+)+$', [`${'a'.repeat(25)}!`], /codePattern refused: nested quantifiers: \(a\+\)\+ repeats a group/],
    ['(a|a)*$', [`${'a'.repeat(25)}!`], /codePattern refused: the alternatives in \(a\|a\)\* can match the same text/],
    ['(\\d+)*-', ['1'.repeat(25)], /codePattern refused: nested quantifiers: \(\\d\+\)\*/],
    ['(.*a){20}', Array.from({ length: 20 }, (_, i) => `${'a'.repeat(19)}${'b'.repeat(30 + i)}`), /codePattern refused: nested quantifiers: \(\.\*a\)\{20\}/],
    ['^(\\d)\\1$', ['11'], /codePattern refused: the back-reference \\1/],
    ['^\\d*\\d*\\d*\\d*\\d*\\d*x$', ['1'.repeat(64)], /codePattern refused: too many ways to match/],
  ];

  it.each(slowCases)('%s is refused in one line before any code is matched', async (pattern, codes, message) => {
    const csv = csvOf('codes.csv', codes.map((code, i) => reportRow(code, i + 1)));
    const result = await cli('validate', csv, '--config', configFile('pattern.json', { codePattern: pattern }));
    expectRefused(result, message);
    expect(result.stderr[0]).toMatch(/^report-checker: invalid config file .*pattern\.json: codePattern: /);
    expect(result.ms).toBeLessThan(1_000);
  }, 5_000);

  it.each([
    ['the default', undefined, '03000000-2441', '0300-2441'],
    ['^\\d{8}-\\d{4}$', '^\\d{8}-\\d{4}$', '03000000-2441', '03000000-244'],
    ['^[0-9]{2}-[A-Z]{3}-\\d{3}$', '^[0-9]{2}-[A-Z]{3}-\\d{3}$', '12-ABC-345', '12-AB-345'],
    ['^[A-Z]+-\\d+-\\d+$', '^[A-Z]+-\\d+-\\d+$', 'BK-2563-7', 'BK-2563'],
  ])('%s pattern is accepted and tells a right code from a wrong one', async (_name, pattern, right, wrong) => {
    const csv = csvOf('codes.csv', [reportRow(right), reportRow(wrong)]);
    const args = pattern === undefined ? [] : ['--config', configFile('pattern.json', { codePattern: pattern })];
    const result = await cli('validate', csv, '--format', 'json', ...args);
    expect(result.stderr).toEqual([]);
    const issues = (JSON.parse(result.stdout) as { files: { issues: { rule: string; value?: unknown; cell: string }[] }[] }).files[0].issues;
    expect(issues.filter((issue) => issue.rule === 'invalid-code').map((issue) => issue.cell)).toEqual(['A3']);
  }, 10_000);

  it('a code longer than 64 characters is a finding of its own, and the pattern never sees it', async () => {
    const long = `BK-${'1'.repeat(5_000)}`;
    const csv = csvOf('codes.csv', [reportRow(long), reportRow('BK-1', 2)]);
    const result = await cli('validate', csv, '--format', 'json', '--config', configFile('pattern.json', { codePattern: '^BK-\\d+$' }));
    expect(result.stderr).toEqual([]);
    const issues = (JSON.parse(result.stdout) as { files: { issues: { rule: string; cell: string; message: { en: string } }[] }[] }).files[0].issues;
    const invalid = issues.filter((issue) => issue.rule === 'invalid-code');
    expect(invalid.map((issue) => issue.cell)).toEqual(['A2']);
    expect(invalid[0].message.en).toBe(`The project code "BK-${'1'.repeat(61)}…" is 5003 characters long; a project code has at most 64`);
  }, 10_000);
});

describe('what the files hold never reaches the terminal as control characters', () => {
  // ESC [2J clears the screen, ESC c resets the terminal, BEL rings, CR rewrites the line,
  // U+009B is CSI on its own, U+202E and U+2066 reorder what follows.
  const HOSTILE = '\u001b[2J\u001bc\u0007\r\u009b31m\u202e\u2066';

  it('escapes them in a CSV header, a value and a message of the text report; JSON keeps them exact', async () => {
    const header = [...HEADER.slice(0, 9), `ผลการเบิกจ่ายสะสม${HOSTILE}`, `หมายเหตุ${HOSTILE}`];
    const path = join(folder, 'controls.csv');
    const code = `0300${HOSTILE}-2441`;
    // Ordinary rows after it, as in a real file: a few control characters among many ordinary ones.
    const ordinary = Array.from({ length: 30 }, (_, i) => `03000000-2441,ถนน,2563,1/10/2562,30/9/2563,1000000,${i + 2},30/11/2562,40,0,`);
    const quoted = (fields: string[]) => fields.map((field) => `"${field}"`).join(',');
    writeFileSync(path, [quoted(header), `${quoted([code])},ถนน,2563,1/10/2562,30/9/2563,1000000,1,30/11/2562,40,0,x`, ...ordinary].join('\n'));

    const text = await cli('validate', path, '--lang', 'en');
    expect(text.stderr).toEqual([]);
    expect(text.code).toBe(1);
    expect(text.stdout).not.toMatch(TERMINAL_CONTROL);
    const codeLine = text.stdout.split('\n').find((line) => line.includes('[invalid-code]'));
    expect(codeLine).toContain('"0300\\u001b[2J\\u001bc\\u0007\\u000d\\u009b31m\\u202e\\u2066-2441"');
    expect(text.stdout).toContain('หมายเหตุ\\u001b[2J');

    const json = await cli('validate', path, '--format', 'json');
    expect(json.stdout).not.toMatch(TERMINAL_CONTROL);
    const parsed = JSON.parse(json.stdout) as { files: { tables: { headers: { text: string }[] }[]; issues: { rule: string; value?: unknown; message: { en: string } }[] }[] };
    const invalid = parsed.files[0].issues.find((issue) => issue.rule === 'invalid-code');
    expect(invalid?.message.en).toContain(`"${code}"`);
    expect(parsed.files[0].tables[0].headers.map((h) => h.text)).toContain(`หมายเหตุ${HOSTILE}`);
  }, 20_000);

  it('escapes them in an .xlsx sheet name and in cells holding NUL, ESC and CR', async () => {
    const data = await editPart(await workbookBytes((book) => {
      const sheet = book.addWorksheet('SHEET');
      sheet.addRow(HEADER);
      // Excel writes characters XML cannot hold as _xHHHH_; the reader gives them back.
      sheet.addRow(['0300_x0000__x001B_[2J_x000D_-2441', 'ถนน', 2563, '1/10/2562', '30/9/2563', 1_000_000, 1, '30/11/2562', 40, 0]);
    }), 'xl/workbook.xml', (xml) => xml.replace('name="SHEET"', 'name="รายงาน\u009b2J\u202e\u0085"'));
    const path = join(folder, 'controls.xlsx');
    writeFileSync(path, data);

    const text = await cli('validate', path, '--lang', 'en');
    expect(text.stderr).toEqual([]);
    expect(text.stdout).not.toMatch(TERMINAL_CONTROL);
    expect(text.stdout).toContain('รายงาน\\u009b2J\\u202e\\u0085!A2  [invalid-code]');
    expect(text.stdout).toContain('"0300\\u0000\\u001b[2J\\u000d-2441"');

    const json = await cli('validate', path, '--format', 'json');
    expect(json.stdout).not.toMatch(TERMINAL_CONTROL);
    const parsed = JSON.parse(json.stdout) as { files: { tables: { sheet: string }[]; issues: { rule: string; sheet: string; message: { en: string } }[] }[] };
    expect(parsed.files[0].tables[0].sheet).toBe('รายงาน\u009b2J\u202e\u0085');
    expect(parsed.files[0].issues.find((issue) => issue.rule === 'invalid-code')?.message.en).toContain('"0300\u0000\u001b[2J\r-2441"');
  }, 20_000);

  it('escapes them in one-line errors: a file name, and the sheet names a --map error lists', async () => {
    const missing = await cli('validate', join(folder, `gone\u001b]0;x\u0007.xlsx`));
    expectRefused(missing, /file not found: .*gone\\u001b\]0;x\\u0007\.xlsx$/);
    expect(missing.stderr[0]).not.toMatch(TERMINAL_CONTROL);

    const path = join(folder, 'controls.xlsx');
    const mapped = await cli('validate', path, '--map', 'Reports!A=code');
    expectRefused(mapped, /\(sheets: รายงาน\\u009b2J\\u202e\\u0085\)$/);
    expect(mapped.stderr[0]).not.toMatch(TERMINAL_CONTROL);
  }, 20_000);
});

describe('one unreadable file among several hides nothing', () => {
  let good: string;
  let damaged: string;
  let missing: string;

  beforeAll(() => {
    good = csvOf('good.csv', [reportRow('0300-2441')]);
    damaged = join(folder, 'damaged.xlsx');
    writeFileSync(damaged, workbookData.subarray(0, 300));
    missing = join(folder, 'missing.xlsx');
  });

  it('text: each unreadable file in one line on stderr, the good file\'s findings on stdout, exit 2', async () => {
    const result = await cli('validate', damaged, good, missing, '--lang', 'en');
    expect(result.code).toBe(2);
    expect(result.stderr).toEqual([
      expect.stringMatching(/^report-checker: damaged\.xlsx is damaged: /),
      expect.stringMatching(/^report-checker: file not found: .*missing\.xlsx$/),
    ]);
    const lines = result.stdout.split('\n');
    expect(lines).toContain(good);
    expect(lines.some((line) => line.includes('[invalid-code]') && line.includes('"0300-2441"'))).toBe(true);
    expect(lines.at(-2)).toBe('2 files not read');
    expect(lines.at(-1)).toMatch(/^1 error, /);
  }, 20_000);

  it('JSON: every file listed, the unreadable ones with an error field, exit 2', async () => {
    const result = await cli('validate', damaged, good, missing, '--format', 'json');
    expect(result.code).toBe(2);
    expect(result.stderr).toHaveLength(2);
    const parsed = JSON.parse(result.stdout) as { files: { file: string; error?: string; issues: { rule: string }[] }[]; summary: { error: number } };
    expect(parsed.files.map((f) => [f.file, f.error === undefined])).toEqual([[damaged, false], [good, true], [missing, false]]);
    expect(parsed.files[0].error).toMatch(/^damaged\.xlsx is damaged: /);
    expect(parsed.files[2]).toEqual({ file: missing, error: `file not found: ${missing}`, tables: [], issues: [] });
    expect(parsed.files[1].issues.map((issue) => issue.rule)).toContain('invalid-code');
    expect(parsed.summary.error).toBe(1);
  }, 20_000);

  it('a single unreadable file is still one line and nothing else', async () => {
    expectRefused(await cli('validate', damaged), /damaged\.xlsx is damaged: /);
  }, 20_000);
});

describe('very many findings', () => {
  // 150,000 findings, four a row (a wrong code, a Thai digit, a stray space, progress without
  // disbursement): spreading them into push(...) overflowed the stack past about 120,000.
  let csv: string;
  const RULES = ['invalid-code', 'thai-digits', 'stray-whitespace', 'progress-without-disbursement'];
  beforeAll(() => {
    csv = csvOf('many.csv', Array.from({ length: 37_500 }, (_, i) => [
      `P${i}`, 'ถนน', 2563, '1/10/2562', '30/9/2563', 1_000_000, '๑', '30/11/2562', '40 ', 0,
    ]));
  });

  it.each(['json', 'text'])('--format %s reports them all when the config lists them all', async (format) => {
    const config = configFile('all.json', { limits: { maxFindingsPerRule: 50_000 } });
    const result = await cli('validate', csv, '--format', format, '--lang', 'en', '--config', config);
    expect(result.stderr).toEqual([]);
    expect(result.code).toBe(1);
    if (format === 'json') {
      const parsed = JSON.parse(result.stdout) as { files: { issues: { rule: string }[] }[]; summary: Record<string, number> };
      expect(parsed.files[0].issues.length).toBeGreaterThanOrEqual(150_000);
      expect(parsed.files[0].issues.filter((issue) => issue.rule === 'too-many-findings')).toEqual([]);
    } else {
      const lines = result.stdout.split('\n');
      expect(lines.filter((line) => line.includes('[invalid-code]'))).toHaveLength(37_500);
      expect(lines.length).toBeGreaterThan(150_000);
    }
  }, 60_000);

  it('by default lists 10,000 of each rule on the sheet and counts the rest, so memory stays bounded', async () => {
    const result = await cli('validate', csv, '--format', 'json', '--lang', 'en');
    expect(result.stderr).toEqual([]);
    expect(result.code).toBe(1);
    const issues = (JSON.parse(result.stdout) as { files: { issues: { rule: string; cell: string; message: { en: string } }[] }[] }).files[0].issues;
    for (const rule of RULES) expect(issues.filter((issue) => issue.rule === rule)).toHaveLength(10_000);
    const over = issues.filter((issue) => issue.rule === 'too-many-findings');
    expect(over.map((issue) => issue.message.en.split(' ')[1]).sort()).toEqual([...RULES].sort());
    for (const issue of over) expect(issue.message.en).toMatch(/ found 37,500 problems on this sheet; only the first 10,000 are listed and marked, and 27,500 more/);
  }, 60_000);
});
