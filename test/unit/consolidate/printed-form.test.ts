import { looksLikePrintedForm, readPrintedForm, readPrintedFormLines } from '../../../src/core/consolidate/printed-form';
import type { SourceRecords } from '../../../src/core/consolidate/source-rows';
import { progressFiguresStated, reportNumbersNamed } from '../../../src/core/rules/report-text';

/**
 * The standard form as the project system prints it (DESIGN §2), made up from the description:
 * every quirk the description lists must come out as written, for the checker to see.
 */

/** A printout, line by line (line 1 is the title). */
const PRINTOUT = [
  'แบบแสดงรายงานความก้าวหน้าและข้อมูลเกี่ยวกับโครงการ',
  '1. ชื่อโครงการและหน่วยงานที่รับผิดชอบโครงการ',
  '1.1 รหัสโครงการและชื่อโครงการ',
  'ชื่อโครงการ/กิจกรรม : โครงการปรับปรุงถนนซอยวัดใหม่',
  'รหัสโครงการ : 03000000-2457',
  'ปีงบประมาณ พ.ศ. 2563',
  'เริ่มต้นโครงการ : 2019-10-01 00:00:00',
  'สิ้นสุดโครงการ : 19/10/2562',
  'งบประมาณที่ได้รับ : 1,918,000.-',
  'งบประมาณที่ใช้ไป : 1,918,000 บาท',
  '1.2 หน่วยงานที่รับผิดชอบ',
  'หน่วยงาน : สำนักการโยธา / กองก่อสร้างและบูรณะถนน / กลุ่มงานบูรณะถนน',
  'ชื่อผู้รับผิดชอบ : นายพีระพงษ์ อินทร์แก้ว โทร. 1475',
  'ผู้ประสานงาน : นางสาวสมใจ ใจดี โทร. 1460',
  '1.3 หลักการและเหตุผล',
  'ถนนซอยวัดใหม่ชำรุดเสียหาย',
  'ประชาชนสัญจรไม่สะดวก',
  '1.4 วัตถุประสงค์ของโครงการ',
  '1. เพื่อความปลอดภัยของประชาชน',
  '2. เพื่อความสะดวกในการสัญจร',
  '1.5 เป้าหมายของโครงการ',
  'ปรับปรุงถนนยาว 500 เมตร',
  '1.6 สนับสนุนแผนพัฒนา กทม. ระยะ 20 ปี',
  'ประเด็นยุทธศาสตร์ : ๕ มหานครกะทัดรัด',
  'ประเด็นยุทธศาสตร์ย่อย : ๕.๓ การพัฒนาพื้นที่',
  'เป้าหมายที่ ๕.๓.๑ ถนนได้มาตรฐาน',
  'ตัวชี้วัด : ร้อยละของถนนที่ได้รับการปรับปรุง',
  '2. รายงานความก้าวหน้าของโครงการและการใช้จ่ายงบประมาณ',
  'รายงานครั้งที่ 1 :: 19/10/2562 : อยู่ระหว่างขั้นตอนจัดทำ TOR :: ความก้าวหน้าของงานฯ = 10.00 % : งบประมาณที่เบิกใช้ (ครั้งที่ 1) = 0 บาท : เป็นไปตามแผน : เป็นไปตามเป้าหมาย',
  'รายงานครั้งที่ 2 :: 2020-3-18 : อยู่ระหว่างขั้นตอนก่อสร้าง :: ความก้าวหน้าของงานฯ = 60.00 % : งบประมาณที่เบิกใช้ (ครั้งที่ 2) = 1,918,000.- บาท : ไม่เป็นไปตามแผน : ไม่เป็นไปตามเป้าหมาย',
  'ขอรับรองว่า ข้อมูลที่ปรากฏในเอกสารฉบับนี้ หน่วยงานได้จัดพิมพ์จากระบบงานจริง เพื่อเป็นหลักฐานไว้ตรวจสอบ',
  'ลงชื่อ.....(ผู้รับผิดชอบโครงการ)',
  'ตำแหน่ง .....',
];

const rowsOf = (records: SourceRecords) => records.reports.map((report) => report.source.row);

