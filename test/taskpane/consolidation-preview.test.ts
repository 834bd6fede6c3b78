import { DEFAULT_CONFIG, RuleConfig } from '../../src/core/model';
import { consolidateSources, readUploadedFile, readWorkbookSheets, rereadSheet } from '../../src/taskpane/session/consolidation-reading';
import {
  columnStatus, sheetPreview, sourceRowCounts, uniqueSourceName, vocabularyConfigText, vocabularyFileName, withColumnChoice,
} from '../../src/taskpane/session/consolidation-sources';
import { workbookFromRows } from '../../src/devhost';
import { CONSOLIDATION_RECORD_SHEET } from '../../src/excel/consolidate/output-record';
import { writeConsolidatedWorkbook } from '../../src/xlsx/consolidated-workbook';
import { workbookModelToXlsx } from '../../src/xlsx/host-workbook';
import { csvText, normalizedWorkbook, utf8WithBom, windows874 } from '../consolidate/agency-files';

/** An agency's projects under its own headers: `วงเงิน` the reader only guesses, `ยอดเงินคงเหลือ` it leaves unknown. */
const OWN_ROWS = [
  ['รหัสโครงการ', 'ชื่อโครงการ', 'ปีงบประมาณ', 'หน่วยงานที่รับผิดชอบ', 'เริ่มต้นโครงการ', 'สิ้นสุดโครงการ', 'วงเงิน', 'ยอดเงิน'],
  ['03000000-2601', 'ปรับปรุงสวนลุมพินี', 2563, 'สำนักสิ่งแวดล้อม', '1/10/2562', '30/9/2563', '1,200,000.-', '1,150,000'],
  ['03000000-2602', 'ปลูกต้นไม้ริมถนน', 2563, 'สำนักสิ่งแวดล้อม', '1/10/2562', '30/9/2563', '800,000', '780,000'],
];
const OWN_HEADERS = csvText(OWN_ROWS);

const statuses = (preview: ReturnType<typeof sheetPreview>) =>
  preview.tables[0].headers.map((header) => [header.text, header.field ?? null, columnStatus(header.recognition, header.field)]);

