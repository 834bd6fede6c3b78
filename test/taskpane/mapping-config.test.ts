import { RuleConfig } from '../../src/core/model';
import type { CheckerSettings, TableInfo } from '../../src/excel/types';
import { mappingConfig, mappingConfigText } from '../../src/taskpane/session/mapping-config';

const TABLES: TableInfo[] = [
  {
    sheet: 'โครงการ', role: 'projects', headerRow: 2, rows: 20,
    headers: [
      { column: 'A', text: 'รหัส', field: 'code', recognition: 'user' },
      { column: 'B', text: 'ชื่อโครงการ', field: 'name', recognition: 'synonym' },
      { column: 'C', text: ' เงินเหลือจ่าย ', field: 'returned', recognition: 'user' },
      { column: 'D', text: 'หมายเหตุ', recognition: 'user' },
      { column: 'E', text: '', field: 'owner', recognition: 'user' },
    ],
  },
  {
    sheet: 'รายงาน', role: 'reports', headerRow: 1, rows: 40,
    headers: [
      { column: 'A', text: 'รหัส', field: 'reportNo', recognition: 'user' },
      { column: 'F', text: 'งบประมาณที่เบิกใช้ (บาท)', field: 'disbursedInPeriod', recognition: 'user' },
    ],
  },
];

function settings(partial: Partial<CheckerSettings> = {}): CheckerSettings {
  return { config: {}, overrides: {}, waivers: [], ...partial };
}

const OVERRIDES: CheckerSettings['overrides'] = {
  'โครงการ': { headerRow: 2, columns: { A: 'code', C: 'returned', D: null, E: 'owner' } },
  'รายงาน': { columns: { A: 'reportNo', F: 'disbursedInPeriod' } },
  'แผ่นที่ไม่มีตาราง': { headerRow: 30, columns: { B: 'budget' } },
};

describe('the mappings’ config file', () => {
  it('holds the header texts mapped by hand, and nothing else while the settings are the defaults', () => {
    expect(mappingConfig(TABLES, settings({ overrides: OVERRIDES }))).toEqual({
      headers: {
        'รหัส': 'code',
        'เงินเหลือจ่าย': 'returned',
        'งบประมาณที่เบิกใช้ (บาท)': 'disbursedInPeriod',
      },
    });
  });

  it('leaves out what a vocabulary cannot say: a column set to not mapped, a blank header, a text already given another field', () => {
    const headers = mappingConfig(TABLES, settings({ overrides: OVERRIDES })).headers!;
    expect(headers).not.toHaveProperty('หมายเหตุ');
    expect(headers).not.toHaveProperty('');
    // `รหัส` is mapped to code on the first sheet and to reportNo on the second: the first stays.
    expect(headers['รหัส']).toBe('code');
  });

  it('a header read by its name or words, not by hand, is not in the file', () => {
    expect(mappingConfig(TABLES, settings({ overrides: { 'โครงการ': { role: 'projects' } } }))).toEqual({ headers: {} });
  });

  it('adds the code pattern, thresholds, disabled rules and severities that differ from the defaults', () => {
    const config = mappingConfig(TABLES, settings({
      overrides: OVERRIDES,
      config: {
        codePattern: '^\\d{10}$',
        thresholds: { reportIntervalDays: 60, onPlanBehindPoints: 30 },
        disabledRules: ['report-interval'],
        severity: { 'outside-fiscal-year': 'info' },
      },
    }));
    expect(config).toEqual({
      headers: expect.any(Object),
      codePattern: '^\\d{10}$',
      thresholds: { reportIntervalDays: 60 },
      disabledRules: ['report-interval'],
      severity: { 'outside-fiscal-year': 'info' },
    });
  });

  it('keeps the vocabulary the settings already hold, the hand-made mappings winning', () => {
    const config = mappingConfig(TABLES, settings({
      overrides: OVERRIDES,
      config: { headers: { 'เงินเหลือจ่าย': 'spent', 'ผลเบิกจ่าย': 'disbursedToDate' } },
    }));
    expect(config.headers).toEqual({
      'ผลเบิกจ่าย': 'disbursedToDate',
      'รหัส': 'code',
      'เงินเหลือจ่าย': 'returned',
      'งบประมาณที่เบิกใช้ (บาท)': 'disbursedInPeriod',
    });
  });

  it('is JSON the CLI’s --config reads: it parses with the RuleConfig schema to the same mappings and settings', () => {
    const text = mappingConfigText(TABLES, settings({ overrides: OVERRIDES, config: { thresholds: { reportIntervalDays: 60 } } }));
    expect(text.endsWith('}\n')).toBe(true);
    const parsed = RuleConfig.parse(JSON.parse(text));
    expect(parsed.headers).toEqual({ 'รหัส': 'code', 'เงินเหลือจ่าย': 'returned', 'งบประมาณที่เบิกใช้ (บาท)': 'disbursedInPeriod' });
    expect(parsed.thresholds.reportIntervalDays).toBe(60);
    expect(parsed.disabledRules).toEqual([]);
  });

  it('copies no settings the checker would refuse, but still the mappings', () => {
    const config = mappingConfig(TABLES, settings({ overrides: OVERRIDES, config: { codePattern: '([' } }));
    expect(config).toEqual({ headers: expect.objectContaining({ 'เงินเหลือจ่าย': 'returned' }) });
  });
});