describe('readPrintedForm — the whole form, Thai labels, Windows line endings', () => {
  const records = readPrintedForm(PRINTOUT.join('\r\n'), 'printout.txt');

  it('gives one project row with every field as written, from the line of its first label', () => {
    expect(records.projects).toHaveLength(1);
    const [project] = records.projects;
    expect(project.source).toEqual({ file: 'printout.txt', row: 4 });
    expect(project.values).toEqual({
      name: 'โครงการปรับปรุงถนนซอยวัดใหม่',
      code: '03000000-2457',
      fiscalYear: '2563',
      startDate: '2019-10-01 00:00:00',
      endDate: '19/10/2562',
      budget: '1,918,000.-',
      spent: '1,918,000 บาท',
      agency: 'สำนักการโยธา / กองก่อสร้างและบูรณะถนน / กลุ่มงานบูรณะถนน',
      owner: 'นายพีระพงษ์ อินทร์แก้ว โทร. 1475',
      coordinator: 'นางสาวสมใจ ใจดี โทร. 1460',
      rationale: 'ถนนซอยวัดใหม่ชำรุดเสียหาย\nประชาชนสัญจรไม่สะดวก',
      objectives: '1. เพื่อความปลอดภัยของประชาชน\n2. เพื่อความสะดวกในการสัญจร',
      targets: 'ปรับปรุงถนนยาว 500 เมตร',
      strategy: 'ประเด็นยุทธศาสตร์ ๕ มหานครกะทัดรัด\nประเด็นยุทธศาสตร์ย่อย ๕.๓ การพัฒนาพื้นที่\nเป้าหมายที่ ๕.๓.๑ ถนนได้มาตรฐาน\nตัวชี้วัด ร้อยละของถนนที่ได้รับการปรับปรุง',
    });
    expect(project.cells).toBeUndefined();
    expect(project.numberFormats).toBeUndefined();
  });

  it('gives one report row per entry, with the project code, the pieces as written and the entry line', () => {
    expect(records.reports.map((report) => report.values)).toEqual([
      {
        code: '03000000-2457', reportNo: '1', reportDate: '19/10/2562', stage: 'อยู่ระหว่างขั้นตอนจัดทำ TOR', progress: '10.00',
        disbursedInPeriod: '0 บาท', onPlan: 'เป็นไปตามแผน', onTarget: 'เป็นไปตามเป้าหมาย',
      },
      {
        code: '03000000-2457', reportNo: '2', reportDate: '2020-3-18', stage: 'อยู่ระหว่างขั้นตอนก่อสร้าง', progress: '60.00',
        disbursedInPeriod: '1,918,000.- บาท', onPlan: 'ไม่เป็นไปตามแผน', onTarget: 'ไม่เป็นไปตามเป้าหมาย',
      },
    ]);
    expect(records.reports.map((report) => report.source)).toEqual([{ file: 'printout.txt', row: 29 }, { file: 'printout.txt', row: 30 }]);
  });

  it('reads the closing and signature lines as nothing, and finds no problem', () => {
    expect(records.problems).toEqual([]);
  });

  it('reads the same from \\n, \\r and a byte-order mark', () => {
    for (const text of [PRINTOUT.join('\n'), PRINTOUT.join('\r'), `\ufeff${PRINTOUT.join('\n')}\n`]) {
      expect(readPrintedForm(text, 'printout.txt')).toEqual(records);
    }
  });
});

