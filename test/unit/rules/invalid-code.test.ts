import { invalidCode as rule } from '../../../src/core/rules/invalid-code';
import { flat } from '../../helpers/context';
import { contextOfSheets, projectsSheet, reportsSheet } from '../../helpers/sheets';

describe('invalid-code', () => {
  it('fires on a project code off the default pattern, in projects and reports tables alike', () => {
    const ctx = contextOfSheets([
      projectsSheet([['0300-2457', 'ถนน', 2563, '1/10/2562', '30/9/2563', 1000]]),
      reportsSheet([['03000000-2457', 1, '31/10/2562', 10, 0], ['030000002457', 2, '30/11/2562', 20, 0]]),
    ]);
    const findings = rule.check(ctx);
    expect(flat(findings)).toEqual([['Projects', 'A2', undefined], ['Reports', 'A3', 2]]);
    expect(rule.message.th(findings[0].params)).toBe('รหัสโครงการ "0300-2457" ไม่ตรงตามรูปแบบ ตัวเลข 8 หลัก ขีด (-) แล้วตัวเลข 4 หลัก เช่น 03000000-2457');
    expect(rule.message.en(findings[1].params)).toBe('The project code "030000002457" does not match the pattern 8 digits, a hyphen and 4 digits, e.g. 03000000-2457');
  });

  it('follows a custom pattern from the config, naming it', () => {
    const ctx = contextOfSheets(
      [projectsSheet([['BK-001', 'ถนน', 2563, '1/10/2562', '30/9/2563', 1000], ['03000000-2457', 'คลอง', 2563, '1/10/2562', '30/9/2563', 1000]])],
      { codePattern: '^[A-Z]{2}-\\d{3}$' },
    );
    const findings = rule.check(ctx);
    expect(flat(findings)).toEqual([['Projects', 'A3', undefined]]);
    expect(rule.message.en(findings[0].params)).toBe('The project code "03000000-2457" does not match the pattern ^[A-Z]{2}-\\d{3}$');
  });

  it('a code longer than 64 characters is a finding without being matched, shown by its beginning', () => {
    const long = `03000000-${'2'.repeat(60)}`;
    const ctx = contextOfSheets([reportsSheet([[long, 1, '31/10/2562', 10, 0], [long.slice(0, 64), 2, '30/11/2562', 20, 0]])], { codePattern: '^\\d{8}-\\d+$' });
    const findings = rule.check(ctx);
    expect(flat(findings)).toEqual([['Reports', 'A2', 1]]);
    expect(rule.message.en(findings[0].params)).toBe(`The project code "${long.slice(0, 64)}…" is 69 characters long; a project code has at most 64`);
    expect(rule.message.th(findings[0].params)).toBe(`รหัสโครงการ "${long.slice(0, 64)}…" ยาว 69 ตัวอักษร รหัสโครงการยาวได้ไม่เกิน 64 ตัวอักษร`);
  });

  it('stays silent on matching codes, once trimmed and in Arabic digits, and on empty code cells', () => {
    const ctx = contextOfSheets([reportsSheet([
      ['03000000-2457', 1, '31/10/2562', 10, 0],
      [' ๐๓๐๐๐๐๐๐-๒๔๕๗ ', 2, '30/11/2562', 20, 0],
      [null, 3, '31/12/2562', 30, 0],
    ])]);
    expect(rule.check(ctx)).toEqual([]);
  });
});
