/** @jest-environment jsdom */
import './setup';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { CheckerError } from '../../src/excel/types';
import { FakeChecker } from './fake-checker';
import { renderPane, validateWorkbook, pressClearMarks } from './render-pane';

const PROTECTED = new CheckerError('protected-sheet', {
  th: 'แผ่นงาน “Reports” ถูกป้องกันไว้ จึงทำเครื่องหมายไม่ได้ ให้ยกเลิกการป้องกันแผ่นงานแล้วตรวจสอบอีกครั้ง',
  en: 'The sheet “Reports” is protected, so it cannot be marked. Unprotect the sheet and validate again.',
});

describe('the pane’s language', () => {
  it('follows Office’s display language when the workbook stores no choice', async () => {
    const { container } = await renderPane(new FakeChecker({ displayLanguage: 'th' }));
    expect(screen.getByRole('heading', { level: 1, name: 'ตรวจรายงานความก้าวหน้าโครงการ' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'ตรวจสอบทั้งสมุดงาน' })).toBeTruthy();
    expect(container.querySelector('[lang="th"]')).toBe(container.firstElementChild);
  });

  it('prefers the choice stored in the workbook over Office’s language', async () => {
    await renderPane(new FakeChecker({ displayLanguage: 'en', settings: { language: 'th' } }));
    expect(await screen.findByRole('button', { name: 'ล้างเครื่องหมาย' })).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'ไทย' })).toHaveProperty('checked', true);
  });

  it('switches to Thai, saves the choice, and validates in Thai', async () => {
    const checker = new FakeChecker({ displayLanguage: 'en' });
    const { container } = await renderPane(checker);
    expect(screen.getByRole('button', { name: 'Validate workbook' })).toBeTruthy();

    fireEvent.click(screen.getByRole('radio', { name: 'ไทย' }));
    expect(screen.getByRole('button', { name: 'ตรวจสอบทั้งสมุดงาน' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'ล้างเครื่องหมาย' })).toBeTruthy();
    expect(container.firstElementChild?.getAttribute('lang')).toBe('th');
    await waitFor(() => expect(checker.callsOf('saveSettings')).toHaveLength(1));
    expect(checker.callsOf('saveSettings')[0].settings.language).toBe('th');

    await validateWorkbook(checker);
    expect(checker.callsOf('validate')).toEqual([{ method: 'validate', lang: 'th' }]);
    const results = screen.getByRole('region', { name: 'ผลการตรวจ' });
    expect(within(results).getByText('ข้อผิดพลาด 2')).toBeTruthy();
    expect(within(results).getByText('คำเตือน 1')).toBeTruthy();
    expect(within(results).getByText('ข้อสังเกต 1')).toBeTruthy();
    const findings = screen.getByRole('region', { name: 'รายการที่พบ' });
    expect(within(findings).getByRole('heading', { level: 3, name: /เสร็จ 100% แต่ไม่มีการเบิกจ่าย/ })).toBeTruthy();
    const item = within(findings).getByRole('button', {
      name: /^ข้อผิดพลาด Reports!F5 รายงานครั้งที่ 3 ความก้าวหน้า 100\.00% แต่เบิกจ่ายสะสม 0 บาท จากงบประมาณ 1,918,000 บาท วิธีแก้: /,
    });
    expect(item.textContent).toContain('วิธีแก้: ตรวจสอบยอดเบิกจ่ายสะสม');
    expect(screen.getByRole('group', { name: 'ตรวจสอบเสร็จแล้ว' }).textContent)
      .toContain('ทำเครื่องหมาย 4 เซลล์ด้วยสีและบันทึกย่อ และสรุปรายการไว้ในแผ่นงาน “Issues”');
  });

  it('shows the checker’s own words for a CheckerError, in the current language', async () => {
    const checker = new FakeChecker({ displayLanguage: 'en' });
    await renderPane(checker);
    checker.failWith(PROTECTED);
    await validateWorkbook(checker);

    const bar = screen.getByRole('group', { name: 'Could not finish' });
    expect(bar.textContent).toContain(PROTECTED.text.en);

    fireEvent.click(screen.getByRole('radio', { name: 'ไทย' }));
    await waitFor(() => expect(checker.callsOf('saveSettings')).toHaveLength(1));
    expect(screen.getByRole('group', { name: 'ทำรายการไม่สำเร็จ' }).textContent).toContain(PROTECTED.text.th);

    fireEvent.click(screen.getByRole('button', { name: 'ปิด' }));
    expect(screen.queryByRole('group', { name: 'ทำรายการไม่สำเร็จ' })).toBeNull();
  });

  it('words any other failure generically, with its detail', async () => {
    const checker = new FakeChecker({ displayLanguage: 'th' });
    await renderPane(checker);
    checker.failWith(new Error('GeneralException: the request failed'));
    await validateWorkbook(checker);

    const bar = screen.getByRole('group', { name: 'ทำรายการไม่สำเร็จ' });
    expect(bar.textContent).toContain('เกิดข้อผิดพลาดระหว่างทำงานกับ Excel');
    expect(bar.textContent).toContain('รายละเอียด: GeneralException: the request failed');
  });

  it('shows a failure of Clear marks the same way and keeps the list', async () => {
    const checker = new FakeChecker();
    await renderPane(checker);
    await validateWorkbook(checker);
    checker.failWith(new CheckerError('host', { th: 'Excel ไม่ตอบสนอง', en: 'Excel did not respond' }));
    await pressClearMarks();
    expect((await screen.findByRole('group', { name: 'Could not finish' })).textContent).toContain('Excel did not respond');
    expect(screen.getByRole('region', { name: 'Findings' })).toBeTruthy();
  });
});