describe('readPrintedForm — the quirks of DESIGN §2 kept for the checker', () => {
  const text = [
    'รหัสโครงการ : 03000000-2441',
    'รายงานครั้งที่ 8 :: 25 พ.ค. 63 : อยู่ระหว่างขั้นตอนตรวจรับงานงวดที่ 1 :: ความก้าวหน้าของงานฯ = 55.00 % : งบประมาณที่เบิกใช้ (ครั้งที่ 8) = 95,900 บาท : เป็นไปตามแผน : เป็นไปตามเป้าหมาย',
    'รายงานครั้งที่ 9 :: 2019-10-01 00:00:00 : อยู่ระหว่างขั้นตอนตรวจรับงาน (ครั้งที่ 8) ผลงานแล้วเสร็จร้อยละ 70 :: ความก้าวหน้าของงานฯ = 60.00 % : งบประมาณที่เบิกใช้ (ครั้งที่ 9) = 0 บาท : ไม่เป็นไปตามแผน : เป็นไปตามเป้าหมาย',
    'รายงานครั้งที่ 10 :: 2020-3-18 : อยู่ระหว่างขั้นตอนส่งมอบงาน :: ความก้าวหน้าของงานฯ = 100.00 % : งบประมาณที่เบิกใช้ (ครั้งที่ 9) = 0 บาท : เป็นไปตามแผน : ไม่เป็นไปตามเป้าหมาย',
  ].join('\n');
  const { reports, problems } = readPrintedForm(text, 'quirks.txt');

  it('keeps a date as written whatever its form, the time of day included', () => {
    expect(reports.map((report) => report.values.reportDate)).toEqual(['25 พ.ค. 63', '2019-10-01 00:00:00', '2020-3-18']);
  });

  it('keeps the whole stage text: another report number in it, and a second progress figure', () => {
    expect(reports[1].values.stage).toBe('อยู่ระหว่างขั้นตอนตรวจรับงาน (ครั้งที่ 8) ผลงานแล้วเสร็จร้อยละ 70');
    expect(reports[1].values.progress).toBe('60.00');
  });

  it('keeps a disbursement label that names another report in the stage text, where label-mismatch reads', () => {
    expect(reports[2].values.stage).toBe('อยู่ระหว่างขั้นตอนส่งมอบงาน :: งบประมาณที่เบิกใช้ (ครั้งที่ 9)');
    expect(reports[0].values.stage).toBe('อยู่ระหว่างขั้นตอนตรวจรับงานงวดที่ 1');
  });

  it('reads งบประมาณที่เบิกใช้ (ครั้งที่ N) as the amount of report N, and 100 % with 0 baht stays as written', () => {
    expect(reports.map((report) => [report.values.progress, report.values.disbursedInPeriod, report.values.disbursedToDate]))
      .toEqual([['55.00', '95,900 บาท', undefined], ['60.00', '0 บาท', undefined], ['100.00', '0 บาท', undefined]]);
  });

  it('leaves the quirks where the checker\'s text rules find them (label-mismatch, conflicting-progress)', () => {
    const stages = reports.map((report) => String(report.values.stage));
    expect(stages.map((stage) => reportNumbersNamed(stage).map((named) => named.reportNo))).toEqual([[], [8], [9]]);
    expect(progressFiguresStated(stages[1]).map((figure) => figure.percent)).toEqual([70]);
  });

  it('keeps ไม่เป็นไปตามแผน / ไม่เป็นไปตามเป้าหมาย as written', () => {
    expect(reports.map((report) => [report.values.onPlan, report.values.onTarget])).toEqual([
      ['เป็นไปตามแผน', 'เป็นไปตามเป้าหมาย'], ['ไม่เป็นไปตามแผน', 'เป็นไปตามเป้าหมาย'], ['เป็นไปตามแผน', 'ไม่เป็นไปตามเป้าหมาย'],
    ]);
    expect(problems).toEqual([]);
  });
});

