import { UI_TEXT, type UiText } from '../../src/taskpane/i18n';

/** One value for every parameter any text takes; each is distinct so it can be found in the output. */
const SAMPLE = {
  count: 7, done: 3, total: 9, next: 5, left: 19, cells: 17, headerRow: 11, rows: 13, name: 'PROJECT NAME',
  address: 'Reports!F5', code: '03000000-2457', severity: 'SEVERITY', message: 'MESSAGE', reason: 'REASON',
  date: 'DATE', before: 'BEFORE', after: 'AFTER', sheet: 'SHEET', role: 'ROLE', tableName: 'TABLE', column: 'Q', text: 'HEADER', detail: 'DETAIL',
};

type Leaf = string | ((params: typeof SAMPLE) => string);

/** Every text of a language as `path → leaf`. */
function leaves(node: unknown, path = ''): Map<string, Leaf> {
  const found = new Map<string, Leaf>();
  if (typeof node === 'string' || typeof node === 'function') {
    found.set(path, node as Leaf);
    return found;
  }
  for (const [key, child] of Object.entries(node as Record<string, unknown>)) {
    for (const [p, leaf] of leaves(child, path ? `${path}.${key}` : key)) found.set(p, leaf);
  }
  return found;
}

/** The sample values a rendered text mentions. */
function mentioned(rendered: string): string[] {
  return Object.values(SAMPLE).map(String).filter((value) => rendered.includes(value)).sort();
}

describe('UI texts', () => {
  const th = leaves(UI_TEXT.th);
  const en = leaves(UI_TEXT.en);

  it('has the same keys in Thai and English', () => {
    expect([...th.keys()].sort()).toEqual([...en.keys()].sort());
    expect(th.size).toBeGreaterThan(50);
  });

  it.each([...en.keys()])('%s: is non-empty in both languages and names the same values', (key) => {
    const pair = [th.get(key), en.get(key)];
    expect(typeof pair[0]).toBe(typeof pair[1]);
    const rendered = pair.map((leaf) => (typeof leaf === 'function' ? leaf(SAMPLE) : leaf!));
    for (const text of rendered) expect(text.trim()).not.toBe('');
    expect(mentioned(rendered[0])).toEqual(mentioned(rendered[1]));
  });

  it('pluralises English counts and keeps Thai counts as they are', () => {
    const one = { count: 1 };
    expect(UI_TEXT.en.severityCount.error(one)).toBe('1 error');
    expect(UI_TEXT.en.severityCount.error({ count: 1234 })).toBe('1,234 errors');
    expect(UI_TEXT.th.severityCount.error({ count: 1234 })).toBe('ข้อผิดพลาด 1,234');
  });

  it('heads a project group with its code and name, and with its code alone when the name is unknown', () => {
    expect(UI_TEXT.en.projectGroup({ code: '03000000-2441', name: 'ขุดลอกคลอง' })).toBe('03000000-2441 · ขุดลอกคลอง');
    expect(UI_TEXT.th.projectGroup({ code: '03000000-2441', name: 'ขุดลอกคลอง' })).toBe('03000000-2441 · ขุดลอกคลอง');
    expect(UI_TEXT.en.projectGroup({ code: '03000000-2441' })).toBe('Project 03000000-2441');
  });

  it('names the example headers in the no-table message in both languages', () => {
    for (const text of Object.values(UI_TEXT) as UiText[]) {
      expect(text.noTables).toContain('รหัสโครงการ');
      expect(text.noTables).toContain('ชื่อโครงการ');
      expect(text.noTables).toContain('รายงานครั้งที่');
    }
  });
});
