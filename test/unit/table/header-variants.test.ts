import type { Field } from '../../../src/core/model';
import { recognizeHeader, type HeaderRecognition } from '../../../src/core/table/headers';

/** One field; `none` (no field at all); or the two fields a header leaves open for the data to decide. */
type Expected = Field | 'none' | readonly [Field, Field];

interface Variant {
  text: string;
  expected: Expected;
  /** The field(s) a careless reading would pick: the header must not be mapped to them. */
  tempting?: readonly Field[];
}

const is = (text: string, expected: Expected): Variant => ({ text, expected });
/** A header that must NOT map to the tempting field(s), with what it does mean. */
const notAs = (text: string, expected: Expected, ...tempting: Field[]): Variant => ({ text, expected, tempting });
const DISBURSED_OPEN = ['disbursedToDate', 'disbursedInPeriod'] as const;
const PROGRESS_OR_STAGE = ['progress', 'stage'] as const;

const VARIANTS: readonly Variant[] = [
  // BMA standard form แบบแสดงรายงานความก้าวหน้าและข้อมูลเกี่ยวกับโครงการ (DESIGN §2), its labels as column headers.
  is('รหัสโครงการ', 'code'),
  is('ชื่อโครงการ/กิจกรรม', 'name'),
  is('ปีงบประมาณ พ.ศ.', 'fiscalYear'),
  is('เริ่มต้นโครงการ', 'startDate'),
  is('สิ้นสุดโครงการ', 'endDate'),
  is('งบประมาณที่ได้รับ (บาท)', 'budget'),
  is('งบประมาณที่ใช้ไป (บาท)', 'spent'),
  is('หน่วยงานที่รับผิดชอบ', 'agency'),
  is('ชื่อผู้รับผิดชอบ', 'owner'),
  is('ผู้ประสานงาน', 'coordinator'),
  is('หลักการและเหตุผล', 'rationale'),
  is('วัตถุประสงค์ของโครงการ', 'objectives'),
  is('เป้าหมายของโครงการ', 'targets'),
  is('ประเด็นยุทธศาสตร์', 'strategy'),
  is('สนับสนุนแผนพัฒนา กทม. ระยะ 20 ปี', 'strategy'),
  is('รายงานครั้งที่', 'reportNo'),
  is('อยู่ระหว่างขั้นตอน', 'stage'),
  is('ความก้าวหน้าของงานฯ', 'progress'),
  is('งบประมาณที่เบิกใช้ครั้งนี้ (บาท)', 'disbursedInPeriod'),
  is('เป็นไปตามแผน', 'onPlan'),
  is('เป็นไปตามเป้าหมาย', 'onTarget'),
  is('ผู้รับผิดชอบโครงการฯ', 'owner'),
  notAs('ลงชื่อ (ผู้รับผิดชอบโครงการ)', 'none', 'owner'),
  is('ตำแหน่ง', 'none'),

  // BMA project and KPI monitoring pages (dp.bangkok.go.th / monitor.bangkok.go.th myproject, mykpi).
  is('ความคืบหน้าโครงการ (ร้อยละ)', 'progress'),
  is('งบประมาณหลังปรับโอน (บาท)', 'budget'),
  notAs('งบประมาณคงเหลือ (บาท)', 'none', 'budget'),
  notAs('ค่าเป้าหมาย (ร้อยละ)', 'none', 'progress', 'targets'),
  is('ณ วันที่', 'reportDate'),

  // Comptroller General's Department / GFMIS-style disbursement reports (ผลการเบิกจ่าย) kept by agencies:
  // "งบประมาณที่ได้รับ | เบิกจ่ายสะสม | คงเหลือ | ร้อยละการเบิกจ่าย", "ได้รับ (บาท) | เบิกจ่ายแล้ว (บาท) | คงเหลือ (บาท)".
  is('งบประมาณที่ได้รับจัดสรร (บาท)', 'budget'),
  is('เบิกจ่ายสะสม (บาท)', 'disbursedToDate'),
  is('ผลการเบิกจ่ายสะสม (บาท)', 'disbursedToDate'),
  is('เบิกจ่ายแล้ว (บาท)', 'disbursedToDate'),
  is('ยอดเบิกจ่ายสะสม', 'disbursedToDate'),
  is('งบประมาณที่เบิกจ่ายไปแล้ว', 'disbursedToDate'),
  is('เบิกจ่ายสะสมถึงปัจจุบัน', 'disbursedToDate'),
  is('เบิกจ่ายรวมทั้งสิ้น (บาท)', 'disbursedToDate'),
  is('เบิกจ่ายเดือนนี้ (บาท)', 'disbursedInPeriod'),
  is('ผลการเบิกจ่ายประจำเดือน (บาท)', 'disbursedInPeriod'),
  is('เบิกจ่ายงวดนี้', 'disbursedInPeriod'),
  is('ยอดเบิกจ่าย (บาท)', DISBURSED_OPEN),
  is('ผลการเบิกจ่าย (บาท)', DISBURSED_OPEN),
  is('ผลการเบิกจ่ายจริง (บาท)', DISBURSED_OPEN),
  is('เบิกจ่าย', DISBURSED_OPEN),
  notAs('ร้อยละการเบิกจ่าย', 'none', 'progress', 'disbursedToDate', 'disbursedInPeriod'),
  notAs('ร้อยละการเบิกจ่ายสะสม', 'none', 'disbursedToDate', 'progress'),
  notAs('ผลการเบิกจ่าย (ร้อยละ)', 'none', 'progress', 'disbursedToDate'),
  notAs('เบิกจ่าย (%)', 'none', 'disbursedToDate', 'disbursedInPeriod'),
  notAs('คิดเป็นร้อยละ', 'none', 'progress'),
  notAs('คงเหลือ (บาท)', 'none', 'budget', 'spent'),
  notAs('ยอดคงเหลือ', 'none', 'budget'),
  notAs('วันที่เบิกจ่าย', 'none', 'reportDate', 'disbursedInPeriod'),
  notAs('รหัสหน่วยเบิกจ่าย', 'none', 'code'),

  // Ministry project monitoring system (monitor1.mots.go.th): งบประมาณตาม พรบ. | หลังโอนเปลี่ยนแปลง | เหลือจ่าย | ผูกพันสัญญา (PO).
  is('งบประมาณหลังโอนเปลี่ยนแปลง (บาท)', 'budget'),
  notAs('งบประมาณเหลือจ่าย (บาท)', 'none', 'budget', 'returned'),
  notAs('ผูกพันสัญญา (PO)', 'none', 'spent', 'disbursedToDate'),
  notAs('ก่อหนี้ผูกพัน (บาท)', 'none', 'spent'),
  notAs('ประเภทงบประมาณ', 'none', 'budget'),

  // Budget Bureau แบบ สงป. 301/302 and BB-EvMIS plan/result sheets: แผน/ผล rows, monthly plans, ไตรมาส columns.
  notAs('แผนการเบิกจ่าย (บาท)', 'none', 'disbursedToDate', 'disbursedInPeriod'),
  notAs('แผนการเบิกจ่ายสะสม (บาท)', 'none', 'disbursedToDate'),
  notAs('แผนการเบิกจ่ายประจำเดือน (บาท)', 'none', 'disbursedInPeriod'),
  notAs('เป้าหมายการเบิกจ่าย (ร้อยละ)', 'none', 'progress', 'disbursedToDate', 'targets'),
  notAs('แผนการใช้จ่ายงบประมาณ (บาท)', 'none', 'budget', 'spent'),
  notAs('แผนการปฏิบัติงาน (ร้อยละ)', 'none', 'progress'),
  notAs('ความก้าวหน้าตามแผน (%)', 'none', 'progress', 'onPlan'),
  notAs('ผลการดำเนินงานเทียบกับแผน (ร้อยละ)', 'none', 'progress'),
  notAs('เป้าหมาย (ร้อยละ)', 'none', 'targets', 'progress'),
  is('ผลการปฏิบัติงาน (ร้อยละ)', 'progress'),
  is('แผน/ผล', 'none'),
  is('หน่วยนับ', 'none'),

  // Local-government (อปท.) plan tracking sheets and e-plan exports: multi-line "งบประมาณ\n(บาท)", ข้อบัญญัติ budgets.
  is('ลำดับที่', 'none'),
  is('โครงการ', 'name'),
  is('งบประมาณตามข้อบัญญัติ (บาท)', 'budget'),
  is('งบประมาณ\n(บาท)', 'budget'),
  is('งบประมาณที่เบิกจ่าย (บาท)', DISBURSED_OPEN),
  is('ผลการดำเนินงาน', PROGRESS_OR_STAGE),
  is('ผลการดำเนินงาน (ร้อยละ)', 'progress'),
  is('ผลการดำเนินงาน (%)', 'progress'),
  is('รายละเอียดผลการดำเนินงาน', 'stage'),
  is('สถานะโครงการ', 'stage'),
  is('หน่วยงานรับผิดชอบหลัก', 'agency'),
  notAs('แหล่งงบประมาณ', 'none', 'budget'),
  notAs('งบประมาณที่ส่งคืน (บาท)', 'returned', 'budget'),
  notAs('งบประมาณส่งคืน', 'returned', 'budget'),
  is('เงินส่งคืนคลัง (บาท)', 'returned'),
  notAs('วันที่อนุมัติโครงการ', 'none', 'reportDate', 'startDate'),
  notAs('วันที่ได้รับอนุมัติ', 'none', 'reportDate'),
  notAs('ระยะเวลาดำเนินการ', 'none', 'startDate', 'endDate'),
  notAs('ปัญหาและอุปสรรค', 'none', 'stage'),
  is('ข้อเสนอแนะ', 'none'),
  is('หมายเหตุ', 'none'),

  // e-GP procurement data (ราคากลาง, วงเงินสัญญา, วันที่ทำสัญญา) and approval letters (เลขที่หนังสืออนุมัติ…).
  notAs('วงเงินสัญญา (บาท)', 'none', 'budget'),
  notAs('ราคากลาง (บาท)', 'none', 'budget'),
  notAs('วันที่ลงนามในสัญญา', 'none', 'startDate', 'reportDate'),
  notAs('วันที่เริ่มต้นสัญญา', 'none', 'startDate'),
  notAs('เลขที่สัญญา', 'none', 'code'),
  notAs('เลขที่หนังสืออนุมัติ', 'none', 'code'),
  is('วงเงินงบประมาณ (บาท)', 'budget'),

  // Agency registers and monthly project forms ("จำนวนเงินเบิกจ่ายประจำเดือน", "ผลการดำเนินงาน (ร้อยละ)").
  is('เลขที่โครงการ', 'code'),
  is('รหัส', 'code'),
  is('ชื่อโครงการ', 'name'),
  is('โครงการ/กิจกรรม', 'name'),
  is('ปีงบประมาณ (พ.ศ.)', 'fiscalYear'),
  is('วันเริ่มต้น', 'startDate'),
  is('วันที่เริ่มต้นโครงการ', 'startDate'),
  is('วันสิ้นสุด', 'endDate'),
  is('วันที่สิ้นสุดโครงการ', 'endDate'),
  is('งบประมาณที่ได้รับอนุมัติ (บาท)', 'budget'),
  is('งบประมาณทั้งสิ้น (บาท)', 'budget'),
  is('รายงานผลครั้งที่', 'reportNo'),
  is('ครั้งที่', 'reportNo'),
  is('วันที่รายงาน', 'reportDate'),
  is('ข้อมูล ณ วันที่', 'reportDate'),
  is('รายงาน ณ วันที่', 'reportDate'),
  is('ร้อยละความก้าวหน้า', 'progress'),
  is('ความก้าวหน้าของงาน (ร้อยละ)', 'progress'),
  is('ผลการดำเนินงานสะสม (ร้อยละ)', 'progress'),
  is('ขั้นตอนการดำเนินงาน', 'stage'),
  is('จำนวนเงินเบิกจ่ายประจำเดือน', 'disbursedInPeriod'),
  is('งบประมาณที่เบิกใช้ (บาท)', DISBURSED_OPEN),
  is('งบประมาณที่เบิกใช้สะสม (บาท)', 'disbursedToDate'),
  is('เป็นไปตามแผน (ใช่/ไม่ใช่)', 'onPlan'),
  is('ผู้ประสานงานโครงการ', 'coordinator'),
  is('ลำดับ', 'none'),
  is('ที่', 'none'),
  notAs('รหัสหน่วยงาน', 'none', 'code'),
  notAs('รหัสงบประมาณ', 'none', 'code', 'budget'),
  notAs('โทรศัพท์ผู้รับผิดชอบ', 'none', 'owner'),
  notAs('เบอร์โทรผู้ประสานงาน', 'none', 'coordinator'),
  // แผนก is a section of an office, not แผน (plan): it must neither block a match nor be read as a plan.
  is('แผนก', 'agency'),
  is('หน่วยงาน/แผนก', 'agency'),
  is('แผนกที่รับผิดชอบ', 'agency'),
  is('เบิกจ่ายสะสม (ตามข้อมูลแผนกการเงิน)', 'disbursedToDate'),

  // Numbered form headers with Thai digits, ฯ, extra spaces, Alt+Enter line breaks, mixed Thai/English.
  is('๑.๑ รหัสโครงการ', 'code'),
  is('๓. งบประมาณที่ได้รับ (บาท)', 'budget'),
  is('๕. ความก้าวหน้า (%)', 'progress'),
  is('  ชื่อ  โครงการ  ', 'name'),
  is('ความก้าวหน้า\n(ร้อยละ)', 'progress'),
  is('เบิกจ่าย\nสะสม\n(บาท)', 'disbursedToDate'),
  is('วันที่\nรายงาน', 'reportDate'),
  is('ผลการดำเนินงาน\n(ร้อยละ)', 'progress'),
  is('งบประมาณ (Budget)', 'budget'),
  is('ความก้าวหน้า (Progress %)', 'progress'),
  is('รหัสโครงการ (Project Code)', 'code'),
  is('วันที่รายงาน / Report Date', 'reportDate'),
  is('เบิกจ่ายสะสม (Cumulative disbursement)', 'disbursedToDate'),

  // English project trackers (Project ID | Project Name | Start/End Date | Budget | Actual Spend | Remaining | Progress % | Status | Owner).
  is('Project ID', 'code'),
  is('Project Code', 'code'),
  is('PROJECT NAME', 'name'),
  is('Project Title', 'name'),
  is('Fiscal Year (B.E.)', 'fiscalYear'),
  is('Start Date', 'startDate'),
  is('END DATE', 'endDate'),
  is('Budget (THB)', 'budget'),
  is('BUDGET RECEIVED (THB)', 'budget'),
  is('Approved Budget (Baht)', 'budget'),
  is('Total Budget', 'budget'),
  is('Actual Spend (THB)', 'spent'),
  is('Budget Spent', 'spent'),
  notAs('Budget Returned (THB)', 'returned', 'budget'),
  notAs('Remaining Budget (THB)', 'none', 'budget'),
  notAs('Remaining Balance', 'none', 'budget', 'spent'),
  is('Progress (%)', 'progress'),
  is('% Complete', 'progress'),
  is('Percent Complete', 'progress'),
  is('Status', 'stage'),
  is('Owner', 'owner'),
  is('Responsible Person', 'owner'),
  is('Implementing Agency', 'agency'),
  is('Department', 'agency'),
  is('Contact Person', 'coordinator'),
  is('Report No.', 'reportNo'),
  is('REPORT NUMBER', 'reportNo'),
  is('Report Date', 'reportDate'),
  is('As of', 'reportDate'),
  is('On Plan', 'onPlan'),
  is('On Target', 'onTarget'),
  is('Objectives', 'objectives'),
  is('Rationale', 'rationale'),
  is('Strategy', 'strategy'),
  is('No.', 'none'),
  is('#', 'none'),
  is('Remarks', 'none'),
  is('Signature', 'none'),
  is('Tel.', 'none'),
  notAs('Agency Code', 'none', 'code'),
  notAs('Approval Date', 'none', 'reportDate', 'startDate'),

  // Donor and infrastructure progress reports: physical vs financial progress, cumulative disbursements, planned figures.
  is('PHYSICAL PROGRESS (%)', 'progress'),
  is('Cumulative (% completion)', 'progress'),
  is('Cumulative Disbursement (THB)', 'disbursedToDate'),
  is('Cumulative Disbursements', 'disbursedToDate'),
  is('Disbursed to Date', 'disbursedToDate'),
  is('TOTAL DISBURSED TO DATE', 'disbursedToDate'),
  is('Disbursed This Month', 'disbursedInPeriod'),
  is('DISBURSEMENT THIS PERIOD', 'disbursedInPeriod'),
  is('Monthly Disbursement (THB)', 'disbursedInPeriod'),
  is('Disbursement (THB)', DISBURSED_OPEN),
  is('Amount Disbursed', DISBURSED_OPEN),
  notAs('Financial Progress (%)', 'none', 'progress'),
  notAs('% Disbursed', 'none', 'progress', 'disbursedToDate'),
  notAs('Planned Disbursement (THB)', 'none', 'disbursedToDate', 'disbursedInPeriod'),
  notAs('PLANNED DISBURSEMENT TO DATE', 'none', 'disbursedToDate'),
  notAs('Target Progress (%)', 'none', 'progress'),
  notAs('Planned % Complete', 'none', 'progress'),
  notAs('Unutilized Balance', 'none', 'budget'),
  notAs('Date of Sanction', 'none', 'startDate', 'reportDate'),
];

