import { RuleConfig } from '../../../src/core/model';
import { readTables } from '../../../src/core/table/read-tables';
import { validateWorkbook } from '../../../src/core/validate';
import { makeGrid } from '../../helpers/grid';

/** How a column is read when its header alone does not decide: the data, the table, a group heading, the agency's words. */

const REPORT_START = ['รหัสโครงการ', 'รายงานครั้งที่', 'วันที่รายงาน'];

describe('reading a column its header leaves open', () => {
  it('takes numbers 0–100 under ผลการดำเนินงาน as progress, and says why', () => {
    const [table] = readTables(makeGrid('Reports', [
      [...REPORT_START, 'ผลการดำเนินงาน', 'เบิกจ่ายสะสม'],
      ['03000000-2457', 1, '30/11/2562', 20, 0],
      ['03000000-2457', 2, '31/12/2562', '45.5 %', 0],
    ]));
    expect(table.columns.progress).toBe('D');
    expect(table.headers[3]).toMatchObject({
      field: 'progress', recognition: 'data',
      reason: { en: '"ผลการดำเนินงาน" read as progress: 2 of 2 cells are numbers from 0 to 100' },
    });
  });

  it('takes long text under ผลการดำเนินงาน as the stage; a mix is left unmapped with both fields offered', () => {
    const text = readTables(makeGrid('Reports', [
      [...REPORT_START, 'ความก้าวหน้า (%)', 'ผลการดำเนินงาน'],
      ['03000000-2457', 1, '30/11/2562', 20, 'อยู่ระหว่างจัดทำร่างขอบเขตของงาน'],
    ]))[0];
    expect(text.columns.stage).toBe('E');
    // Progress already has its column, so the open header can only be the stage.
    expect(text.headers[4].reason?.en).toBe('"ผลการดำเนินงาน" read as stage: the table already has a progress (%) column');
    const mixed = readTables(makeGrid('Reports', [
      [...REPORT_START, 'ผลการดำเนินงาน', 'เบิกจ่ายสะสม'],
      ['03000000-2457', 1, '30/11/2562', 20, 0],
      ['03000000-2457', 2, '31/12/2562', 'อยู่ระหว่างจัดทำร่างขอบเขตของงาน', 0],
    ]))[0];
    expect(mixed.headers[3]).toMatchObject({ field: undefined, recognition: 'none', candidates: ['progress', 'stage'] });
    expect(mixed.headers[3].reason?.en).toMatch(/does not say which|do not say which/);
  });

  it('reads a disbursement column whose kind no project can show as cumulative, and says so', () => {
    const [table] = readTables(makeGrid('Reports', [
      [...REPORT_START, 'ความก้าวหน้า (%)', 'เบิกจ่าย (บาท)'],
      ['03000000-2457', 1, '30/11/2562', 20, 5000],
      ['03000000-2458', 1, '30/11/2562', 20, 0],
    ]));
    expect(table.columns.disbursedToDate).toBe('E');
    expect(table.headers[4].reason?.en).toBe('"เบิกจ่าย (บาท)" read as cumulative disbursement: no project has two amounts to compare; map the column yourself if it is per period');
  });

  it('reads a sub-header under a merged group heading with the heading, but never under a title over the whole table', () => {
    const grouped = readTables(makeGrid('Reports', [
      ['', '', '', 'ผลการดำเนินงาน', 'ผลการเบิกจ่าย (บาท)', null],
      [...REPORT_START, 'ร้อยละ', 'ในเดือน', 'สะสม'],
      ['03000000-2457', 1, '30/11/2562', 20, 100, 100],
    ]))[0];
    expect(grouped.headerRow).toBe(2);
    expect(grouped.columns).toMatchObject({ progress: 'D', disbursedInPeriod: 'E', disbursedToDate: 'F' });
    const titled = readTables(makeGrid('Reports', [
      ['ผลการเบิกจ่ายสะสม ประจำปีงบประมาณ 2563', null, null, null, null],
      [...REPORT_START, 'ความก้าวหน้า (%)', 'ยอด'],
      ['03000000-2457', 1, '30/11/2562', 20, 100],
    ]))[0];
    expect(titled.columns.disbursedToDate).toBeUndefined();
    expect(titled.headers[4].field).toBeUndefined();
  });

  it('applies an agency\'s vocabulary before recognition, and the user\'s mapping before both', () => {
    const grid = makeGrid('Reports', [
      [...REPORT_START, 'ความก้าวหน้า (%)', 'ยอดจ่ายตามฎีกา'],
      ['03000000-2457', 1, '30/11/2562', 20, 100],
    ]);
    const config = RuleConfig.parse({ headers: { 'ยอดจ่าย ตามฎีกา': 'disbursedToDate' } });
    expect(validateWorkbook([grid], config).tables[0].headers[4]).toMatchObject({ field: 'disbursedToDate', recognition: 'vocabulary' });
    const overridden = validateWorkbook([grid], config, { Reports: { columns: { E: 'disbursedInPeriod' } } }).tables[0];
    expect(overridden.headers[4]).toMatchObject({ field: 'disbursedInPeriod', recognition: 'user' });
    expect(validateWorkbook([grid]).tables[0].headers[4].field).toBeUndefined();
  });

  it('says which word kept a tempting field away', () => {
    const [table] = readTables(makeGrid('Reports', [
      [...REPORT_START, 'ความก้าวหน้า (%)', 'เบิกจ่ายสะสม', 'แผนการเบิกจ่ายสะสม (บาท)'],
      ['03000000-2457', 1, '30/11/2562', 20, 100, 200],
    ]));
    expect(table.headers[5]).toMatchObject({ field: undefined, reason: { en: '"แผนการเบิกจ่ายสะสม (บาท)" was not mapped: the word "แผนการ" changes its meaning' } });
  });
});
