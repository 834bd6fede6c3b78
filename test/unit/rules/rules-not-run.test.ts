import { DEFAULT_CONFIG, RuleConfig, type CellValue } from '../../../src/core/model';
import { buildRuleContext } from '../../../src/core/rules/context';
import { RULES } from '../../../src/core/rules/registry';
import { rulesNotRun as rule } from '../../../src/core/rules/rules-not-run';
import { readTables } from '../../../src/core/table/read-tables';
import { makeGrid } from '../../helpers/grid';
import { PROJECT_HEADER } from '../../helpers/sheets';

const PROJECT: CellValue[] = ['03000000-2457', 'ปรับปรุงถนน', 2563, '1/10/2562', '30/9/2563', 1_918_000];

function contextOf(reportHeader: string[], reportRows: CellValue[][], config = DEFAULT_CONFIG) {
  const tables = [
    ...readTables(makeGrid('Projects', [PROJECT_HEADER, PROJECT])),
    ...readTables(makeGrid('Reports', [reportHeader, ...reportRows])),
  ];
  return buildRuleContext(tables, config, RULES);
}

describe('rules-not-run', () => {
  it('names the money rules a workbook without disbursement did not run, and the column that may hold it', () => {
    const ctx = contextOf(
      ['รหัสโครงการ', 'รายงานครั้งที่', 'วันที่รายงาน', 'ความก้าวหน้า (%)', 'ผลการดำเนินงาน'],
      [['03000000-2457', 1, '30/11/2562', 100, 'แล้วเสร็จ ส่งมอบงาน']],
    );
    const findings = rule.check(ctx);
    expect(findings).toHaveLength(1);
    const [finding] = findings;
    expect([finding.sheet, finding.cells, finding.field]).toEqual(['Reports', ['A1'], 'disbursedToDate']);
    expect(finding.params.rules).toEqual([
      'spent-mismatch', 'progress-without-disbursement', 'completed-without-disbursement', 'progress-disbursement-gap',
    ]);
    expect(rule.message.en(finding.params)).toBe(
      'Disbursement was not found on sheet "Reports": 4 rules needing it were not run '
      + '(spent-mismatch, progress-without-disbursement, completed-without-disbursement, progress-disbursement-gap).',
    );
    expect(rule.message.th(finding.params)).toMatch(/^ไม่พบคอลัมน์ยอดเบิกจ่ายในแผ่นงาน "Reports" จึงไม่ได้ตรวจ 4 กฎ/);
  });

  it('points at a column that may hold the field: money whose kind the header does not say', () => {
    const ctx = contextOf(
      ['รหัสโครงการ', 'รายงานครั้งที่', 'วันที่รายงาน', 'ความก้าวหน้า (%)', 'จำนวนเงิน (บาท)'],
      [['03000000-2457', 1, '30/11/2562', 40, 0]],
    );
    const [finding] = rule.check(ctx);
    expect(finding.params.columns).toEqual([{ column: 'E', text: 'จำนวนเงิน (บาท)', field: 'disbursedToDate' }]);
    expect(rule.message.en(finding.params)).toMatch(/\. Column E "จำนวนเงิน \(บาท\)" looks like disbursed to date\.$/);
    expect(rule.fix!.en(finding.params)).toBe('Map column E to disbursed to date (in the column mapping, or --map "Reports!E=disbursedToDate")');
    expect(rule.fix!.th(finding.params)).toBe('จับคู่คอลัมน์ E กับเบิกจ่ายสะสม (ในแผงจับคู่คอลัมน์ หรือ --map "Reports!E=disbursedToDate")');
  });

  it('offers no column when none looks like the field, or the user left the likely one unmapped', () => {
    const ctx = contextOf(
      ['รหัสโครงการ', 'รายงานครั้งที่', 'วันที่รายงาน', 'ความก้าวหน้า (%)', 'ร้อยละ'],
      [['03000000-2457', 1, '30/11/2562', 40, 'ดี']],
    );
    const [finding] = rule.check(ctx);
    expect(finding.params.columns).toEqual([]);
    expect(rule.fix!.en(finding.params)).toBe('Add a disbursement column, or map the column that holds it');
    const tables = [
      ...readTables(makeGrid('Projects', [PROJECT_HEADER, PROJECT])),
      ...readTables(makeGrid('Reports', [['รหัสโครงการ', 'รายงานครั้งที่', 'วันที่รายงาน', 'ความก้าวหน้า (%)', 'จำนวนเงิน (บาท)'], ['03000000-2457', 1, '30/11/2562', 40, 0]]), { columns: { E: null } }),
    ];
    const [unmapped] = rule.check(buildRuleContext(tables, DEFAULT_CONFIG, RULES));
    expect(unmapped.params.columns).toEqual([]);
  });

  it('is silent when a disbursement column exists, when the rules needing it are disabled, and without reports', () => {
    const mapped = contextOf(
      ['รหัสโครงการ', 'รายงานครั้งที่', 'วันที่รายงาน', 'ความก้าวหน้า (%)', 'ผลการเบิกจ่ายสะสม (บาท)'],
      [['03000000-2457', 1, '30/11/2562', 40, 0]],
    );
    expect(rule.check(mapped)).toEqual([]);
    const disabled = contextOf(
      ['รหัสโครงการ', 'รายงานครั้งที่', 'วันที่รายงาน', 'ความก้าวหน้า (%)'],
      [['03000000-2457', 1, '30/11/2562', 40]],
      RuleConfig.parse({ disabledRules: ['spent-mismatch', 'progress-without-disbursement', 'completed-without-disbursement', 'progress-disbursement-gap'] }),
    );
    expect(rule.check(disabled)).toEqual([]);
    const projectsOnly = buildRuleContext(readTables(makeGrid('Projects', [PROJECT_HEADER, PROJECT])), DEFAULT_CONFIG, RULES);
    expect(rule.check(projectsOnly)).toEqual([]);
  });

  it('leaves a required field to missing-column', () => {
    const ctx = buildRuleContext([
      ...readTables(makeGrid('Projects', [PROJECT_HEADER.slice(0, 5), PROJECT.slice(0, 5)])),
      ...readTables(makeGrid('Reports', [['รหัสโครงการ', 'รายงานครั้งที่', 'วันที่รายงาน', 'ความก้าวหน้า (%)', 'เบิกจ่ายสะสม'], ['03000000-2457', 1, '30/11/2562', 40, 0]])),
    ], DEFAULT_CONFIG, RULES);
    // No budget column: missing-column reports it on the projects table; nothing here repeats it.
    expect(rule.check(ctx)).toEqual([]);
  });
});
