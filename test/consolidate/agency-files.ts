import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { workbookBytes } from '../xlsx/fixtures';

/**
 * A coordinator's folder of agency files, each in its own layout, made in code (no real agency
 * file may be kept here): Thai and English headers in different orders, title rows, an Excel
 * table and plain ranges, a flat sheet, CSV in UTF-8 with and without a BOM and in Windows-874,
 * a project two agencies give with different budgets, a report two files both carry, and a file
 * that is no spreadsheet at all.
 */

/** Thai text as Windows-874 (TIS-620) bytes: the Thai block U+0E01–U+0E5B sits at 0xA1–0xFB. */
export function windows874(text: string): Uint8Array {
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) bytes.push(code);
    else if (code >= 0x0e01 && code <= 0x0e5b) bytes.push(code - 0x0e00 + 0xa0);
    else throw new Error(`windows874: ${ch} has no byte`);
  }
  return new Uint8Array(bytes);
}

export const FILES = {
  works: 'works-2563.xlsx',
  drainage: 'drainage-2563.xlsx',
  parks: 'parks.csv',
  parksNoBom: 'parks-reports.csv',
  culture: 'culture-874.csv',
  notes: 'readme.md',
  printed: 'roads-2457.txt',
  form: 'bridges-form.xlsx',
} as const;

/** The form as the project system prints it (DESIGN §2), with its quirks: a CE date among BE ones, `1,918,000.-`, report 2's text naming report 1. */
export const PRINTED_FORM = [
  'แบบแสดงรายงานความก้าวหน้าและข้อมูลเกี่ยวกับโครงการ',
  '1.1 รหัสโครงการและชื่อโครงการ',
  'ชื่อโครงการ/กิจกรรม : โครงการปรับปรุงถนนซอยวัดใหม่',
  'รหัสโครงการ : 03000000-2457',
  'ปีงบประมาณ พ.ศ. 2563',
  'เริ่มต้นโครงการ : 1/10/2562',
  'สิ้นสุดโครงการ : 30/9/2563',
  'งบประมาณที่ได้รับ : 1,918,000.-',
  '1.2 หน่วยงานที่รับผิดชอบ',
  'หน่วยงาน : สำนักการโยธา / กองก่อสร้างและบูรณะถนน',
  '2. รายงานความก้าวหน้าของโครงการและการใช้จ่ายงบประมาณ',
  'รายงานครั้งที่ 1 :: 19/10/2562 : อยู่ระหว่างขั้นตอนจัดทำ TOR :: ความก้าวหน้าของงานฯ = 10.00 % : งบประมาณที่เบิกใช้ (ครั้งที่ 1) = 0 บาท : เป็นไปตามแผน : เป็นไปตามเป้าหมาย',
  'รายงานครั้งที่ 2 :: 2020-3-18 : อยู่ระหว่างขั้นตอนก่อสร้าง (รายงานครั้งที่ 1) :: ความก้าวหน้าของงานฯ = 60.00 % : งบประมาณที่เบิกใช้ (ครั้งที่ 2) = 500,000 บาท : เป็นไปตามแผน : เป็นไปตามเป้าหมาย',
  'ขอรับรองว่า ข้อมูลที่ปรากฏในเอกสารฉบับนี้ หน่วยงานได้จัดพิมพ์จากระบบงานจริง เพื่อเป็นหลักฐานไว้ตรวจสอบ',
];

