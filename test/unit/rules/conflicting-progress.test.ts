import { conflictingProgress as rule } from '../../../src/core/rules/conflicting-progress';
import { aReport, flat, makeContext } from '../../helpers/context';

/** The findings for one report with stage text `stage` and a progress cell of 60 % (or none). */
const checkReport = (stage: string, progress: number | 'no progress' = 60) =>
  rule.check(makeContext({ reports: [aReport({ stage, progress: progress === 'no progress' ? undefined : progress })] }));

describe('conflicting-progress', () => {
  it('fires when the text states a figure other than the progress cell', () => {
    const findings = checkReport('อยู่ระหว่างตรวจรับงาน :: ความก้าวหน้าของงานฯ = 70.00 % : งบประมาณที่เบิกใช้ (ครั้งที่ 1) = 0 บาท');
    expect(flat(findings)).toEqual([['Reports', 'D2', 1]]);
    expect(findings[0].cells).toEqual(['D2', 'E2']);
    expect(findings[0].field).toBe('stage');
    expect(rule.message.th(findings[0].params)).toBe('ข้อความระบุความก้าวหน้าร้อยละ 70 ไม่ตรงกับช่องความก้าวหน้าที่กรอกไว้ร้อยละ 60');
    expect(rule.message.en(findings[0].params)).toBe('The text states progress of 70% but the progress cell says 60%');
  });

  it('fires when the text states two different figures, even if one matches the cell', () => {
    const findings = checkReport('ความก้าวหน้า 60.00 % (ความก้าวหน้า ร้อยละ ๖๕)');
    expect(findings.map((f) => f.params)).toEqual([{ kind: 'several', stated: [60, 65], progress: 60 }]);
    expect(rule.message.th(findings[0].params)).toBe('ข้อความระบุความก้าวหน้าไว้หลายค่า (ร้อยละ 60 และร้อยละ 65) ขณะที่ช่องความก้าวหน้าเป็นร้อยละ 60');
    expect(rule.message.en(findings[0].params)).toBe('The text states several progress figures (60% and 65%) while the progress cell says 60%');
  });

  it.each([
    ['ความก้าวหน้า 50%', 50],
    ['ร้อยละ ๕๐', 50],
    ['อยู่ระหว่างตรวจรับงาน 50.00 %', 50],
    ['ความก้าวหน้า: 50', 50],
    ['ดำเนินการแล้วเสร็จ 50 เปอร์เซ็นต์', 50],
    ['เบิกจ่ายแล้วร้อยละ 60 ความก้าวหน้าร้อยละ 50', 50],
  ])('reads %j as stating %s', (stage, stated) => {
    expect(checkReport(stage).map((f) => f.params)).toEqual([{ kind: 'differs', stated, progress: 60 }]);
  });

  it.each([
    ['the same figure', 'ความก้าวหน้าของงานฯ = 60.00 %'],
    ['no figure', 'อยู่ระหว่างตรวจรับงาน'],
    ['a disbursement percent', 'ความก้าวหน้า 60% เบิกจ่ายแล้ว 30%'],
    ['a planned percent', 'แผนงานร้อยละ 70 ผลงานร้อยละ 60'],
    ['a share of the budget', 'ร้อยละ 100 ของงบประมาณ'],
    ['a satisfaction target', 'ผู้เข้าร่วมมีความพึงพอใจ ร้อยละ 85'],
    ['a count after the progress word', 'ความก้าวหน้าในการจัดซื้อ 3 รายการ'],
    ['the report number and an amount', 'งบประมาณที่เบิกใช้ (ครั้งที่ 1) = 1,918,000 บาท'],
    ['a threshold', 'ผู้ผ่านการอบรมไม่น้อยกว่าร้อยละ 80'],
    ['a threshold after a progress word', 'ความก้าวหน้าไม่น้อยกว่าร้อยละ 80'],
    ['a minimum', 'ผู้เข้าร่วมอย่างน้อยร้อยละ 60'],
    ['a minimum alone', 'อย่างน้อยร้อยละ 60'],
    ['an indicator named with a progress word', 'ตัวชี้วัดผลการดำเนินงาน ร้อยละ 80'],
    ['an indicator under its heading', 'ตัวชี้วัด : ความก้าวหน้าของงานร้อยละ 80'],
    ['an indicator of a share of people', 'ตัวชี้วัด ประชาชนได้รับประโยชน์ ร้อยละ 80'],
    ['a target', 'เป้าหมายร้อยละ 80'],
    ['a target and more', 'ร้อยละ 80 ขึ้นไป'],
    ['value added tax', 'ราคารวมภาษีมูลค่าเพิ่ม 7%'],
    ['a rate', 'หักค่าธรรมเนียมในอัตราร้อยละ 5'],
    ['a fine', 'ผู้รับจ้างส่งงานล่าช้า ค่าปรับร้อยละ 0.1 ต่อวัน'],
  ])('stays silent on a text stating %s', (_, stage) => {
    expect(checkReport(stage)).toEqual([]);
  });

  it.each([
    ['progress beside a tax', 'ความก้าวหน้าร้อยละ 70 (ราคารวมภาษีมูลค่าเพิ่ม 7%)', 70],
    ['progress beside a fine', 'ส่งงานล่าช้า ค่าปรับร้อยละ 0.1 ต่อวัน ; ความก้าวหน้า 70%', 70],
    ['progress beside a threshold', 'ตัวชี้วัดไม่น้อยกว่าร้อยละ 80 ผลการดำเนินงานร้อยละ 70', 70],
    ['progress after a target met', 'บรรลุเป้าหมายแล้ว ความก้าวหน้าร้อยละ 70', 70],
  ])('still reads %s', (_, stage, stated) => {
    expect(checkReport(stage).map((f) => f.params)).toEqual([{ kind: 'differs', stated, progress: 60 }]);
  });

  it('compares at the precision the text writes: 33.3 states 33.33 but not 33.4', () => {
    expect(checkReport('ความก้าวหน้า 33.3%', 33.33)).toEqual([]);
    expect(checkReport('ความก้าวหน้า 33.3%', 33.4)).toHaveLength(1);
  });

  it('stays silent on one figure when the progress cell is unreadable, but not on two', () => {
    expect(checkReport('ความก้าวหน้า 70%', 'no progress')).toEqual([]);
    expect(checkReport('ความก้าวหน้า 70% (80%)', 'no progress').map((f) => f.params)).toEqual([{ kind: 'several', stated: [70, 80] }]);
  });
});
