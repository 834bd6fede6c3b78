import type { Issue, Project, ProgressReport } from '../../../src/core/model';
import type { CellContent, SheetCell, SheetDescription } from '../../../src/core/template/sheet-description';
import { dateSerial, wrappedLines } from '../../../src/core/template/sheet-description';
import { FORM_TEXT_MEASURE, sarabunWidth } from '../../../src/core/template/sarabun-metrics';
import {
  FORM_LABELS, STANDARD_FORM_TITLE, numberedLines, standardForm, standardFormSheetName, strategyParts,
  type FormRecord,
} from '../../../src/core/template/standard-form';

/**
 * The standard form (DESIGN §2, §9) as a sheet description: every label of the form in Thai,
 * the values beside them, one row per report, the page it prints on.
 */

const PROJECT: Project = {
  code: '03000000-2457',
  name: 'โครงการปรับปรุงถนนซอยวัดใหม่',
  fiscalYear: 2563,
  startDate: '2019-10-01',
  endDate: '2020-08-31',
  budget: 1_918_000,
  spent: 1_150_800,
  agency: 'สำนักการโยธา / กองก่อสร้างและบูรณะถนน / กลุ่มงานบูรณะถนน',
  owner: 'นายพีระพงษ์ อินทร์แก้ว โทร. 1475',
};

function report(reportNo: number, overrides: Partial<ProgressReport> = {}): FormRecord<ProgressReport> {
  return {
    value: {
      projectCode: PROJECT.code, reportNo, reportDate: '2019-10-19', stage: 'อยู่ระหว่างขั้นตอนการก่อสร้างตามสัญญา',
      progress: 60, disbursedToDate: 95_900, onPlan: true, onTarget: false, ...overrides,
    },
  };
}

const textOf = (cell: SheetCell | undefined) => (cell?.content?.kind === 'text' ? cell.content.text : undefined);
const at = (form: SheetDescription, row: number, column: number) => form.cells.find((cell) => cell.row === row && cell.column === column);
const rowOf = (form: SheetDescription, text: string) => form.cells.find((cell) => textOf(cell) === text)?.row;
/** The value beside a label: the cell in column C of the label's row. */
const beside = (form: SheetDescription, label: string) => at(form, rowOf(form, label)!, 2);
const texts = (form: SheetDescription) => form.cells.map(textOf).filter((text): text is string => text !== undefined);

