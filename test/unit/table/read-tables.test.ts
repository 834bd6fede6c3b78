import { parseAmount, parseCode } from '../../../src/core/parse';
import { detectRole, findHeaderRow, noteworthyCellsRead, readTables } from '../../../src/core/table/read-tables';
import { makeGrid } from '../../helpers/grid';

const PROJECT_HEADER = ['รหัสโครงการ', 'ชื่อโครงการ/กิจกรรม', 'ปีงบประมาณ พ.ศ.', 'เริ่มต้นโครงการ', 'สิ้นสุดโครงการ', 'งบประมาณที่ได้รับ (บาท)', 'หมายเหตุ'];
const REPORT_HEADER = ['รหัสโครงการ', 'รายงานครั้งที่', 'วันที่รายงาน', 'ความก้าวหน้า (%)', 'เบิกจ่ายสะสม (บาท)'];

describe('finding the header row', () => {
  it('skips title rows above the header', () => {
    const values = [['ทะเบียนโครงการ ประจำปีงบประมาณ พ.ศ. 2563'], [], PROJECT_HEADER, ['03000000-2457', 'ถนน', 2563]];
    expect(findHeaderRow(values)).toBe(2);
  });

  it('looks no further than the first 20 rows', () => {
    const values = [...Array.from({ length: 20 }, () => ['x']), PROJECT_HEADER];
    expect(findHeaderRow(values)).toBeUndefined();
    expect(findHeaderRow(values.slice(1))).toBe(19);
  });

  it('needs two fields named: a single word such as "ปี" in a title is not a header', () => {
    expect(findHeaderRow([['ปี'], ['ข้อมูล']])).toBeUndefined();
  });
});

describe('table roles', () => {
  it.each([
    [['code', 'name', 'budget'], 'projects'],
    [['code', 'reportNo', 'reportDate', 'progress'], 'reports'],
    [['code', 'name', 'budget', 'reportNo', 'progress'], 'flat'],
    [['code', 'name', 'progress'], 'projects'],
    [['code'], undefined],
  ] as const)('%j → %s', (fields, role) => {
    expect(detectRole(new Set(fields))).toBe(role);
  });
});