/** Writes the folder; returns its path. */
export async function writeAgencyFolder(root: string): Promise<string> {
  const folder = join(root, 'agencies');
  mkdirSync(join(folder, 'nested'), { recursive: true });

  // สำนักการโยธา: normalized sheets, Thai headers under a title row, plain ranges, date cells.
  writeFileSync(join(folder, FILES.works), await workbookBytes((workbook) => {
    const projects = workbook.addWorksheet('โครงการ');
    projects.addRow(['บัญชีโครงการ ปีงบประมาณ พ.ศ. 2563']);
    projects.addRow(['รหัสโครงการ', 'ชื่อโครงการ', 'ปีงบประมาณ', 'หน่วยงานที่รับผิดชอบ', 'เริ่มต้นโครงการ', 'สิ้นสุดโครงการ', 'งบประมาณที่ได้รับ (บาท)']);
    projects.addRow(['03000000-2441', 'ก่อสร้างสะพานคลองบางซื่อ', 2563, 'สำนักการโยธา / กองก่อสร้าง', '1/10/2562', '30/9/2563', 1918000]);
    projects.addRow(['03000000-2442', 'ปรับปรุงทางเท้าถนนพระราม 4', 2563, 'สำนักการโยธา / กองบำรุงรักษา', '1/10/2562', '30/9/2563', 2400000]);
    const reports = workbook.addWorksheet('รายงาน');
    reports.addRow(['รหัสโครงการ', 'รายงานครั้งที่', 'วันที่รายงาน', 'ขั้นตอนการดำเนินงาน', 'ความก้าวหน้า (%)', 'เบิกจ่ายสะสม (บาท)']);
    reports.addRow(['03000000-2441', 1, '31/10/2562', 'อยู่ระหว่างจัดซื้อจัดจ้าง', 10, 0]);
    reports.addRow(['03000000-2441', 2, '30/11/2562', 'อยู่ระหว่างก่อสร้าง', 40, 500000]);
    reports.addRow(['03000000-2442', 1, '31/10/2562', 'ลงนามสัญญาแล้ว', 100, 0]);
  }));

  // สำนักการระบายน้ำ: one flat Excel table, English headers in another order.
  writeFileSync(join(folder, 'nested', FILES.drainage), await workbookBytes((workbook) => {
    const sheet = workbook.addWorksheet('Data');
    sheet.addTable({
      name: 'Drainage', ref: 'B3', headerRow: true,
      columns: ['Report no.', 'Project code', 'Project name', 'Fiscal year', 'Agency', 'Start date', 'End date', 'Budget', 'Report date', 'Progress', 'Disbursed to date']
        .map((name) => ({ name })),
      rows: [
        [1, '03000000-2501', 'ขุดลอกคลองเปรม', 2563, 'สำนักการระบายน้ำ', '2019-10-01', '2020-09-30', 5000000, '2019-10-31', 20, 1000000],
        [2, '03000000-2501', 'ขุดลอกคลองเปรม', 2563, 'สำนักการระบายน้ำ', '2019-10-01', '2020-09-30', 5000000, '2019-11-30', 35, 1500000],
        [1, '03000000-2502', 'ติดตั้งเครื่องสูบน้ำ', 2563, 'สำนักการระบายน้ำ', '2019-10-01', '2020-09-30', 3000000, '2019-10-31', 5, 0],
      ],
    });
    sheet.getCell('B1').value = 'Drainage projects FY2020';
  }));

  // สำนักสิ่งแวดล้อม: projects as UTF-8 CSV with a BOM; it also gives 03000000-2441 — with another budget.
  const parks = [
    'รหัสโครงการ,ชื่อโครงการ,ปีงบประมาณ,หน่วยงานที่รับผิดชอบ,เริ่มต้นโครงการ,สิ้นสุดโครงการ,งบประมาณที่ได้รับ (บาท)',
    '03000000-2601,ปรับปรุงสวนลุมพินี,2563,สำนักสิ่งแวดล้อม,1/10/2562,30/9/2563,"1,200,000.-"',
    '03000000-2441,ก่อสร้างสะพานคลองบางซื่อ,2563,สำนักการโยธา / กองก่อสร้าง,1/10/2562,30/9/2563,"1,980,000"',
  ].join('\r\n');
  writeFileSync(join(folder, FILES.parks), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(parks, 'utf8')]));

  // The same agency's reports, UTF-8 without a BOM; report 2 of 03000000-2441 repeats the works file's.
  writeFileSync(join(folder, FILES.parksNoBom), [
    'ความก้าวหน้า (%),รายงานครั้งที่,รหัสโครงการ,วันที่รายงาน,เบิกจ่ายสะสม (บาท)',
    '15,1,03000000-2601,31/10/2562,100000',
    '40,2,03000000-2441,30/11/2562,500000',
  ].join('\n'));

  // สำนักวัฒนธรรม: Windows-874, a formula-like name that must stay text.
  writeFileSync(join(folder, FILES.culture), windows874([
    'รหัสโครงการ,ชื่อโครงการ,ปีงบประมาณ,หน่วยงานที่รับผิดชอบ,เริ่มต้นโครงการ,สิ้นสุดโครงการ,งบประมาณที่ได้รับ (บาท)',
    '03000000-2701,=HYPERLINK("x") ประเพณีลอยกระทง,2563,สำนักวัฒนธรรม,1/10/2562,30/9/2563,800000',
  ].join('\r\n')));

  writeFileSync(join(folder, FILES.notes), '# notes for the coordinator\n');
  writeFileSync(join(folder, FILES.printed), PRINTED_FORM.join('\r\n'));

  // An agency's own typing of the form: labels in A, values in B, section 2 as a table.
  writeFileSync(join(folder, FILES.form), await workbookBytes((workbook) => {
    const sheet = workbook.addWorksheet('แบบฟอร์ม');
    sheet.addRow(['แบบแสดงรายงานความก้าวหน้าและข้อมูลเกี่ยวกับโครงการ']);
    sheet.addRow(['ชื่อโครงการ', 'ก่อสร้างสะพานข้ามคลองลาดพร้าว']);
    sheet.addRow(['รหัสโครงการ', '03000000-2901']);
    sheet.addRow(['ปีงบประมาณ', 2563]);
    sheet.addRow(['เริ่มต้นโครงการ', '1/10/2562']);
    sheet.addRow(['สิ้นสุดโครงการ', '30/9/2563']);
    sheet.addRow(['งบประมาณที่ได้รับ', 3500000]);
    sheet.addRow(['หน่วยงานที่รับผิดชอบ', 'สำนักการโยธา / กองสะพาน']);
    sheet.addRow([]);
    sheet.addRow(['รายงานครั้งที่', 'วันที่รายงาน', 'ขั้นตอนการดำเนินงาน', 'ความก้าวหน้า (%)', 'เบิกจ่ายสะสม (บาท)']);
    sheet.addRow([1, '31/10/2562', 'ออกแบบ', 15, 0]);
    sheet.addRow([2, '30/11/2562', 'ก่อสร้างฐานราก', 30, 700000]);
  }));
  return folder;
}
