import type { Issue } from '../../src/core/model';
import type { CheckerSettings } from '../../src/excel/types';
import {
  waiverFor, withLanguage, withOverrideChange, withoutWaiver, withWaiver,
} from '../../src/taskpane/session/settings-changes';

const base: CheckerSettings = { config: { codePattern: '^\\d{4}$' }, overrides: {}, waivers: [] };
const issue: Issue = {
  rule: 'thai-digits', severity: 'info', sheet: 'แผน 2563', cell: 'C4', cells: ['C4'], value: '๑๒',
  message: { th: 'เลขไทย', en: 'Thai digits' },
};
const at = new Date('2020-03-18T09:30:00.000Z');

describe('settings changes made by the pane', () => {
  it('waives with the JSON of the value, the trimmed reason and the time', () => {
    expect(waiverFor(issue, '  ตามต้นฉบับ ', at)).toEqual({
      rule: 'thai-digits', sheet: 'แผน 2563', cell: 'C4', value: '"๑๒"', reason: 'ตามต้นฉบับ', waivedAt: '2020-03-18T09:30:00.000Z',
    });
    expect(waiverFor({ ...issue, value: null }, 'r', at).value).toBe('null');
    expect(waiverFor({ ...issue, value: undefined }, 'r', at)).not.toHaveProperty('value');
  });

  it('keeps the reviewer’s name, trimmed, only when one is given', () => {
    expect(waiverFor(issue, 'r', at, '  สมชาย ใจดี ').by).toBe('สมชาย ใจดี');
    expect(waiverFor(issue, 'r', at, '   ')).not.toHaveProperty('by');
    expect(waiverFor(issue, 'r', at)).not.toHaveProperty('by');
  });

  it('adds and removes one waiver, leaving the rest and the input untouched', () => {
    const first = waiverFor(issue, 'one', at);
    const second = waiverFor(issue, 'two', at);
    const both = withWaiver(withWaiver(base, first), second);
    expect(both.waivers).toEqual([first, second]);
    expect(withoutWaiver(both, first).waivers).toEqual([second]);
    expect(base.waivers).toEqual([]);
    expect(both.config).toBe(base.config);
  });

  it('records the language choice', () => {
    expect(withLanguage(base, 'th')).toEqual({ ...base, language: 'th' });
  });

  it('merges mapping changes into the sheet’s override and resets it', () => {
    let settings = withOverrideChange(base, 'Reports', { kind: 'role', role: 'flat' });
    settings = withOverrideChange(settings, 'Reports', { kind: 'headerRow', headerRow: 3 });
    settings = withOverrideChange(settings, 'Reports', { kind: 'column', column: 'F', field: 'progress' });
    settings = withOverrideChange(settings, 'Reports', { kind: 'column', column: 'G', field: null });
    settings = withOverrideChange(settings, 'Projects', { kind: 'role', role: 'projects' });
    expect(settings.overrides).toEqual({
      Reports: { role: 'flat', headerRow: 3, columns: { F: 'progress', G: null } },
      Projects: { role: 'projects' },
    });
    expect(withOverrideChange(settings, 'Reports', { kind: 'reset' }).overrides).toEqual({ Projects: { role: 'projects' } });
    expect(base.overrides).toEqual({});
  });
});