/** What a recognition amounts to, comparable with an Expected: the field, the open pair (sorted), or `none`. */
function outcome(result: HeaderRecognition): Expected {
  if (result.field !== undefined) return result.field;
  if (result.how === 'open') return [...result.candidates].sort() as unknown as readonly [Field, Field];
  return 'none';
}

function sortedExpected(expected: Expected): Expected {
  return typeof expected === 'string' ? expected : ([...expected].sort() as unknown as readonly [Field, Field]);
}

const label = (expected: Expected): string => (typeof expected === 'string' ? expected : `open: ${expected.join(' | ')}`);

describe('header variants as agencies write them', () => {
  it('covers enough variants, and enough that must not map to the tempting field', () => {
    expect(VARIANTS.length).toBeGreaterThanOrEqual(110);
    expect(VARIANTS.filter((v) => v.tempting).length).toBeGreaterThanOrEqual(25);
    expect(new Set(VARIANTS.map((v) => v.text)).size).toBe(VARIANTS.length);
  });

  it.each(VARIANTS.map((v) => [JSON.stringify(v.text), label(v.expected), v] as const))('%s → %s', (_text, _label, variant) => {
    const result = recognizeHeader(variant.text);
    expect(outcome(result)).toEqual(sortedExpected(variant.expected));
    // The answer's parts agree with each other: a field comes from a synonym or the header's meaning.
    if (result.field !== undefined) expect(['synonym', 'meaning']).toContain(result.how);
    else expect(['open', 'none']).toContain(result.how);
    for (const field of variant.tempting ?? []) expect(result.field).not.toBe(field);
  });

  it('reads no header differently when it is padded, spaced out or broken over lines (Alt+Enter)', () => {
    const differences: [string, string, Expected, Expected][] = [];
    for (const { text } of VARIANTS) {
      const plain = outcome(recognizeHeader(text));
      const wrapped = [`  ${text}  `, `\n${text}\n`, text.replace(/ /g, '  '), text.replace(/ /g, '\n'), ` ${text.replace(/ /g, ' \n ')}\t`];
      for (const variant of wrapped) {
        const read = outcome(recognizeHeader(variant));
        if (JSON.stringify(read) !== JSON.stringify(plain)) differences.push([text, variant, plain, read]);
      }
    }
    expect(differences).toEqual([]);
  });
});