describe('readPrintedForm — lines as printouts break them', () => {
  it('joins an entry wrapped over lines with one space, and counts it from its first line', () => {
    const text = [
      'รหัสโครงการ : 03000000-2457',
      'รายงานครั้งที่ 3 :: 19/10/2562 : อยู่ระหว่างขั้นตอน',
      'ประกวดราคาอิเล็กทรอนิกส์ :: ความก้าวหน้าของงานฯ = 20.00 % : งบประมาณที่เบิกใช้ (ครั้งที่ 3)',
      '= 0 บาท : เป็นไปตามแผน :',
      'เป็นไปตามเป้าหมาย',
      'รายงานครั้งที่ 4 :: 20/11/2562 : อยู่ระหว่างขั้นตอนก่อสร้าง :: ความก้าวหน้าของงานฯ = 30.00 % : งบประมาณที่เบิกใช้ (ครั้งที่ 4) = 10,000 บาท : เป็นไปตามแผน : เป็นไปตามเป้าหมาย',
    ].join('\n');
    const records = readPrintedForm(text, 'wrapped.txt');
    expect(records.reports[0].values).toEqual({
      code: '03000000-2457', reportNo: '3', reportDate: '19/10/2562', stage: 'อยู่ระหว่างขั้นตอน ประกวดราคาอิเล็กทรอนิกส์', progress: '20.00',
      disbursedInPeriod: '0 บาท', onPlan: 'เป็นไปตามแผน', onTarget: 'เป็นไปตามเป้าหมาย',
    });
    expect(rowsOf(records)).toEqual([2, 6]);
    expect(records.problems).toEqual([]);
  });

  it('reads a value on the line after its label, and a free text over several lines', () => {
    const text = [
      'รหัสโครงการ',
      '03000000-2457',
      'ชื่อโครงการ/กิจกรรม',
      'โครงการก่อสร้างเขื่อน',
      'ริมคลองบางกอกน้อย',
      'งบประมาณที่ได้รับ (บาท)',
      '๑,๙๑๘,๐๐๐',
      'ปีงบประมาณ พ.ศ. :',
      '',
      '2563',
      '1.3 หลักการและเหตุผล',
      'คลองตื้นเขิน',
      '',
      'น้ำท่วมขังในฤดูฝน',
    ].join('\n');
    const [project] = readPrintedForm(text, 'below.txt').projects;
    expect(project.values).toEqual({
      code: '03000000-2457',
      name: 'โครงการก่อสร้างเขื่อน ริมคลองบางกอกน้อย',
      budget: '๑,๙๑๘,๐๐๐',
      fiscalYear: '2563',
      rationale: 'คลองตื้นเขิน\nน้ำท่วมขังในฤดูฝน',
    });
    expect(project.source.row).toBe(1);
  });

  it('reads two labels printed on one line, 1.1 printed with its code and name, 1.2 with the agency under it', () => {
    const text = [
      '1.1 รหัสโครงการและชื่อโครงการ : 03000000-2457 โครงการปรับปรุงถนนซอยวัดใหม่',
      'เริ่มต้นโครงการ : 2020-3-18 สิ้นสุดโครงการ : 30/09/2563',
      'งบประมาณที่ได้รับ : 1,918,000.- งบประมาณที่ใช้ไป : 0 บาท',
      '1.2 หน่วยงานที่รับผิดชอบ',
      'สำนักการโยธา / กองก่อสร้างและบูรณะถนน',
      'ชื่อผู้รับผิดชอบ : นายพีระพงษ์ อินทร์แก้ว โทร. 1475 ผู้ประสานงาน : นางสาวสมใจ ใจดี โทร. 1460',
    ].join('\n');
    const [project] = readPrintedForm(text, 'inline.txt').projects;
    expect(project.values).toEqual({
      code: '03000000-2457',
      name: 'โครงการปรับปรุงถนนซอยวัดใหม่',
      startDate: '2020-3-18',
      endDate: '30/09/2563',
      budget: '1,918,000.-',
      spent: '0 บาท',
      agency: 'สำนักการโยธา / กองก่อสร้างและบูรณะถนน',
      owner: 'นายพีระพงษ์ อินทร์แก้ว โทร. 1475',
      coordinator: 'นางสาวสมใจ ใจดี โทร. 1460',
    });
  });

  it('keeps Thai digits untouched: in 1.6, in a report number, a date and a percent', () => {
    const text = [
      'รหัสโครงการ : ๐๓๐๐๐๐๐๐-๒๔๕๗',
      '๑.๖ สนับสนุนแผนพัฒนา กทม. ระยะ ๒๐ ปี',
      'ประเด็นยุทธศาสตร์ ๕ มหานครกะทัดรัด',
      'เป้าหมายที่ ๕.๓.๑',
      'รายงานครั้งที่ ๒ :: ๑๙/๑๐/๒๕๖๒ : อยู่ระหว่างขั้นตอนก่อสร้าง :: ความก้าวหน้าของงานฯ = ๖๐.๐๐ % : งบประมาณที่เบิกใช้ (ครั้งที่ ๒) = ๐ บาท : เป็นไปตามแผน : เป็นไปตามเป้าหมาย',
    ].join('\n');
    const records = readPrintedForm(text, 'thai-digits.txt');
    expect(records.projects[0].values).toEqual({ code: '๐๓๐๐๐๐๐๐-๒๔๕๗', strategy: 'ประเด็นยุทธศาสตร์ ๕ มหานครกะทัดรัด\nเป้าหมายที่ ๕.๓.๑' });
    expect(records.reports[0].values).toEqual({
      code: '๐๓๐๐๐๐๐๐-๒๔๕๗', reportNo: '๒', reportDate: '๑๙/๑๐/๒๕๖๒', stage: 'อยู่ระหว่างขั้นตอนก่อสร้าง', progress: '๖๐.๐๐',
      disbursedInPeriod: '๐ บาท', onPlan: 'เป็นไปตามแผน', onTarget: 'เป็นไปตามเป้าหมาย',
    });
    expect(records.problems).toEqual([]);
  });

  it('keeps prose under 1.3–1.5 whose lines start like labels, and skips page numbers', () => {
    const text = [
      '1.3 หลักการและเหตุผล',
      'งบประมาณ ปีที่ผ่านมาไม่เพียงพอ',
      '- 2 -',
      'หน่วยงาน ได้สำรวจแล้ว',
      '1.4 วัตถุประสงค์ของโครงการ',
      'หน้า 3',
      'เพื่อซ่อมถนน',
    ].join('\n');
    expect(readPrintedForm(text, 'prose.txt').projects[0].values).toEqual({
      rationale: 'งบประมาณ ปีที่ผ่านมาไม่เพียงพอ\nหน่วยงาน ได้สำรวจแล้ว',
      objectives: 'เพื่อซ่อมถนน',
    });
  });

  it('keeps a field labelled twice at its first value', () => {
    const text = ['1.2 หน่วยงานที่รับผิดชอบ : สำนักการโยธา', 'หน่วยงาน : สำนักการระบายน้ำ', 'ชื่อผู้รับผิดชอบ : นาย ก'].join('\n');
    expect(readPrintedForm(text, 'twice.txt').projects[0].values).toEqual({ agency: 'สำนักการโยธา', owner: 'นาย ก' });
  });
});