describe('the mapping preview of consolidation sources', () => {
  it('shows every column of a source as recognised, guessed or unknown, as the header recognition read it', async () => {
    const source = await readUploadedFile('s1', 'parks.csv', utf8WithBom(OWN_HEADERS), DEFAULT_CONFIG);
    expect(source.error).toBeUndefined();
    expect(source.sha256).toMatch(/^[0-9a-f]{64}$/);
    const preview = sheetPreview(source.sheets[0]);
    expect(preview).toMatchObject({ sheet: 'parks', kind: 'table', projects: 2, reports: 0 });
    expect(statuses(preview)).toEqual([
      ['รหัสโครงการ', 'code', 'recognised'],
      ['ชื่อโครงการ', 'name', 'recognised'],
      ['ปีงบประมาณ', 'fiscalYear', 'recognised'],
      ['หน่วยงานที่รับผิดชอบ', 'agency', 'recognised'],
      ['เริ่มต้นโครงการ', 'startDate', 'recognised'],
      ['สิ้นสุดโครงการ', 'endDate', 'recognised'],
      ['วงเงิน', 'budget', 'guessed'],
      ['ยอดเงิน', null, 'unknown'],
    ]);
    // The unknown column's likely fields come first in its dropdown.
    expect(preview.tables[0].headers[7].candidates).toEqual(expect.arrayContaining(['budget', 'spent']));
  });

  it('reads a sheet again under the user’s correction: the column’s values reach the rows, and its status is the user’s choice', async () => {
    const source = await readUploadedFile('s1', 'parks.csv', utf8WithBom(OWN_HEADERS), DEFAULT_CONFIG);
    const [sheet] = source.sheets;
    expect(sheet.reading.records.projects.map((row) => row.values.spent)).toEqual([undefined, undefined]);

    const corrected = rereadSheet(sheet, source.file, DEFAULT_CONFIG, withColumnChoice(sheet.override, 'H', 'spent'));
    expect(corrected.override).toEqual({ columns: { H: 'spent' } });
    // As the CSV holds them: the checker still sees `1,150,000` as written.
    expect(corrected.reading.records.projects.map((row) => [row.values.spent, row.cells?.spent])).toEqual([['1,150,000', 'H2'], ['780,000', 'H3']]);
    expect(statuses(sheetPreview(corrected))[7]).toEqual(['ยอดเงิน', 'spent', 'chosen']);

    // Setting a column to "not mapped" takes its field away again.
    const unmapped = rereadSheet(corrected, source.file, DEFAULT_CONFIG, withColumnChoice(corrected.override, 'G', null));
    expect(statuses(sheetPreview(unmapped))[6]).toEqual(['วงเงิน', null, 'unknown']);
    expect(unmapped.reading.records.projects[0].values.budget).toBeUndefined();
  });

  it('saves the corrections as the agency’s vocabulary, in the config format --config reads, which then recognises the column', async () => {
    const source = await readUploadedFile('s1', 'parks.csv', utf8WithBom(OWN_HEADERS), DEFAULT_CONFIG);
    source.sheets[0] = rereadSheet(source.sheets[0], source.file, DEFAULT_CONFIG, { columns: { H: 'spent' } });
    const text = vocabularyConfigText(source, { config: { headers: { 'เบิกใช้ (บาท)': 'disbursedToDate' } }, overrides: {}, waivers: [] });
    expect(JSON.parse(text)).toEqual({ headers: { 'เบิกใช้ (บาท)': 'disbursedToDate', 'ยอดเงิน': 'spent' } });
    expect(vocabularyFileName('agency-03 (สวน).csv')).toBe('report-checker-config-agency-03-สวน.json');

    const config = RuleConfig.parse(JSON.parse(text));
    const again = await readUploadedFile('s2', 'parks-next-month.csv', utf8WithBom(OWN_HEADERS), config);
    expect(statuses(sheetPreview(again.sheets[0]))[7]).toEqual(['ยอดเงิน', 'spent', 'recognised']);
  });

  it('reads .xlsx, Windows-874 CSV and printed-form text, and says in one line which file it cannot read', async () => {
    const workbook = await normalizedWorkbook([{
      code: '03000000-2441', name: 'ก่อสร้างสะพาน', fiscalYear: 2563, agency: 'สำนักการโยธา', start: '1/10/2562', end: '30/9/2563', budget: 1_918_000,
      reports: [{ reportNo: 1, date: '31/10/2562', progress: 10, disbursedToDate: 0 }],
    }], 'บัญชีโครงการ');
    const xlsx = await readUploadedFile('a', 'works.xlsx', workbook, DEFAULT_CONFIG);
    expect(sourceRowCounts(xlsx)).toEqual({ projects: 1, reports: 1 });
    const thai = await readUploadedFile('b', 'culture.csv', windows874('รหัสโครงการ,ชื่อโครงการ\r\n03000000-2701,ลอยกระทง'), DEFAULT_CONFIG);
    expect(thai.sheets[0].reading.records.projects[0].values.name).toBe('ลอยกระทง');
    const printed = await readUploadedFile('c', 'roads.txt', new TextEncoder().encode([
      'แบบแสดงรายงานความก้าวหน้าและข้อมูลเกี่ยวกับโครงการ', 'รหัสโครงการ : 03000000-2457', 'ชื่อโครงการ/กิจกรรม : ถนนซอยวัดใหม่', 'งบประมาณที่ได้รับ : 1,918,000.-',
      '2. รายงานความก้าวหน้าของโครงการและการใช้จ่ายงบประมาณ',
      'รายงานครั้งที่ 1 :: 19/10/2562 : จัดทำ TOR :: ความก้าวหน้าของงานฯ = 10.00 % : งบประมาณที่เบิกใช้ (ครั้งที่ 1) = 0 บาท : เป็นไปตามแผน : เป็นไปตามเป้าหมาย',
    ].join('\n')), DEFAULT_CONFIG);
    expect(sheetPreview(printed.sheets[0])).toMatchObject({ kind: 'printed-form', projects: 1, reports: 1 });
    expect(printed.sheets[0].grid).toBeUndefined();

    const notes = await readUploadedFile('d', 'readme.md', new TextEncoder().encode('# notes'), DEFAULT_CONFIG);
    expect(notes.error).toBe('readme.md is not a spreadsheet (.xlsx, .csv) or a printed form (.txt)');
    const broken = await readUploadedFile('e', 'broken.xlsx', new TextEncoder().encode('PK not a zip'), DEFAULT_CONFIG);
    expect(broken.error).toMatch(/^broken\.xlsx /);
    expect(broken.error).not.toMatch(/\n/);

    const result = consolidateSources([xlsx, thai, printed, notes, broken], { config: DEFAULT_CONFIG, language: 'en', ranAt: '2020-03-18T00:00:00Z' });
    expect(result?.projects.sources.map((row) => row.source.file)).toEqual(['works.xlsx', 'culture.csv', 'roads.txt']);
  });

  it('takes the workbook’s own sheets as one source, and names two files of one name apart', async () => {
    const grids = [{
      sheet: 'งาน 2563', origin: { row: 0, col: 0 },
      values: [['รหัสโครงการ', 'ชื่อโครงการ'], ['03000000-0001', 'ถนน']],
      numberFormats: [['General', 'General'], ['General', 'General']],
    }];
    const source = await readWorkbookSheets('w', 'This workbook', grids, DEFAULT_CONFIG);
    expect(source).toMatchObject({ file: 'This workbook', origin: 'workbook' });
    expect(source.sheets[0].reading.records.projects[0].source).toEqual({ file: 'This workbook', sheet: 'งาน 2563', row: 2 });
    expect(uniqueSourceName('This workbook', [source])).toBe('This workbook (2)');
    expect(uniqueSourceName('parks.csv', [source])).toBe('parks.csv');
  });

  it('does not read a consolidation back as a source: a workbook the command line consolidated is refused in one line, the pane’s output sheets are left out', async () => {
    const agency = await readUploadedFile('s1', 'parks.csv', utf8WithBom(OWN_HEADERS), DEFAULT_CONFIG);
    const result = consolidateSources([agency], { config: DEFAULT_CONFIG, language: 'en', ranAt: '2020-03-18T00:00:00Z' })!;
    const master = await readUploadedFile('s2', 'master.xlsx', await writeConsolidatedWorkbook(result, 'en'), DEFAULT_CONFIG);
    expect(master.sheets).toEqual([]);
    expect(master.error).toBe('master.xlsx is a consolidated workbook the command line wrote; its rows are already in their sources');

    // A workbook the pane consolidated into: its Projects sheet and the record are the pane's; the agency's own sheet beside them is a source.
    const rows = OWN_ROWS;
    const record = JSON.stringify({ version: 1, sheets: [{ name: 'Projects', kind: 'projects', table: 'Projects' }] });
    const withOutput = await workbookModelToXlsx(workbookFromRows([
      { name: 'ของหน่วยงาน', rows },
      { name: 'Projects', rows },
      { name: CONSOLIDATION_RECORD_SHEET, rows: [[record]] },
    ]));
    const mixed = await readUploadedFile('s3', 'agency.xlsx', withOutput, DEFAULT_CONFIG);
    expect(mixed.error).toBeUndefined();
    expect(mixed.sheets.map((sheet) => sheet.sheet)).toEqual(['ของหน่วยงาน']);
    expect(sheetPreview(mixed.sheets[0])).toMatchObject({ projects: 2 });

    const onlyOutput = await workbookModelToXlsx(workbookFromRows([
      { name: 'Projects', rows },
      { name: CONSOLIDATION_RECORD_SHEET, rows: [[record]] },
    ]));
    const refused = await readUploadedFile('s4', 'output.xlsx', onlyOutput, DEFAULT_CONFIG);
    expect(refused.sheets).toEqual([]);
    expect(refused.error).toMatch(/^output\.xlsx holds only sheets a consolidation in the task pane wrote/);
  });
});