describe('standardForm — the layout of the form', () => {
  const form = standardForm({ value: PROJECT }, [report(1), report(2, { reportDate: '2019-11-25', progress: 70 })]);

  it('has the title and the labels of every section, in the form\'s own Thai words', () => {
    expect(textOf(at(form, 0, 0))).toBe(STANDARD_FORM_TITLE);
    expect(STANDARD_FORM_TITLE).toBe('แบบแสดงรายงานความก้าวหน้าและข้อมูลเกี่ยวกับโครงการ');
    const words = texts(form);
    for (const label of [
      '1. ชื่อโครงการและหน่วยงานที่รับผิดชอบโครงการ', '1.1 รหัสโครงการและชื่อโครงการ', 'ชื่อโครงการ/กิจกรรม', 'รหัสโครงการ',
      'ปีงบประมาณ พ.ศ.', 'เริ่มต้นโครงการ', 'สิ้นสุดโครงการ', 'งบประมาณที่ได้รับ', 'งบประมาณที่ใช้ไป',
      '1.2 หน่วยงานที่รับผิดชอบ', 'ชื่อผู้รับผิดชอบ', 'ผู้ประสานงาน', '1.3 หลักการและเหตุผล', '1.4 วัตถุประสงค์ของโครงการ',
      '1.5 เป้าหมายของโครงการ', '1.6 สนับสนุนแผนพัฒนา กทม. ระยะ 20 ปี', 'ประเด็นยุทธศาสตร์', 'ประเด็นยุทธศาสตร์ย่อย', 'เป้าหมายที่', 'ตัวชี้วัด',
      '2. รายงานความก้าวหน้าของโครงการและการใช้จ่ายงบประมาณ', 'ครั้งที่', 'วันที่รายงาน', 'ขั้นตอนการดำเนินงาน', 'ความก้าวหน้า (ร้อยละ)',
      'งบประมาณที่เบิกใช้สะสม (บาท)', 'เป็นไปตาม', 'แผน', 'เป้าหมาย',
      'ขอรับรองว่า ข้อมูลที่ปรากฏในเอกสารฉบับนี้ หน่วยงานได้จัดพิมพ์จากระบบงานจริง เพื่อเป็นหลักฐานไว้ตรวจสอบ',
    ]) expect(words).toContain(label);
    expect(words.some((text) => text.startsWith('ลงชื่อ') && text.endsWith('ผู้รับผิดชอบโครงการ'))).toBe(true);
    expect(words.some((text) => text.startsWith('ตำแหน่ง .'))).toBe(true);
  });

  it('puts each value beside its label: texts as text, the year a number, dates as date serials, amounts as numbers with their baht text', () => {
    expect(beside(form, 'ชื่อโครงการ/กิจกรรม')?.content).toEqual({ kind: 'text', text: PROJECT.name });
    expect(beside(form, 'รหัสโครงการ')?.content).toEqual({ kind: 'text', text: '03000000-2457' });
    expect(beside(form, 'ปีงบประมาณ พ.ศ.')?.content).toEqual({ kind: 'number', number: 2563 });
    expect(beside(form, 'เริ่มต้นโครงการ')?.content).toEqual({ kind: 'date', serial: 43739, iso: '2019-10-01' });
    expect(beside(form, 'เริ่มต้นโครงการ')?.style.numberFormat).toBe('[$-107041E]d mmmm yyyy');
    expect(beside(form, 'สิ้นสุดโครงการ')?.content).toEqual({ kind: 'date', serial: 44074, iso: '2020-08-31' });
    const budget = beside(form, 'งบประมาณที่ได้รับ')!;
    expect(budget.content).toEqual({ kind: 'number', number: 1_918_000 });
    expect(budget.style.numberFormat).toBe('#,##0.00 "บาท"');
    expect(textOf(at(form, budget.row, 3))).toBe('(หนึ่งล้านเก้าแสนหนึ่งหมื่นแปดพันบาทถ้วน)');
    expect(textOf(at(form, rowOf(form, 'งบประมาณที่ใช้ไป')!, 3))).toBe('(หนึ่งล้านหนึ่งแสนห้าหมื่นแปดร้อยบาทถ้วน)');
    expect(textOf(beside(form, 'หน่วยงาน'))).toBe(PROJECT.agency);
    expect(textOf(beside(form, 'ชื่อผู้รับผิดชอบ'))).toBe(PROJECT.owner);
  });

  it('leaves an empty field blank over a dotted line, and never writes "undefined"', () => {
    const coordinator = beside(form, 'ผู้ประสานงาน')!;
    expect(coordinator.content).toBeUndefined();
    expect(coordinator.style.border).toEqual({ bottom: 'dotted' });
    const rationale = at(form, rowOf(form, '1.3 หลักการและเหตุผล')! + 1, 0)!;
    expect(rationale.content).toBeUndefined();
    expect(rationale.style.border).toEqual({ bottom: 'dotted' });
    for (const label of FORM_LABELS.strategy) expect(beside(form, label)?.content).toBeUndefined();
    expect(texts(form).join('\n')).not.toMatch(/undefined|NaN|null/);
  });

  it('writes section 2 as a table: one row per report with its number, Thai date, stage, progress, disbursement and yes/no', () => {
    const header = rowOf(form, 'ครั้งที่')!;
    const first = header + 2;
    expect(at(form, first, 0)?.content).toEqual({ kind: 'number', number: 1 });
    expect(at(form, first, 1)?.content).toEqual({ kind: 'date', serial: 43757, iso: '2019-10-19' });
    expect(at(form, first, 1)?.style.numberFormat).toBe('[$-107041E]d mmmm yyyy');
    expect(textOf(at(form, first, 2))).toBe('อยู่ระหว่างขั้นตอนการก่อสร้างตามสัญญา');
    expect(at(form, first, 3)?.content).toEqual({ kind: 'number', number: 60 });
    expect(at(form, first, 3)?.style.numberFormat).toBe('0.00');
    expect(at(form, first, 4)?.content).toEqual({ kind: 'number', number: 95_900 });
    expect(at(form, first, 4)?.style.numberFormat).toBe('#,##0.00');
    expect(textOf(at(form, first, 5))).toBe('ใช่');
    expect(textOf(at(form, first, 6))).toBe('ไม่ใช่');
    expect(at(form, first + 1, 3)?.content).toEqual({ kind: 'number', number: 70 });
    expect(form.page.repeatRows).toEqual({ first: header, last: header + 1 });
  });

  it('shows the amount per report when the data has one, else the cumulative amount', () => {
    const period = standardForm({ value: PROJECT }, [report(1, { disbursedInPeriod: 1_000, disbursedToDate: 5_000 })]);
    expect(texts(period)).toContain('งบประมาณที่เบิกใช้ครั้งนี้ (บาท)');
    expect(at(period, rowOf(period, 'ครั้งที่')! + 2, 4)?.content).toEqual({ kind: 'number', number: 1_000 });
    const cumulative = standardForm({ value: PROJECT }, [report(1, { disbursedInPeriod: 1_000, disbursedToDate: 5_000 })], { disbursement: 'cumulative' });
    expect(at(cumulative, rowOf(cumulative, 'ครั้งที่')! + 2, 4)?.content).toEqual({ kind: 'number', number: 5_000 });
  });

  it('prints on A4 portrait, one page wide, with a Thai official document\'s margins, the form\'s columns as print area', () => {
    expect(form.page).toMatchObject({
      paper: 'A4', orientation: 'portrait', fitToPagesWide: 1, horizontallyCentered: true,
      margins: { top: 2.5, bottom: 2, left: 3, right: 2 },
      printArea: { firstRow: 0, firstColumn: 0, lastColumn: 6 },
    });
    expect(form.page.printArea.lastRow).toBe(Math.max(...form.cells.map((cell) => cell.row)));
    expect(form.font).toEqual({ name: 'TH Sarabun New', size: 16 });
    expect(form.showGridLines).toBe(false);
    // The form's columns fill A4 less its 3 cm and 2 cm margins (453.5 points), without passing it.
    const width = form.columnWidths.slice(0, 7).reduce((sum, points) => sum + points, 0);
    expect(width).toBeGreaterThan(440);
    expect(width).toBeLessThanOrEqual(453.5);
    expect(form.name).toBe('แบบฟอร์ม 03000000-2457');
    expect(form.origin).toEqual({ template: 'standard', project: '03000000-2457' });
  });
});