describe('readPrintedForm — problems: what looks like a report but cannot be read', () => {
  it('gives empty records and one problem for a blank text, and for text that is no form', () => {
    for (const text of ['', '\r\n  \r\n', 'สวัสดีครับ\nรายการนี้ไม่ใช่แบบรายงาน\n12345']) {
      const records = readPrintedForm(text, 'notes.txt');
      expect(records.projects).toEqual([]);
      expect(records.reports).toEqual([]);
      expect(records.problems).toHaveLength(1);
      expect(records.problems[0].th).toContain('notes.txt');
      expect(records.problems[0].en).toBe('notes.txt: no standard-form content found (none of the form\'s labels, no "รายงานครั้งที่ N ::" entries)');
    }
  });

  it('names the line of an entry without a report number, and reads the others', () => {
    const text = [
      'รหัสโครงการ : 03000000-2457',
      'รายงานครั้งที่ :: 19/10/2562 : อยู่ระหว่างขั้นตอนก่อสร้าง :: ความก้าวหน้าของงานฯ = 60.00 %',
      'รายงานครั้งที่ 2 :: 20/11/2562 : อยู่ระหว่างขั้นตอนก่อสร้าง :: ความก้าวหน้าของงานฯ = 70.00 % : งบประมาณที่เบิกใช้ (ครั้งที่ 2) = 0 บาท : เป็นไปตามแผน : เป็นไปตามเป้าหมาย',
    ].join('\n');
    const records = readPrintedForm(text, 'broken.txt');
    expect(rowsOf(records)).toEqual([3]);
    expect(records.problems).toEqual([{
      th: 'บรรทัด 2: อ่านรายงานความก้าวหน้าไม่ได้ — ไม่พบ "รายงานครั้งที่ N ::" ที่มีเลขครั้งที่: "รายงานครั้งที่ :: 19/10/2562 : อยู่ระหว่างขั้นตอนก่อสร้าง :: ความก้าวหน้าของงานฯ = 60.00 %"',
      en: 'line 2: a progress report could not be read — no "รายงานครั้งที่ N ::" with a report number: "รายงานครั้งที่ :: 19/10/2562 : อยู่ระหว่างขั้นตอนก่อสร้าง :: ความก้าวหน้าของงานฯ = 60.00 %"',
    }]);
  });

  it('keeps what an entry without its progress clause gives, and says what was missing', () => {
    const text = ['รหัสโครงการ : 03000000-2457', 'รายงานครั้งที่ 5 :: 19/10/2562 : อยู่ระหว่างขั้นตอนก่อสร้าง'].join('\n');
    const records = readPrintedForm(text, 'short.txt');
    expect(records.reports.map((report) => report.values)).toEqual([
      { code: '03000000-2457', reportNo: '5', reportDate: '19/10/2562', stage: 'อยู่ระหว่างขั้นตอนก่อสร้าง' },
    ]);
    expect(records.problems).toEqual([{
      th: 'บรรทัด 2: อ่านรายงานความก้าวหน้าได้ไม่ครบ — ไม่พบ "ความก้าวหน้าของงานฯ = … %"',
      en: 'line 2: a progress report was not read in full — no "ความก้าวหน้าของงานฯ = … %" (progress)',
    }]);
  });

  it('says when a part of an entry is not understood, and when the date has no colon after it', () => {
    const text = [
      'รหัสโครงการ : 03000000-2457',
      'รายงานครั้งที่ 1 :: 19/10/2562 : จัดซื้อ :: ความก้าวหน้าของงานฯ = 10 % : ผู้รับจ้าง บริษัท ก จำกัด : เป็นไปตามแผน : เป็นไปตามเป้าหมาย',
      'รายงานครั้งที่ 2 :: 20/11/2562 อยู่ระหว่างก่อสร้าง',
    ].join('\n');
    const records = readPrintedForm(text, 'parts.txt');
    expect(records.reports.map((report) => report.values)).toEqual([
      { code: '03000000-2457', reportNo: '1', reportDate: '19/10/2562', stage: 'จัดซื้อ', progress: '10', onPlan: 'เป็นไปตามแผน', onTarget: 'เป็นไปตามเป้าหมาย' },
      { code: '03000000-2457', reportNo: '2', reportDate: '20/11/2562 อยู่ระหว่างก่อสร้าง' },
    ]);
    expect(records.problems.map((problem) => problem.en)).toEqual([
      'line 2: a progress report was not read in full — part not understood: "ผู้รับจ้าง บริษัท ก จำกัด"',
      'line 3: a progress report was not read in full — no ":" after the date, so the stage and progress could not be read',
    ]);
  });

  it('says so when the reports have no project code to belong to', () => {
    const text = 'รายงานครั้งที่ 1 :: 19/10/2562 : จัดซื้อ :: ความก้าวหน้าของงานฯ = 10.00 % : งบประมาณที่เบิกใช้ (ครั้งที่ 1) = 0 บาท : เป็นไปตามแผน : เป็นไปตามเป้าหมาย';
    const records = readPrintedForm(text, 'nocode.txt');
    expect(records.projects).toEqual([]);
    expect(records.reports).toHaveLength(1);
    expect(records.reports[0].values.code).toBeUndefined();
    expect(records.problems).toEqual([{
      th: 'ไม่พบรหัสโครงการในแบบรายงาน: รายงานความก้าวหน้า 1 รายการไม่มีรหัสโครงการ',
      en: 'No project code in the form: 1 progress report(s) have no project code',
    }]);
  });
});

