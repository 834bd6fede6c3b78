import { labelMismatch as rule } from '../../../src/core/rules/label-mismatch';
import { aReport, flat, makeContext } from '../../helpers/context';

/** The findings for one report 9 whose stage text is `stage`. */
const checkReport9 = (stage: string) => rule.check(makeContext({ reports: [aReport({ reportNo: 9, stage })] }));

describe('label-mismatch', () => {
  it('fires on "(ครั้งที่ 8)" inside report 9', () => {
    const findings = checkReport9('อยู่ระหว่างตรวจรับงาน งบประมาณที่เบิกใช้ (ครั้งที่ 8) = 0 บาท');
    expect(flat(findings)).toEqual([['Reports', 'D2', 9]]);
    expect(findings[0].cells).toEqual(['D2']);
    expect(findings[0].field).toBe('stage');
    expect(rule.message.th(findings[0].params)).toBe('ข้อความระบุ "(ครั้งที่ 8)" แต่แถวนี้เป็นรายงานครั้งที่ 9');
    expect(rule.message.en(findings[0].params)).toBe('The text says "(ครั้งที่ 8)" (report 8) but this row is report 9');
  });

  it.each([
    ['รายงานครั้งที่ 8 อยู่ระหว่างจัดซื้อ', 'รายงานครั้งที่ 8', 8],
    ['อยู่ระหว่างจัดซื้อ (รายงานความก้าวหน้า ครั้งที่ ๘)', 'รายงานความก้าวหน้า ครั้งที่ ๘', 8],
    ['ครั้งที่ ๘ อยู่ระหว่างจัดซื้อ', 'ครั้งที่ ๘', 8],
    ['ตรวจรับงาน ( ครั้งที่ 10 )', '( ครั้งที่ 10 )', 10],
    ['รายงานครั้งที่ 9 : งบประมาณที่เบิกใช้ (ครั้งที่ 8) = 0 บาท', '(ครั้งที่ 8)', 8],
    ['จัดอบรมแล้ว งบประมาณที่เบิกใช้ (ครั้งที่ 8) = 0 บาท', '(ครั้งที่ 8)', 8],
    ['ประชุมคณะกรรมการ (ครั้งที่ 3) : งบประมาณที่เบิกใช้ (ครั้งที่ 8)', '(ครั้งที่ 8)', 8],
  ])('reads %j as naming report %s', (stage, quote, named) => {
    expect(checkReport9(stage).map((f) => f.params)).toEqual([{ quote, named, reportNo: 9 }]);
  });

  it('repeats the number in Arabic digits only when the text writes it in Thai digits', () => {
    const [finding] = checkReport9('ครั้งที่ ๘ อยู่ระหว่างจัดซื้อ');
    expect(rule.message.th(finding.params)).toBe('ข้อความระบุ "ครั้งที่ ๘" (ครั้งที่ 8) แต่แถวนี้เป็นรายงานครั้งที่ 9');
  });

  it('checks each report against its own number, whatever the row order', () => {
    const ctx = makeContext({
      reports: [aReport({ reportNo: 2, stage: 'รายงานครั้งที่ 2' }), aReport({ reportNo: 1, stage: 'รายงานครั้งที่ 2' })],
    });
    expect(flat(rule.check(ctx))).toEqual([['Reports', 'D3', 1]]);
  });

  it.each([
    ['its own number', 'รายงานครั้งที่ 9 (ครั้งที่ ๙) อยู่ระหว่างตรวจรับงาน'],
    ['no number', 'อยู่ระหว่างตรวจรับงาน'],
    ['a meeting', 'ผ่านการประชุมครั้งที่ 2 ของคณะกรรมการ'],
    ['a meeting in parentheses', 'ผ่านคณะกรรมการ (ประชุมครั้งที่ 2)'],
    ['a numbered round at the start', 'ครั้งที่ 2/2563 ประชุมคณะกรรมการตรวจรับ'],
    ['an instalment', 'เบิกจ่ายงวดที่ 8'],
    ['a training round', 'จัดอบรมเชิงปฏิบัติการพัฒนาศักยภาพผู้นำชุมชน (ครั้งที่ 2)'],
    ['a committee meeting', 'ประชุมคณะกรรมการ (ครั้งที่ 3)'],
    ['an instalment\'s round', 'เบิกจ่ายงวดที่ 2 (ครั้งที่ 2)'],
    ['a seminar round in Thai digits', 'สัมมนาเครือข่าย (ครั้งที่ ๔)'],
  ])('stays silent on a text naming %s', (_, stage) => {
    expect(checkReport9(stage)).toEqual([]);
  });
});