describe('standardForm — reports as rows', () => {
  const rowsBetween = (form: SheetDescription) => {
    const header = rowOf(form, 'ครั้งที่')!;
    const closing = rowOf(form, FORM_LABELS.certification)!;
    return form.cells.filter((cell) => cell.column === 0 && cell.row > header + 1 && cell.row < closing && cell.content);
  };

  it('says so in one row when there is no report yet', () => {
    const form = standardForm({ value: PROJECT }, []);
    const rows = rowsBetween(form);
    expect(rows.map(textOf)).toEqual(['ยังไม่มีรายงานความก้าวหน้า']);
    expect(form.merges).toContainEqual({ firstRow: rows[0].row, lastRow: rows[0].row, firstColumn: 0, lastColumn: 6 });
  });

  it('writes one report as one row', () => {
    expect(rowsBetween(standardForm({ value: PROJECT }, [report(1)])).map((cell) => cell.content)).toEqual([{ kind: 'number', number: 1 }]);
  });

  it('writes 40 reports as 40 rows in the order given, over pages that repeat the header and keep the signature with the last report', () => {
    const reports = Array.from({ length: 40 }, (_, i) => report(i + 1, { progress: i * 2.5 }));
    const form = standardForm({ value: PROJECT }, reports);
    const rows = rowsBetween(form);
    expect(rows.map((cell) => (cell.content as { number: number }).number)).toEqual(reports.map((_, i) => i + 1));
    expect(new Set(rows.map((cell) => cell.row)).size).toBe(40);
    const breaks = form.page.rowBreaks ?? [];
    expect(breaks.length).toBeGreaterThanOrEqual(2);
    const signature = rowOf(form, FORM_LABELS.signature)!;
    const lastReport = rows[rows.length - 1].row;
    // No page starts between the last report and the signature lines.
    expect(breaks.filter((row) => row > lastReport && row <= signature)).toEqual([]);
    // No page starts right after a heading.
    const headings = [FORM_LABELS.section11, FORM_LABELS.section12, FORM_LABELS.section13, FORM_LABELS.section16].map((label) => rowOf(form, label)!);
    for (const heading of headings) expect(breaks).not.toContain(heading + 1);
  });

  it('fits every page: rows between two breaks are never taller than A4 less the margins', () => {
    const form = standardForm({ value: PROJECT }, Array.from({ length: 40 }, (_, i) => report(i + 1)));
    const page = ((29.7 - 2.5 - 2) * 72) / 2.54;
    const starts = [0, ...(form.page.rowBreaks ?? []), form.page.printArea.lastRow + 1];
    const repeat = form.page.repeatRows!;
    const height = (row: number) => form.rowHeights.get(row)?.points ?? form.defaultRowHeight;
    for (let i = 0; i + 1 < starts.length; i++) {
      let used = starts[i] > repeat.last ? height(repeat.first) + height(repeat.last) : 0;
      for (let row = starts[i]; row < starts[i + 1]; row++) used += height(row);
      expect(used).toBeLessThanOrEqual(page);
    }
  });
});