describe('readPrintedFormLines — the printout pasted into a sheet', () => {
  it('one line a cell in column A: rows and cells are the sheet\'s', () => {
    const lines = [
      { text: 'รหัสโครงการ : 03000000-2457', row: 3, cell: 'A3' },
      { text: 'งบประมาณที่ได้รับ', row: 4, cell: 'A4' },
      { text: '1,918,000.-', row: 5, cell: 'A5' },
      { text: 'รายงานครั้งที่ 1 :: 19/10/2562 : จัดซื้อ :: ความก้าวหน้าของงานฯ = 10.00 %', row: 7, cell: 'A7' },
      { text: ': งบประมาณที่เบิกใช้ (ครั้งที่ 1) = 0 บาท : เป็นไปตามแผน : เป็นไปตามเป้าหมาย', row: 8, cell: 'A8' },
    ];
    const records = readPrintedFormLines(lines, 'book.xlsx', 'วาง');
    expect(records.projects[0]).toEqual({
      source: { file: 'book.xlsx', sheet: 'วาง', row: 3 },
      values: { code: '03000000-2457', budget: '1,918,000.-' },
      cells: { code: 'A3', budget: 'A5' },
    });
    expect(records.reports[0]).toEqual({
      source: { file: 'book.xlsx', sheet: 'วาง', row: 7 },
      values: {
        code: '03000000-2457', reportNo: '1', reportDate: '19/10/2562', stage: 'จัดซื้อ', progress: '10.00',
        disbursedInPeriod: '0 บาท', onPlan: 'เป็นไปตามแผน', onTarget: 'เป็นไปตามเป้าหมาย',
      },
      cells: {
        code: 'A3', reportNo: 'A7', reportDate: 'A7', stage: 'A7', progress: 'A7', disbursedInPeriod: 'A8', onPlan: 'A8', onTarget: 'A8',
      },
    });
  });

  it('a line spread over several columns: each piece names the cell it is in', () => {
    const text = 'รายงานครั้งที่ 2 :: 20/11/2562 : ก่อสร้าง :: ความก้าวหน้าของงานฯ = 70.00 % : งบประมาณที่เบิกใช้ (ครั้งที่ 2) = 5,000 บาท : เป็นไปตามแผน : ไม่เป็นไปตามเป้าหมาย';
    const second = text.indexOf(':: ความก้าวหน้า');
    const third = text.indexOf(': เป็นไปตามแผน');
    const records = readPrintedFormLines([
      { text: 'รหัสโครงการ : 03000000-2457', row: 1, cell: 'B1' },
      { text, row: 2, cellStarts: [{ at: 0, cell: 'B2' }, { at: second, cell: 'C2' }, { at: third, cell: 'D2' }] },
    ], 'book.xlsx', 'วาง');
    expect(records.reports[0].cells).toEqual({
      code: 'B1', reportNo: 'B2', reportDate: 'B2', stage: 'B2', progress: 'C2', disbursedInPeriod: 'C2', onPlan: 'D2', onTarget: 'D2',
    });
  });
});

