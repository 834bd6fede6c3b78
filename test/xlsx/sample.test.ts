import { RULE_IDS } from '../../src/core/model';
import { parseAddress } from '../../src/core/table/address';
import { fieldOfHeader } from '../../src/core/table/headers';
import { validateWorkbook } from '../../src/core/validate';
import { readWorkbook } from '../../src/xlsx/read';
import { SAMPLE_PLANTED, buildSampleWorkbook } from '../../src/xlsx/sample';
import { loadBack } from './fixtures';

const PROJECTS = 'โครงการ';
const REPORTS = 'รายงานความก้าวหน้า';

describe('the sample workbook', () => {
  let bytes: Uint8Array;
  beforeAll(async () => { bytes = await buildSampleWorkbook(); });

  it('builds the same bytes every time, whatever the clock says', async () => {
    // Only Date is faked: ExcelJS and JSZip still need real timers and ticks.
    jest.useFakeTimers({
      now: new Date('2031-01-01T10:11:12Z'),
      doNotFake: ['hrtime', 'nextTick', 'performance', 'queueMicrotask', 'setImmediate', 'clearImmediate', 'setInterval', 'clearInterval', 'setTimeout', 'clearTimeout'],
    });
    try {
      expect(await buildSampleWorkbook()).toEqual(bytes);
    } finally {
      jest.useRealTimers();
    }
  });

  it('reads back as its two sheets, each a table under a title row', async () => {
    const grids = await readWorkbook(bytes, 'sample.xlsx');
    expect(grids.map((g) => g.sheet)).toEqual([PROJECTS, REPORTS]);
    const { tables } = validateWorkbook(grids);
    expect(tables.map((t) => [t.sheet, t.role, t.headerRow])).toEqual([[PROJECTS, 'projects', 2], [REPORTS, 'reports', 2]]);
    expect(tables[0].rows).toHaveLength(20);
    expect(tables[1].rows.length).toBeGreaterThan(100);
  });

  it('has headers that all name a field', async () => {
    const grids = await readWorkbook(bytes, 'sample.xlsx');
    for (const grid of grids) {
      const header = grid.values[1].filter((v): v is string => typeof v === 'string');
      expect(header.filter((text) => fieldOfHeader(text) === undefined)).toEqual([]);
    }
  });

  it('holds real date cells shown d/m/yyyy and amounts in baht, in a Thai font', async () => {
    const sheet = (await loadBack(bytes)).getWorksheet(PROJECTS)!;
    expect(sheet.getCell('F3').value).toEqual(new Date(Date.UTC(2019, 9, 1)));
    expect(sheet.getCell('F3').numFmt).toBe('d/m/yyyy');
    expect(sheet.getCell('H3').numFmt).toBe('#,##0.00');
    expect(sheet.getCell('B3').font?.name).toBe('Tahoma');
    expect(String(sheet.getCell('E3').value)).toMatch(/ โทร\. \d{4}$/);
    expect(String(sheet.getCell('D3').value)).toMatch(/^สำนักการโยธา \/ กอง.+ \/ กลุ่มงาน.+$/);
  });

  it('lists its planted findings with a distinct catalogue rule each, at cells of the two sheets', () => {
    expect(SAMPLE_PLANTED.length).toBeGreaterThanOrEqual(8);
    expect(new Set(SAMPLE_PLANTED.map((p) => p.rule)).size).toBe(SAMPLE_PLANTED.length);
    for (const planted of SAMPLE_PLANTED) {
      expect(RULE_IDS).toContain(planted.rule);
      expect([PROJECTS, REPORTS]).toContain(planted.sheet);
      expect(parseAddress(planted.cell)).toBeDefined();
    }
  });

  // Needs the rules of DESIGN §5 in src/core/rules/registry.ts.
  it('is found by the checker to hold exactly its planted findings at error and warning level', async () => {
    const { issues } = validateWorkbook(await readWorkbook(bytes, 'sample.xlsx'));
    const found = issues.map((i) => `${i.rule} ${i.sheet}!${i.cell}`);
    const planted = SAMPLE_PLANTED.map((p) => `${p.rule} ${p.sheet}!${p.cell}`);
    expect(planted.filter((p) => !found.includes(p))).toEqual([]);
    const unplanned = issues
      .filter((i) => i.severity !== 'info')
      .map((i) => `${i.rule} ${i.sheet}!${i.cell}: ${i.message.en}`)
      .filter((line) => !planted.includes(line.slice(0, line.indexOf(':'))));
    expect(unplanned).toEqual([]);
  });

  it('offers quick fixes for its Thai-digit amount and its one text date among date cells', async () => {
    const { issues } = validateWorkbook(await readWorkbook(bytes, 'sample.xlsx'));
    const thai = issues.find((i) => i.rule === 'thai-digits')!;
    expect(typeof thai.fix?.replacement).toBe('number');
    const textDate = issues.find((i) => i.rule === 'mixed-date-format')!;
    expect(textDate.value).toBe('19/10/2562');
    // 19 Oct 2019 as a date cell, shown as the other report dates are.
    expect(textDate.fix).toMatchObject({ replacement: 43757, numberFormat: 'd/m/yyyy' });
  });
});