describe('standardForm — values from data as written', () => {
  it('keeps text that looks like a formula as text', () => {
    const hostile = ['=HYPERLINK("http://example.com","x")', '+1+1', '-2', '@SUM(A1)', '\t=cmd'];
    const form = standardForm({ value: { ...PROJECT, name: hostile[0], agency: hostile[1], owner: hostile[2], coordinator: hostile[3], rationale: hostile[4] } }, [report(1, { stage: '=1+1' })]);
    for (const text of [...hostile, '=1+1']) {
      const cells = form.cells.filter((cell) => textOf(cell) === text);
      expect(cells).toHaveLength(1);
      expect(cells[0].content).toEqual({ kind: 'text', text });
    }
  });

  it('shows a value that could not be read as the cell holds it', () => {
    const unread: FormRecord<ProgressReport> = {
      value: { projectCode: PROJECT.code, reportNo: 1, progress: 50 },
      row: { cells: { reportDate: { raw: '31/02/2563' } } },
    };
    const project: FormRecord<Project> = { value: { ...PROJECT, budget: undefined }, row: { cells: { budget: { raw: '1,9l8,000 บาท' } } } };
    const form = standardForm(project, [unread]);
    expect(at(form, rowOf(form, 'ครั้งที่')! + 2, 1)?.content).toEqual({ kind: 'text', text: '31/02/2563' });
    expect(beside(form, 'งบประมาณที่ได้รับ')?.content).toEqual({ kind: 'text', text: '1,9l8,000 บาท' });
  });

  it('writes the amount alone when it cannot be said in words', () => {
    const form = standardForm({ value: { ...PROJECT, budget: 1e17 } }, []);
    const budget = beside(form, 'งบประมาณที่ได้รับ')!;
    expect(budget.content).toEqual({ kind: 'number', number: 1e17 });
    expect(at(form, budget.row, 3)?.content).toBeUndefined();
  });

  it('numbers objectives and targets, and splits the strategy text by the form\'s labels', () => {
    const form = standardForm({
      value: {
        ...PROJECT,
        objectives: 'เพื่อปรับปรุงผิวจราจร\nเพื่อความปลอดภัย',
        targets: '๑. ถนนยาว 1 กม.\n๒. ทางเท้า',
        strategy: 'ประเด็นยุทธศาสตร์ที่ 5 เมืองสะดวก ประเด็นยุทธศาสตร์ย่อย ๕.๓ การเดินทาง เป้าหมายที่ ๕.๓.๑ ตัวชี้วัด ร้อยละ 80',
      },
    }, []);
    expect(textOf(at(form, rowOf(form, FORM_LABELS.section14)! + 1, 0))).toBe('1. เพื่อปรับปรุงผิวจราจร\n2. เพื่อความปลอดภัย');
    expect(textOf(at(form, rowOf(form, FORM_LABELS.section15)! + 1, 0))).toBe('๑. ถนนยาว 1 กม.\n๒. ทางเท้า');
    expect(FORM_LABELS.strategy.map((label) => textOf(beside(form, label)))).toEqual(['ที่ 5 เมืองสะดวก', '๕.๓ การเดินทาง', '๕.๓.๑', 'ร้อยละ 80']);
  });

  it('lets a long text wrap and gives its row the height of its lines', () => {
    const rationale = 'กรุงเทพมหานครมีถนนในความรับผิดชอบจำนวนมาก ผิวจราจรชำรุดเสียหายเป็นหลุมบ่อ '.repeat(8);
    const form = standardForm({ value: { ...PROJECT, rationale } }, []);
    const cell = form.cells.find((c) => textOf(c) === rationale)!;
    expect(cell.style.wrap).toBe(true);
    const height = form.rowHeights.get(cell.row)!;
    expect(height.fit).toBe(true);
    const lines = wrappedLines(rationale, form.columnWidths.slice(0, 7).reduce((a, b) => a + b, 0) - 18, 16, FORM_TEXT_MEASURE);
    expect(lines).toBeGreaterThanOrEqual(5);
    expect(height.points).toBeGreaterThanOrEqual(lines * 16 * FORM_TEXT_MEASURE.lineEm);
  });
});