describe('reading a sheet', () => {
  const grid = makeGrid('แผน 2563', [
    ['ทะเบียนโครงการ'],
    [],
    PROJECT_HEADER,
    ['03000000-2457', 'ปรับปรุงถนน', 2563, 43739, 44104, '1,918,000 บาท', 'ok'],
    [],
    ['03000000-2458', 'ขุดลอกคลอง', '๒๕๖๓', '19/10/2562', 44104, 500000],
    [],
    [],
  ], { formats: [[], [], [], ['@', 'General', 'General', 'd/m/yyyy', '[$-th-TH,107]d mmm yyyy', 'General']] });

  const [table] = readTables(grid);

  it('maps headers, keeps unmapped ones, and numbers rows as on the sheet', () => {
    expect(table.role).toBe('projects');
    expect(table.headerRow).toBe(3);
    expect(table.columns).toEqual({ code: 'A', name: 'B', fiscalYear: 'C', startDate: 'D', endDate: 'E', budget: 'F' });
    expect(table.headers[6]).toEqual({ column: 'G', address: 'G3', text: 'หมายเหตุ', field: undefined, recognition: 'none' });
    expect(table.rows.map((r) => [r.row, r.blank])).toEqual([[4, false], [5, true], [6, false]]);
  });

  it('parses each mapped cell once, keeping its address and format', () => {
    const start = table.rows[0].cells.startDate!;
    expect(start.address).toBe('D4');
    expect(start.numberFormat).toBe('d/m/yyyy');
    expect(start.result).toEqual({ ok: true, value: { iso: '2019-10-01', form: 'date-cell' }, notes: [] });
    expect(table.rows[0].cells.budget!.result).toMatchObject({ ok: true, value: 1918000 });
    expect(table.rows[2].cells.fiscalYear!.result).toMatchObject({ ok: true, value: 2563 });
    expect(table.rows[2].cells.startDate!.result).toMatchObject({ ok: true, value: { iso: '2019-10-19', form: 'text-be' } });
  });

  it('reads an Excel table by its own extent, even under a non-A1 origin', () => {
    const tableGrid = makeGrid('Reports', [
      REPORT_HEADER,
      ['03000000-2457', 1, 43769, 10, 0],
      ['03000000-2457', 2, 43799, 20, 1000],
      ['ผลรวม', null, null, null, 1000],
    ], { origin: { row: 4, col: 1 }, tables: [{ name: 'Reports2563', headerRow: 0, lastRow: 2, firstCol: 0, lastCol: 4 }] });
    const [reports] = readTables(tableGrid);
    expect(reports).toMatchObject({ role: 'reports', headerRow: 5, tableName: 'Reports2563' });
    expect(reports.columns).toEqual({ code: 'B', reportNo: 'C', reportDate: 'D', progress: 'E', disbursedToDate: 'F' });
    expect(reports.rows.map((r) => r.row)).toEqual([6, 7]);
    expect(reports.rows[1].cells.progress!.address).toBe('E7');
  });

  it('follows the user\'s overrides of role, header row and columns', () => {
    const [overridden] = readTables(grid, { headerRow: 3, role: 'flat', columns: { G: 'stage', F: null } });
    expect(overridden.role).toBe('flat');
    expect(overridden.columns.stage).toBe('G');
    expect(overridden.columns.budget).toBeUndefined();
  });

  it('returns no table for a sheet without recognisable headers', () => {
    expect(readTables(makeGrid('Notes', [['บันทึก'], ['ข้อความ']]))).toEqual([]);
    expect(readTables(makeGrid('Empty', []))).toEqual([]);
  });
});

describe('what reading a sheet keeps for the rules', () => {
  const grid = makeGrid('Reports', [
    REPORT_HEADER,
    ['03000000-2457', 1, 43769, 10, 150000],
    ['03000000-2457', 2, ' 30/11/2562', 20, 150000],
    [],
    ['03000000-2457', 'สาม', 43830, 20, '1,000 บาท'],
  ]);
  const [table] = readTables(grid);
  const [second, third, , fifth] = table.rows;

  it('lists the cells that failed to parse or carry a note, rows then columns, as a walk of every cell finds them', () => {
    const walked: string[] = [];
    for (const row of table.rows) {
      for (const field in row.cells) {
        const cell = row.cells[field as keyof typeof row.cells]!;
        if (!cell.result.ok || cell.result.notes.length > 0) walked.push(cell.address);
      }
    }
    expect(walked).toEqual(['C3', 'B5', 'E5']);
    expect(noteworthyCellsRead(table)!.map(({ cell }) => cell.address)).toEqual(walked);
    expect(noteworthyCellsRead({ ...table })).toBeUndefined();
  });

  it('gives a cell repeating the value read above it that cell\'s result, frozen and equal to parsing it anew', () => {
    expect(third.cells.disbursedToDate!.result).toBe(second.cells.disbursedToDate!.result);
    expect(Object.isFrozen(second.cells.disbursedToDate!.result)).toBe(true);
    expect(second.cells.disbursedToDate!.result).toEqual(parseAmount(150000));
    // A blank row between does not break the run.
    expect(fifth.cells.code!.result).toBe(second.cells.code!.result);
    expect(second.cells.code!.result).toEqual(parseCode('03000000-2457'));
  });

  it('keeps a grid row exactly as wide as the table as it is, and copies one that is not', () => {
    expect(second.values).toBe(grid.values[1]);
    const [offset] = readTables(makeGrid('Reports', [['', ...REPORT_HEADER], ['x', '03000000-2457', 1, 43769, 10, 0]]));
    expect(offset.rows[0].values).toEqual(['03000000-2457', 1, 43769, 10, 0]);
  });
});