describe('looksLikePrintedForm', () => {
  const lines = (...texts: string[]) => texts.map((text, i) => ({ text, row: i + 1 }));

  it.each([
    ['the title', lines('แบบแสดงรายงานความก้าวหน้าและข้อมูลเกี่ยวกับโครงการ')],
    ['two section headings', lines('1.3 หลักการและเหตุผล', 'ข้อความ', '1.4 วัตถุประสงค์ของโครงการ')],
    ['two headings without numbers', lines('หลักการและเหตุผล', 'เป้าหมายของโครงการ')],
    ['one entry', lines('สรุป', 'รายงานครั้งที่ 3 :: 19/10/2562 : ก่อสร้าง :: ความก้าวหน้าของงานฯ = 60.00 %')],
    ['three labels with values', lines('รหัสโครงการ : 03000000-2457', 'ชื่อโครงการ : ถนน', 'ปีงบประมาณ : 2563')],
    ['the whole printout', lines(...PRINTOUT)],
  ])('true for %s', (_name, given) => {
    expect(looksLikePrintedForm(given)).toBe(true);
  });

  it.each([
    ['nothing', lines()],
    ['a reports table header row with รายงานครั้งที่', lines('รหัสโครงการ รายงานครั้งที่ วันที่ ความก้าวหน้า (%) เบิกจ่ายสะสม (บาท)', '03000000-2457 1 19/10/2562 10 0')],
    ['a header row starting with รายงานครั้งที่', lines('รายงานครั้งที่ วันที่รายงาน ขั้นตอน ความก้าวหน้า', '1 19/10/2562 จัดซื้อ 10')],
    ['a projects table', lines('รหัสโครงการ ชื่อโครงการ ปีงบประมาณ งบประมาณ', '03000000-2457 ถนน 2563 1,918,000')],
    ['notes mentioning the project', lines('หมายเหตุ', 'โครงการนี้รายงานครั้งที่ 3 ล่าช้า', 'วัตถุประสงค์ของแผ่นงานนี้คือสรุปผล')],
    ['one heading only', lines('1.3 หลักการและเหตุผล', 'ถนนชำรุด')],
    ['two labels with values', lines('รหัสโครงการ : 03000000-2457', 'ชื่อโครงการ : ถนน')],
    ['indicators and goals outside 1.6', lines('ตัวชี้วัด : ร้อยละ 80', 'เป้าหมายที่ 1 : ถนน', 'ตัวชี้วัด : ร้อยละ 90')],
  ])('false for %s', (_name, given) => {
    expect(looksLikePrintedForm(given)).toBe(false);
  });
});