describe('standardForm — findings beside the form', () => {
  const finding = (severity: Issue['severity'], en: string): Issue => ({
    rule: 'progress-decrease', severity, sheet: 'รายงาน', cell: 'E7', cells: ['E7'], project: PROJECT.code,
    message: { th: `ไทย ${en}`, en },
  });

  it('lists none unless asked', () => {
    const form = standardForm({ value: PROJECT }, []);
    expect(form.cells.every((cell) => cell.column <= 6)).toBe(true);
    expect(form.columnWidths).toHaveLength(7);
  });

  it('lists the project\'s findings outside the print area, most severe first, in the language asked, never on a gap row', () => {
    const form = standardForm({ value: PROJECT }, [], { findings: [finding('warning', 'second'), finding('error', 'first')], language: 'en' });
    const outside = form.cells.filter((cell) => cell.column > form.page.printArea.lastColumn);
    expect(outside.length).toBeGreaterThan(0);
    const messages = outside.filter((cell) => cell.column === 10).sort((a, b) => a.row - b.row).map(textOf);
    expect(messages).toEqual(['first', 'second']);
    expect(outside.some((cell) => textOf(cell) === 'Error')).toBe(true);
    for (const cell of outside) expect(form.rowHeights.get(cell.row)?.points ?? 99).toBeGreaterThan(20);
  });
});

describe('dates from year, month and day', () => {
  const zone = process.env.TZ;
  afterEach(() => {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  });

  it.each(['Asia/Bangkok', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'UTC'])('gives the same serial in %s: 2019-10-19 is 43757', (timeZone) => {
    process.env.TZ = timeZone;
    expect(dateSerial('2019-10-19')).toBe(43757);
    expect(dateSerial('2020-02-29')).toBe(43890);
    expect(dateSerial('1900-03-01')).toBe(61);
    const form = standardForm({ value: { ...PROJECT, startDate: '2019-10-19' } }, []);
    expect(beside(form, 'เริ่มต้นโครงการ')?.content).toEqual({ kind: 'date', serial: 43757, iso: '2019-10-19' } satisfies CellContent);
  });
});

describe('helpers of the form', () => {
  it('numberedLines numbers unnumbered lines and keeps numbered ones', () => {
    expect(numberedLines('ก\nข')).toBe('1. ก\n2. ข');
    expect(numberedLines('  เดียว  ')).toBe('เดียว');
    expect(numberedLines('1) ก\n2) ข')).toBe('1) ก\n2) ข');
    expect(numberedLines('- ก\n- ข')).toBe('- ก\n- ข');
  });

  it('strategyParts splits only a text that names the four parts in order', () => {
    expect(strategyParts('ด้านการเดินทาง')).toEqual(['ด้านการเดินทาง', '', '', '']);
    expect(strategyParts('ประเด็นยุทธศาสตร์: 1 ประเด็นยุทธศาสตร์ย่อย: 1.1 เป้าหมายที่: 1.1.1 ตัวชี้วัด: ร้อยละ 5')).toEqual(['1', '1.1', '1.1.1', 'ร้อยละ 5']);
    expect(strategyParts('ตัวชี้วัด ก ประเด็นยุทธศาสตร์ ข')).toEqual(['ตัวชี้วัด ก ประเด็นยุทธศาสตร์ ข', '', '', '']);
  });

  it('standardFormSheetName derives a valid name from the code', () => {
    expect(standardFormSheetName('03000000-2457')).toBe('แบบฟอร์ม 03000000-2457');
    expect(standardFormSheetName('A/B:C*D?[E]\\F')).toBe('แบบฟอร์ม A_B_C_D__E__F');
    expect(standardFormSheetName('9'.repeat(40)).length).toBeLessThanOrEqual(31);
  });

  it('sarabunWidth measures Thai letters, marks above and below, Latin and digits', () => {
    expect(sarabunWidth('ก')).toBe(0.38);
    expect(sarabunWidth('กี่')).toBe(0.38);
    expect(sarabunWidth('0')).toBe(0.36);
    expect(sarabunWidth('\u200b')).toBe(0);
  });

  it('wrappedLines breaks between Thai words and counts the text\'s own lines', () => {
    const width = (4.8 * 72) / 2.54;
    expect(wrappedLines('อยู่ระหว่างขั้นตอนการก่อสร้างตามสัญญา', width, 16, FORM_TEXT_MEASURE)).toBe(2);
    expect(wrappedLines('ก\nข', width, 16, FORM_TEXT_MEASURE)).toBe(2);
    expect(wrappedLines('', width, 16, FORM_TEXT_MEASURE)).toBe(1);
  });
});
