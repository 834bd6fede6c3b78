import { formsRecordText, parseFormsRecord, sheetsStillFilled, type RecordedSheet } from '../../../src/core/template/filled-sheets';

const TITLE = 'แบบแสดงรายงานความก้าวหน้าและข้อมูลเกี่ยวกับโครงการ';
const form = (name: string, project: string, firstCell = TITLE): RecordedSheet => ({ name, template: 'standard', project, firstCell });

describe('which recorded sheets are still the product\'s (both records, one rule)', () => {
  it('counts an entry only while a sheet of exactly its name holds the recorded text in A1', () => {
    const a1 = new Map<string, unknown>([['แบบฟอร์ม 1', TITLE], ['แบบฟอร์ม 2', 'แก้เอง'], ['แบบฟอร์ม 3', 42], ['ว่าง', '']]);
    const records = [[form('แบบฟอร์ม 1', '1'), form('แบบฟอร์ม 2', '2'), form('แบบฟอร์ม 3', '3'), form('แบบฟอร์ม 4', '4'), form('ว่าง', '5', '')]];
    const filled = sheetsStillFilled(records, (name) => a1.get(name));
    expect([...filled.values()].map((entry) => entry.name)).toEqual(['แบบฟอร์ม 1', 'ว่าง']);
    // A sheet renamed in case only is another name: Excel's records are exact.
    expect(sheetsStillFilled([[form('FORM 1', '1')]], (name) => (name === 'Form 1' ? TITLE : undefined)).size).toBe(0);
  });

  it('lets the first record win for a project, and never gives one sheet to two projects', () => {
    const a1 = (name: string) => (name.startsWith('แบบฟอร์ม') ? TITLE : undefined);
    const own = [form('แบบฟอร์ม 1', '1')];
    const other = [form('แบบฟอร์ม 1 (2)', '1'), form('แบบฟอร์ม 1', '9'), form('แบบฟอร์ม 2', '2')];
    expect([...sheetsStillFilled([own, other], a1)].map(([, entry]) => [entry.project, entry.name])).toEqual([['1', 'แบบฟอร์ม 1'], ['2', 'แบบฟอร์ม 2']]);
  });

  it('reads the pane\'s record text back, and nothing from text that is not that record', () => {
    const sheets = [form('แบบฟอร์ม "1"', '1'), { ...form('แม่แบบ 2', '2'), template: 'sheet:แม่แบบ' }];
    expect(parseFormsRecord(formsRecordText(sheets))).toEqual(sheets);
    for (const text of ['', '{', '[]', '{"format":"ReportChecker.Forms","version":2,"sheets":[]}', JSON.stringify({ format: 'ReportChecker.Forms', version: 1, sheets: [{ name: 1 }] })]) {
      expect(parseFormsRecord(text)).toEqual([]);
    }
  });
});
